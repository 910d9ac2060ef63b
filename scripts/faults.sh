#!/bin/sh
# The fault-injection run of issue 20 at full size: FAULTS damaged copies
# (default 500) of a demo database of ORDERS orders (default 20,000; try
# 100000), every read command run as a process on each. Prints the counts.
set -eu
cd "$(dirname "$0")/.."
FRONTDESK_FAULT_ORDERS="${ORDERS:-20000}" FRONTDESK_FAULTS="${FAULTS:-500}" \
	go test -run TestDamageIsRefusedNeverServed -v -timeout 4h . | grep -E 'damage|FAIL|ok|PASS'
