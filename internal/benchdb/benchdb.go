// Package benchdb names the benchmarks' cached database: the store's
// benchmarks make it (store/orders_bench_test.go), and the benchmarks of
// the desk, the on-site board and the export read it. Its size comes from
// FRONTDESK_BENCH_ORDERS (default a million), FRONTDESK_BENCH_TICKETS
// (default two per order) and FRONTDESK_BENCH_REQUESTS (default a fifth of
// the orders), its directory from FRONTDESK_BENCH_DIR (default
// $TMPDIR/frontdesk-bench); the name carries the counts and the schema, so
// a file of another size or layout is never taken for it. One place names
// it, so that every reader finds what the store made.
package benchdb

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
)

// Dir is the directory of the cached databases.
func Dir() string {
	if dir := os.Getenv("FRONTDESK_BENCH_DIR"); dir != "" {
		return dir
	}
	return filepath.Join(os.TempDir(), "frontdesk-bench")
}

// Count is the positive number in the environment variable name, or def
// when it is not set; an error names a value that is not one.
func Count(name string, def int) (int, error) {
	s := os.Getenv(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%s=%q is not a positive number", name, s)
	}
	return n, nil
}

// Size is what the database holds.
type Size struct{ Orders, Tickets, Requests int }

// OfOrders is the size of the database of orders orders: its tickets and
// requests as the environment says, or their defaults.
func OfOrders(orders int) (Size, error) {
	s := Size{Orders: orders}
	var err error
	if s.Tickets, err = Count("FRONTDESK_BENCH_TICKETS", 2*orders); err != nil {
		return s, err
	}
	s.Requests, err = Count("FRONTDESK_BENCH_REQUESTS", max(1, orders/5))
	return s, err
}

// FromEnv is the size the environment asks for.
func FromEnv() (Size, error) {
	n, err := Count("FRONTDESK_BENCH_ORDERS", 1_000_000)
	if err != nil {
		return Size{}, err
	}
	return OfOrders(n)
}

// Path is the cached database of size s at the store's schema version.
func (s Size) Path(schema int) string {
	return filepath.Join(Dir(), fmt.Sprintf("orders-%d-tickets-%d-requests-%d-v%d.db", s.Orders, s.Tickets, s.Requests, schema))
}
