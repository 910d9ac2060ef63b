#!/usr/bin/env bash
# The wall time of a whole frontdesk process, run N times one after another:
#
#	bash scripts/proc-latency.sh N frontdesk take A
#
# prints p50, p99 and max in milliseconds, start to exit, as a ticket button
# or a one-shot script sees it (process start, the database or the owner,
# the operation, exit). Output is thrown away; an exit status above 1 (1 is
# find's "none found") stops the measurement.
set -euo pipefail
n=$1
shift
times=()
for ((i = 0; i < n; i++)); do
	t0=$(date +%s%N)
	"$@" >/dev/null || [ $? -eq 1 ] # find: exit 1 is "none found"
	t1=$(date +%s%N)
	times+=($(((t1 - t0) / 1000)))
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$n" -v what="$*" '
	{ v[NR] = $1 }
	END {
		p50 = v[int((n - 1) * 0.50) + 1]; p99 = v[int((n - 1) * 0.99) + 1]
		printf "%s: n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", what, n, p50 / 1000, p99 / 1000, v[n] / 1000
	}'
