package store

import (
	"strings"
	"testing"
	"time"

	"frontdesk/notify"
	"frontdesk/onsite"
)

// S11: a visit booked texts who comes and when, a visit moved texts the
// new time, and the engineer's departure texts the thanks and the
// hotline — each written with the request's change.
func TestS11_VisitTextsGoWithTheirSteps(t *testing.T) {
	c := newClock()
	c.Add(time.Hour) // 10:00 in Shanghai
	s := texting(t, c, nil)
	r, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	change := func(fn func(r *onsite.Request, now time.Time) error) {
		t.Helper()
		var err error
		if r, err = s.UpdateRequest("张工", r.ID, func(r onsite.Request, now time.Time) (onsite.Request, error) {
			return r, fn(&r, now)
		}); err != nil {
			t.Fatal(err)
		}
	}
	book := func(at time.Time) {
		change(func(r *onsite.Request, now time.Time) error {
			return onsite.Schedule(r, "赵工", at, at.Add(time.Hour), nil, onsite.DefaultConfig(), time.FixedZone("CST", 8*3600), "张工", now)
		})
	}
	book(c.Now().Add(2 * time.Hour))
	book(c.Now().Add(3 * time.Hour))
	ms, err := s.MessagesAbout(r.Number)
	if err != nil || len(ms) != 2 {
		t.Fatalf("after two bookings: %+v, %v", ms, err)
	}
	for i, want := range []string{"12:00", "13:00"} {
		if ms[i].Moment != notify.VisitBefore || !strings.Contains(ms[i].Text, "赵工") || !strings.Contains(ms[i].Text, want) ||
			!strings.Contains(ms[i].Text, "010-62345678") || !strings.Contains(ms[i].Text, r.Number) {
			t.Errorf("booking %d: %q", i+1, ms[i].Text)
		}
	}
	c.Add(3 * time.Hour)
	for _, f := range onsite.Stamps {
		change(func(r *onsite.Request, now time.Time) error { return onsite.Stamp(r, f, now, "赵工", now) })
		c.Add(10 * time.Minute)
	}
	ms, _ = s.MessagesAbout(r.Number)
	if len(ms) != 3 || ms[2].Moment != notify.VisitAfter || !strings.Contains(ms[2].Text, "感谢您使用联想上门服务") {
		t.Fatalf("after the departure: %+v", ms)
	}
	checked(t, s)
}
