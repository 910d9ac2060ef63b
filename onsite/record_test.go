package onsite

import (
	"errors"
	"slices"
	"testing"
	"time"

	"frontdesk/repair"
)

// arrived is booked(…) with the engineer arrived at 14:05.
func arrived(t *testing.T) Request {
	t.Helper()
	r := booked(t, "S1", 14, 15)
	if err := Stamp(&r, FieldArrived, at(23, 14, 5), tech, at(23, 14, 6)); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestS9_StampsInOrder(t *testing.T) {
	r := booked(t, "S1", 14, 15)
	wantField := func(err error, field string, want error) {
		t.Helper()
		var p Problem
		if !errors.As(err, &p) || p.Field != field || !errors.Is(err, want) {
			t.Errorf("err = %v, want %s: %v", err, field, want)
		}
	}
	wantField(Stamp(&r, FieldStarted, time.Time{}, tech, at(23, 14, 0)), FieldStarted, ErrNotOnSite)
	wantField(Stamp(&r, FieldArrived, at(23, 14, 30), tech, at(23, 14, 0)), FieldArrived, ErrFuture)
	wantField(Stamp(&r, FieldArrived, at(23, 9, 0), tech, at(23, 14, 0)), FieldArrived, ErrBeforeReceived)
	wantField(Stamp(&r, "lunch", time.Time{}, tech, now), "lunch", repair.ErrChoice)
	r = arrived(t)
	if r.State != StateOnSite || !r.Record.Arrived.Equal(at(23, 14, 5)) {
		t.Fatalf("arrived: %s %+v", r.State, r.Record)
	}
	wantField(Stamp(&r, FieldArrived, time.Time{}, tech, at(23, 14, 7)), FieldArrived, ErrStamped)
	wantField(Stamp(&r, FieldFixed, time.Time{}, tech, at(23, 14, 7)), FieldFixed, ErrOutOfOrder)
	wantField(Stamp(&r, FieldStarted, at(23, 14, 0), tech, at(23, 14, 7)), FieldStarted, ErrOutOfOrder)
	for _, s := range []struct {
		field string
		at    time.Time
	}{{FieldStarted, at(23, 14, 10)}, {FieldFixed, at(23, 14, 50)}} {
		if err := Stamp(&r, s.field, s.at, tech, at(23, 15, 0)); err != nil {
			t.Fatalf("%s: %v", s.field, err)
		}
	}
	wantField(Stamp(&r, FieldDeparted, at(23, 14, 40), tech, at(23, 15, 0)), FieldDeparted, ErrOutOfOrder)
	if err := Stamp(&r, FieldDeparted, time.Time{}, tech, at(23, 15, 0)); err != nil {
		t.Fatal(err)
	}
	if got := r.Record.Stamped(); !got[3].Equal(at(23, 15, 0)) {
		t.Errorf("departed %v, want now when no time is given", got[3])
	}
	// Unfixed, the engineer still leaves: a device escalated (S10).
	u := arrived(t)
	if err := Stamp(&u, FieldDeparted, time.Time{}, tech, at(23, 14, 30)); err != nil {
		t.Errorf("leaving unfixed: %v", err)
	}
	wantField(Stamp(&u, FieldStarted, at(23, 14, 20), tech, at(23, 14, 30)), FieldStarted, ErrOutOfOrder)
}

func TestS9_TheRecordBeforeDone(t *testing.T) {
	r := arrived(t)
	if got, want := r.Record.Missing(), []string{FieldStarted, FieldFixed, FieldDeparted, FieldFound, FieldDone, FieldFee, FieldSigner}; !slices.Equal(got, want) {
		t.Errorf("Missing = %v, want %v", got, want)
	}
	ps := SetRecord(&r, "硬盘坏道", "更换硬盘\x07", "五十", "", tech, now)
	if len(ps) != 2 || ps.For(FieldDone) == nil || ps.For(FieldFee) == nil || r.Record.Found != "" {
		t.Errorf("problems %v, record %+v", ps, r.Record)
	}
	wantClean(t, SetRecord(&r, " 硬盘坏道 ", "更换硬盘,恢复系统", "0", "王经理", tech, now))
	if got := r.Record.Missing(); !slices.Equal(got, []string{FieldStarted, FieldFixed, FieldDeparted}) {
		t.Errorf("Missing = %v: a fee of 0 is a fee", got)
	}
	wantErr(t, Finish(&r, rcfg, shanghai, tech, now), ErrRecord)
	var re *RecordError
	if err := Finish(&r, rcfg, shanghai, tech, now); !errors.As(err, &re) || len(re.Missing) != 3 {
		t.Errorf("Finish: %v", err)
	}
	if SetRecord(new(aRequest(t)), "a", "b", "", "c", tech, now).For(FieldFound) == nil {
		t.Error("a record written before arriving")
	}
}
