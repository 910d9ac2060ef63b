#!/usr/bin/env bash
# The real voice (issue 22): the queue display, in tmux, announces a call
# through espeak-ng — the station's speech command, here with -w to write
# the sound to a file instead of the loudspeaker — and sox measures what it
# said: not silent, and between 1 and 10 seconds long.
set -euo pipefail
# shellcheck source=station.sh
source "$(dirname "$0")/station.sh"
fail() {
	echo "voice: FAIL: $*" >&2
	$T capture-pane -p -t voice >&2 2>/dev/null || true
	exit 1
}
export LANG=zh_CN.UTF-8 TERM=xterm-256color
# The default command of the display (tui/voice.Command), writing a file.
cat >"$work/frontdesk.toml" <<TOML
[voice]
command = "espeak-ng -v cmn -a 100 -s 175 --stdin -w $work/out.wav"
repeat = 1
TOML

$T -f /dev/null new-session -d -s voice -x 100 -y 30 "$fd display"
for _ in $(seq 100); do
	$T capture-pane -p -t voice | grep -q "正在等候" && break
	sleep 0.05
done
timeout 20 "$fd" take A >/dev/null || fail "take A"
timeout 20 "$fd" call --counter 3 >/dev/null || fail "call --counter 3"
# The file is whole once espeak-ng has ended.
for _ in $(seq 300); do
	[ -s "$work/out.wav" ] && ! pgrep -f "$work/out.wav" >/dev/null && break
	sleep 0.05
done
[ -s "$work/out.wav" ] || fail "the display spoke nothing into $work/out.wav"

stat=$(sox "$work/out.wav" -n stat 2>&1)
length=$(awk -F: '/^Length/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
peak=$(awk -F: '/^Maximum amplitude/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
rms=$(awk -F: '/^RMS +amplitude/ {gsub(/ /, "", $2); print $2}' <<<"$stat")
echo "voice: the display's call of A001 at counter 3: $length s, peak $peak, RMS $rms"
awk -v l="$length" -v p="$peak" -v r="$rms" 'BEGIN {
	if (l < 1 || l > 10) { print "voice: length " l " s is not between 1 and 10 s"; exit 1 }
	if (p < 0.05 || r < 0.005) { print "voice: silent (peak " p ", RMS " r ")"; exit 1 }
}'
echo "voice: ok"
