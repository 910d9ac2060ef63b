package onsite

import (
	"errors"
	"testing"

	"frontdesk/repair"
)

func guided(t *testing.T) Request {
	t.Helper()
	r := aRequest(t)
	if err := Guide(&r, " 请按 F8 进入安全模式,卸载新装的驱动 ", cfg17(), shanghai, desk, now); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestS2_GuideDueACallBackTwoServiceHoursLater(t *testing.T) {
	r := guided(t)
	g := r.Guidance
	if r.State != StateGuided || g.Note != "请按 F8 进入安全模式,卸载新装的驱动" || g.By != desk || !g.CallBack.Equal(at(23, 12, 0)) {
		t.Errorf("guided: %s %+v", r.State, g)
	}
	late := aRequest(t)
	if err := Guide(&late, "重启", cfg17(), shanghai, desk, at(23, 16, 0)); err != nil {
		t.Fatal(err)
	}
	if !late.Guidance.CallBack.Equal(at(24, 9, 30)) {
		t.Errorf("guided at 16:00: call-back due %s, want Tuesday 09:30", late.Guidance.CallBack.In(shanghai))
	}
	if err := Guide(&r, "again", cfg17(), shanghai, desk, now); !errors.Is(err, ErrGuidedBefore) {
		t.Errorf("guided twice: %v", err)
	}
	blank := aRequest(t)
	if err := Guide(&blank, " ", cfg17(), shanghai, desk, now); !errors.Is(err, repair.ErrRequired) {
		t.Errorf("no note: %v", err)
	}
	if blank.Guidance != nil || blank.State != StateNew {
		t.Error("a refused guidance changed the request")
	}
}

func TestS2_TheCallBackDecides(t *testing.T) {
	when := at(23, 12, 5)
	for _, c := range []struct {
		outcome  Outcome
		state    State
		insisted bool
	}{
		{OutcomeSolved, StateSolved, false},
		{OutcomeNotSolved, StateNew, false},
		{OutcomeInsisted, StateNew, true},
		{OutcomeNoAnswer, StateGuided, false},
	} {
		r := guided(t)
		if err := CalledBack(&r, c.outcome, "", desk, when); err != nil {
			t.Fatalf("%s: %v", c.outcome, err)
		}
		if r.State != c.state || r.Guidance.Insisted != c.insisted {
			t.Errorf("%s: state %s, insisted %v", c.outcome, r.State, r.Guidance.Insisted)
		}
		if due := len(CallBackDue([]Request{r}, when)) == 1; due != (c.outcome == OutcomeNoAnswer) {
			t.Errorf("%s: still due %v", c.outcome, due)
		}
		if c.state == StateNew && !visitFrom(r).Equal(when) {
			t.Errorf("%s: the visit counts from %s, want the call-back", c.outcome, visitFrom(r))
		}
	}
	r := guided(t)
	if err := CalledBack(&r, "maybe", "", desk, when); !errors.Is(err, ErrOutcome) {
		t.Errorf("an unknown outcome: %v", err)
	}
	if err := CalledBack(new(aRequest(t)), OutcomeSolved, "", desk, when); !errors.Is(err, ErrNotGuidedState) {
		t.Errorf("a request not guided: %v", err)
	}
	if err := Guide(&r, "再试", cfg17(), shanghai, desk, when); !errors.Is(err, ErrGuidedBefore) {
		t.Errorf("guided again after a call-back: %v", err)
	}
}

func TestS2_CallBackDueOldestFirst(t *testing.T) {
	a, b, c := guided(t), guided(t), guided(t)
	a.Number, b.Number, c.Number = "S1", "S2", "S3"
	a.Guidance.CallBack, b.Guidance.CallBack, c.Guidance.CallBack = at(23, 12, 0), at(23, 11, 0), at(23, 13, 0)
	got := CallBackDue([]Request{a, b, c, aRequest(t)}, at(23, 12, 0))
	if len(got) != 2 || got[0].Number != "S2" || got[1].Number != "S1" {
		t.Errorf("due = %v, want S2, S1", numbers(got))
	}
}

func TestS2_RemoteHandlingLimit(t *testing.T) {
	r := aRequest(t)
	if due := RemoteDue(r, DefaultConfig()); !due.Equal(at(23, 10, 20)) {
		t.Errorf("RemoteDue = %s, want 30 minutes after 09:50", due.In(shanghai))
	}
}
