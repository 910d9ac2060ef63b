package store

import (
	"testing"
	"time"
)

// busyDay is a store whose today already has n tickets, a third of them
// served.
func busyDay(b *testing.B, n int) (*Store, *clock) {
	c := newClock()
	s := openTest(b, c)
	for i := range n {
		c.Add(20 * time.Second)
		take(b, s, string(rune('A'+i%3)))
		if i%3 == 0 {
			must(b)(s.FinishAndCallNext(1+i%3, "desk"))
		}
	}
	return s, c
}

// BenchmarkTakeBusyDay is a kiosk take on a day of 500 tickets: every write
// reads the whole day for the rules and the estimate.
func BenchmarkTakeBusyDay(b *testing.B) {
	s, c := busyDay(b, 500)
	for b.Loop() {
		c.Add(time.Second)
		take(b, s, "B")
	}
}

// BenchmarkSnapshotBusyDay is what each screen does on every change.
func BenchmarkSnapshotBusyDay(b *testing.B) {
	s, _ := busyDay(b, 500)
	for b.Loop() {
		snap(b, s)
	}
}
