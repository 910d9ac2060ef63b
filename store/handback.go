package store

import (
	"fmt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// HandBack ends an intake with the device handed back to the customer
// unaccepted, in one transaction: the ticket, which must be the counter's
// current ticket, is finished (KindFinish, as the desk's Finish); the
// counter's draft is dropped; and KindHandBack is logged on the ticket with
// the reason as its Detail and the engineer's note, which is the station's
// record of the refusal (the report counts them by reason). No order is
// opened and no number is issued. h is checked (repair.HandBack.Check) and
// stored cleaned; on any error nothing at all is saved.
func (s *Store) HandBack(who string, counter int, ticketID uint64, h repair.HandBack) (queue.Ticket, error) {
	var t queue.Ticket
	err := s.update(who, func(w *wtx) (err error) {
		t, err = w.handBack(counter, ticketID, h)
		return err
	})
	return t, err
}

func (w *wtx) handBack(counter int, ticketID uint64, h repair.HandBack) (queue.Ticket, error) {
	if _, err := w.cfg.Counter(counter); err != nil {
		return queue.Ticket{}, err
	}
	h, err := h.Check()
	if err != nil {
		return queue.Ticket{}, err
	}
	if ticketID == 0 {
		return queue.Ticket{}, fmt.Errorf("%w: counter %d", queue.ErrNoCurrent, counter)
	}
	t, err := w.finishFor(counter, ticketID)
	if err != nil {
		return t, err
	}
	if err := tab(w.tx, bucketDrafts).delete(u64(uint64(counter))); err != nil {
		return t, err
	}
	_, err = w.log(Event{Kind: KindHandBack, Ticket: t.ID, Number: t.Number, Counter: counter, Detail: string(h.Reason), Note: h.Note})
	return t, err
}
