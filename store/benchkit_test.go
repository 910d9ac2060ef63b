package store

import (
	"testing"
	"time"

	"frontdesk/repair"
)

// The benchmark kit of this package, for the benchmarks of the client path
// (owner_bench_test.go, package store_test, which imports package owner
// and package client): the cached million-order database, a work copy of
// it, the intakes saved after its history, and the desk's search mix.

// BenchDB is the cached database of n orders (benchDB).
func BenchDB(b testing.TB, n int) string { return benchDB(b, n) }

// BenchOrders is how many orders the benchmarks' database has.
func BenchOrders(b testing.TB) int { return benchOrders(b) }

// WorkCopy is a copy of the cached database to write to (workCopy).
func WorkCopy(b testing.TB, src string) string { return workCopy(b, src) }

// IntakesAfter is the intakes to save on the database of n orders, on
// their own clock.
func IntakesAfter(n int) *intakeRun { return intakesAfter(n) }

// Now is the run's clock, for the store's Options.Now.
func (r *intakeRun) Now() time.Time { return r.clock.Now() }

// Next moves the clock on a second and gives the next intake.
func (r *intakeRun) Next() repair.Order {
	r.clock.Add(time.Second)
	return r.order()
}

// SearchMix is the desk's search mix on s (searchMix).
func SearchMix(b *testing.B, s *Store, n, per int) []searchQuery { return searchMix(b, s, n, per) }

// BenchSearches runs the mix, whole and by kind, through st.
func BenchSearches(b *testing.B, st Orders, mix []searchQuery) { benchSearches(b, st, mix) }

// BenchNow is where the generated history ends.
var BenchNow = benchNow
