#!/usr/bin/env bash
# Every benchmark of the project, on a realistic large database, in one go:
#
#	bash scripts/bench.sh [output file]
#
# The first run generates the benchmarks' database — three years of a busy
# station: 1,000,000 repair orders with their whole history (the newest
# 1,000 open) and 2,000,000 queue tickets with their 8.4 million events,
# 7.4 GB — and keeps it in $FRONTDESK_BENCH_DIR (default
# $TMPDIR/frontdesk-bench) for the runs after; that takes about 10 minutes
# on 2 cores, the benchmarks about 35 more. COUNT (default 3) is how many
# times each benchmark runs, for benchstat. The raw output goes to the file
# named (default bench-<date>.txt), with a benchstat summary after it when
# benchstat can be had (go install golang.org/x/perf/cmd/benchstat@latest).
# BENCHMARKS.md says what each figure is and what it was on the machine the
# project is measured on.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-bench-$(date +%Y%m%d-%H%M).txt}
count=${COUNT:-3}
export FRONTDESK_BENCH_DIR=${FRONTDESK_BENCH_DIR:-${TMPDIR:-/tmp}/frontdesk-bench}
: >"$out"

say() { printf '\n== %s\n' "$*" | tee -a "$out"; }
bench() { # package, pattern, benchtime, [count]
	go test -run '^$' -bench "$2" -benchtime "$3" -count "${4:-$count}" -timeout 3h "$1" | tee -a "$out"
}
figures() { # package, test, env...: a test that measures, its log kept
	local pkg=$1 test=$2
	shift 2
	env "$@" go test -count 1 -run "^$test\$" -v -timeout 3h "$pkg" | grep -v '^=== ' | tee -a "$out"
}

say "machine"
{ uname -srm; nproc; grep -m1 'model name' /proc/cpuinfo || true; free -g | head -2; df -h "$FRONTDESK_BENCH_DIR" 2>/dev/null | tail -1 || true; go version; } | tee -a "$out"

say "the database: 1,000,000 orders and 2,000,000 tickets (generated once, then cached)"
bench ./store 'Search1M/desk/number' 1x 1

say "queue (a day of 500 tickets, in a new file and after the history)"
bench ./store 'TakeBusyDay|SnapshotBusyDay' 1s
bench ./store 'CallSeen' 2000x

say "intake (I), order board and search (O6) on the million"
bench ./store 'SaveIntake1M|SaveIntakeKeptOpen1M|BareCommit' 200x
bench ./store 'Search1M' 1200x 2
bench ./store 'Board1M' 200x 2
bench ./tui/desk 'IntakeKeystroke' 300x
bench ./tui/desk 'BoardKeystroke' 3000x
# On-site requests (issue 15): a caller's phone, the on-site board's key.
bench ./store 'RequestsByPhone1M|ClientRequestsByPhone1M' 200x 3
bench ./tui/desk/onsite 'OnsiteBoardKeystroke' 200x 3

say "reports and export (R1–R3) of the million"
bench ./tui/cli 'Export1M' 1x 1
bench ./tui/cli 'ExportBesideDesk1M' 1x 1

say "generators"
bench ./demo 'Orders' 1s 1
bench ./store 'TicketHistory' 1x 1

say "many processes, crashes"
figures ./owner TestManyClientsOneOwner
figures ./owner TestOwnerKilledLosesNothing FRONTDESK_CRASH_KILLS="${CRASH_KILLS:-200}"

say "whole processes through the owner (a demo day with 2,000 orders; the owner started by the first)"
pdb=$(mktemp -d)/station.db
go build -o "$pdb.bin" .
FRONTDESK_DB=$pdb "$pdb.bin" demo --orders 2000 >/dev/null
for cmd in "take A" "find 138" "--help"; do
	FRONTDESK_DB=$pdb bash scripts/proc-latency.sh 300 "$pdb.bin" $cmd | tee -a "$out"
done
pkill -f "$pdb.bin serve" || true

say "the floor (issue 18): take against a bare bbolt put, find against sqlite3, as whole processes"
bash scripts/floor.sh 100000 "${FLOOR_RUNS:-100}" | tee -a "$out"
big=$(ls "$FRONTDESK_BENCH_DIR"/orders-1000000-tickets-2000000-v*.db 2>/dev/null | tail -1 || true)
if [ -n "$big" ]; then # a copy: take writes
	DB=$big bash scripts/floor.sh 1000000 "${FLOOR_RUNS:-100}" | tee -a "$out"
fi

bs=$(command -v benchstat || true)
if [ -z "$bs" ] && go install golang.org/x/perf/cmd/benchstat@latest 2>/dev/null; then
	bs=$(go env GOPATH)/bin/benchstat
fi
if [ -n "$bs" ]; then
	say "benchstat"
	"$bs" "$out" | tee "$out.stat"
fi
echo "written: $out"
