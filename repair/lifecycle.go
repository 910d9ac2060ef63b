package repair

import (
	"errors"
	"fmt"
	"time"
)

// The states of a repair order after intake (O1), in the order the work
// goes. Picked up, cancelled and returned unrepaired end the order.
const (
	StateDiagnosing   State = "diagnosing"
	StateWaitApproval State = "waiting_approval" // the customer is to approve an estimate
	StateWaitParts    State = "waiting_parts"
	StateRepairing    State = "repairing"
	StateTesting      State = "testing" // burn-in, 拷机
	StateReady        State = "ready"   // for pickup
	StatePickedUp     State = "picked_up"
	StateCancelled    State = "cancelled"
	StateReturned     State = "returned" // handed back unrepaired
)

// States lists every state in the order of O1.
var States = []State{
	StateReceived, StateDiagnosing, StateWaitApproval, StateWaitParts, StateRepairing,
	StateTesting, StateReady, StatePickedUp, StateCancelled, StateReturned,
}

// moves are the changes of state O1 allows. Picked up is reached only by a
// pickup (P1–P4); ready goes back to repairing when the golden-key
// inspection fails (G3).
var moves = map[State][]State{
	StateReceived:     {StateDiagnosing, StateCancelled},
	StateDiagnosing:   {StateWaitApproval, StateWaitParts, StateRepairing, StateTesting, StateReady, StateReturned, StateCancelled},
	StateWaitApproval: {StateRepairing, StateWaitParts, StateReturned, StateCancelled},
	StateWaitParts:    {StateRepairing, StateReturned, StateCancelled},
	StateRepairing:    {StateWaitParts, StateTesting, StateReady, StateReturned},
	StateTesting:      {StateRepairing, StateReady},
	StateReady:        {StateRepairing, StatePickedUp},
}

// Valid reports whether s is one of States.
func (s State) Valid() bool {
	for _, v := range States {
		if s == v {
			return true
		}
	}
	return false
}

// Final reports whether an order in s is closed: nothing changes it any more.
func (s State) Final() bool {
	return s == StatePickedUp || s == StateCancelled || s == StateReturned
}

// Next lists the states an order in s may move to (O1), picked up left out:
// that is the pickup's to make.
func (s State) Next() []State {
	var out []State
	for _, n := range moves[s] {
		if n != StatePickedUp {
			out = append(out, n)
		}
	}
	return out
}

// The reasons a change of an order is refused. The desk shows a message for
// each from its text catalogue; MoveError says which move and what is missing.
var (
	ErrUnknownState = errors.New("not a state of a repair order")
	ErrClosed       = errors.New("the order is closed")
	ErrMoveNotInO1  = errors.New("O1 does not allow this change of state")
	ErrSameState    = errors.New("the order is already in this state")
	ErrNoResult     = errors.New("ready needs the fault cause, the work done, the parts replaced and advice for use") // O4
	ErrNoEstimate   = errors.New("waiting for approval needs an estimate to approve")
	ErrNotApproved  = errors.New("the customer has not approved the estimate")
	ErrNoPartNamed  = errors.New("waiting for parts needs the part that is awaited")
	ErrNoReason     = errors.New("cancelling or returning unrepaired needs the reason")
	ErrLoanerOut    = errors.New("the loaner is not back") // O8
	ErrPickupOnly   = errors.New("an order is picked up only through the pickup")
	ErrNoLoaner     = errors.New("no loaner was lent with this order")
	ErrEmptyNote    = errors.New("nothing written")
	ErrNoApproval   = errors.New("an estimate call that reached the customer needs their answer")
	ErrNotReadyYet  = errors.New("a ready call for an order that is not ready")
)

// MoveError is a refused change of state: from, to, why, and for ErrNoResult
// the fields of the Result still empty.
type MoveError struct {
	From, To State
	Err      error
	Missing  []string // Result field names: cause, work, parts, advice
}

func (e *MoveError) Error() string {
	s := fmt.Sprintf("%s → %s: %v", e.From, e.To, e.Err)
	if len(e.Missing) > 0 {
		s += fmt.Sprintf(" (missing %v)", e.Missing)
	}
	return s
}

func (e *MoveError) Unwrap() error { return e.Err }

// Move changes o's state to `to`, stamped with who and when (O1), after the
// conditions of the move: ready needs the repair result (O4); waiting for
// approval an estimate; repairing or waiting for parts after it the
// customer's approval;
// waiting for parts the part's name in text; cancelling or returning
// unrepaired a reason in text and the loaner back (O8). text, cleaned, is
// kept on the step. On error o is returned unchanged.
func Move(o Order, to State, who string, now time.Time, text string) (Order, error) {
	refuse := func(err error) (Order, error) {
		return o, &MoveError{From: o.State, To: to, Err: err}
	}
	if err := o1Move(o.State, to); err != nil {
		return refuse(err)
	}
	text, err := CleanText(text, MaxNote, false)
	if err != nil {
		return refuse(err)
	}
	if missing, err := moveConditions(o, to, text); err != nil {
		return o, &MoveError{From: o.State, To: to, Err: err, Missing: missing}
	}
	return afterMove(o, to, who, now, text), nil
}

// o1Move refuses a move O1 does not have: to an unknown state, out of a
// final one, to the same state, to picked up (only a pickup gets there), or
// any other pair that is not in moves.
func o1Move(from, to State) error {
	switch {
	case !to.Valid():
		return ErrUnknownState
	case from.Final():
		return ErrClosed
	case to == from:
		return ErrSameState
	case to == StatePickedUp:
		return ErrPickupOnly
	case !allowed(from, to):
		return ErrMoveNotInO1
	}
	return nil
}

// moveConditions refuses a move of O1 whose conditions o does not meet (see
// Move), with the result's missing parts when that is why.
func moveConditions(o Order, to State, text string) ([]string, error) {
	switch to {
	case StateReady:
		if missing := o.Result.Missing(); len(missing) > 0 {
			return missing, ErrNoResult
		}
	case StateWaitApproval:
		if len(o.Estimate) == 0 && o.Fee == 0 {
			return nil, ErrNoEstimate
		}
	case StateWaitParts:
		if text == "" {
			return nil, ErrNoPartNamed
		}
	case StateCancelled, StateReturned:
		if text == "" {
			return nil, ErrNoReason
		}
		if o.LoanerOut() {
			return nil, ErrLoanerOut
		}
	default:
		// The other states ask for nothing but O1's move.
	}
	if o.State == StateWaitApproval && (to == StateRepairing || to == StateWaitParts) && o.Approval != ApprovalApproved {
		return nil, ErrNotApproved
	}
	return nil, nil
}

// afterMove is o after a move that was allowed: the step stamped, the new
// state, and what the state keeps (the part awaited, the times).
func afterMove(o Order, to State, who string, now time.Time, text string) Order {
	from := o.State
	o = o.withStep(Step{At: now, Who: who, Kind: StepState, From: from, To: to, Text: text})
	o.State = to
	switch to {
	case StateWaitParts:
		o.AwaitedPart = text
	case StateReady:
		o.ReadyAt, o.ToldReady = now.UTC(), time.Time{}
	case StateCancelled, StateReturned:
		o.Closed = now.UTC()
	default:
		// The other states record nothing but the step.
	}
	if from == StateWaitParts {
		o.AwaitedPart = ""
	}
	return o
}

func allowed(from, to State) bool {
	for _, n := range moves[from] {
		if n == to {
			return true
		}
	}
	return false
}

// LoanerOut reports whether a loaner lent at intake (I12) is still with the
// customer (O8).
func (o Order) LoanerOut() bool {
	return o.Intake.LoanerAccepted && o.Intake.Loaner != "" && o.LoanerBack.IsZero()
}

// ReturnLoaner records the loaner back at the station (O8).
func ReturnLoaner(o Order, who string, now time.Time) (Order, error) {
	switch {
	case !o.Intake.LoanerAccepted || o.Intake.Loaner == "":
		return o, ErrNoLoaner
	case !o.LoanerBack.IsZero():
		return o, fmt.Errorf("%w: back since %s", ErrNoLoaner, o.LoanerBack.Format(time.DateOnly))
	}
	o = o.withStep(Step{At: now, Who: who, Kind: StepLoaner, Text: o.Intake.Loaner})
	o.LoanerBack = now.UTC()
	return o, nil
}

// withStep appends a step to o's timeline on a copy of the history, so that
// the order a refused change was tried on keeps its own.
func (o Order) withStep(s Step) Order {
	s.At = s.At.UTC()
	o.History = append(append([]Step(nil), o.History...), s)
	o.Updated = s.At
	return o
}

// ExchangeOwed reports whether the device has already been repaired twice
// (O7, 三包 第十条): if it fails again with a performance fault, the customer
// is owed an exchange rather than a third repair.
func (o Order) ExchangeOwed() bool { return len(o.Previous) >= 2 }

// Repairs is how many times the device has come in, this order included (O7).
func (o Order) Repairs() int { return len(o.Previous) + 1 }
