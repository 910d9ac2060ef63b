package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
	"frontdesk/staff"
)

// approvalStation is a store with an order ready for pickup, the engineer
// 张工 and the supervisor 李主管, whose PIN is 2468.
func approvalStation(t *testing.T, c *clock) (*Store, repair.Order) {
	t.Helper()
	s := openTest(t, c)
	o := savedForPickup(t, s)
	update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	if _, err := s.AddStaff("local root", staff.Member{Name: "张工", Role: staff.Engineer, Keys: []staff.Key{keyOf(t, "ed25519.pub")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddStaff("local root", staff.Member{Name: "李主管", Role: staff.Supervisor, Keys: []staff.Key{keyOf(t, "rsa.pub")}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPIN("local root", "李主管", "2468"); err != nil {
		t.Fatal(err)
	}
	return s, o
}

func ask(t *testing.T, s *Store, o repair.Order) Approval {
	t.Helper()
	a, err := s.AskApproval("张工", 3, Approval{Order: o.ID, What: ApproveLostSlip, IDType: repair.IDResident, IDLast4: "123x"})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// approvalEvents are the details of the approval and PIN events, with who.
func approvalEvents(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, e := range allEvents(t, s) {
		if e.Kind == KindApproval || e.Kind == KindPINTry {
			out = append(out, e.Who+": "+e.Detail)
		}
	}
	return out
}

// A request is pending, in every snapshot, until the supervisor approves
// it from their session; approved, it makes the lost slip's P1 record with
// the supervisor's name as the store has it, and cannot be decided again.
func TestP1_ApprovalAskedThenApprovedBySupervisor(t *testing.T) {
	s, o := approvalStation(t, newClock())
	a := ask(t, s, o)
	if a.State != ApprovalPending || a.Number != o.Number || a.IDLast4 != "123X" || a.Asker != "张工" || a.Counter != 3 {
		t.Fatalf("asked %+v", a)
	}
	if p := snap(t, s).Approvals; len(p) != 1 || p[0].ID != a.ID {
		t.Fatalf("pending in the snapshot: %+v", p)
	}
	got, err := s.Approve("李主管", a.ID, true)
	if err != nil || got.State != ApprovalApproved || got.By != "李主管" || got.ByPIN {
		t.Fatalf("Approve: %+v %v", got, err)
	}
	if p := snap(t, s).Approvals; len(p) != 0 {
		t.Errorf("still pending: %+v", p)
	}
	v, err := got.Verification()
	if err != nil || v.Supervisor != "李主管" || v.By != "张工" || v.IDType != repair.IDResident || v.IDLast4 != "123X" {
		t.Errorf("verification %+v %v", v, err)
	}
	if _, err := s.Approve("李主管", a.ID, false); !errors.Is(err, ErrApprovalDecided) {
		t.Errorf("decided twice: %v", err)
	}
	if _, err := s.Approve("李主管", 99, true); !errors.Is(err, ErrApprovalUnknown) {
		t.Errorf("unknown request: %v", err)
	}
	want := []string{"张工: ask 1 lost-slip", "李主管: approve 1 lost-slip asked by 张工"}
	if ev := approvalEvents(t, s); strings.Join(ev, "|") != strings.Join(want, "|") {
		t.Errorf("events %q, want %q", ev, want)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// A refusal is the supervisor's too; an engineer, or a name nobody has,
// cannot approve, and is told a supervisor must.
func TestP1_ApprovalRefusedAndOnlyBySupervisor(t *testing.T) {
	s, o := approvalStation(t, newClock())
	a := ask(t, s, o)
	for _, who := range []string{"张工", "王五", ""} {
		_, err := s.Approve(who, a.ID, true)
		if !errors.Is(err, staff.ErrNotSupervisor) || !strings.Contains(err.Error(), "a supervisor must") {
			t.Errorf("Approve by %q: %v", who, err)
		}
	}
	got, err := s.Approve("李主管", a.ID, false)
	if err != nil || got.State != ApprovalRefused || got.By != "李主管" {
		t.Fatalf("refused: %+v %v", got, err)
	}
	if _, err := got.Verification(); err == nil {
		t.Error("a refused request verifies")
	}
	if ev := approvalEvents(t, s); len(ev) != 2 || ev[1] != "李主管: refuse 1 lost-slip asked by 张工" {
		t.Errorf("events %q", ev)
	}
}

// What is asked is checked: the ID's last 4 only, a known order that can
// be handed over; asking again withdraws the request before.
func TestP1_ApprovalAskedChecked(t *testing.T) {
	s, o := approvalStation(t, newClock())
	for _, bad := range []Approval{
		{Order: o.ID, What: ApproveLostSlip, IDType: repair.IDResident, IDLast4: "110101199001011234"},
		{Order: o.ID, What: "close-day", IDType: repair.IDResident, IDLast4: "1234"},
		{Order: 999, What: ApproveLostSlip, IDType: repair.IDResident, IDLast4: "1234"},
	} {
		if a, err := s.AskApproval("张工", 3, bad); err == nil {
			t.Errorf("asked %+v", a)
		}
	}
	first := ask(t, s, o)
	second := ask(t, s, o)
	if p := snap(t, s).Approvals; len(p) != 1 || p[0].ID != second.ID {
		t.Errorf("pending after asking again: %+v", p)
	}
	if _, err := s.Approve("李主管", first.ID, true); !errors.Is(err, ErrApprovalDecided) {
		t.Errorf("the withdrawn request approved: %v", err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// The supervisor's PIN at the asking desk: a wrong one is refused and
// counted, the right one approves in the supervisor's name; five wrong in
// a row lock it for 15 minutes, the right one too, and the lock outlives
// a restart.
func TestP1_ApprovalByPINAndItsLockout(t *testing.T) {
	c := newClock()
	s, o := approvalStation(t, c)
	a := ask(t, s, o)
	if _, err := s.ApproveWithPIN("张工", a.ID, "李主管", "1357"); !errors.Is(err, staff.ErrWrongPIN) {
		t.Fatalf("wrong PIN: %v", err)
	}
	if _, err := s.ApproveWithPIN("张工", a.ID, "张工", "2468"); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("an engineer's PIN: %v", err)
	}
	got, err := s.ApproveWithPIN("张工", a.ID, "李主管", "2468")
	if err != nil || got.State != ApprovalApproved || got.By != "李主管" || !got.ByPIN {
		t.Fatalf("right PIN: %+v %v", got, err)
	}
	want := []string{"张工: ask 1 lost-slip", "张工: wrong 李主管", "张工: ok 李主管", "李主管: approve 1 lost-slip asked by 张工 by PIN"}
	if ev := approvalEvents(t, s); strings.Join(ev, "|") != strings.Join(want, "|") {
		t.Errorf("events %q, want %q", ev, want)
	}

	b := ask(t, s, o) // the same order's again: the first was decided, not pending
	for i := 1; i <= staff.PINTries; i++ {
		c.Add(time.Second)
		_, err := s.ApproveWithPIN("张工", b.ID, "李主管", "0000")
		var locked *LockedError
		switch {
		case i < staff.PINTries && !errors.Is(err, staff.ErrWrongPIN):
			t.Fatalf("wrong PIN %d: %v", i, err)
		case i == staff.PINTries && !errors.As(err, &locked):
			t.Fatalf("wrong PIN %d does not lock: %v", i, err)
		}
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, c)
	c.Add(14 * time.Minute)
	_, err = s.ApproveWithPIN("张工", b.ID, "李主管", "2468")
	var locked *LockedError
	if !errors.As(err, &locked) || !errors.Is(err, repair.ErrLockedOut) {
		t.Fatalf("the right PIN while locked, after a restart: %v", err)
	}
	c.Add(time.Minute)
	if got, err := s.ApproveWithPIN("张工", b.ID, "李主管", "2468"); err != nil || got.State != ApprovalApproved {
		t.Fatalf("the right PIN 15 minutes after the lock: %+v %v", got, err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// A member without a PIN cannot approve by one; a PIN of the wrong form
// is refused; a PIN is a supervisor's only, and goes with the member.
func TestP1_PINSetOnlyForSupervisors(t *testing.T) {
	s, o := approvalStation(t, newClock())
	for _, bad := range []string{"123", "123456789", "12a4", "１２３４", ""} {
		if err := s.SetPIN("local root", "李主管", bad); !errors.Is(err, staff.ErrPIN) {
			t.Errorf("PIN %q: %v", bad, err)
		}
	}
	if err := s.SetPIN("local root", "张工", "1234"); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("an engineer's PIN: %v", err)
	}
	if _, err := s.AddStaff("local root", staff.Member{Name: "赵主管", Role: staff.Supervisor, Keys: []staff.Key{keyOf(t, "ecdsa.pub")}}); err != nil {
		t.Fatal(err)
	}
	a := ask(t, s, o)
	if _, err := s.ApproveWithPIN("张工", a.ID, "赵主管", "1234"); !errors.Is(err, staff.ErrNoPIN) {
		t.Errorf("no PIN: %v", err)
	}
	if err := s.RemoveStaff("local root", "李主管"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after the supervisor went: %v", err)
	}
	if _, err := s.ApproveWithPIN("张工", a.ID, "李主管", "2468"); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("a removed supervisor's PIN: %v", err)
	}
}

// The PIN is in no record, no event, and nowhere in the file's bytes; its
// setting is logged by name only.
func TestP1_PINNeverStoredInClear(t *testing.T) {
	s, o := approvalStation(t, newClock())
	const pin = "97531864"
	if err := s.SetPIN("local root", "李主管", pin); err != nil {
		t.Fatal(err)
	}
	a := ask(t, s, o)
	if _, err := s.ApproveWithPIN("张工", a.ID, "李主管", "86420975"); !errors.Is(err, staff.ErrWrongPIN) {
		t.Fatal(err)
	}
	if _, err := s.ApproveWithPIN("张工", a.ID, "李主管", pin); err != nil {
		t.Fatal(err)
	}
	var pins int
	for _, e := range allEvents(t, s) {
		if strings.Contains(e.Detail+e.Note+e.Who, pin) || strings.Contains(e.Detail, "86420975") {
			t.Errorf("event %+v holds the PIN", e)
		}
		if e.Kind == KindStaff && e.Detail == "pin 李主管" {
			pins++
		}
	}
	if pins != 2 {
		t.Errorf("%d PIN settings logged, want 2", pins)
	}
	err := s.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if bytes.Contains(k, []byte(pin)) || bytes.Contains(v, []byte(pin)) {
					t.Errorf("%s/%q holds the PIN", name, k)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(pin)) {
		t.Error("the file holds the PIN")
	}
}

// Check finds a request about an order that is not there, and one pending
// outside the pending index.
func TestP1_ApprovalInvariants(t *testing.T) {
	s, o := approvalStation(t, newClock())
	a := ask(t, s, o)
	err := s.update("test", func(w *wtx) error {
		return tab(w.tx, bucketApprovalsPending).delete(u64(a.ID))
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "not in approvals_pending") {
		t.Errorf("Check without the pending key: %v", err)
	}
	err = s.update("test", func(w *wtx) error {
		a.Order, a.Number = 77, "R0000"
		return w.putApproval(a)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "which is not there") {
		t.Errorf("Check of a request about no order: %v", err)
	}
}

// A request nobody decided within ApprovalLife expires: the supervisor's
// list no longer shows it, neither their session nor their PIN can approve
// it, the asking desk reads it expired, and the next request records it so
// in the log; Check holds throughout.
func TestP1_ApprovalExpiresUndecided(t *testing.T) {
	c := newClock()
	s, o := approvalStation(t, c)
	a := ask(t, s, o)
	c.Add(ApprovalLife + time.Minute)
	if p := snap(t, s).Approvals; len(p) != 0 {
		t.Errorf("an expired request is still listed: %+v", p)
	}
	if _, err := s.Approve("李主管", a.ID, true); !errors.Is(err, ErrApprovalExpired) {
		t.Errorf("approved after it expired: %v", err)
	}
	if _, err := s.ApproveWithPIN("张工", a.ID, "李主管", "2468"); !errors.Is(err, ErrApprovalExpired) {
		t.Errorf("approved by PIN after it expired: %v", err)
	}
	if got, _, _ := s.Approval(a.ID); got.State != ApprovalExpired {
		t.Errorf("the desk reads %s", got.State)
	}
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check before it is recorded: %v", err)
	}
	again := ask(t, s, o)
	if p := snap(t, s).Approvals; len(p) != 1 || p[0].ID != again.ID {
		t.Errorf("pending after asking again: %+v", p)
	}
	evs := approvalEvents(t, s)
	if want := fmt.Sprintf("张工: expire %d %s asked by 张工", a.ID, ApproveLostSlip); !slices.Contains(evs, want) {
		t.Errorf("no %q in %v", want, evs)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after: %v", err)
	}
}
