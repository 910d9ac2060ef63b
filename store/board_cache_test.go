package store

import (
	"testing"

	"frontdesk/repair"
)

// TestBoardReadAgainWhenItChanged: two desks, clients of the one store.
// What the store reads of the board is kept only while the board's
// generation is the one it was read under: a ticket taken leaves it as it
// was, every change of an order on the board moves it on, and the desk
// that reads sees the other desk's change at its next read. A caller cannot
// change the kept board through the slice it was given.
func TestBoardReadAgainWhenItChanged(t *testing.T) {
	c := newClock()
	desk := openTest(t, c)
	other := desk // the other desk's changes, through the same store
	o := saveIntake(t, other, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	gen := desk.board.generation
	state := func() repair.State {
		t.Helper()
		heads, err := desk.Board()
		if err != nil || len(heads) != 1 {
			t.Fatalf("board %+v %v", heads, err)
		}
		return heads[0].State
	}

	if state() != repair.StateReceived {
		t.Fatal("the new order is not on the board as received")
	}
	before := gen()
	take(t, other, "A")
	if gen() != before {
		t.Errorf("a ticket taken changed the board's generation %d → %d", before, gen())
	}
	if _, kept := desk.board.get(before); !kept {
		t.Error("the board read is not kept")
	}
	heads, _ := desk.Board()
	heads[0].State = repair.StateReady // the caller's copy
	if state() != repair.StateReceived {
		t.Error("a change to a returned board reached the kept one")
	}

	update(t, other, o.ID, move(repair.StateDiagnosing, ""))
	if gen() == before {
		t.Error("an order moved and the board's generation stayed")
	}
	if got := state(); got != repair.StateDiagnosing {
		t.Errorf("after the other desk moved the order the board says %s", got)
	}
	update(t, other, o.ID, move(repair.StateCancelled, "客户不修了"))
	if heads, err := desk.Board(); err != nil || len(heads) != 0 {
		t.Errorf("a cancelled order is still on the board: %+v %v", heads, err)
	}
}
