#!/usr/bin/env bash
# End to end over the station's network, as three PCs would run it: the
# owner of the database (frontdesk serve) listens for SSH on the loopback
# address; two engineers' desks and the queue display connect with the real
# OpenSSH client, each with its own key; the kiosk runs on the server's PC.
# A ticket taken at the local kiosk is called at an SSH desk, and the
# display's SSH session shows it; the events name the engineers by their
# keys, never by what was typed. Four 80×24 panes; screens are printed.
#
#   bash scripts/e2e_ssh.sh        (needs tmux, ssh, ssh-keygen and go)
#   KEEP=1 bash scripts/e2e_ssh.sh keeps the tmux session: tmux -L fd-ssh attach
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
T="tmux -u -L fd-ssh"
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
# A free port on the loopback address.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export FRONTDESK_DB="$work/station.db" XDG_CONFIG_HOME="$work/config" HOME="$work" LANG=zh_CN.UTF-8 TERM=xterm-256color
cat >"$work/frontdesk.toml" <<TOML
[station]
name = "海淀维修服务站"
phone = "010-62345678"

[ssh]
listen = "127.0.0.1:$port"
TOML
export FRONTDESK_CONFIG="$work/frontdesk.toml"

# shellcheck source=wait_for.sh
source "$root/scripts/wait_for.sh"
# The station's date (Asia/Shanghai, the default zone): the machine's may
# be a day behind it in the evening, UTC, when the station's day has turned.
station_date() { TZ=CST-8 date "$@"; } # UTC+8 all year, as Shanghai; no zoneinfo needed
fail() {
	echo "E2E SSH FAILED: $*" >&2
	for p in "${panes[@]:-}"; do
		[ -n "$p" ] || continue
		echo "---- ${p%%:*}" >&2
		$T capture-pane -p -t "${p#*:}" >&2 || true
	done
	[ -f "$work/serve.log" ] && { echo "---- serve" >&2; cat "$work/serve.log" >&2; }
	exit 1
}
show() { echo "---- $1"; $T capture-pane -p -t "$2"; }

# 1. The server: frontdesk serve on the station's PC, SSH on the loopback.
"$fd" serve >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
	grep -q "SSH" "$work/serve.log" && break
	sleep 0.05
done
grep -q "站内 SSH 在 127.0.0.1:$port" "$work/serve.log" || fail "serve did not listen for SSH"
cat "$work/serve.log"
[ "$(stat -c %a "$work/ssh_host_ed25519_key")" = 600 ] || fail "the host key is readable by others"

# 2. The staff, each known by a key of their own.
mkdir -m 700 "$work/keys"
for who in zhang wang li screen; do
	ssh-keygen -q -t ed25519 -N "" -C "$who" -f "$work/keys/$who"
done
"$fd" staff add 张工 --role engineer --key "$work/keys/zhang.pub"
"$fd" staff add 王工 --role engineer --key "$work/keys/wang.pub" --counter 1
"$fd" staff add 李主任 --role supervisor --key "$work/keys/li.pub"
"$fd" staff add 大厅屏 --role display --key "$work/keys/screen.pub"

# The counter PCs' client: the host key is recorded at the first
# connection, every later one checked against it.
ssh_as() {
	echo "env LANG=${2:-zh_CN.UTF-8} ssh -t -p $port -i $work/keys/$1 -o IdentitiesOnly=yes -o BatchMode=yes" \
		"-o StrictHostKeyChecking=accept-new -o UserKnownHostsFile=$work/known_hosts" \
		"-o SendEnv=LANG -o LogLevel=ERROR $1@127.0.0.1"
}

# 3. Four 80×24 panes: the local kiosk; two desks and the display over SSH.
$T -f /dev/null new-session -d -s ssh -x 161 -y 49 "cat"
$T set-option -g remain-on-exit on >/dev/null
kiosk=$($T display-message -p -t ssh '#{pane_id}')
desk1=$($T split-window -h -P -F '#{pane_id}' -t ssh "cat")
desk2=$($T split-window -v -P -F '#{pane_id}' -t "$kiosk" "cat")
display=$($T split-window -v -P -F '#{pane_id}' -t "$desk1" "cat")
$T select-layout -t ssh tiled >/dev/null
panes=("kiosk:$kiosk" "张工:$desk1" "王工:$desk2" "display:$display")
$T respawn-pane -k -t "$kiosk" "$fd kiosk --mute"
$T respawn-pane -k -t "$desk1" "$(ssh_as zhang)"
$T respawn-pane -k -t "$desk2" "$(ssh_as wang en_US.UTF-8)" # 王工's PC is in English
$T respawn-pane -k -t "$display" "$(ssh_as screen)"
for p in "$kiosk" "$desk1" "$desk2" "$display"; do
	size=$($T display-message -p -t "$p" '#{pane_width}x#{pane_height}')
	[ "$size" = 80x24 ] || fail "pane $p is $size, not 80x24"
done

# 4. 张工's first connection asks the counter only: the name is the key's.
wait_for "$desk1" "工程师姓名: 张工  \(按您的 SSH 密钥登记\)" 10
$T send-keys -t "$desk1" 3 Enter
wait_for "$desk1" "3号接待台 · 张工"
# 王工's staff record fixes counter 1: straight to work, in his PC's
# language.
wait_for "$desk2" "Counter 1 · 王工" 10
wait_for "$display" "请在查询终端取号" 10

# 5. A customer takes a repair number at the local kiosk.
wait_for "$kiosk" "送修"
$T send-keys -t "$kiosk" 1
wait_for "$kiosk" "A001"
# 6. 张工 calls it over SSH; the display's SSH session shows the call.
wait_for "$desk1" "A001"
$T send-keys -t "$desk1" n
wait_for "$desk1" "A001 已叫号"
wait_for "$display" "请排队号为A001号的用户到3号接待台来,我们将为您服务,谢谢!"

# 7. What each account may not do: a display asking for the desk is told
# it has the display; a stranger's key is refused in the handshake.
out=$(ssh -p "$port" -i "$work/keys/screen" -o IdentitiesOnly=yes -o BatchMode=yes \
	-o UserKnownHostsFile="$work/known_hosts" -o LogLevel=ERROR screen@127.0.0.1 desk 2>&1) && fail "the display ran desk"
echo "$out" | grep -q "大厅屏的账号只能使用叫号屏" || fail "the display's refusal: $out"
ssh-keygen -q -t ed25519 -N "" -f "$work/keys/stranger"
out=$(ssh -p "$port" -i "$work/keys/stranger" -o IdentitiesOnly=yes -o BatchMode=yes \
	-o UserKnownHostsFile="$work/known_hosts" -o LogLevel=ERROR x@127.0.0.1 status 2>&1) && fail "a stranger got in"
echo "$out" | grep -q "Permission denied" || fail "the stranger's refusal: $out"

# 8. The events: the take the kiosk's, the call 张工's (the key's person).
mkdir -m 700 "$work/export"
"$fd" export --from "$(station_date +%F)" --to "$(station_date +%F)" --out "$work/export" >/dev/null
events=$(ls "$work"/export/*events*.csv)
grep -q "call.*张工" "$events" || fail "no call by 张工 in $(cat "$events")"

for p in "${panes[@]}"; do show "${p%%:*}" "${p#*:}"; done

# 9. A lost-slip pickup approved from the supervisor's own session (P1), on
# a second station with the demo's orders: 张工 (counter 3) checks the
# customer's ID and asks; 李主任's desk lists the request under v and
# approves it; 张工's desk goes on, and the log names both.
# The first station ends: its programs first (the kiosk would start an
# owner of its own again), then its server.
for p in "$kiosk" "$display"; do $T respawn-pane -k -t "$p" "cat"; done
kill "$server"
wait "$server" || true
export FRONTDESK_DB="$work/demo.db"
"$fd" demo --orders 100 >/dev/null
"$fd" serve >"$work/serve.log" 2>&1 &
for _ in $(seq 100); do
	grep -q "SSH" "$work/serve.log" && break
	sleep 0.05
done
order=$("$fd" find --json --limit 200 "R$(station_date +%y%m)" 2>/dev/null | python3 -c '
import json, sys
print(next(o["number"] for o in json.load(sys.stdin) if o.get("state") == "ready"))')
[ -n "$order" ] || fail "the demo made no order ready for pickup"
"$fd" staff add 张工 --role engineer --key "$work/keys/zhang.pub" --counter 3 >/dev/null
"$fd" staff add 李主任 --role supervisor --key "$work/keys/li.pub" --counter 1 >/dev/null
$T respawn-pane -k -t "$desk1" "$(ssh_as zhang)"
$T respawn-pane -k -t "$desk2" "$(ssh_as li)"
panes=("张工:$desk1" "李主任:$desk2")
wait_for "$desk1" "3号接待台 · 张工" 10
wait_for "$desk2" "1号接待台 · 李主任" 10
# The demo's morning left a customer at counter 3: finished, then a
# pickup customer called — the first B waiting, chosen in the list (n
# would call whoever waited longest, which early in the station's day may
# be another type).
$T send-keys -t "$desk1" f
wait_for "$desk1" "本台空闲"
for _ in $(seq 30); do
	$T capture-pane -p -t "$desk1" | grep -q "▸ B[0-9]" && break
	$T send-keys -t "$desk1" Down
	sleep 0.1
done
$T capture-pane -p -t "$desk1" | grep -q "▸ B[0-9]" || fail "no pickup customer is waiting"
$T send-keys -t "$desk1" Enter
wait_for "$desk1" "B[0-9]{3} 已叫号"
$T send-keys -t "$desk1" g
wait_for "$desk1" "取机码"
$T send-keys -t "$desk1" C-l
sleep 0.3
$T send-keys -t "$desk1" -l "$order"
wait_for "$desk1" "$order"
$T send-keys -t "$desk1" Enter
wait_for "$desk1" "证件"
$T send-keys -t "$desk1" Right
$T send-keys -t "$desk1" Enter
sleep 0.2
$T send-keys -t "$desk1" -l 123x
$T send-keys -t "$desk1" Enter
wait_for "$desk1" "等待主管审批"
show 张工 "$desk1"
wait_for "$desk2" "v 待审批 1"
$T send-keys -t "$desk2" v
wait_for "$desk2" "张工 · 3号台"
$T send-keys -t "$desk2" Enter
wait_for "$desk2" "y 批准"
show 李主任 "$desk2"
$T send-keys -t "$desk2" y
wait_for "$desk2" "已批准 $order 的遗失凭证取机\(张工 提出\)"
wait_for "$desk1" "李主任 批准" 10
show 张工 "$desk1"
show 李主任 "$desk2"
mkdir -m 700 "$work/export2"
"$fd" export --from "$(station_date +%F)" --to "$(station_date +%F)" --out "$work/export2" >/dev/null
events=$(ls "$work"/export2/*events*.csv)
grep "approval" "$events"
grep -q "李主任.*approve.*asked by 张工" "$events" || fail "no approval by 李主任 asked by 张工 in the log"
echo "E2E SSH OK"
