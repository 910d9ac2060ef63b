package report

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
)

// request is an on-site request received at received, its steps and its
// visit's engineer and arrival given.
func request(id uint64, received, arrived string, engineer string, to ...onsite.State) onsite.Request {
	r := onsite.Request{ID: id, Number: "S25060200" + string(rune('0'+id)), Received: clock(received), State: onsite.StateNew}
	r.Visit.Engineer = engineer
	if arrived != "" {
		r.Record.Arrived = clock(arrived)
	}
	for i, st := range to {
		r.History = append(r.History, onsite.Step{At: clock(received).Add(min_(10 * (i + 1))), To: st, From: r.State})
		r.State = st
	}
	return r
}

// clock is "hh:mm" on 2 June 2025, the day of these tests.
func clock(hhmm string) (t0 time.Time) {
	var hh, mm int
	fmt.Sscanf(hhmm, "%d:%d", &hh, &mm)
	return at(hh, mm)
}

// TestS8_TheReportKeepsTheOnsiteFigures: the day's requests, those solved
// on the phone, the visits and how each kept S8 per engineer, the
// escalated and the cancelled (R1 with S2, S8, S10).
func TestS8_TheReportKeepsTheOnsiteFigures(t *testing.T) {
	b := NewBuilder(queue.DefaultConfig(), Day(at(9, 0), loc), at(18, 0))
	cfg := onsite.DefaultConfig()
	rs := []onsite.Request{
		request(1, "09:00", "", "", onsite.StateGuided, onsite.StateSolved),
		request(2, "09:30", "10:30", "张工", onsite.StateScheduled, onsite.StateOnSite, onsite.StateDone),
		request(3, "10:00", "12:40", "李工", onsite.StateScheduled, onsite.StateOnSite, onsite.StateEscalated),
		request(4, "10:00", "13:30", "李工", onsite.StateScheduled, onsite.StateOnSite),
		request(5, "11:00", "", "", onsite.StateCancelled),
	}
	rs[0].Guidance = &onsite.Guidance{At: at(9, 5)}
	b.AddRequests(rs, cfg)
	b.AddRequests(rs[:2], cfg) // given twice, counted once
	o := b.Report().Onsite
	want := OnsiteStats{Requests: 5, Guided: 1, PhoneSolved: 1, Visits: 3, Done: 1, Escalated: 1, Cancelled: 1, OnTime: 1, Late: 1, Missed: 1}
	got := o
	got.Engineers = nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures %+v, want %+v", got, want)
	}
	if len(o.Engineers) != 2 || o.Engineers[0] != (OnsiteEngineer{Name: "张工", Visits: 1, OnTime: 1}) ||
		o.Engineers[1] != (OnsiteEngineer{Name: "李工", Visits: 2, Late: 1, Missed: 1}) {
		t.Errorf("per engineer %+v", o.Engineers)
	}
	if s := o.PhoneShare(); s < 0.33 || s > 0.34 {
		t.Errorf("phone share %v, want 1 of 3 closed", s)
	}
}
