package onsiteboard

import (
	"reflect"
	"strings"
	"testing"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// guidedID is the fixture's request guided on the phone, its call-back due.
func guidedID(t *testing.T, st *fakeStore) uint64 {
	t.Helper()
	for _, r := range st.reqs {
		if r.State == onsite.StateGuided {
			return r.ID
		}
	}
	t.Fatal("the fixture has no guided request")
	return 0
}

// TestS2_TheCallBacksOutcome: o on a guided request opens with the words
// of the call-back (AskSolved) and records its outcome — solved closes it;
// on a request not guided the key does nothing.
func TestS2_TheCallBacksOutcome(t *testing.T) {
	st := newFake(now, day()...)
	id := guidedID(t, st)
	d := press(open(t, st, "zh", id), "o")
	if v := desktest.Flat(desktest.Plain(d.View())); !strings.Contains(v, onsite.AskSolved("联想")) {
		t.Fatalf("the call-back's words are not shown:\n%s", v)
	}
	d = press(d, "enter", "enter")
	saved(t, &d)
	if r := st.get(id); r.State != onsite.StateSolved || r.Guidance.Called.IsZero() {
		t.Errorf("after the call-back: %s %+v", r.State, r.Guidance)
	}
	was := st.get(7)
	d = press(open(t, st, "zh", 7), "o")
	if d.form != nil || !reflect.DeepEqual(st.get(7), was) {
		t.Error("o on a new request opened a form")
	}
}

// TestS5_APartNeededAndArrived: n names a part the visit needs; not in
// stock, the apology is said word for word and the part is awaited; an
// empty name is refused by the form and saves nothing; v records it
// arrived.
func TestS5_APartNeededAndArrived(t *testing.T) {
	st := newFake(now, day()...)
	was := st.get(7)
	d := press(open(t, st, "zh", 7), "n", "enter")
	if d.form == nil || !reflect.DeepEqual(st.get(7), was) {
		t.Fatal("an empty part's name was taken")
	}
	d = press(d, "esc", "n", "主板", "enter", "enter")
	saved(t, &d)
	if aw := onsite.Awaited(st.get(7)); len(aw) != 1 || aw[0].Name != "主板" {
		t.Fatalf("awaited %+v", aw)
	}
	if v := desktest.Flat(desktest.Plain(d.View())); !strings.Contains(v, repair.PartNotInStock("主板")) {
		t.Errorf("no apology for the part not in stock:\n%s", v)
	}
	d = press(d, "v", "enter")
	saved(t, &d)
	if aw := onsite.Awaited(st.get(7)); len(aw) != 0 {
		t.Errorf("still awaited after it arrived: %+v", aw)
	}
}

// TestCancelNeedsAReason: z cancels a request the customer withdrew, with
// its reason; without one the form does not complete and nothing changes.
func TestCancelNeedsAReason(t *testing.T) {
	st := newFake(now, day()...)
	was := st.get(8)
	d := press(open(t, st, "en", 8), "z", "enter")
	if d.form == nil || !reflect.DeepEqual(st.get(8), was) {
		t.Fatal("a cancel without a reason was taken")
	}
	d = press(d, "fixed it himself", "enter")
	saved(t, &d)
	if r := st.get(8); r.State != onsite.StateCancelled || r.Open() {
		t.Errorf("after z: %s", r.State)
	}
}
