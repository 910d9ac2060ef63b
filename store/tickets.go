package store

import (
	"errors"
	"fmt"

	"frontdesk/queue"
)

// Take issues the day's next number of a service type (Q1, Q2) and returns
// the ticket with the estimate printed on it: how many are ahead of it, read
// in the same transaction before the ticket itself joined the queue.
func (s *Store) Take(code string, priority bool, who string) (queue.Ticket, queue.Estimate, error) {
	var est queue.Estimate
	t, err := s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		if _, err := w.cfg.Type(code); err != nil {
			return queue.Ticket{}, err
		}
		today, err := w.ticketsOfDay(w.day)
		if err != nil {
			return queue.Ticket{}, err
		}
		paused, err := s.paused(w.tx)
		if err != nil {
			return queue.Ticket{}, err
		}
		est = queue.EstimateFor(w.cfg, code, today, paused, w.now)
		seq, err := w.nextNumber(code)
		if err != nil {
			return queue.Ticket{}, err
		}
		t, err := queue.NewTicket(w.cfg, code, seq, priority, w.now)
		if err != nil {
			return t, err
		}
		if err := w.insert(&t); err != nil {
			return t, err
		}
		detail := ""
		if priority {
			detail = "priority"
		}
		return t, w.saved(KindTake, 0, t, detail)
	})
	if err != nil {
		return queue.Ticket{}, queue.Estimate{}, err
	}
	return t, est, nil
}

// nextNumber advances the day's numbering of a service type. Each day has its
// own key, so numbering restarts by itself (Q2, Q11).
func (w *wtx) nextNumber(code string) (int, error) {
	seq := tab(w.tx, bucketSeq)
	key := dayKey(w.day, []byte(code))
	last, err := seq.getU64(key)
	if err != nil {
		return 0, err
	}
	return int(last + 1), seq.put(key, u64(last+1))
}

// CallNext calls the ticket counter n should serve next (Q3, Q9). A counter
// that already has a customer gets queue.ErrBusy, a paused one
// queue.ErrPaused, and queue.ErrNoneWaiting when nobody waits for it: the
// rules of queue.Next.
func (s *Store) CallNext(counter int, who string) (queue.Ticket, error) {
	return s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		return w.callNext(counter)
	})
}

// FinishAndCallNext is a caller keypad's "next" button: it finishes the
// counter's current ticket, if any, and calls the next one, in one
// transaction. When nobody waits (or the counter is paused) the finish is
// still committed and queue.ErrNoneWaiting (queue.ErrPaused) returned.
func (s *Store) FinishAndCallNext(counter int, who string) (queue.Ticket, error) {
	return s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		cur, busy, err := w.current(counter)
		if err != nil {
			return queue.Ticket{}, err
		}
		if busy {
			if err := cur.Finish(counter, w.now); err != nil {
				return queue.Ticket{}, err
			}
			if err := w.saved(KindFinish, counter, cur, ""); err != nil {
				return queue.Ticket{}, err
			}
		}
		t, err := w.callNext(counter)
		if busy && (errors.Is(err, queue.ErrNoneWaiting) || errors.Is(err, queue.ErrPaused)) {
			w.after = err
			return queue.Ticket{}, nil
		}
		return t, err
	})
}

// idle refuses to call a chosen ticket at a counter that still has a
// customer, as queue.Next does for the next one.
func (w *wtx) idle(counter int) error {
	cur, busy, err := w.current(counter)
	if err == nil && busy {
		err = fmt.Errorf("%w: %s", queue.ErrBusy, cur.Number)
	}
	return err
}

// callNext asks the rules which ticket counter n gets and calls it.
func (w *wtx) callNext(counter int) (queue.Ticket, error) {
	c, err := counterState(w.tx, counter)
	if err != nil {
		return queue.Ticket{}, err
	}
	today, err := w.ticketsOfDay(w.day)
	if err != nil {
		return queue.Ticket{}, err
	}
	t, err := queue.Next(w.cfg, counter, c.Paused, today, w.now)
	if err != nil {
		return queue.Ticket{}, err
	}
	return t, w.call(counter, &t, "")
}

// call announces t at counter n and records it.
func (w *wtx) call(counter int, t *queue.Ticket, detail string) error {
	if err := t.Call(counter, w.now); err != nil {
		return err
	}
	return w.saved(KindCall, counter, *t, detail)
}

// CallTicket calls one specific ticket of today out of order (Q9), as long
// as the counter is free, open and serves the ticket's type: what
// queue.Ticket.Call leaves to its caller, and queue.Next checks for the next.
func (s *Store) CallTicket(counter int, id uint64, who string) (queue.Ticket, error) {
	return s.callChosen(counter, id, who, false)
}

// CallOutOfType calls a ticket that no open counter can call (its type's
// counters are closed or paused, or it was sent to one of them:
// queue.Stranded) at a counter that does not serve its type, rather than
// leave the customer waiting for nobody. The event says "out of type". A
// ticket the counter may call anyway is called as CallTicket calls it; one
// an open counter can call is queue.ErrServedElsewhere.
func (s *Store) CallOutOfType(counter int, id uint64, who string) (queue.Ticket, error) {
	return s.callChosen(counter, id, who, true)
}

// callChosen is CallTicket, and CallOutOfType when outOfType.
func (s *Store) callChosen(counter int, id uint64, who string, outOfType bool) (queue.Ticket, error) {
	return s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		if err := w.idle(counter); err != nil {
			return queue.Ticket{}, err
		}
		c, err := counterState(w.tx, counter)
		if err != nil {
			return queue.Ticket{}, err
		}
		if c.Paused {
			return queue.Ticket{}, fmt.Errorf("%w: counter %d", queue.ErrPaused, counter)
		}
		t, err := w.todays(id)
		if err != nil {
			return t, err
		}
		k, _ := w.cfg.Counter(counter)
		switch {
		case k.Serves(t.Type) && (!outOfType || queue.CanCall(k, t)):
			return t, w.call(counter, &t, "")
		case !outOfType:
			// As queue.Ticket.Transfer says it.
			return t, fmt.Errorf("%w: counter %d does not serve %s", queue.ErrNotServed, counter, t.Type)
		}
		open, err := w.openCounters()
		if err != nil {
			return t, err
		}
		if !queue.Stranded(w.cfg, open, t) {
			return t, fmt.Errorf("%w: %s", queue.ErrServedElsewhere, t.Number)
		}
		t.ToCounter = 0 // sent to a counter that is not open
		return t, w.call(counter, &t, DetailOutOfType)
	})
}

// DetailOutOfType is the detail of a call made by CallOutOfType.
const DetailOutOfType = "out of type"

// openCounters lists the counters open now: a desk has them, not paused.
func (w *wtx) openCounters() ([]int, error) {
	cs := make([]CounterState, 0, len(w.cfg.Counters))
	for _, k := range w.cfg.Counters {
		c, err := counterState(w.tx, k.Number)
		if err != nil {
			return nil, err
		}
		cs = append(cs, c)
	}
	return openOf(cs), nil
}
