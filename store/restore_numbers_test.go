package store

import (
	"path/filepath"
	"testing"
	"time"
)

// TestRestoreNeverReissuesANumber: the numbers the live file issued after
// the backup — a ticket in a customer's hand, an order number on a claim
// slip, the ids of the tickets, orders and events in the copy kept of the
// live file — are never issued again by the restored file.
func TestRestoreNeverReissuesANumber(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), "queue.db")
	s := openAt(t, path, c)
	take(t, s, "C")
	saveIntake(t, s, 1, newOrder("a", "13800000001", "S1"))
	backup := filepath.Join(t.TempDir(), "backup.db")
	if _, err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	after := take(t, s, "C") // C002, in a customer's hand
	order := saveIntake(t, s, 1, newOrder("b", "13800000002", "S2"))
	lastEvent := lastEventID(t, s)

	c.Add(time.Minute)
	if err := s.Restore(backup); err != nil {
		t.Fatal(err)
	}
	again := take(t, s, "C")
	if again.Number == after.Number || again.ID <= after.ID {
		t.Errorf("after the restore: %s id %d, and %s id %d was issued before it", again.Number, again.ID, after.Number, after.ID)
	}
	if again.Number != "C003" {
		t.Errorf("after the restore: %s, want C003", again.Number)
	}
	o := saveIntake(t, s, 1, newOrder("c", "13800000003", "S3"))
	if o.Number == order.Number || o.ID <= order.ID {
		t.Errorf("an order after the restore: %s id %d; %s id %d was issued before it", o.Number, o.ID, order.Number, order.ID)
	}
	if id := lastEventID(t, s); id <= lastEvent {
		t.Errorf("the newest event after the restore has id %d; %d was logged before it", id, lastEvent)
	}
}

// lastEventID is the id of the newest event of s.
func lastEventID(t *testing.T, s *Store) uint64 {
	t.Helper()
	var last uint64
	for after := uint64(0); ; {
		es, err := s.Events(after, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			return last
		}
		last = es[len(es)-1].ID
		after = last
	}
}
