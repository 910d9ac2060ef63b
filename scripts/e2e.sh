#!/usr/bin/env bash
# End to end, as a person would: the real binary in tmux, kiosk, desk and
# queue display side by side (three 80×24 panes). A customer takes numbers at
# the kiosk, the engineer signs in at counter 3 and calls, and the display on
# the other terminal must show the call. Screens are printed as they were.
#
#   bash scripts/e2e.sh            (needs tmux and go)
#   KEEP=1 bash scripts/e2e.sh     keeps the tmux session to look at: tmux -L fd-e2e attach
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
T="tmux -u -L fd-e2e"
cleanup() {
	if [ -z "${KEEP:-}" ]; then
		$T kill-server 2>/dev/null || true
		rm -rf "$work"
	fi
}
trap cleanup EXIT

go build -o "$work/frontdesk" "$root"
fd="$work/frontdesk"
export FRONTDESK_DB="$work/station.db" XDG_CONFIG_HOME="$work/config" LANG=zh_CN.UTF-8 TERM=xterm-256color

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

show() { echo "---- $1"; $T capture-pane -p -t "$1"; }

$T -f /dev/null new-session -d -s e2e -x 242 -y 24 -n main "$fd kiosk"
$T set-option -g remain-on-exit on >/dev/null
kiosk=$($T display-message -p -t e2e '#{pane_id}')
desk=$($T split-window -h -P -F '#{pane_id}' -t e2e "$fd desk")
display=$($T split-window -h -P -F '#{pane_id}' -t e2e "$fd display")
$T select-layout -t e2e even-horizontal
kiosk_pane=$kiosk desk_pane=$desk display_pane=$display
kiosk() { $T send-keys -t "$kiosk_pane" "$@"; }
desk() { $T send-keys -t "$desk_pane" "$@"; }
fail() {
	echo "E2E FAILED: $*" >&2
	for p in "kiosk:$kiosk_pane" "desk:$desk_pane" "display:$display_pane"; do
		echo "---- ${p%%:*}" >&2
		$T capture-pane -p -t "${p#*:}" >&2 || true
	done
	exit 1
}

# 1. The customer takes two repair numbers and one pickup number at the kiosk.
wait_for "$kiosk_pane" "送修"
kiosk 1
wait_for "$kiosk_pane" "A001 · 送修"
show "$kiosk_pane"
# The ticket stays up for 2 s whatever is pressed, so the next customer's
# key cannot hide it; then any key goes back to the choice.
next_customer() {
	sleep 2.1
	kiosk Escape
	wait_for "$kiosk_pane" "请选择服务项目"
}
next_customer
kiosk 1
wait_for "$kiosk_pane" "A002 · 送修"
next_customer
kiosk 2
wait_for "$kiosk_pane" "B001 · 取机"
wait_for "$display_pane" "A[[:space:]]*送修[^0-9]*2"

# 2. The engineer signs in at counter 3 (first start asks) and calls the next.
wait_for "$desk_pane" "接待台号"
desk 3 Enter
desk "张工" Enter
wait_for "$desk_pane" "3号接待台 · 张工"
wait_for "$desk_pane" "A001"
desk n
wait_for "$desk_pane" "已保存 · A001 已叫号"
wait_for "$desk_pane" "请排队号为A001号的用户到3号接待台来"
show "$desk_pane"

# 3. The display on the other terminal shows the call by itself.
wait_for "$display_pane" "A001" 2
wait_for "$display_pane" "3" 2
show "$display_pane"

# 4. Serve and finish; the keypad command calls the next one at counter 3.
desk s
wait_for "$desk_pane" "开始服务"
desk f
wait_for "$desk_pane" "A001 已完成"
"$fd" call --counter 3 --json | grep -q '"number": "A002"' || fail "keypad call did not call A002"
wait_for "$desk_pane" "请排队号为A002号的用户到3号接待台来"
wait_for "$display_pane" "A002" 2
"$fd" status --json | grep -q '"issued_today": 3' || fail "status does not count 3 tickets"

# 5. Pre-check intake for A002, as at the counter: an in-warranty notebook
# handed over with two accessories, ending with a claim slip. Every key
# pressed beyond the typed text is counted (README: "Keys of an intake").
keys=0
press() { keys=$((keys + $#)); desk "$@"; }
typ() { desk -l "$1"; }
bought=$(date -d "-60 days" +%F)
press i
wait_for "$desk_pane" "┃ 送修人"
press Enter
wait_for "$desk_pane" "┃ 联系电话"
typ 13800138000
press Enter
wait_for "$desk_pane" "┃ 客户姓名"
typ "张伟"
press Enter
wait_for "$desk_pane" "┃ 机器类型"
press Enter
wait_for "$desk_pane" "┃ 序列号"
typ PF2XK9A1
press Enter
wait_for "$desk_pane" "┃ 品牌"
typ Lenovo
press Enter
wait_for "$desk_pane" "┃ 型号"
typ "ThinkPad X1 Carbon"
press Enter
wait_for "$desk_pane" "┃ 购机凭证"
press Enter
wait_for "$desk_pane" "┃ 购机日期"
typ "$bought"
press Enter
wait_for "$desk_pane" "③ 保修判定"
wait_for "$desk_pane" "笔记本整机 · 保内"
show "$desk_pane"
press Enter
wait_for "$desk_pane" "┃ 故障描述"
typ "开机后屏幕闪烁,偶尔黑屏"
press Enter
wait_for "$desk_pane" "┃ 当面重现"
press Enter
wait_for "$desk_pane" "┃ 随机附件"
press Space
wait_for "$desk_pane" "\[x\] 电源适配器"
press Down Space
wait_for "$desk_pane" "\[x\] 电源线"
press Enter
wait_for "$desk_pane" "┃ 外观检查"
press Enter
wait_for "$desk_pane" "┃ 已提醒客户备份数据"
press y
wait_for "$desk_pane" "┃ 数据与密码"
press Enter
wait_for "$desk_pane" "┃ 客户同意拆机检修"
press y
wait_for "$desk_pane" "┃ 承诺完成时间"
press Enter
wait_for "$desk_pane" "┃ 备机"
press Enter
wait_for "$desk_pane" "⑨ 确认"
show "$desk_pane"
press y
wait_for "$desk_pane" "已保存 · 维修单 R[0-9]+"
wait_for "$desk_pane" "取机凭证"
show "$desk_pane"
ls "$work"/slips/R*.txt >/dev/null 2>&1 || fail "no claim slip file was written"
grep -q "PF2XK9A1" "$work"/slips/R*.txt || fail "the slip does not name the serial"
echo "intake: $keys keys pressed beyond the typed text"
[ "$keys" -lt 25 ] || fail "the intake took $keys keys, the aim is under 25"
press Enter
wait_for "$desk_pane" "3号接待台 · 张工"

# 6. Bad input answers with a message and a non-zero exit.
if "$fd" take Z 2>"$work/err"; then fail "take Z succeeded"; fi
grep -q "没有这个服务类型" "$work/err" || fail "take Z: $(cat "$work/err")"

show "$kiosk_pane"
show "$desk_pane"
show "$display_pane"
echo "E2E OK"
