package onsite

import (
	"fmt"
	"slices"
	"time"
)

// The kinds of step on a request's or a call's timeline (Step.Kind).
const (
	StepState    = "state"     // From → To; Text the reason of a cancel or a return to the coordinator
	StepGuidance = "guidance"  // S2: the guidance given, Text what was said
	StepCallBack = "call_back" // S2: the call-back, Text its outcome and note
	StepPaid     = "paid"      // S3: the fee said, then the customer's answer
	StepSchedule = "schedule"  // S4, S6: the engineer and the time, also when changed
	StepPart     = "part"      // S5: a part needed, drawn or arrived
	StepAhead    = "ahead"     // S7: a call ahead, Text its outcome and note
	StepStamp    = "stamp"     // S9: arrival, start, fixed or departure
	StepRecord   = "record"    // S9: what was found and done, the fee, the signer
	StepInspect  = "inspect"   // S12: the check with the customer
	StepHandOver = "hand_over" // H1: a call handed over, Owner to whom
	StepClose    = "close"     // H1: a call closed, Text its result
)

// States lists every state of a request, in the order the work goes.
var States = []State{
	StateNew, StateGuided, StateScheduled, StateOnSite,
	StateDone, StateSolved, StateEscalated, StateCancelled,
}

// moves are the changes of state the S rules allow. Guided goes back to new
// when the call-back finds the fault not solved or the customer insists
// (S2: the visit goes ahead, to be scheduled); scheduled goes back to new
// when the engineer cannot keep the time and the customer will not agree a
// new one (S6: back to the coordinator). On site ends done (S9, S12) or
// escalated (S10); a customer who withdraws after the engineer arrived is
// still served or escalated, so on site is not cancelled.
var moves = map[State][]State{
	StateNew:       {StateGuided, StateScheduled, StateCancelled},
	StateGuided:    {StateNew, StateSolved, StateCancelled},
	StateScheduled: {StateNew, StateOnSite, StateCancelled},
	StateOnSite:    {StateDone, StateEscalated},
}

// Valid reports whether s is one of States.
func (s State) Valid() bool { return slices.Contains(States, s) }

// Final reports whether a request in s is closed: nothing changes it any more.
func (s State) Final() bool {
	return s == StateDone || s == StateSolved || s == StateEscalated || s == StateCancelled
}

// Next lists the states a request in s may move to.
func (s State) Next() []State { return slices.Clone(moves[s]) }

// MoveError is a refused change of state: from, to and why.
type MoveError struct {
	From, To State
	Err      error
}

func (e *MoveError) Error() string { return fmt.Sprintf("%s → %s: %v", e.From, e.To, e.Err) }

func (e *MoveError) Unwrap() error { return e.Err }

// Move changes r's state to `to`, stamped with who and when, after the
// condition of the state: guided needs the guidance given (Guide), scheduled
// an engineer and a time (Schedule) and a paid visit accepted (S3), on site
// the arrival stamped (Stamp), solved the call-back's word that it is
// (CallBack), escalated the carry-in order (Escalate), new from guided the
// call-back's word that it is not. Done is Finish's (the record complete,
// the check passed, the return visit due) and cancelled Cancel's (a
// reason): Move refuses both. On error r is unchanged.
func Move(r *Request, to State, who string, now time.Time) error {
	if to == StateDone {
		err := allowedMove(r.State, to)
		if err == nil {
			err = ErrFinishOnly
		}
		return &MoveError{From: r.State, To: to, Err: err}
	}
	return move(r, to, who, now, "")
}

// Cancel closes r for a reason: the customer withdrew it, or declined the
// paid visit (S3).
func Cancel(r *Request, reason, who string, now time.Time) error {
	text, err := cleanLine(reason, MaxNote, false)
	if err != nil {
		return &MoveError{From: r.State, To: StateCancelled, Err: err}
	}
	return move(r, StateCancelled, who, now, text)
}

// move is Move with the step's text and without the refusal of done: the
// rules that reach done and cancelled call it once their own conditions
// hold.
func move(r *Request, to State, who string, now time.Time, text string) error {
	if err := allowedMove(r.State, to); err != nil {
		return &MoveError{From: r.State, To: to, Err: err}
	}
	if err := condition(r, to, text); err != nil {
		return &MoveError{From: r.State, To: to, Err: err}
	}
	from := r.State
	c := r.withStep(Step{At: now, Who: who, Kind: StepState, From: from, To: to, Text: text})
	c.State = to
	switch {
	case to.Final():
		c.Closed = now.UTC()
	case from == StateScheduled && to == StateNew:
		c.Visit = Visit{} // the coordinator schedules it again
	}
	*r = c
	return nil
}

// allowedMove refuses a move the rules do not have: to an unknown state,
// out of a closed one, to the same state, or any pair not in moves.
func allowedMove(from, to State) error {
	switch {
	case !to.Valid():
		return ErrUnknownState
	case from.Final():
		return ErrClosed
	case from == to:
		return ErrSameState
	case !slices.Contains(moves[from], to):
		return ErrMoveNotInS
	}
	return nil
}

// condition is what r must hold to be in state to (see Move).
func condition(r *Request, to State, text string) error {
	g := r.Guidance
	switch to {
	case StateGuided:
		if g == nil || !g.Called.IsZero() {
			return ErrNoGuidance
		}
	case StateSolved:
		if g == nil || !g.Solved {
			return ErrNoGuidance
		}
	case StateNew:
		if r.State == StateGuided && (g == nil || g.Called.IsZero() || g.Solved) {
			return ErrNoGuidance
		}
	case StateScheduled:
		if r.Visit.Engineer == "" || r.Visit.Start.IsZero() {
			return ErrNotScheduled
		}
		if r.Paid != nil && !r.Paid.Accepted {
			return ErrPaidOpen
		}
	case StateOnSite:
		if r.Record.Arrived.IsZero() {
			return ErrNotOnSite
		}
	case StateEscalated:
		if r.Order == "" {
			return ErrNoOrder
		}
	case StateCancelled:
		if text == "" {
			return ErrNoReason
		}
	case StateDone:
		return doneCondition(r)
	}
	return nil
}

// withStep is a copy of r with s appended to a copy of its history, so the
// request a refused change was tried on keeps its own.
func (r *Request) withStep(s Step) Request {
	s.At = s.At.UTC()
	c := *r
	c.History = append(slices.Clone(r.History), s)
	c.Updated = s.At
	return c
}
