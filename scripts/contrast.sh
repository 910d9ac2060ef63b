#!/usr/bin/env bash
# The queue display in a real terminal (issue 21): xterm under Xvfb, once
# with a white and once with a black background, after two calls; the
# screenshot's pixels where the earlier call's ticket number is drawn (in
# the list of recent calls) must differ from their ground by a contrast of
# at least 4.5:1 (WCAG 2). The cell of the number is found from the same
# screen drawn in tmux at the same size. Screenshots stay in $out, named in
# the log, for a person to look at.
set -euo pipefail
out=${CONTRAST_OUT:-${TMPDIR:-/tmp}/frontdesk-contrast}
rm -rf "$out" && mkdir -p "$out"
disp=:$((90 + RANDOM % 100))
pids=()
more_cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
# shellcheck source=station.sh
source "$(dirname "$0")/station.sh"
fail() {
	echo "contrast: FAIL: $*" >&2
	echo "contrast: screenshots in $out" >&2
	exit 1
}

cols=100 rows=30
export LANG=C.UTF-8
timeout 20 "$fd" take A >/dev/null
timeout 20 "$fd" take A >/dev/null
timeout 20 "$fd" call --counter 1 >/dev/null || fail "the first call failed"
timeout 20 "$fd" call --counter 2 >/dev/null || fail "the second call failed"

# Where the earlier call's number (A001, in the recent calls) is drawn: its
# row and column in the display's own screen at this size.
$T new-session -d -s c -x $cols -y $rows "TERM=xterm-256color $fd display"
cell=
for _ in $(seq 100); do
	cell=$($T capture-pane -p -t c | awk -v n=A001 '/→/ && index($0, n) { print NR-1, index($0, n)-1; exit }')
	[ -n "$cell" ] && break
	sleep 0.05
done
$T capture-pane -p -t c >"$out/screen.txt"
$T kill-server
[ -n "$cell" ] || fail "the display never listed the call A001 (screen in $out/screen.txt)"
read -r row col <<<"$cell"

Xvfb "$disp" -screen 0 1280x900x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.05; done
[ -e "/tmp/.X11-unix/X${disp#:}" ] || fail "Xvfb did not start (see $out/xvfb.log)"

# luminance R G B (0-65535 or 0-255, scale given): WCAG 2 relative luminance.
contrast() { # contrast "r g b" "r g b" max
	awk -v a="$1" -v b="$2" -v m="$3" 'function lin(v) { v /= m; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ^ 2.4 }
	function lum(s, c) { split(s, c, " "); return 0.2126 * lin(c[1]) + 0.7152 * lin(c[2]) + 0.0722 * lin(c[3]) }
	BEGIN { x = lum(a); y = lum(b); if (x < y) { t = x; x = y; y = t }; printf "%.2f\n", (x + 0.05) / (y + 0.05) }'
}

for bg in white black; do
	fg=black
	[ $bg = black ] && fg=white
	# allowTitleOps off: the display's title must not rename the window
	# xwd looks for.
	xterm -display "$disp" -name fdcontrast -T fdcontrast -xrm 'XTerm*allowTitleOps: false' \
		-fa 'DejaVu Sans Mono' -fs 12 -geometry ${cols}x${rows}+0+0 -bg $bg -fg $fg -b 0 \
		-e env TERM=xterm-256color "$fd" display &
	xt=$!
	pids+=($xt)
	ok=
	for _ in $(seq 60); do
		sleep 0.1
		if DISPLAY=$disp xwd -silent -name fdcontrast -out "$work/shot.xwd" 2>/dev/null; then
			ok=1
			break
		fi
	done
	[ -n "$ok" ] || fail "no xterm window on $bg"
	sleep 2.5 # the display reads, asks for the background and draws again
	DISPLAY=$disp xwd -silent -name fdcontrast -out "$work/shot.xwd" || fail "screenshot on $bg failed"
	convert "$work/shot.xwd" "$out/display-$bg.png"
	kill $xt 2>/dev/null || true
	wait $xt 2>/dev/null || true

	read -r W H <<<"$(identify -format '%w %h' "$out/display-$bg.png")"
	cw=$((W / cols)) ch=$((H / rows))
	x=$((col * cw)) y=$((row * ch))
	convert "$out/display-$bg.png" -crop $((4 * cw))x${ch}+$x+$y +repage "$out/number-$bg.png"
	# The ground is the crop's commonest colour; the text is the colour,
	# among those covering at least 3% of the crop, farthest from it.
	hist=$(convert "$out/number-$bg.png" -depth 8 -format %c histogram:info:- |
		sed -E 's/^ *([0-9]+): \( *([0-9]+), *([0-9]+), *([0-9]+).*/\1 \2 \3 \4/' | sort -rn)
	total=$(awk '{ s += $1 } END { print s }' <<<"$hist")
	ground=$(head -1 <<<"$hist" | cut -d' ' -f2-)
	best=0 text=
	while read -r n r g b; do
		[ $((n * 100)) -ge $((total * 3)) ] || continue
		c=$(contrast "$r $g $b" "$ground" 255)
		if awk -v c="$c" -v b="$best" 'BEGIN { exit !(c > b) }'; then best=$c text="$r $g $b"; fi
	done <<<"$hist"
	echo "contrast: $bg terminal: A001 at row $row col $col: text ($text) on ($ground): $best:1"
	awk -v c="$best" 'BEGIN { exit !(c >= 4.5) }' ||
		fail "on a $bg terminal the recent call's number is ($text) on ($ground): contrast $best, under 4.5 ($out/number-$bg.png)"
done
echo "contrast: screenshots in $out"
