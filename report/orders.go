// The orders of a Builder: each order's history walked once for what the
// period saw of it — received, ready, late, collected, cancelled, visited,
// and its model's faults (R2).

package report

import (
	"time"

	"frontdesk/repair"
)

// AddOrders adds orders, each once however often it is given.
func (b *Builder) AddOrders(os []repair.Order) {
	for _, o := range os {
		if !b.seen[o.ID] {
			b.seen[o.ID], b.numbers[o.Number] = true, true
			b.addOrder(o)
		}
	}
}

// addOrder reduces one order to the figures it takes part in.
func (b *Builder) addOrder(o repair.Order) {
	if b.in(o.Received) {
		b.orders.Received++
		b.person(o.Engineer).Received++
		b.counter(o.Counter).Received++
		b.model(o)
	}
	state, readyAt := b.history(o)
	b.lateness(o, state, readyAt)
}

// history counts the steps of o's timeline that fall in the period, and
// returns o's state as of b.asOf and its first ready in the period.
func (b *Builder) history(o repair.Order) (state repair.State, readyAt time.Time) {
	state = repair.StateReceived
	var lastReady time.Time // the latest ready so far
	for _, st := range o.History {
		in := b.in(st.At)
		if st.Kind == repair.StepVisit && in {
			b.visit(o, st)
		}
		if st.Kind != repair.StepState {
			continue
		}
		if st.At.Before(b.asOf) {
			state = st.To
		}
		switch {
		case st.To == repair.StateReady:
			if in && readyAt.IsZero() {
				readyAt = st.At
				b.orders.Ready++
				b.person(st.Who).Ready++
				b.turn[0] = append(b.turn[0], st.At.Sub(o.Received))
			}
			lastReady = st.At
		case in:
			b.stateStep(o, st, lastReady)
		}
	}
	return state, readyAt
}

// stateStep counts a change of state in the period other than to ready:
// a pickup (with its turnaround from the latest ready), a cancellation, a
// return unrepaired, a failed inspection (ready back to repairing, G3).
func (b *Builder) stateStep(o repair.Order, st repair.Step, lastReady time.Time) {
	switch {
	case st.To == repair.StatePickedUp:
		b.orders.Collected++
		b.person(st.Who).Collected++
		if !lastReady.IsZero() {
			b.turn[1] = append(b.turn[1], st.At.Sub(lastReady))
		}
		b.turn[2] = append(b.turn[2], st.At.Sub(o.Received))
	case st.To == repair.StateCancelled:
		b.orders.Cancelled++
	case st.To == repair.StateReturned:
		b.orders.Returned++
	case st.From == repair.StateReady && st.To == repair.StateRepairing:
		b.failures = append(b.failures, Failure{Number: o.Number, At: st.At, Who: st.Who, Text: st.Text})
	}
}

// lateness counts o as open, overdue while open, or ready after its
// promise, as of b.asOf.
func (b *Builder) lateness(o repair.Order, state repair.State, readyAt time.Time) {
	open := o.Received.Before(b.asOf) && state != repair.StateReady && !state.Final()
	late := !readyAt.IsZero() && !o.Promised.IsZero() && readyAt.After(o.Promised)
	overdueOpen := open && !o.Promised.IsZero() && o.Promised.Before(b.asOf)
	if open {
		b.orders.Open++
	}
	if overdueOpen {
		b.orders.OverdueOpen++
	}
	if late {
		b.orders.LateReady++
	}
	if overdueOpen || late {
		b.orders.Overdue++
	}
}

// visit counts a return-visit step in the period: one that reached the
// customer is the order's Visit, with its satisfaction.
func (b *Builder) visit(o repair.Order, st repair.Step) {
	if !st.Reached {
		b.visits.NotReached++
		return
	}
	b.visits.Reached++
	if o.Visit != nil && o.Visit.Satisfied >= 1 && o.Visit.Satisfied <= 5 {
		b.visits.Satisfaction[o.Visit.Satisfied-1]++
	}
}

// model counts an order received in the period under its model (R2).
func (b *Builder) model(o repair.Order) {
	name := joinWords(o.Intake.Brand, o.Intake.Model)
	if name == "" {
		name = joinWords(o.Intake.Device)
	}
	m := b.models[name]
	if m == nil {
		m = &modelAcc{faults: map[string]int{}, again: map[string]int{}}
		b.models[name] = m
	}
	m.orders++
	fault := joinWords(o.Intake.Fault)
	m.faults[fault]++
	if len(o.Previous) > 0 {
		m.comebacks++
		m.again[fault]++
	}
}
