package store

import (
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"frontdesk/queue"
)

// The queue's benchmarks: a busy day, in a file of its own ("new") and in
// a copy of the benchmarks' database of three years ("history": a million
// orders, two million tickets, benchDB), where every run takes a day of
// its own after the history's last. With real fsync, as a station runs.

// busyDay is a store whose today already has n tickets, a third of them
// served, in a new file or after the history.
func busyDay(b *testing.B, n int, history bool) (*Store, *clock) {
	path := filepath.Join(b.TempDir(), "queue.db")
	c := newClock()
	if history {
		path = workCopy(b, benchDB(b, benchOrders(b)))
		c = &clock{t: benchNow.AddDate(0, 0, int(busyDays.Add(1)))}
	}
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: c.Now})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() }) // the next busy day opens the same work copy
	for i := range n {
		c.Add(20 * time.Second)
		take(b, s, string(rune('A'+i%3)))
		if i%3 == 0 {
			must(b)(s.FinishAndCallNext(1+i%3, "desk"))
		}
	}
	return s, c
}

// busyDays counts the days the "history" runs of this process took.
var busyDays atomic.Int64

var busyFiles = []string{"new", "history"}

// BenchmarkTakeBusyDay is a kiosk take on a day of 500 tickets: every write
// reads the whole day for the rules and the estimate.
//
//	go test -run '^$' -bench TakeBusyDay -count 3 ./store
func BenchmarkTakeBusyDay(b *testing.B) {
	for _, file := range busyFiles {
		b.Run(file, func(b *testing.B) {
			s, c := busyDay(b, 500, file == "history")
			for b.Loop() {
				c.Add(time.Second)
				take(b, s, "B")
			}
		})
	}
}

// BenchmarkSnapshotBusyDay is what each screen does on every change.
//
//	go test -run '^$' -bench SnapshotBusyDay -count 3 ./store
func BenchmarkSnapshotBusyDay(b *testing.B) {
	for _, file := range busyFiles {
		b.Run(file, func(b *testing.B) {
			s, _ := busyDay(b, 500, file == "history")
			for b.Loop() {
				if sn := snap(b, s); len(sn.Tickets) < 500 {
					b.Fatal(fmt.Sprint("a busy day of ", len(sn.Tickets), " tickets"))
				}
			}
		})
	}
}
