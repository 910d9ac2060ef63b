package queue

import (
	"fmt"
	"time"
)

// State is where a ticket is in its life:
//
//	waiting ──call──► called ──start──► serving ──finish──► finished
//	  │ ▲               ├─recall: stays called
//	  └─┘ away/back     ├─finish without start (caller keypad) ──► finished
//	                    └─no-show──► noshow ──return near front──► waiting
//	called or serving ──transfer──► transferred ──call──► called …  (away/back too)
//	any open state ──close (reason)──► cancelled
type State string

// The states of a ticket.
const (
	Waiting     State = "waiting"
	Called      State = "called"
	Serving     State = "serving"
	Finished    State = "finished"
	NoShow      State = "noshow"
	Cancelled   State = "cancelled"
	Transferred State = "transferred" // waiting again, in the queue it was sent to
)

// Ticket is one number taken at the kiosk. Times are UTC instants; the zero
// time means "not yet".
type Ticket struct {
	ID       uint64 `json:"id"`  // unique over all days, given by the store
	Day      string `json:"day"` // station-local date of issue
	Type     string `json:"type"`
	Seq      int    `json:"seq"` // number within the type and day
	Number   string `json:"number"`
	Priority bool   `json:"priority,omitempty"` // appointment or priority customer (Q9)
	State    State  `json:"state"`
	Counter  int    `json:"counter,omitempty"` // the counter that holds it (called/serving/finished)
	// ToCounter, when set on a transferred ticket, is the only counter it is
	// offered to.
	ToCounter int    `json:"to_counter,omitempty"`
	Calls     int    `json:"calls,omitempty"` // announcements so far, recalls included
	Reason    string `json:"reason,omitempty"`

	IssuedAt      time.Time `json:"issued_at,omitzero"`       // arrival; kept when a no-show returns
	QueuedAt      time.Time `json:"queued_at,omitzero"`       // place in the queue (arrival order, Q9)
	FirstCalledAt time.Time `json:"first_called_at,omitzero"` // end of the wait (Q11)
	CalledAt      time.Time `json:"called_at,omitzero"`       // latest call
	StartedAt     time.Time `json:"started_at,omitzero"`      // service began at the current counter
	EndedAt       time.Time `json:"ended_at,omitzero"`        // finished, no-show, cancelled
	AwayAt        time.Time `json:"away_at,omitzero"`         // stepped away (Q10); zero when present
	// ServedBefore is the service time spent at earlier counters, before the
	// ticket was transferred (Q5): Transfer adds the finished part here so
	// that Measure still counts it when the ticket is served again (Q11).
	ServedBefore time.Duration `json:"served_before,omitempty"`
}

// Format is the printed ticket number: prefix and at least three digits.
func Format(code string, seq int) string {
	return fmt.Sprintf("%s%03d", code, seq)
}

// NewTicket issues the seq-th ticket of the day for a service type (Q1, Q2).
// The store supplies seq from its daily counter, starting at 1; the day is
// the station-local date of now.
func NewTicket(cfg Config, code string, seq int, priority bool, now time.Time) (Ticket, error) {
	if _, err := cfg.Type(code); err != nil {
		return Ticket{}, err
	}
	if seq < 1 {
		return Ticket{}, fmt.Errorf("queue: ticket sequence %d must be at least 1", seq)
	}
	now = now.UTC()
	return Ticket{
		Day: cfg.Day(now), Type: code, Seq: seq, Number: Format(code, seq),
		Priority: priority, State: Waiting, IssuedAt: now, QueuedAt: now,
	}, nil
}

// Open reports whether the ticket still needs the station: waiting, called,
// being served or transferred.
func (t Ticket) Open() bool {
	switch t.State {
	case Waiting, Called, Serving, Transferred:
		return true
	default:
		return false
	}
}

// Queued reports whether the ticket is waiting to be called.
func (t Ticket) Queued() bool { return t.State == Waiting || t.State == Transferred }

// Current reports whether the ticket is at counter n now (called or served).
func (t Ticket) Current(n int) bool {
	return (t.State == Called || t.State == Serving) && t.Counter == n
}

// Away reports whether the customer has stepped away and is not to be called.
func (t Ticket) Away() bool { return t.Queued() && !t.AwayAt.IsZero() }

// Waited is how long the customer has waited so far, or waited in all until
// the first call (or until the ticket ended uncalled): what the desk shows
// next to each ticket.
func (t Ticket) Waited(now time.Time) time.Duration {
	end := now
	switch {
	case !t.FirstCalledAt.IsZero():
		end = t.FirstCalledAt
	case !t.EndedAt.IsZero():
		end = t.EndedAt
	}
	if end.Before(t.IssuedAt) {
		return 0
	}
	return end.Sub(t.IssuedAt)
}

// LongWait reports whether the ticket has waited past the threshold (Q6).
func (t Ticket) LongWait(cfg Config, now time.Time) bool {
	return cfg.LongWait > 0 && t.Waited(now) >= cfg.LongWait
}

func stateErr(t Ticket, action string) error {
	return fmt.Errorf("%w: %s %s is %s", ErrState, action, t.Number, t.State)
}

// Call announces the ticket at counter n (Q3), the one Next picked or one
// the counter chose out of order (Q9). Only a queued ticket can be called, so
// two counters can never hold the same ticket (Q5); a ticket transferred to
// one counter can be called by that counter only. Calling an away ticket
// ends its step-away. The caller checks what needs the rest of the day: that
// counter n serves the ticket's type and holds no current ticket (ErrBusy);
// Next does both.
func (t *Ticket) Call(n int, now time.Time) error {
	if n < 1 {
		return fmt.Errorf("%w: %d", ErrUnknownCounter, n)
	}
	if !t.Queued() {
		return stateErr(*t, "call")
	}
	if t.State == Transferred && t.ToCounter != 0 && t.ToCounter != n {
		return fmt.Errorf("%w: %s was sent to counter %d", ErrNotYours, t.Number, t.ToCounter)
	}
	now = now.UTC()
	t.State, t.Counter, t.ToCounter, t.AwayAt = Called, n, 0, time.Time{}
	t.Calls++
	t.CalledAt = now
	if t.FirstCalledAt.IsZero() {
		t.FirstCalledAt = now
	}
	return nil
}

func (t *Ticket) mine(n int, action string, states ...State) error {
	for _, s := range states {
		if t.State == s {
			if t.Counter != n {
				return fmt.Errorf("%w: %s is at counter %d", ErrNotYours, t.Number, t.Counter)
			}
			return nil
		}
	}
	return stateErr(*t, action)
}

// Recall announces a called ticket again (重呼, Q5).
func (t *Ticket) Recall(n int, now time.Time) error {
	if err := t.mine(n, "recall", Called); err != nil {
		return err
	}
	t.Calls++
	t.CalledAt = now.UTC()
	return nil
}

// Start marks the customer arrived at the counter: the walk ends, service begins.
func (t *Ticket) Start(n int, now time.Time) error {
	if err := t.mine(n, "start", Called); err != nil {
		return err
	}
	t.State, t.StartedAt = Serving, now.UTC()
	return nil
}

// Finish ends the service (Q5). A called ticket can be finished directly, as
// a caller keypad's "next" button does.
func (t *Ticket) Finish(n int, now time.Time) error {
	if err := t.mine(n, "finish", Called, Serving); err != nil {
		return err
	}
	t.State, t.EndedAt = Finished, now.UTC()
	return nil
}

// MarkNoShow records that the called customer did not come (过号, Q5).
func (t *Ticket) MarkNoShow(n int, now time.Time) error {
	if err := t.mine(n, "no-show", Called); err != nil {
		return err
	}
	t.State, t.EndedAt = NoShow, now.UTC()
	return nil
}

// Transfer sends a ticket being handled at counter n to another service type
// and/or to one specific counter (Q5). It waits again, ahead of new arrivals
// (its arrival time is kept), and only the target counter is offered it.
// Its printed number stays the one the customer holds. Service already given
// is kept in ServedBefore; StartedAt starts afresh at the next counter.
func (t *Ticket) Transfer(cfg Config, n int, toType string, toCounter int, now time.Time) error {
	if err := t.mine(n, "transfer", Called, Serving); err != nil {
		return err
	}
	if toType == "" {
		toType = t.Type
	}
	if _, err := cfg.Type(toType); err != nil {
		return err
	}
	if toCounter != 0 {
		k, err := cfg.Counter(toCounter)
		if err != nil {
			return err
		}
		if !k.Serves(toType) {
			return fmt.Errorf("%w: counter %d does not serve %s", ErrNotServed, toCounter, toType)
		}
	}
	if toType == t.Type && (toCounter == 0 || toCounter == n) {
		return ErrSameTarget
	}
	now = now.UTC()
	if t.State == Serving && now.After(t.StartedAt) {
		t.ServedBefore += now.Sub(t.StartedAt)
	}
	t.State, t.Type, t.ToCounter, t.Counter = Transferred, toType, toCounter, 0
	t.StartedAt = time.Time{}
	return nil
}

// StepAway records that a waiting customer left for a moment (暂离, Q10): the
// ticket keeps its place but is skipped when counters call.
func (t *Ticket) StepAway(now time.Time) error {
	if !t.Queued() || !t.AwayAt.IsZero() {
		return stateErr(*t, "step away")
	}
	t.AwayAt = now.UTC()
	return nil
}

// ComeBack ends a step-away. Within the hold the ticket keeps its place;
// after it, the ticket goes to the back of its queue (Q10).
func (t *Ticket) ComeBack(cfg Config, now time.Time) error {
	if !t.Away() {
		return stateErr(*t, "come back")
	}
	if now.Sub(t.AwayAt) > cfg.AwayHold {
		t.QueuedAt = now.UTC()
	}
	t.AwayAt = time.Time{}
	return nil
}

// Close ends an open ticket with a reason, as at the end of the day (Q11).
func (t *Ticket) Close(reason string, now time.Time) error {
	if reason == "" {
		return ErrReason
	}
	if !t.Open() {
		return stateErr(*t, "close")
	}
	t.State, t.Reason, t.EndedAt, t.AwayAt = Cancelled, reason, now.UTC(), time.Time{}
	return nil
}

// Times are the measures Q11 keeps for every ticket; a zero means the
// ticket never reached that step.
type Times struct {
	Wait, Walk, Service, Total time.Duration
}

// Measure returns the ticket's times: wait (issue→first call), walk (last
// call→start), service (start→end, plus ServedBefore at earlier counters
// after a transfer) and total (issue→end). A ticket finished straight from
// called, without a start (a caller keypad), has no walk: call→end counts
// as service. A transferred ticket's second wait is only in the total.
func (t Ticket) Measure() Times {
	m := Times{Service: t.ServedBefore}
	if !t.FirstCalledAt.IsZero() {
		m.Wait = t.FirstCalledAt.Sub(t.IssuedAt)
	}
	switch {
	case !t.StartedAt.IsZero():
		m.Walk = t.StartedAt.Sub(t.CalledAt)
		if !t.EndedAt.IsZero() {
			m.Service += t.EndedAt.Sub(t.StartedAt)
		}
	case t.State == Finished && !t.CalledAt.IsZero():
		m.Service += t.EndedAt.Sub(t.CalledAt)
	}
	if !t.EndedAt.IsZero() {
		m.Total = t.EndedAt.Sub(t.IssuedAt)
	}
	return m
}
