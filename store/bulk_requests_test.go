package store

import (
	"testing"
	"time"

	"frontdesk/onsite"
)

// TestBulkRequestsIndexNumberAndGoOn: requests of days gone by stored in
// bulk, some numbered by the caller and some by the store, are found by
// number and phone, the open ones are on the board, Check passes, and a
// request opened afterwards gets the number after the highest of its day;
// a taken number refuses the whole load.
func TestBulkRequestsIndexNumberAndGoOn(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	yesterday, early := day9.Add(-20*time.Hour), day9.Add(-time.Hour)
	old := aRequest()
	old.Received, old.Answered, old.Taker = yesterday, yesterday.Add(time.Minute), "周丽"
	old.State = onsite.StateNew
	solved := step(step(old, onsite.StateGuided, onsite.StepGuidance, yesterday.Add(5*time.Minute)),
		onsite.StateSolved, onsite.StepCallBack, yesterday.Add(2*time.Hour))
	cancelled := step(old, onsite.StateCancelled, onsite.StepState, yesterday.Add(time.Hour))
	cancelled.Customer.Phone = "13800002222"
	today := old
	today.Received, today.Answered, today.Number = early, early.Add(time.Minute), "S2506020007"
	rs := []onsite.Request{solved, cancelled, today}
	if err := s.BulkRequests(rs); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check after BulkRequests: %v", err)
	}
	got, err := s.RequestsByPhone("139 1234 5678", 0)
	if err != nil || len(got) != 2 || got[0].Number != "S2506020007" || got[1].Number != "S2506010001" || got[1].State != onsite.StateSolved {
		t.Errorf("by phone: %v %+v", err, got)
	}
	if r, found, err := s.RequestByNumber("S2506010002"); err != nil || !found || r.State != onsite.StateCancelled || r.ID != 2 {
		t.Errorf("S2506010002: %v %v %+v", found, err, r)
	}
	if open, err := s.OpenRequests(); err != nil || len(open) != 1 || open[0].Number != "S2506020007" {
		t.Errorf("board: %v %+v", err, open)
	}
	next, err := s.OpenRequest("张工", aRequest())
	if err != nil || next.Number != "S2506020008" || next.ID != 4 {
		t.Errorf("opened after the load: %v %s (id %d), want S2506020008 (id 4)", err, next.Number, next.ID)
	}
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check after OpenRequest: %v", err)
	}

	again := old
	again.Number = "S2506020008"
	before := rev(t, s)
	if err := s.BulkRequests([]onsite.Request{old, again}); err == nil {
		t.Error("a taken number stored")
	}
	if rev(t, s) != before {
		t.Error("a refused load changed the file")
	}
	wrong := old
	wrong.State = onsite.StateDone // its timeline says new
	if err := s.BulkRequests([]onsite.Request{wrong}); err == nil {
		t.Error("a state its timeline does not say stored")
	}
}
