# Sourced by the scripts that drive the real binary beside e2e.sh
# (scanner.sh, voice.sh, contrast.sh): a station of their own in a
# temporary folder — the binary built there, its database, configuration
# and home — a tmux server of their own ($T), and all of it gone on exit,
# the owner of that database too. A script may define more_cleanup, run
# first.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d)
T="tmux -u -L fd-$(basename "$0" .sh)-$$"
cleanup() {
	if declare -F more_cleanup >/dev/null; then more_cleanup; fi
	$T kill-server 2>/dev/null || true
	pkill -f "$work/frontdesk serve" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
go build -o "$work/frontdesk" "$root"
fd="$work/frontdesk"
export FRONTDESK_OWNER_IDLE=3s FRONTDESK_DB="$work/station.db" XDG_CONFIG_HOME="$work/config" HOME="$work"
