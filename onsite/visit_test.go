package onsite

import (
	"errors"
	"testing"
	"time"
)

// booked is a request of tech's scheduled from h1:00 to h2:00 on Monday.
func booked(t *testing.T, number string, h1, h2 int) Request {
	t.Helper()
	r := aRequest(t)
	r.ID, r.Number = 0, number
	if err := Schedule(&r, tech, at(23, h1, 0), at(23, h2, 0), nil, cfg17(), shanghai, desk, now); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestS4_ScheduleAgreesTheCustomersTime(t *testing.T) {
	r := aRequest(t)
	if err := Schedule(&r, " 李工 ", at(23, 14, 0), at(23, 15, 30), nil, cfg17(), shanghai, desk, now); err != nil {
		t.Fatal(err)
	}
	want := Visit{Engineer: tech, Start: at(23, 14, 0).UTC(), End: at(23, 15, 30).UTC()}
	if r.State != StateScheduled || r.Visit != want || r.Visit.Start.Location() != time.UTC {
		t.Errorf("scheduled: %s %+v", r.State, r.Visit)
	}
	if k := r.History[0].Kind; k != StepSchedule || r.History[1].To != StateScheduled {
		t.Errorf("history %+v", r.History)
	}
	// Rescheduled to another engineer, the request keeps its state.
	if err := Schedule(&r, "赵工", at(23, 15, 0), at(23, 16, 0), []Request{r}, cfg17(), shanghai, desk, now); err != nil {
		t.Fatalf("a reschedule clashes with itself: %v", err)
	}
	if r.Visit.Engineer != "赵工" || r.State != StateScheduled {
		t.Errorf("rescheduled: %+v", r.Visit)
	}
}

func TestS4_ScheduleRefuses(t *testing.T) {
	for _, c := range []struct {
		name       string
		engineer   string
		start, end time.Time
		field      string
		want       error
	}{
		{"no engineer", " ", at(23, 14, 0), at(23, 15, 0), FieldEngineer, ErrNoEngineer},
		{"end before start", tech, at(23, 14, 0), at(23, 13, 0), FieldEnd, ErrEndBeforeStart},
		{"no length", tech, at(23, 14, 0), at(23, 14, 0), FieldEnd, ErrEndBeforeStart},
		{"in the past", tech, at(23, 9, 0), at(23, 11, 0), FieldStart, ErrPast},
		{"after closing", tech, at(23, 16, 30), at(23, 17, 30), FieldStart, ErrOutsideHours},
		{"before opening", tech, at(24, 8, 0), at(24, 9, 0), FieldStart, ErrOutsideHours},
		{"on a Saturday", tech, at(28, 10, 0), at(28, 11, 0), FieldStart, ErrOutsideHours},
		{"across the night", tech, at(23, 16, 0), at(24, 9, 0), FieldStart, ErrOutsideHours},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := aRequest(t)
			before := clone(r)
			err := Schedule(&r, c.engineer, c.start, c.end, nil, cfg17(), shanghai, desk, now)
			var p Problem
			if !errors.As(err, &p) || p.Field != c.field || !errors.Is(err, c.want) {
				t.Errorf("err = %v, want %s: %v", err, c.field, c.want)
			}
			if r.State != before.State || len(r.History) != 0 {
				t.Error("a refused visit changed the request")
			}
		})
	}
	r := aRequest(t)
	r.State = StateOnSite
	wantErr(t, Schedule(&r, tech, at(23, 14, 0), at(23, 15, 0), nil, cfg17(), shanghai, desk, now), ErrMoveNotInS)
	r.State = StateDone
	wantErr(t, Schedule(&r, tech, at(23, 14, 0), at(23, 15, 0), nil, cfg17(), shanghai, desk, now), ErrClosed)
}

func TestS6_AClashNamesTheOtherVisitAndTheNextFreeSlot(t *testing.T) {
	others := []Request{booked(t, "S1", 11, 12), booked(t, "S2", 13, 15)}
	other := booked(t, "S3", 12, 13)
	other.Visit.Engineer = "赵工" // not tech's
	others = append(others, other)
	r := aRequest(t)
	err := Schedule(&r, tech, at(23, 14, 0), at(23, 15, 0), others, cfg17(), shanghai, desk, now)
	var clash *ClashError
	if !errors.As(err, &clash) || !errors.Is(err, ErrClash) {
		t.Fatalf("err = %v, want a *ClashError", err)
	}
	if clash.With.Number != "S2" || !clash.Next.Equal(at(23, 10, 0)) {
		t.Errorf("clash with %s, next %s; want S2 and 10:00, free until 11:00", clash.With.Number, clash.Next.In(shanghai))
	}
	err = Schedule(&r, tech, at(23, 11, 30), at(23, 13, 30), others, cfg17(), shanghai, desk, at(23, 10, 30))
	if !errors.As(err, &clash) || clash.With.Number != "S1" || !clash.Next.Equal(at(23, 15, 0)) {
		t.Errorf("a 2-hour visit at 10:30: %v, next %s, want S1 and 15:00", err, clash.Next.In(shanghai))
	}
	if err := Schedule(&r, tech, at(23, 12, 0), at(23, 13, 0), others, cfg17(), shanghai, desk, now); err != nil {
		t.Errorf("a visit between two: %v", err)
	}
	done := booked(t, "S4", 15, 16)
	done.State = StateDone
	if err := Schedule(new(aRequest(t)), tech, at(23, 15, 0), at(23, 16, 0), []Request{done}, cfg17(), shanghai, desk, now); err != nil {
		t.Errorf("a closed request's visit holds no time: %v", err)
	}
}

func TestS6_FreeSlots(t *testing.T) {
	others := []Request{booked(t, "S1", 11, 12), booked(t, "S2", 13, 15), booked(t, "S3", 14, 16)}
	got := FreeSlots(tech, at(23, 0, 0), others, cfg17(), shanghai, now)
	want := []Slot{{now, at(23, 11, 0)}, {at(23, 12, 0), at(23, 13, 0)}, {at(23, 16, 0), at(23, 17, 0)}}
	if len(got) != len(want) {
		t.Fatalf("FreeSlots = %v, want %v", got, want)
	}
	for i := range want {
		if !got[i].Start.Equal(want[i].Start) || !got[i].End.Equal(want[i].End) {
			t.Errorf("slot %d = %v, want %v", i, got[i], want[i])
		}
	}
	if s := FreeSlots(tech, at(28, 0, 0), nil, cfg17(), shanghai, now); s != nil {
		t.Errorf("a Saturday has %v", s)
	}
	if n := NextFree(tech, 2*time.Hour, now, now, others, cfg17(), shanghai); !n.IsZero() {
		t.Errorf("no 2-hour slot left, NextFree = %s", n)
	}
}
