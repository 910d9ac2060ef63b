#!/usr/bin/env bash
# End to end, the station's other two channels (issue 15): the hotline and
# an on-site visit, on a station with the demo's records, in one 80×24 desk
# driven as a person would. A known business customer calls; the call opens
# an on-site request; a first visit is booked for 赵工, then this one asked
# for the same time and refused with the reschedule script, then booked at
# the free time the desk offers; the arrival and the departure are stamped;
# the visit cannot fix it, so it is escalated and the carry-in intake opens
# with the customer and the device filled in; saved, the order and the
# request name each other and the device's history shows both. The keys of
# the call (beyond the text typed) are counted: README "Keys of a call".
#
#   bash scripts/e2e_onsite.sh        (needs tmux and go)
#   KEEP=1 bash scripts/e2e_onsite.sh keeps the session: tmux -L fd-onsite attach
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
T="tmux -u -L fd-onsite"
cleanup() {
	if [ -z "${KEEP:-}" ]; then
		$T kill-server 2>/dev/null || true
		pkill -f "$work/frontdesk" 2>/dev/null || true
		rm -rf "$work"
	fi
}
trap cleanup EXIT

fd="$work/frontdesk"
if [ -n "${FRONTDESK_BIN:-}" ]; then
	cp "$FRONTDESK_BIN" "$fd"
else
	go build -o "$fd" "$root"
fi
export FRONTDESK_OWNER_IDLE=3s
export FRONTDESK_DB="$work/station.db" XDG_CONFIG_HOME="$work/config" HOME="$work" FRONTDESK_CONFIG= LANG=zh_CN.UTF-8 TERM=xterm-256color

# shellcheck source=wait_for.sh
source "$root/scripts/wait_for.sh"
# The station's date (Asia/Shanghai, the default zone): the machine's may
# be a day behind it in the evening, UTC, when the station's day has turned.
station_date() { TZ=CST-8 date "$@"; } # UTC+8 all year, as Shanghai; no zoneinfo needed
fail() {
	echo "E2E ON-SITE FAILED: $*" >&2
	$T capture-pane -p -t "$desk_pane" >&2 || true
	exit 1
}
show() { echo "---- $1"; $T capture-pane -p -t "$desk_pane"; }

"$fd" demo --orders 300 >/dev/null
# A known business customer: the newest order of a company with a mobile.
read -r phone company serial < <("$fd" find "R$(station_date +%y)" --json --limit 200 | python3 -c '
import json, sys
for o in json.load(sys.stdin):
    i = o["intake"]
    if i.get("company") and i["phone"].startswith("1") and i.get("serial"):
        print(i["phone"], i["company"], i["serial"]); break
')
[ -n "$serial" ] || fail "the demo has no business customer with a mobile"
echo "the caller: $phone ($company), device $serial"

$T -f /dev/null new-session -d -s onsite -x 80 -y 24 "cat"
$T set-option -g remain-on-exit on >/dev/null
desk_pane=$($T display-message -p -t onsite '#{pane_id}')
$T respawn-pane -k -t "$desk_pane" "$fd desk --counter 3 --engineer 张工"
desk() { $T send-keys -t "$desk_pane" "$@"; }
typ() { desk -l "$1"; }
keys=0
press() { keys=$((keys + $#)); desk "$@"; }
screen() { $T capture-pane -p -t "$desk_pane"; }
# esc: a key after it too soon would be read as alt+key; wait for the
# screen it leads to (the queue's help line, or the regex given).
back() {
	desk Escape
	wait_for "$desk_pane" "${1:-n 叫下一位}"
}
wait_for "$desk_pane" "n 叫下一位"

# 1. A first request, from another caller, booked for 赵工 on the next
# service day at 10:00 — the time the customer asked for.
desk h
wait_for "$desk_pane" "先问来电号码"
typ 13700001111
desk Enter
wait_for "$desk_pane" "┃ 主题|主题 +>"
typ "笔记本无法开机"
desk Enter
wait_for "$desk_pane" "3 上门服务"
desk 3
wait_for "$desk_pane" "┃ 故障"
desk Enter
wait_for "$desk_pane" "┃ 网络"
desk n
for field in 姓名 单位 职务 电话 座机 地址; do
	wait_for "$desk_pane" "┃ $field"
	case $field in
	姓名) typ "钱先生" ;;
	地址) typ "海淀区知春路 8 号" ;;
	esac
	desk Enter
done
desk C-s
wait_for "$desk_pane" "上门服务单 S[0-9]+ 已开"
first=$(screen | grep -oE "S[0-9]{10}" | head -1)
echo "first request: $first"
back

# book opens request $1 through the search box and books it for 赵工 on the
# next service day at $2 (hh:mm), for an hour.
book() {
	desk /
	wait_for "$desk_pane" "查找"
	typ "$1"
	wait_for "$desk_pane" "▸ $1"
	desk Enter
	wait_for "$desk_pane" "服务单 $1"
	desk s
	wait_for "$desk_pane" "┃ 工程师"
	desk /
	typ 赵
	wait_for "$desk_pane" "> 赵工"
	desk Enter
	wait_for "$desk_pane" "┃ 日期"
	desk Down Enter
	wait_for "$desk_pane" "开始时间"
	desk C-u
	typ "$2"
	desk Enter Enter
}
book "$first" 10:00
wait_for "$desk_pane" "已保存 · $first 已派工"
show first
back 上门安排
back

# 2. The known business customer calls: phone first, the customer and the
# devices come up; the call opens an on-site request. Every key beyond the
# text typed is counted, from h on the queue to the request saved.
press h
wait_for "$desk_pane" "先问来电号码"
typ "$phone"
press Enter
wait_for "$desk_pane" "$company"
show known-customer
typ "台式机无法开机,电源灯不亮"
press Enter
wait_for "$desk_pane" "3 上门服务"
press 3
wait_for "$desk_pane" "┃ 故障"
typ " 主板疑似故障"
press Enter
wait_for "$desk_pane" "┃ 网络"
press y
wait_for "$desk_pane" "┃ 姓名"
# The rest is the known customer's, as the desk filled it in.
press C-s
wait_for "$desk_pane" "上门服务单 S[0-9]+ 已开,来电已记录"
wait_for "$desk_pane" "今天我会为您提供上门服务,请问您今天什么时候有时间?"
show request-opened
request=$(screen | grep -oE "S[0-9]{10}" | head -1)
echo "hotline call → request $request: $keys keys pressed beyond the typed text"
[ "$keys" -lt 15 ] || fail "the call took $keys keys, the aim is under 15"
call_keys=$keys
back

# 3. The customer asks for 10:00 too: 赵工 has the first visit then. The
# desk refuses it with the reschedule script and the next free time, at
# which it is booked.
book "$request" 10:00
wait_for "$desk_pane" "非常抱歉,您约的时间我已经安排了其他用户的服务"
wait_for "$desk_pane" "最早空闲 [0-9]{2}:[0-9]{2}"
show clash
free=$(screen | grep -oE "最早空闲 [0-9]{2}:[0-9]{2}" | grep -oE "[0-9]{2}:[0-9]{2}")
back 上门安排
back
book "$request" "$free"
wait_for "$desk_pane" "已保存 · $request 已派工"
wait_for "$desk_pane" "赵工 [0-9-]+ $free"

# 4. On site: the arrival and the departure stamped; the fault cannot be
# fixed there, so the device goes to the carry-in counter.
desk a
wait_for "$desk_pane" "已保存 · $request 到达已记时"
desk l
wait_for "$desk_pane" "已保存 · $request 离开已记时"
show on-site
desk e
wait_for "$desk_pane" "上门服务单 $request 转送修"
wait_for "$desk_pane" "> $phone"
show escalated-intake
# The intake, from what the request filled in: the engineer goes through
# it with the customer; the pages it asks are answered as they come.
for _ in $(seq 60); do
	s=$(screen)
	if grep -q "⑨ 确认" <<<"$s"; then
		desk y
		break
	elif grep -qE "┃ 已提醒客户备份数据|┃ 客户同意拆机检修|┃ 客户认可报价" <<<"$s"; then
		desk y
	else
		desk Enter
	fi
	sleep 0.2
done
wait_for "$desk_pane" "已保存 · 维修单 R[0-9]+" 10
order=$(screen | grep -oE "维修单 R[0-9]{10}" | head -1 | cut -d' ' -f2)
show saved
echo "escalated: $request → $order"

# 5. Both ends of the link, and the device's history: its repairs and its
# visit, found by its serial; the order's screen shows the visit.
"$fd" find "$request" | grep -q "$request  转送修" || fail "the request is not escalated: $("$fd" find "$request")"
history=$("$fd" find "$serial")
echo "$history"
grep -q "$order" <<<"$history" || fail "the device's history has no $order"
grep -q "$request" <<<"$history" || fail "the device's history has no $request"
desk Enter
wait_for "$desk_pane" "服务单 $request"
back 上门安排
back
desk /
wait_for "$desk_pane" "查找"
typ "$order"
wait_for "$desk_pane" "▸ $order"
desk Enter
wait_for "$desk_pane" "维修单 $order"
wait_for "$desk_pane" "由上门服务单 $request 转送修"
show order
echo "E2E ON-SITE OK: the call took $call_keys keys"
