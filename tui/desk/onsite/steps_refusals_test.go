package onsiteboard

import (
	"strings"
	"testing"

	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
)

// TestS2_NotSolvedOrInsistedGoesToBeBooked: a call-back that finds the
// fault not solved, or the customer insisting, sends the request back to
// be booked; no answer leaves the call-back due and the key there.
func TestS2_NotSolvedOrInsistedGoesToBeBooked(t *testing.T) {
	for _, insisted := range []bool{false, true} {
		st := newFake(now, day()...)
		keys := []string{"o", "down"} // not solved; one more down, insisted
		if insisted {
			keys = append(keys, "down")
		}
		d := press(open(t, st, "zh", 5), append(keys, "enter", "客户说还是黑屏", "enter")...)
		saved(t, &d)
		r := st.get(5)
		if r.State != onsite.StateNew || r.Guidance.Called.IsZero() || r.Guidance.Insisted != insisted {
			t.Errorf("insisted %v: %s %+v", insisted, r.State, r.Guidance)
		}
		if last := r.History[len(r.History)-2]; last.Kind != onsite.StepCallBack || !strings.HasSuffix(last.Text, "客户说还是黑屏") {
			t.Errorf("the call-back's step: %+v", last)
		}
	}
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 5), "o", "down", "down", "down", "enter", "enter")
	saved(t, &d)
	if r := st.get(5); r.State != onsite.StateGuided || !r.Guidance.Called.IsZero() || !d.keys.CallBack.Enabled() {
		t.Errorf("after no answer: %s %+v, key %v", r.State, r.Guidance, d.keys.CallBack.Enabled())
	}
}

// TestS2_CallBackMadeMeanwhileIsRefused: the rule is applied to the
// request as stored — called back from another desk while the form was
// open, the call-back is refused in the user's language, nothing changed.
func TestS2_CallBackMadeMeanwhileIsRefused(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 5), "o")
	other := st.get(5)
	if err := onsite.CalledBack(&other, onsite.OutcomeSolved, "", "李调度", now); err != nil {
		t.Fatal(err)
	}
	st.reqs[4] = other
	d = press(d, "down", "enter", "enter")
	refused(t, &d, st, other, "这张服务单不在等回访")
}

// TestS5_ThePartsRefusalsAndInStock: the apology is said word for word
// for a part not in stock, none for one drawn from stock; the same part
// twice and a part that arrived meanwhile are refused in the user's
// language, nothing changed.
func TestS5_ThePartsRefusalsAndInStock(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 7), "n", "硬盘", "enter", "enter")
	saved(t, &d)
	if v := desktest.Flat(desktest.Plain(d.View())); !strings.Contains(v, "「非常抱歉,由于维修您机器所需要的硬盘部件现在还未到货…此部件到后我们会立即与您联系」") {
		t.Errorf("the apology is not said word for word:\n%s", v)
	}
	d = press(d, "n", "内存条", "enter", "y", "enter")
	saved(t, &d)
	if v := desktest.Flat(desktest.Plain(d.View())); strings.Contains(v, "非常抱歉") {
		t.Errorf("an apology for a part in stock:\n%s", v)
	}
	if p := st.get(7).Parts; len(p) != 2 || !p[1].InStock || p[1].Drawn.IsZero() {
		t.Fatalf("parts %+v", p)
	}
	was := st.get(7)
	d = press(d, "n", "硬盘", "enter", "enter")
	refused(t, &d, st, was, "这个配件已经记过了")

	en := press(open(t, st, "en", 7), "v") // 硬盘 arrives from another desk meanwhile
	if err := onsite.PartArrived(&was, "硬盘", "李调度", now); err != nil {
		t.Fatal(err)
	}
	st.reqs[6] = was
	en = press(en, "enter")
	refused(t, &en, st, was, "That part has already arrived")
}

// TestCancelOfAClosedRequestIsRefused: cancelled meanwhile from another
// desk, the cancel is refused in the user's language.
func TestCancelOfAClosedRequestIsRefused(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "en", 8), "z", "changed his mind")
	other := st.get(8)
	if err := onsite.Cancel(&other, "withdrawn on the phone", "李调度", now); err != nil {
		t.Fatal(err)
	}
	st.reqs[7] = other
	d = press(d, "enter")
	refused(t, &d, st, other, "The request is closed")
}
