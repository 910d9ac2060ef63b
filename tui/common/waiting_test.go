package common

import (
	"testing"
	"time"

	"frontdesk/queue"
)

func TestWaitingCountsQueuedNotAway(t *testing.T) {
	ts := []queue.Ticket{
		{Type: "A", State: queue.Waiting},
		{Type: "A", State: queue.Transferred},
		{Type: "A", State: queue.Waiting, AwayAt: time.Now()},
		{Type: "A", State: queue.Called},
		{Type: "B", State: queue.Finished},
		{Type: "C", State: queue.Waiting},
	}
	if n := Waiting(ts); n["A"] != 2 || n["B"] != 0 || n["C"] != 1 {
		t.Fatalf("Waiting = %v", n)
	}
}
