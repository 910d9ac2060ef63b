package queue

import (
	"testing"
	"time"
)

// The turn message counts the tickets ahead as the counters would call
// them (C4): a priority ticket taken later stands ahead of normal ones
// taken before it, and other types and stepped-away tickets are not
// counted.
func TestC4_PlacesCountWhoIsAhead(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	at := func(m int) time.Time { return now.Add(time.Duration(m-30) * time.Minute) }
	today := []Ticket{
		{ID: 1, Type: "A", State: Waiting, QueuedAt: at(1)},
		{ID: 2, Type: "B", State: Waiting, QueuedAt: at(2)},
		{ID: 3, Type: "A", State: Waiting, QueuedAt: at(3)},
		{ID: 4, Type: "A", State: Waiting, QueuedAt: at(4), Priority: true},
		{ID: 5, Type: "A", State: Waiting, QueuedAt: at(5), AwayAt: at(6)},
		{ID: 6, Type: "A", State: Called, QueuedAt: at(0)},
	}
	got := Places(Config{PriorityRatio: 3}, "A", today, now)
	want := map[uint64]int{4: 0, 1: 1, 3: 2}
	if len(got) != len(want) {
		t.Fatalf("places %v, want %v", got, want)
	}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("ticket %d: %d ahead, want %d (all: %v)", id, got[id], n, got)
		}
	}
}
