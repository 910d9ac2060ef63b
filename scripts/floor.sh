#!/usr/bin/env bash
# The floor of issue 18, as whole processes, each command alternating with
# its peer in one run:
#
#	bash scripts/floor.sh [ORDERS] [RUNS]
#
#   - `frontdesk take A` against scripts/bareput, a Go program that opens a
#     bbolt file, puts one key in one commit and closes it (target ≤ 1.5×);
#   - `frontdesk find` by order number, by the last 4 phone digits and by
#     surname against `sqlite3` over the same orders (loaded from
#     `frontdesk export`) with an index per field (target ≤ 1×).
#
# ORDERS (default 100000) demo orders are generated in a new database, or
# DB=FILE names a frontdesk database to copy instead. RUNS (default 100) is
# how many times each command runs. The owner of the database is started
# first and kept (`serve --idle 0 --scrub 0`: the scrub's pass over the file
# would be measured beside the commands otherwise), as on a station where a
# desk is open; sqlite3 opens its file for each query, as a command must.
# Prints each side's median wall time, start to exit, and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
orders=${1:-100000}
runs=${2:-100}
command -v sqlite3 >/dev/null || {
	echo "floor.sh: sqlite3 is needed (apt-get install sqlite3)" >&2
	exit 2
}

work=$(mktemp -d)
trap 'pkill -f "$work/" || true; rm -rf "$work"' EXIT
go build -o "$work/frontdesk" .
go build -o "$work/bareput" ./scripts/bareput
db=$work/station.db
fd() { HOME=$work FRONTDESK_CONFIG= "$work/frontdesk" --lang zh --db "$db" "$@"; }
if [ -n "${DB:-}" ]; then
	cp "$DB" "$db"
	orders="$orders (a copy of $(basename "$DB"))"
else
	fd demo --orders "$orders" >/dev/null
fi
fd serve --idle 0 --scrub 0 >/dev/null 2>&1 &
for _ in $(seq 100); do [ -S "$db.sock" ] && break || sleep 0.1; done

# The same orders in SQLite, an index per field the queries use.
fd export --from 2000-01-01 --to 2099-12-31 --out "$work" >/dev/null 2>&1
lite=$work/orders.sqlite
sqlite3 "$lite" <<SQL
.output /dev/null
PRAGMA journal_mode=WAL;
.output stdout
.import --csv $(ls "$work"/orders_*.csv) orders
CREATE INDEX o_number ON orders("单号");
CREATE INDEX o_phone4 ON orders(substr("电话", -4));
CREATE INDEX o_name ON orders("客户姓名");
SQL
read -r number phone4 surname < <(sqlite3 -separator ' ' "$lite" \
	'SELECT "单号", substr("电话", -4), substr("客户姓名", 1, 1) FROM orders
	 WHERE rowid = (SELECT count(*) / 2 FROM orders)')
cols='"单号", "状态", "客户姓名", "电话", "品牌", "型号", "接机时间(Asia/Shanghai)"'
newest='ORDER BY CAST("编号" AS INTEGER) DESC LIMIT 10'
lite_q() { sqlite3 "$lite" "PRAGMA case_sensitive_like = ON; SELECT $cols FROM orders WHERE $1 $newest;"; }

# took CMD...: the wall time of CMD in µs (exit 1, find's "none found", is
# an answer too).
took() {
	local t0=${EPOCHREALTIME/./}
	"$@" >/dev/null 2>&1 || [ $? -eq 1 ] || {
		echo "floor.sh: $* failed" >&2
		return 1
	}
	echo $((${EPOCHREALTIME/./} - t0))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# pair WHAT TARGET A B: A and B (functions) RUNS times each, in turn.
pair() {
	local what=$1 target=$2 a=() b=()
	"$3" >/dev/null 2>&1 || true # warm: the first of each reads the disk
	"$4" >/dev/null 2>&1 || true
	for ((i = 0; i < runs; i++)); do
		a+=("$(took "$3")")
		b+=("$(took "$4")")
	done
	local ma mb
	ma=$(printf '%s\n' "${a[@]}" | median)
	mb=$(printf '%s\n' "${b[@]}" | median)
	awk -v w="$what" -v a="$ma" -v b="$mb" -v t="$target" -v n="$runs" 'BEGIN {
		printf "%-28s frontdesk %7.2f ms  peer %7.2f ms  ratio %5.2f×  (target ≤ %s×, %d runs each)\n", w, a / 1000, b / 1000, a / b, t, n }'
}

fd_take() { fd take A; }
bare_put() { "$work/bareput" "$work/bare.db"; }
fd_number() { fd find "$number"; }
lite_number() { lite_q "\"单号\" = '$number'"; }
fd_phone() { fd find "$phone4"; }
lite_phone() { lite_q "substr(\"电话\", -4) = '$phone4'"; }
fd_name() { fd find "$surname"; }
lite_name() { lite_q "\"客户姓名\" LIKE '$surname%'"; }

echo "floor: $orders orders, $(date -u +%FT%TZ), $(nproc) cores; find $number / $phone4 / $surname"
pair "take A vs bare bbolt put" 1.5 fd_take bare_put
pair "find number vs sqlite3" 1 fd_number lite_number
pair "find last 4 vs sqlite3" 1 fd_phone lite_phone
pair "find surname vs sqlite3" 1 fd_name lite_name
