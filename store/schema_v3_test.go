package store

import (
	"os"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// Migration 3 puts the orders of version 2 on the board and indexes their
// phones backwards, so that the last four digits find them (O6).
func TestMigration3BoardFromV2(t *testing.T) {
	c := newClock()
	c.Add(time.Hour)
	s := openAt(t, copyFixture(t, "v2.bbolt"), c)
	want := []string{"R2506020001 received", "R2506020002 received"}
	if got := boardNumbers(t, s); !slices.Equal(got, want) {
		t.Errorf("board after the migration %v, want %v", got, want)
	}
	if got, more := search(t, s, "8000", 0); !slices.Equal(got, []string{"R2506020002", "R2506020001"}) || more {
		t.Errorf("last four digits %v more %v", got, more)
	}
	err := s.view(func(tx *bolt.Tx) error {
		if n := tx.Bucket(bucketByPhoneTail).Stats().KeyN; n != 2 {
			t.Errorf("%d phones indexed backwards", n)
		}
		if tx.Bucket(bucketPickupTries) == nil {
			t.Error("no bucket pickup_tries")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The orders go on from where version 2 left them.
	o := update(t, s, 1, move(repair.StateDiagnosing, ""))
	if got := boardNumbers(t, s); got[0] != "R2506020001 diagnosing" || o.Number != "R2506020001" {
		t.Errorf("board after a move %v", got)
	}
}

// A database written by schema version 3, kept as a file so that the next
// migration is tested against what version 3 really wrote: orders in
// several states with their history, the board, a loaner out, a pickup
// with its return visit due, a wrong pickup attempt, a draft. It was
// written by writeV3Fixture with a binary of schema version 3.
func TestSchemaV3Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	checkV3Fixture(t, openAt(t, fixture(t, 3, writeV3Fixture), c))
}

// checkV3Fixture checks what writeV3Fixture wrote, opened by this binary.
func checkV3Fixture(t *testing.T, s *Store) {
	t.Helper()
	sn := snap(t, s)
	if len(sn.Tickets) != 3 || sn.Tickets[0].State != queue.Finished {
		t.Errorf("v3 tickets %+v", sn.Tickets)
	}
	states := map[string]repair.State{}
	steps := 0
	for id := uint64(1); id <= 4; id++ {
		o, ok, err := s.Order(id)
		if !ok || err != nil {
			t.Fatalf("v3 order %d: %v %v", id, ok, err)
		}
		states[o.Intake.Name] = o.State
		steps += len(o.History)
	}
	if states["张伟"] != repair.StateDiagnosing || states["李雷"] != repair.StateWaitParts ||
		states["王芳"] != repair.StatePickedUp || states["Li Lei"] != repair.StateCancelled {
		t.Errorf("v3 orders %v", states)
	}
	heads, err := s.Board()
	if err != nil || len(heads) != 3 || heads[0].Loaner != "备机 07" || heads[2].VisitDue.IsZero() {
		t.Errorf("v3 board %+v %v", heads, err)
	}
	if got, _ := search(t, s, "8000", 0); !slices.Equal(got, []string{"R2506020004", "R2506020001"}) {
		t.Errorf("v3 last four digits %v", got)
	}
	if got, _ := search(t, s, "5678", 0); !slices.Equal(got, []string{"R2506020003", "R2506020002"}) {
		t.Errorf("v3 last four digits of a landline %v", got)
	}
	var orderEvents, tries int
	for _, e := range allEvents(t, s) {
		switch e.Kind {
		case KindOrder:
			orderEvents++
		case KindPickupTry:
			tries++
		}
	}
	if orderEvents != steps || tries != 1 {
		t.Errorf("v3 events: %d of order steps (%d steps), %d pickup tries", orderEvents, steps, tries)
	}
	if d, ok, _ := s.Draft(2); !ok || d.Intake.Name != "韩梅梅" {
		t.Errorf("v3 draft %+v", d)
	}
	if o := saveIntake(t, s, 1, newOrder("赵六", "13700000000", "NEW00001")); o.Number != "R2506020005" || o.ID != 5 {
		t.Errorf("next order %s id %d", o.Number, o.ID)
	}
}

// writeV3Fixture: two tickets served, one waiting; four orders of 2 June
// 2025 (claim codes from a predictable source) — 张伟 diagnosing with a
// loaner out, 李雷 (a landline) waiting for an approved part, 王芳 picked up
// with the visit due, Li Lei cancelled — a wrong claim code tried on the
// first, and a draft at counter 2.
func writeV3Fixture(t *testing.T, path string) {
	os.Remove(path)
	c := newClock()
	s := openAt(t, path, c)
	defer s.Close() // before the fixture is copied: the file as a closed store leaves it
	takeAll(t, s, "A", "A", "B")
	a1 := must(t)(s.CallNext(1, "安娜"))
	save := func(b byte, o repair.Order) repair.Order {
		c.Add(10 * time.Minute)
		s.rand = &repeating{b: b}
		return saveIntake(t, s, 1, o)
	}
	in := newOrder("张伟", "13800138000", "PF2XK9A1")
	in.TicketID = a1.ID
	in.Intake.LoanerOffered, in.Intake.LoanerAccepted, in.Intake.Loaner = true, true, "备机 07"
	zw := save('C', in)
	ll := save('D', newOrder("李雷", "010-62345678", "MJ0ABC12"))
	wf := save('E', newOrder("王芳", "13912345678", "CN5XY001"))
	li := save('F', newOrder("Li Lei", "13698768000", "HW0XYZ99"))

	c.Add(time.Hour)
	update(t, s, zw.ID, move(repair.StateDiagnosing, ""))
	update(t, s, ll.ID, steps(move(repair.StateDiagnosing, ""), estimated, move(repair.StateWaitApproval, "")))
	update(t, s, ll.ID, steps(
		func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.LogContact(o, repair.Contact{Kind: repair.ContactEstimate, Reached: true, Approval: repair.ApprovalApproved}, "安娜", now)
		},
		move(repair.StateWaitParts, "主板")))
	update(t, s, wf.ID, steps(move(repair.StateDiagnosing, ""), repaired,
		func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.LogContact(o, repair.Contact{Kind: repair.ContactReady, Reached: true}, "安娜", now)
		}))
	c.Add(time.Hour)
	update(t, s, wf.ID, signedOff(s, "王芳"))
	update(t, s, li.ID, move(repair.StateCancelled, "客户不修了"))
	if _, err := s.VerifyPickup(PickupTry{Counter: 1, Who: "安娜", Number: zw.Number, Claim: "AAAAAAAA", Last4: "8000"}, testLimits); err == nil {
		t.Fatal("a wrong claim code was accepted")
	}
	err := s.SaveDraft(Draft{Counter: 2, Engineer: "bob", Intake: repair.Intake{Name: "韩梅梅", Phone: "137"}})
	if err != nil {
		t.Fatal(err)
	}
}
