package store

import (
	"fmt"
	"strings"

	"frontdesk/queue"
)

// atCounter runs act on counter n's current ticket and records it as kind;
// act returns the event's detail. queue.ErrNoCurrent when the counter has no
// customer.
func (s *Store) atCounter(n int, who, kind string, act func(*wtx, *queue.Ticket) (string, error)) (queue.Ticket, error) {
	return s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		t, ok, err := w.current(n)
		if err != nil {
			return t, err
		}
		if !ok {
			return t, fmt.Errorf("%w: counter %d", queue.ErrNoCurrent, n)
		}
		detail, err := act(w, &t)
		if err != nil {
			return t, err
		}
		return t, w.saved(kind, n, t, detail)
	})
}

// Recall announces the counter's called ticket again (重呼, Q5).
func (s *Store) Recall(counter int, who string) (queue.Ticket, error) {
	return s.atCounter(counter, who, KindRecall, func(w *wtx, t *queue.Ticket) (string, error) {
		return "", t.Recall(counter, w.now)
	})
}

// Start records that the called customer has arrived at the counter.
func (s *Store) Start(counter int, who string) (queue.Ticket, error) {
	return s.atCounter(counter, who, KindStart, func(w *wtx, t *queue.Ticket) (string, error) {
		return "", t.Start(counter, w.now)
	})
}

// Finish ends the service of the counter's current ticket (Q5).
func (s *Store) Finish(counter int, who string) (queue.Ticket, error) {
	return s.atCounter(counter, who, KindFinish, func(w *wtx, t *queue.Ticket) (string, error) {
		return "", t.Finish(counter, w.now)
	})
}

// NoShow marks the counter's called ticket as not come (过号, Q5).
func (s *Store) NoShow(counter int, who string) (queue.Ticket, error) {
	return s.atCounter(counter, who, KindNoShow, func(w *wtx, t *queue.Ticket) (string, error) {
		return "", t.MarkNoShow(counter, w.now)
	})
}

// Transfer sends the counter's current ticket to another service type
// and/or one specific counter (Q5); "" and 0 keep the type and leave the
// counter open.
func (s *Store) Transfer(counter int, toType string, toCounter int, who string) (queue.Ticket, error) {
	return s.atCounter(counter, who, KindTransfer, func(w *wtx, t *queue.Ticket) (string, error) {
		if err := t.Transfer(w.cfg, counter, toType, toCounter, w.now); err != nil {
			return "", err
		}
		to := []string{"type " + t.Type}
		if toCounter != 0 {
			to = append(to, fmt.Sprintf("counter %d", toCounter))
		}
		return "to " + strings.Join(to, ", "), nil
	})
}

// byID runs act on one of today's tickets and records it as kind.
func (s *Store) byID(id uint64, who, kind string, act func(*wtx, *queue.Ticket) error) (queue.Ticket, error) {
	return s.ticketOp(who, func(w *wtx) (queue.Ticket, error) {
		t, err := w.todays(id)
		if err != nil {
			return t, err
		}
		if err := act(w, &t); err != nil {
			return t, err
		}
		return t, w.saved(kind, 0, t, "")
	})
}

// ReturnNoShow puts a no-show who came back into the queue near the front (Q5).
func (s *Store) ReturnNoShow(id uint64, who string) (queue.Ticket, error) {
	return s.byID(id, who, KindReturn, func(w *wtx, t *queue.Ticket) error {
		today, err := w.ticketsOfDay(w.day)
		if err != nil {
			return err
		}
		return queue.ReturnNoShow(w.cfg, t, today, w.now)
	})
}

// StepAway records that a waiting customer stepped away (暂离, Q10).
func (s *Store) StepAway(id uint64, who string) (queue.Ticket, error) {
	return s.byID(id, who, KindAway, func(w *wtx, t *queue.Ticket) error {
		return t.StepAway(w.now)
	})
}

// ComeBack ends a step-away: the place is kept within the hold (Q10).
func (s *Store) ComeBack(id uint64, who string) (queue.Ticket, error) {
	return s.byID(id, who, KindBack, func(w *wtx, t *queue.Ticket) error {
		return t.ComeBack(w.cfg, w.now)
	})
}

// CloseDay closes every open ticket, of any day, with the reason (Q11) and
// returns how many it closed. Numbering restarts by itself the next day.
func (s *Store) CloseDay(reason, who string) (int, error) {
	var n int
	err := s.commit(who, func(w *wtx) error {
		open, err := w.openTickets()
		if err != nil {
			return err
		}
		if n, err = w.closeTickets(open, reason); err == nil && n == 0 {
			err = errUnchanged
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, nil
}
