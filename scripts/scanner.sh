#!/usr/bin/env bash
# A barcode gun at the desk (issue 22): it types a code in one burst —
# tens of characters in a few milliseconds — then Enter. Here each burst is
# one tmux send-keys of the whole code and Enter, into every field a
# scanner types into: the intake's serial, the search box, the pickup's
# claim code and its tag/serial check; and on the queue screen a scanned
# tag (the order number) opens its order. Each field must hold exactly what
# was scanned: no character dropped, none out of order.
#
#   bash scripts/scanner.sh          (needs tmux and go)
set -euo pipefail
# shellcheck source=station.sh
source "$(dirname "$0")/station.sh"
export LANG=zh_CN.UTF-8 TERM=xterm-256color

# shellcheck source=wait_for.sh
source "$root/scripts/wait_for.sh"
fail() {
	echo "SCANNER FAILED: $*" >&2
	$T capture-pane -p -t "$pane" >&2 || true
	exit 1
}
# scan CODE: the whole code and Enter in one burst.
scan() { $T send-keys -t "$pane" -l "$1" \; send-keys -t "$pane" Enter; }
keys() { $T send-keys -t "$pane" "$@"; }

# A station to practise on: orders of every state, this morning's queue.
"$fd" demo --orders 300 >/dev/null
ready=$("$fd" find R2 --json --limit 100 | python3 -c '
import json, sys
for o in json.load(sys.stdin):
    if o["state"] == "ready":
        print(o["number"], o["claim"], o["intake"]["phone"][-4:], o["intake"]["serial"]); break')
read -r number claim last4 serial <<<"$ready"
[ -n "$serial" ] || fail "the demo has no order ready for pickup"
sleep 3.5 # the demo's owner lets go of the file

$T -f /dev/null new-session -d -s scan -x 100 -y 30 "$fd --counter 3 --engineer 张工"
pane=$($T display-message -p -t scan '#{pane_id}')
wait_for "$pane" "3号接待台 · 张工"

# 1. On the queue screen a scanned tag opens its order.
scan "$number"
wait_for "$pane" "维修单 $number|$number · "
$T capture-pane -p -t "$pane" | head -3
keys Escape
wait_for "$pane" "查找:$number"
# 2. The search box holds a 20-character serial exactly.
keys C-u
long="SN2K4PX9Q7LM3T8W5R1Z"
scan "$long"
wait_for "$pane" "查找:$long"
echo "search box: $long"
keys Escape
wait_for "$pane" "当前客户"
echo "queue: $number opened its order"

# 3. The intake's serial, at the demo's customer being served at counter 3
# — a repair customer: early in the station's day the demo's morning may
# have left another type there, finished then, and a waiting A called from
# the list.
if ! $T capture-pane -p -t "$pane" | grep -A1 "当前客户" | grep -qE "│A[0-9]{3} "; then
	$T capture-pane -p -t "$pane" | grep -q "本台空闲" || {
		keys f
		wait_for "$pane" "本台空闲"
	}
	for _ in $(seq 30); do
		$T capture-pane -p -t "$pane" | grep -q "▸ A[0-9]" && break
		keys Down
		sleep 0.1
	done
	keys Enter
	wait_for "$pane" "A[0-9]{3} 已叫号"
fi
keys i
wait_for "$pane" "┃ 送修人"
keys Enter
wait_for "$pane" "┃ 联系电话"
keys -l 13800138000
keys Enter
wait_for "$pane" "┃ 客户姓名"
keys -l "张伟"
keys Enter
wait_for "$pane" "┃ 机器类型"
keys Enter
wait_for "$pane" "┃ 序列号"
scan "$long"
wait_for "$pane" "┃ 品牌"
wait_for "$pane" "$long" # in the serial's field, left for the next one
echo "intake serial: $long"
keys Escape # the draft is kept
wait_for "$pane" "当前客户"

# 4. The pickup: a B ticket called here, the claim code scanned from the
# slip's code, the phone's last 4 typed, then the tag/serial check — a
# wrong 20-character serial refused as it was scanned, then the right one.
keys f
wait_for "$pane" "已完成"
b=$("$fd" take B --json | sed -n 's/.*"number": "\([A-Z0-9]*\)".*/\1/p' | head -1)
for _ in $(seq 60); do
	$T capture-pane -p -t "$pane" | grep -q "▸ $b" && break
	keys Down
	sleep 0.05
done
$T capture-pane -p -t "$pane" | grep -q "▸ $b" || fail "the cursor never reached $b"
keys Enter
wait_for "$pane" "已保存 · $b 已叫号"
keys g
wait_for "$pane" "核对取机码"
scan "$claim"
wait_for "$pane" "$claim" # in the claim code's field
echo "claim code: $claim"
keys -l "$last4"
keys Enter
wait_for "$pane" "$number 核验通过"
wait_for "$pane" "按单号标签到库房取机"
scan "$long"
wait_for "$pane" "序列号 $long 与维修单不符" # the check read exactly what was scanned
echo "tag/serial check: $long refused as scanned"
scan "$serial"
wait_for "$pane" "金钥匙验机"
echo "tag/serial check: $serial accepted"
echo "SCANNER OK"
