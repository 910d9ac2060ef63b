package store

import (
	"errors"
	"path/filepath"
	"testing"
)

// TestOneCounterOneDesk: a counter is open at one desk at a time — a
// second desk is refused until it takes the counter over, which the
// snapshot shows; a desk that moves frees the counter it had; a desk that
// leaves frees its counter, and an owner's start frees every one.
func TestOneCounterOneDesk(t *testing.T) {
	s := openAt(t, filepath.Join(t.TempDir(), "queue.db"), newClock())
	deskOf := func(n int) string {
		t.Helper()
		for _, c := range snap(t, s).Counters {
			if c.Number == n {
				return c.Desk
			}
		}
		t.Fatalf("no counter %d", n)
		return ""
	}
	if err := s.OpenDesk(1, "王工", "A", false); err != nil {
		t.Fatal(err)
	}
	if err := s.OpenDesk(1, "王工", "A", false); err != nil {
		t.Fatalf("the same desk again: %v", err)
	}
	if err := s.OpenDesk(1, "李工", "B", false); !errors.Is(err, ErrDeskOpen) || deskOf(1) != "A" {
		t.Fatalf("a second desk at counter 1: %v, held by %q", err, deskOf(1))
	}
	if err := s.OpenDesk(1, "李工", "B", true); err != nil || deskOf(1) != "B" {
		t.Fatalf("taken over: %v, held by %q", err, deskOf(1))
	}
	if err := s.OpenDesk(2, "李工", "B", false); err != nil || deskOf(1) != "" || deskOf(2) != "B" {
		t.Fatalf("B moved to 2: %v; 1 held by %q, 2 by %q", err, deskOf(1), deskOf(2))
	}
	if err := s.OpenDesk(3, "王工", "A", false); err != nil {
		t.Fatal(err)
	}
	if err := s.LeaveDesk("B"); err != nil || deskOf(2) != "" || deskOf(3) != "A" {
		t.Fatalf("B left: %v; 2 held by %q, 3 by %q", err, deskOf(2), deskOf(3))
	}
	if err := s.LeaveDesk(""); err != nil || deskOf(3) != "" {
		t.Fatalf("every desk freed: %v; 3 held by %q", err, deskOf(3))
	}
	if err := s.OpenDesk(9, "王工", "A", false); err == nil {
		t.Fatal("a counter that does not exist opened")
	}
}
