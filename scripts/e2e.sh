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
		pkill -f "$work/frontdesk serve" 2>/dev/null || true # the owner the first program started
		rm -rf "$work"
	fi
}
trap cleanup EXIT

go build -o "$work/frontdesk" "$root"
fd="$work/frontdesk"
# The first program started finds no owner of the database and starts one
# (frontdesk serve); it ends soon after the last program here.
export FRONTDESK_OWNER_IDLE=3s
export FRONTDESK_DB="$work/station.db" XDG_CONFIG_HOME="$work/config" LANG=zh_CN.UTF-8 TERM=xterm-256color

# shellcheck source=wait_for.sh
source "$root/scripts/wait_for.sh"

show() { echo "---- $1"; $T capture-pane -p -t "$1"; }

# The panes are laid out first and the programs started in them after: a
# program started while its pane is still being resized can miss the last
# resize and keep drawing for the width it started with.
$T -f /dev/null new-session -d -s e2e -x 242 -y 24 -n main "cat"
$T set-option -g remain-on-exit on >/dev/null
kiosk=$($T display-message -p -t e2e '#{pane_id}')
desk=$($T split-window -h -P -F '#{pane_id}' -t e2e "cat")
display=$($T split-window -h -P -F '#{pane_id}' -t e2e "cat")
$T select-layout -t e2e even-horizontal
$T respawn-pane -k -t "$kiosk" "$fd kiosk"
$T respawn-pane -k -t "$desk" "$fd desk"
$T respawn-pane -k -t "$display" "$fd display"
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
wait_for "$desk_pane" "┃ 当面复现"

# 5a. The owner of the database is killed with SIGKILL in the middle of the
# intake. The desk and the display say the link broke and come back by
# themselves ("已重新连接数据库": a good read after failed ones), through a
# new owner one of them started, and the form still holds what was typed.
owner=$(pgrep -f "^$fd serve") || fail "no owner of the database is running"
[ "$(echo "$owner" | wc -l)" = 1 ] || fail "more than one owner: $owner"
kill -9 "$owner"
wait_for "$desk_pane" "已重新连接数据库"
wait_for "$display_pane" "已重新连接数据库"
show "$desk_pane"
show "$display_pane"
next_owner=$(pgrep -f "^$fd serve") || fail "no new owner was started"
[ "$next_owner" != "$owner" ] || fail "the killed owner $owner still runs"
$T capture-pane -p -t "$desk_pane" | grep -q "开机后屏幕闪烁" || fail "the intake form lost the fault typed before the owner was killed"
echo "owner $owner killed; owner $next_owner took over; desk and display back, the form kept"
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

# 5b. The order is found by the last 4 digits of the phone (O6) and taken
# through its repair: ready is refused while the repair result is missing
# (O4); with the result written it goes diagnosing → repairing → testing →
# ready (O1), each change said saved only once stored.
screen() { $T capture-pane -p -t "$desk_pane"; }
# wait_change BEFORE: poll the desk until its screen is no longer BEFORE.
wait_change() {
	local i
	for ((i = 0; i < 100; i++)); do
		[ "$(screen)" != "$1" ] && return 0
		sleep 0.05
	done
	fail "the desk did not change"
}
# move_to STATE: open the state picker and go down to STATE, then enter.
move_to() {
	local i before
	desk s
	wait_for "$desk_pane" "改状态\(现在:"
	for ((i = 0; i < 10; i++)); do
		if screen | grep -q "> $1"; then
			desk Enter
			return 0
		fi
		before=$(screen)
		desk Down
		wait_change "$before"
	done
	fail "the state picker never offered $1"
}
desk /
wait_for "$desk_pane" "查找:"
typ 8000
wait_for "$desk_pane" "结果 · 1"
wait_for "$desk_pane" "▸ R[0-9]+ +已接机 +张伟"
desk Enter
wait_for "$desk_pane" "R[0-9]+  已接机"
wait_for "$desk_pane" "承诺 "
move_to 诊断中
wait_for "$desk_pane" "已保存 · R[0-9]+ 已改为诊断中"
move_to 待取机
wait_for "$desk_pane" "不能改为待取机:还缺 故障原因、维修内容、更换部件、使用建议"
wait_for "$desk_pane" "R[0-9]+  诊断中"
show "$desk_pane"
desk r
wait_for "$desk_pane" "┃ 故障原因"
typ "屏幕排线松动"
desk Enter
wait_for "$desk_pane" "┃ 维修内容"
typ "重新插接并固定屏幕排线"
desk Enter
wait_for "$desk_pane" "┃ 更换部件"
typ "无"
desk Enter
wait_for "$desk_pane" "┃ 使用建议"
typ "避免大角度开合屏幕"
desk Enter
wait_for "$desk_pane" "已保存 · R[0-9]+ 维修结果已记录"
for state in 维修中 拷机中 待取机; do
	move_to "$state"
	wait_for "$desk_pane" "已保存 · R[0-9]+ 已改为$state"
done
wait_for "$desk_pane" "R[0-9]+  待取机"
wait_for "$desk_pane" "拷机中 → 待取机"
show "$desk_pane"
desk Escape
wait_for "$desk_pane" "结果 · 1"
desk Escape
wait_for "$desk_pane" "待通知 1"

# 5c. Pickup of the order made ready in 5b (P1–P4, G1–G3), for a B ticket
# taken at the kiosk. The claim code is read from the slip the intake wrote.
# The first time one item fails the golden-key inspection: the order goes
# back to repairing (G3) and the ticket stays open (finished by hand). It is
# taken through testing to ready again, the customer is called again, and
# an all-pass pickup ends with the signature (P4), picked up, the farewell
# and the ticket finished. Every key of that pickup beyond the typed codes
# (claim code, digits, serial) is counted, as for the intake.
slip=$(ls "$work"/slips/R*.txt | head -1)
number=$(basename "$slip" .txt)
claim=$(grep "取机码" "$slip" | grep -oE '[A-Z0-9]{4}-[A-Z0-9]{4}' | head -1)
[ -n "$claim" ] || fail "no claim code on the slip $slip"
next_customer
kiosk 2
wait_for "$kiosk_pane" "B002 · 取机"
desk n
wait_for "$desk_pane" "已保存 · B001 已叫号"
wait_for "$desk_pane" "按 g 办理取机"
desk g
wait_for "$desk_pane" "核对取机码"
# Typed from the slip in lower case without the dash; a wrong last 4 first.
code=$(echo "$claim" | tr -d '-' | tr 'A-Z' 'a-z')
typ "$code"
desk Enter
typ 0000
desk Enter
wait_for "$desk_pane" "取机码或手机号后4位没有对上,请与客户核对凭证后再试一次"
typ "$code"
desk Enter
typ 8000
desk Enter
wait_for "$desk_pane" "$number 核验通过\(取机码\)"
wait_for "$desk_pane" "按单号标签到库房取机"
show "$desk_pane"
typ PF2XK9A2
desk Enter
wait_for "$desk_pane" "序列号 PF2XK9A2 与维修单不符"
typ PF2XK9A1
desk Enter
wait_for "$desk_pane" "金钥匙验机 第1/2轮"
desk Space
wait_for "$desk_pane" "▸ 开机启动正常"
desk Space
wait_for "$desk_pane" "▸ 显示"
desk f
wait_for "$desk_pane" "未通过情况"
typ "屏幕仍闪烁"
desk Enter
wait_for "$desk_pane" "确认退回吗"
show "$desk_pane"
desk y
wait_for "$desk_pane" "已保存 · $number 验机未通过,已改为维修中"
wait_for "$desk_pane" "$number  维修中"
wait_for "$desk_pane" "排队号 B001 没有完成"
show "$desk_pane"
desk Enter
wait_for "$desk_pane" "当前客户"
desk f
wait_for "$desk_pane" "已保存 · B001 已完成"
# Repaired again: repairing → testing → ready, on the order screen.
desk /
wait_for "$desk_pane" "查找:"
typ 8000
wait_for "$desk_pane" "▸ R[0-9]+ +维修中 +张伟"
desk Enter
wait_for "$desk_pane" "$number  维修中"
wait_for "$desk_pane" "待取机 → 维修中:验机未通过 显示: 屏幕仍闪烁"
for state in 拷机中 待取机; do
	move_to "$state"
	wait_for "$desk_pane" "已保存 · $number 已改为$state"
done
# Back to the queue. The header is on every screen: the queue is known by
# its panel. A key sent right after Escape would arrive as alt+key, so each
# Escape is waited for.
desk Escape
wait_for "$desk_pane" "结果 · 1"
desk Escape
wait_for "$desk_pane" "当前客户"
# The customer is called again; an all-pass pickup, every key counted.
desk n
wait_for "$desk_pane" "已保存 · B002 已叫号"
keys=0
press g
wait_for "$desk_pane" "核对取机码"
typ "$claim"
press Enter
typ 8000
press Enter
wait_for "$desk_pane" "$number 核验通过\(取机码\)"
typ PF2XK9A1
press Enter
wait_for "$desk_pane" "金钥匙验机 第1/2轮"
press a
wait_for "$desk_pane" "金钥匙验机 第2/2轮"
press a
wait_for "$desk_pane" "说明维修情况"
wait_for "$desk_pane" "屏幕排线松动"
show "$desk_pane"
press Enter
wait_for "$desk_pane" "\[ \] 电源适配器"
press Space
wait_for "$desk_pane" "\[x\] 电源适配器"
press Space
wait_for "$desk_pane" "\[x\] 电源线"
press Enter
wait_for "$desk_pane" "客户签收 +> 张伟"
press Enter
wait_for "$desk_pane" "$number  已取机"
wait_for "$desk_pane" "「对不起,给您使用过程中带来不便了…如果您的机器再有什么问题,请与我们联系」"
wait_for "$desk_pane" "已保存 · B002 已完成"
show "$desk_pane"
press Enter
wait_for "$desk_pane" "当前客户"
echo "pickup: $keys keys pressed beyond the typed codes"
[ "$keys" -lt 20 ] || fail "the pickup took $keys keys, the aim is under 20"
"$fd" find "$number" | grep -q "$number.*已取机" || fail "the database does not have $number picked up"

# 6. Bad input answers with a message and a non-zero exit.
if "$fd" take Z 2>"$work/err"; then fail "take Z succeeded"; fi
grep -q "没有这个服务类型" "$work/err" || fail "take Z: $(cat "$work/err")"

# 7. A second desk started at counter 3 by flags, as on another PC: it is
# told the counter is open elsewhere and opens nothing; ctrl+t takes it
# over, and the first desk goes back to its sign-in saying who took it.
# The flags were for that run: the remembered sign-in is still 张工's.
second=$($T new-window -P -F '#{pane_id}' -t e2e "cat")
$T respawn-pane -k -t "$second" "$fd --counter 3 --engineer 王工"
wait_for "$second" "3号接待台已在另一处打开"
wait_for "$second" "Ctrl\+T 接管"
show "$second"
wait_for "$desk_pane" "3号接待台 · 张工"
$T send-keys -t "$second" C-t
wait_for "$second" "3号接待台 · 王工"
wait_for "$desk_pane" "3号接待台已由另一处接管\(王工\)"
show "$desk_pane"
$T send-keys -t "$second" C-c
grep -q "张工" "$XDG_CONFIG_HOME/frontdesk/desk.json" || fail "the remembered sign-in: $(cat "$XDG_CONFIG_HOME/frontdesk/desk.json")"
if grep -q "王工" "$XDG_CONFIG_HOME/frontdesk/desk.json"; then fail "the flags were remembered: $(cat "$XDG_CONFIG_HOME/frontdesk/desk.json")"; fi
# The second desk has quit: the first signs in again, its form filled in.
desk Enter
wait_for "$desk_pane" "3号接待台 · 张工"
wait_for "$desk_pane" "当前客户"

# 8. A restore on the live station: it lists the ticket taken after the
# backup and the programs connected, refuses without --yes (no terminal
# here), and with --yes goes on numbering after the live file: the number
# taken after the backup is never issued again, and `recover` brings it
# back from the copy the restore kept.
before=$("$fd" take C --json | sed -n 's/.*"number": "\([A-Z0-9]*\)".*/\1/p' | head -1)
"$fd" backup "$work/before.db" >/dev/null
after=$("$fd" take C --json | sed -n 's/.*"number": "\([A-Z0-9]*\)".*/\1/p' | head -1)
[ -n "$before" ] && [ -n "$after" ] || fail "take C --json gave no numbers: '$before' '$after'"
if "$fd" restore "$work/before.db" >"$work/out" 2>"$work/err"; then fail "restore without --yes went ahead: $(cat "$work/out")"; fi
cat "$work/out" "$work/err"
grep -q "号票 1 张:$after" "$work/out" || fail "the restore did not list $after"
grep -Eq "正连着这个数据库的程序.*接待台" "$work/out" || fail "the restore did not name the programs connected"
grep -q -- "--yes" "$work/err" || fail "the refusal does not say --yes"
"$fd" restore --yes "$work/before.db"
again=$("$fd" take C --json | sed -n 's/.*"number": "\([A-Z0-9]*\)".*/\1/p' | head -1)
echo "take C: $before, backup, $after, restore, $again"
[ "$again" != "$after" ] && [ "$again" != "$before" ] || fail "after the restore $again was issued again"
# What the restore took out comes back from the copy it kept: the ticket
# taken after the backup is in the queue again, its number its own.
kept=$(ls "$FRONTDESK_DB".before-restore-* | head -1)
"$fd" recover --yes "$kept" >"$work/out" 2>"$work/err" || fail "recover: $(cat "$work/out" "$work/err")"
cat "$work/out"
grep -q "只在副本里的号票 1 张:$after" "$work/out" || fail "recover did not bring back $after"

# 9. A business customer's ticket while counter 4, the only one for them,
# is unmanned: the desk says nobody serves D, and counter 3 serves it out of
# type after a y; the display calls it, and status has it at counter 3.
desk f
wait_for "$desk_pane" "本台空闲"
dnum=$("$fd" take D --json | sed -n 's/.*"number": "\([A-Z0-9]*\)".*/\1/p' | head -1)
[ -n "$dnum" ] || fail "take D --json gave no number"
wait_for "$desk_pane" "⚠ 商用 1 人等候"
for _ in $(seq 12); do
	screen | grep -q "▸ $dnum" && break
	desk Down
	sleep 0.2
done
screen | grep -q "▸ $dnum" || fail "the cursor never reached $dnum"
desk Enter
wait_for "$desk_pane" "$dnum 是商用,现在没有开放的接待台接待。由本台接待?"
show "$desk_pane"
desk y
wait_for "$desk_pane" "已保存 · $dnum 已叫号"
wait_for "$display_pane" "$dnum"
"$fd" status | grep -q "3号接待台: $dnum 已叫号" || fail "status: $("$fd" status)"

show "$kiosk_pane"
show "$desk_pane"
show "$display_pane"

# 10. The station's other channels: a hotline call from a known business
# customer opens an on-site request, booked past a clash, visited and
# escalated to a carry-in repair (scripts/e2e_onsite.sh, with this binary).
FRONTDESK_BIN="$fd" bash "$root/scripts/e2e_onsite.sh"

# 11. The same station over its network: desks and display on other PCs,
# through SSH (scripts/e2e_ssh.sh, with this binary).
FRONTDESK_BIN="$fd" bash "$root/scripts/e2e_ssh.sh"
echo "E2E OK"
