package onsite

import (
	"errors"
	"testing"
	"time"

	"frontdesk/repair"
)

// finished is arrived(t) with its record complete at 15:00.
func finished(t *testing.T) Request {
	t.Helper()
	r := arrived(t)
	for _, f := range []string{FieldStarted, FieldFixed, FieldDeparted} {
		if err := Stamp(&r, f, time.Time{}, tech, at(23, 15, 0)); err != nil {
			t.Fatal(err)
		}
	}
	wantClean(t, SetRecord(&r, "硬盘坏道", "更换硬盘", "0", "王经理", tech, at(23, 15, 0)))
	return r
}

// round is every item of the notebook's inspection list, passed.
func round(t *testing.T) []Checked {
	t.Helper()
	kind, _ := rcfg.Device("notebook")
	out := make([]Checked, len(kind.Inspection))
	for i, it := range kind.Inspection {
		out[i] = Checked{Item: it.Key, OK: true}
	}
	return out
}

func TestS12_TheCheckWithTheCustomerBeforeDone(t *testing.T) {
	r := finished(t)
	wantErr(t, Finish(&r, rcfg, shanghai, tech, at(23, 15, 5)), ErrNotInspected)
	items := round(t)
	wantErr(t, Inspect(&r, items[1:], rcfg, tech, at(23, 15, 5)), repair.ErrInspection)
	items[2].OK = false
	wantErr(t, Inspect(&r, items, rcfg, tech, at(23, 15, 5)), repair.ErrRequired) // a failure says what failed
	items[2].Note = "屏幕闪烁"
	if err := Inspect(&r, items, rcfg, tech, at(23, 15, 5)); err != nil {
		t.Fatal(err)
	}
	wantErr(t, Finish(&r, rcfg, shanghai, tech, at(23, 15, 5)), ErrInspectionFail) // G3: back to the work
	items = round(t)
	items[7].NA = true // audio: not applicable here
	if err := Inspect(&r, items, rcfg, tech, at(23, 15, 20)); err != nil {
		t.Fatal(err)
	}
	if err := Finish(&r, rcfg, shanghai, tech, at(23, 15, 25)); err != nil {
		t.Fatal(err)
	}
	// P5: 3 working days after Monday, at the end of Thursday.
	if r.State != StateDone || !r.VisitDue.Equal(time.Date(2026, 11, 26, 23, 59, 59, 0, shanghai)) || !r.Closed.Equal(at(23, 15, 25)) {
		t.Errorf("done: %s, visit due %s, closed %s", r.State, r.VisitDue.In(shanghai), r.Closed)
	}
	if err := Inspect(new(aRequest(t)), round(t), rcfg, tech, now); !errors.Is(err, ErrNotOnSite) {
		t.Errorf("inspected before arriving: %v", err)
	}
}

func TestS12_TheFaultGoneIsNeverNotApplicable(t *testing.T) {
	r := finished(t)
	items := round(t)
	items[0].NA = true
	wantErr(t, Inspect(&r, items, rcfg, tech, now), repair.ErrChoice)
}
