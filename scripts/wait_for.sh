# Sourced by the tmux scripts (e2e.sh, scanner.sh): $T is their tmux
# command, fail their way of stopping.

# wait_for PANE REGEX [SECONDS]: poll the pane's screen until REGEX appears.
wait_for() {
	local pane=$1 re=$2 secs=${3:-5} i
	for ((i = 0; i < secs * 20; i++)); do
		if $T capture-pane -p -t "$pane" | grep -Eq -- "$re"; then
			return 0
		fi
		sleep 0.05
	done
	fail "$pane never showed /$re/"
}
