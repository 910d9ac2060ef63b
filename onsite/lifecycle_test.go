package onsite

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"frontdesk/repair"
)

// sRules is the table of moves as lifecycle.go's comment gives it, written
// out here rather than read from the code, so that a change to either shows.
var sRules = map[State][]State{
	StateNew:       {StateGuided, StateScheduled, StateCancelled},
	StateGuided:    {StateNew, StateSolved, StateCancelled},
	StateScheduled: {StateNew, StateOnSite, StateCancelled},
	StateOnSite:    {StateDone, StateEscalated},
}

// placed is aRequest put straight into state from, holding what a move to
// `to` needs (the guidance, the call-back's word, the visit, the arrival,
// the order), its history empty.
func placed(t *testing.T, from, to State) Request {
	t.Helper()
	r := aRequest(t)
	r.State = from
	switch to {
	case StateGuided:
		r.Guidance = &Guidance{At: now, By: desk, Note: "重启", CallBack: now.Add(2 * time.Hour)}
	case StateSolved:
		r.Guidance = &Guidance{At: now, Called: now, Solved: true}
	case StateNew:
		r.Guidance = &Guidance{At: now, Called: now}
	case StateScheduled:
		r.Visit = Visit{Engineer: tech, Start: at(23, 14, 0), End: at(23, 15, 0)}
	case StateOnSite:
		r.Record.Arrived = now
	case StateEscalated:
		r.Order = "R2611230007"
	}
	return r
}

// clone is a copy of r that shares no slice with it.
func clone(r Request) Request {
	r.History = slices.Clone(r.History)
	r.Parts, r.Aheads, r.Check = slices.Clone(r.Parts), slices.Clone(r.Aheads), slices.Clone(r.Check)
	return r
}

// refused checks that err is a *MoveError from → to wrapping want, and that
// r is still as it was before.
func refused(t *testing.T, r, before Request, err error, from, to State, want error) {
	t.Helper()
	if me := (*MoveError)(nil); !errors.As(err, &me) || !errors.Is(err, want) || me.From != from || me.To != to {
		t.Errorf("err = %v (%T), want a *MoveError %s → %s of %v", err, err, from, to, want)
	}
	if !reflect.DeepEqual(r, before) {
		t.Errorf("%s → %s refused but the request changed:\n got %+v\nwant %+v", from, to, r, before)
	}
}

// expected is the refusal of a move from → to, in the order the rules are
// tried, nil for a move they allow. Done is Finish's and cancelled needs
// Cancel's reason, so Move refuses both.
func expected(from, to State) error {
	for _, c := range []struct {
		when bool
		err  error
	}{
		{!to.Valid(), ErrUnknownState}, {from.Final(), ErrClosed}, {from == to, ErrSameState},
		{!slices.Contains(sRules[from], to), ErrMoveNotInS},
		{to == StateDone, ErrFinishOnly}, {to == StateCancelled, ErrNoReason},
	} {
		if c.when {
			return c.err
		}
	}
	return nil
}

func TestS_EveryPairOfStates(t *testing.T) {
	when := now.Add(90 * time.Minute)
	targets := append(slices.Clone(States), "lost", "")
	for _, from := range States {
		for _, to := range targets {
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				r := placed(t, from, to)
				before := clone(r)
				err := Move(&r, to, tech, when)
				want := expected(from, to)
				if want != nil {
					refused(t, r, before, err, from, to, want)
					return
				}
				if err != nil {
					t.Fatalf("allowed move refused: %v", err)
				}
				wantStep := Step{At: when.UTC(), Who: tech, Kind: StepState, From: from, To: to}
				if r.State != to || len(r.History) != 1 || !reflect.DeepEqual(r.History[0], wantStep) {
					t.Fatalf("state %s, history %+v", r.State, r.History)
				}
				if !r.Updated.Equal(when) || r.Updated.Location() != time.UTC {
					t.Errorf("updated %v, want %v in UTC", r.Updated, when)
				}
				if to.Final() != !r.Closed.IsZero() {
					t.Errorf("to %s: closed %v", to, r.Closed)
				}
			})
		}
	}
}

func TestS_NextAndFinal(t *testing.T) {
	for _, s := range States {
		if got := s.Next(); !slices.Equal(got, sRules[s]) {
			t.Errorf("%s.Next() = %v, want %v", s, got, sRules[s])
		}
		final := s == StateDone || s == StateSolved || s == StateEscalated || s == StateCancelled
		if s.Final() != final || final != (len(sRules[s]) == 0) {
			t.Errorf("%s.Final() = %v", s, s.Final())
		}
	}
	if State("lost").Valid() || State("").Valid() {
		t.Error("a state not in States is valid")
	}
}

func TestS_EachStateNeedsItsCondition(t *testing.T) {
	for _, c := range []struct {
		from, to State
		want     error
	}{
		{StateNew, StateGuided, ErrNoGuidance},
		{StateGuided, StateSolved, ErrNoGuidance},
		{StateGuided, StateNew, ErrNoGuidance},
		{StateNew, StateScheduled, ErrNotScheduled},
		{StateScheduled, StateOnSite, ErrNotOnSite},
		{StateOnSite, StateEscalated, ErrNoOrder},
	} {
		r := aRequest(t)
		r.State = c.from
		before := clone(r)
		err := Move(&r, c.to, tech, now)
		refused(t, r, before, err, c.from, c.to, c.want)
	}
	r := placed(t, StateNew, StateScheduled)
	r.Paid = &Paid{Fee: 5000, Reason: PaidSoftware}
	before := clone(r)
	refused(t, r, before, Move(&r, StateScheduled, desk, now), StateNew, StateScheduled, ErrPaidOpen)
}

func TestS_CancelNeedsAReasonAndCloses(t *testing.T) {
	r := aRequest(t)
	before := clone(r)
	refused(t, r, before, Cancel(&r, "  ", desk, now), StateNew, StateCancelled, ErrNoReason)
	refused(t, r, before, Cancel(&r, "客户\x1b[2J", desk, now), StateNew, StateCancelled, repair.ErrControl)
	if err := Cancel(&r, " 客户自行解决 ", desk, now); err != nil {
		t.Fatal(err)
	}
	if r.State != StateCancelled || !r.Closed.Equal(now) || r.History[0].Text != "客户自行解决" {
		t.Errorf("cancelled: %+v", r)
	}
}

func TestS6_BackToTheCoordinatorClearsTheVisit(t *testing.T) {
	r := placed(t, StateScheduled, StateScheduled)
	r.Visit = Visit{Engineer: tech, Start: at(23, 14, 0), End: at(23, 15, 0)}
	if err := Move(&r, StateNew, tech, now); err != nil {
		t.Fatal(err)
	}
	if r.Visit != (Visit{}) {
		t.Errorf("visit %+v kept: the coordinator schedules it again", r.Visit)
	}
}
