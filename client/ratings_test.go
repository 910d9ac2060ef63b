package client

import (
	"errors"
	"testing"
	"time"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/staff"
)

// The ratings through the owner answer as the store's: the pad's due and
// answer, the kiosk's refusals as care's and queue's errors, the
// follow-up a low rating opens, in the snapshot until the supervisor
// closes it, and the period reader.
func TestC1_RatingsThroughTheOwner(t *testing.T) {
	s := newStation(t)
	if _, err := s.st.AddStaff("local root", staff.Member{Name: "李主管", Role: staff.Supervisor, Keys: keysOf(t, "rsa.pub")}); err != nil {
		t.Fatal(err)
	}
	if _, found, err := s.c.RatingDue(1); found || err != nil {
		t.Fatalf("RatingDue before any service: %v %v", found, err)
	}
	from := time.Now().Add(-time.Second)
	tk, _, err := s.c.Take("A", false, "kiosk")
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []func(int, string) (queue.Ticket, error){s.c.CallNext, s.c.Start, s.c.Finish} {
		if _, err := op(1, "张工"); err != nil {
			t.Fatal(err)
		}
	}
	d, found, err := s.c.RatingDue(1)
	if err != nil || !found || d.Ticket != tk.Number || d.Engineer != "张工" || !d.Asking(time.Now()) {
		t.Fatalf("RatingDue: %+v %v %v", d, found, err)
	}
	if _, err := s.c.Rate("pad", 1, d.Key, 9); !errors.Is(err, care.ErrScore) {
		t.Errorf("a score of 9: %v, want ErrScore", err)
	}
	r, err := s.c.Rate("pad", 1, d.Key, 1)
	if err != nil || r.Service != d.Service || r.Channel != care.AtPad {
		t.Fatalf("Rate: %+v %v", r, err)
	}
	if _, err := s.c.RateTicket("kiosk", tk.Number, 5); !errors.Is(err, care.ErrRated) {
		t.Errorf("the kiosk after the pad: %v, want ErrRated", err)
	}
	if _, err := s.c.RateTicket("kiosk", "C077", 5); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("the kiosk's unknown number: %v, want ErrNotFound", err)
	}
	fs, err := s.c.FollowUps()
	if err != nil || len(fs) != 1 || fs[0].Rating != r.ID {
		t.Fatalf("FollowUps: %+v %v", fs, err)
	}
	if snap, err := s.c.Snapshot(); err != nil || len(snap.FollowUps) != 1 {
		t.Errorf("Snapshot's follow-ups: %+v %v", snap.FollowUps, err)
	}
	if _, err := s.c.CloseFollowUp("张工", fs[0].ID, "已回电"); !errors.Is(err, staff.ErrNotSupervisor) {
		t.Errorf("closed by an engineer: %v, want ErrNotSupervisor", err)
	}
	if f, err := s.c.CloseFollowUp("李主管", fs[0].ID, "已回电致歉"); err != nil || f.Open() || f.By != "李主管" {
		t.Errorf("CloseFollowUp: %+v %v", f, err)
	}
	if _, err := s.c.CloseFollowUp("李主管", fs[0].ID, "again"); !errors.Is(err, care.ErrClosed) {
		t.Errorf("closed twice: %v, want ErrClosed", err)
	}
	var got []care.Rating
	err = s.c.RatingsBetween(from, time.Now().Add(time.Second), func(rs []care.Rating) error {
		got = append(got, rs...)
		return nil
	})
	if err != nil || len(got) != 1 || got[0].ID != r.ID || got[0].Service != r.Service {
		t.Errorf("RatingsBetween: %+v %v", got, err)
	}
}
