package store

import (
	"errors"
	"testing"

	"frontdesk/queue"
	"frontdesk/repair"
)

// TestAnIntakeCanEndWithTheDeviceHandedBackAndItsReason: the counter's
// ticket is finished, the draft dropped and the reason logged on the
// ticket in one commit, with no order opened; a hand-back the rules refuse
// (no reason, "other" without a note) or for a ticket not the counter's
// saves nothing.
func TestAnIntakeCanEndWithTheDeviceHandedBackAndItsReason(t *testing.T) {
	s := openTest(t, newClock())
	a := take(t, s, "A")
	must(t)(s.CallNext(1, "安娜"))
	must(t)(s.Start(1, "安娜"))
	if err := s.SaveDraft(Draft{Counter: 1, Engineer: "安娜", TicketID: a.ID, Ticket: a.Number}); err != nil {
		t.Fatal(err)
	}

	r, nev := rev(t, s), len(allEvents(t, s))
	for _, bad := range []repair.HandBack{{}, {Reason: "nonsense"}, {Reason: repair.HandBackOther, Note: "  "}} {
		if _, err := s.HandBack("安娜", 1, a.ID, bad); err == nil {
			t.Errorf("hand-back %+v was accepted", bad)
		}
	}
	_, err := s.HandBack("安娜", 1, a.ID+1, repair.HandBack{Reason: repair.HandBackEstimate})
	wantErr(t, err, queue.ErrNotYours)
	if rev(t, s) != r || len(allEvents(t, s)) != nev {
		t.Fatal("a refused hand-back changed the store")
	}
	if _, ok, _ := s.Draft(1); !ok {
		t.Fatal("a refused hand-back dropped the draft")
	}

	tk, err := s.HandBack("安娜", 1, a.ID, repair.HandBack{Reason: repair.HandBackEstimate, Note: " 嫌主板报价太贵 "})
	if err != nil {
		t.Fatal(err)
	}
	if tk.State != queue.Finished || ticketByID(t, s, a.ID).State != queue.Finished {
		t.Errorf("the ticket is %s, want finished", ticketByID(t, s, a.ID).State)
	}
	if rev(t, s) != r+1 {
		t.Errorf("rev %d → %d: one commit", r, rev(t, s))
	}
	if _, ok, _ := s.Draft(1); ok {
		t.Error("the draft outlived the hand-back")
	}
	if id, _ := s.LastOrderID(); id != 0 {
		t.Error("a hand-back opened an order")
	}
	ev := allEvents(t, s)
	fin, hb := ev[len(ev)-2], ev[len(ev)-1]
	if fin.Kind != KindFinish || fin.Ticket != a.ID ||
		hb.Kind != KindHandBack || hb.Ticket != a.ID || hb.Number != "A001" || hb.Counter != 1 || hb.Who != "安娜" ||
		hb.Detail != string(repair.HandBackEstimate) || hb.Note != "嫌主板报价太贵" {
		t.Errorf("events %+v\n%+v", fin, hb)
	}
	if _, err := s.HandBack("安娜", 1, a.ID, repair.HandBack{Reason: repair.HandBackTerms}); !errors.Is(err, queue.ErrNoCurrent) {
		t.Errorf("a second hand-back of the finished ticket: %v", err)
	}
}
