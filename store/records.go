package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// reader reads tickets within one transaction, through the process's cache
// of decoded tickets.
type reader struct {
	tx    *bolt.Tx
	cache *ticketCache
}

// ticket reads one ticket by id.
func (r reader) ticket(id uint64) (queue.Ticket, bool, error) {
	key := u64(id)
	value, err := tab(r.tx, bucketTickets).get(key)
	if err != nil || value == nil {
		return queue.Ticket{}, false, err
	}
	t, err := r.cache.decode(bucketTickets, key, value)
	return t, err == nil, err
}

// ticketsOfDay reads a day's tickets in id (issue) order.
func (r reader) ticketsOfDay(day string) ([]queue.Ticket, error) {
	return r.indexed(bucketByDay, dayKey(day, nil), dayEnd(day))
}

// openTickets reads the open tickets of every day.
func (r reader) openTickets() ([]queue.Ticket, error) {
	return r.indexed(bucketOpen, nil, nil)
}

// openBefore reads the tickets left open on days before day: the first keys
// of the open index, so today's open tickets are not even decoded.
func (r reader) openBefore(day string) ([]queue.Ticket, error) {
	return r.indexed(bucketOpen, nil, dayKey(day, nil))
}

// indexed reads the tickets named by the keys "day 0x00 id" of an index
// from key lo up to, not including, hi (nil: no bound), in key order.
func (r reader) indexed(index, lo, hi []byte) ([]queue.Ticket, error) {
	c := tab(r.tx, index).cursor()
	k, _, err := c.seek(lo) // nil seeks to the first key
	var out []queue.Ticket
	for ; err != nil || k != nil && (hi == nil || bytes.Compare(k, hi) < 0); k, _, err = c.next() {
		if err != nil {
			return nil, err
		}
		id, ok := indexID(k)
		t, found, err := r.ticket(id)
		switch {
		case err != nil:
			return nil, err
		case !ok || !found:
			return nil, damaged(index, k, "names no ticket")
		}
		out = append(out, t)
	}
	return out, nil
}

// todays reads one of today's tickets by id; queue.ErrNotFound for an
// unknown id or another day's ticket.
func (w *wtx) todays(id uint64) (queue.Ticket, error) {
	t, ok, err := w.ticket(id)
	if err != nil {
		return t, err
	}
	if !ok || t.Day != w.day {
		return t, fmt.Errorf("%w: id %d", queue.ErrNotFound, id)
	}
	return t, nil
}

// current finds counter n's current ticket: the open ticket called to or
// being served at it. ok is false when it has none.
func (w *wtx) current(n int) (t queue.Ticket, ok bool, err error) {
	if _, err := w.cfg.Counter(n); err != nil {
		return t, false, err
	}
	open, err := w.openTickets()
	if err != nil {
		return t, false, err
	}
	for _, t := range open {
		if t.Current(n) {
			return t, true, nil
		}
	}
	return t, false, nil
}

// insert stores a new ticket: its id, the record and the day index.
func (w *wtx) insert(t *queue.Ticket) error {
	id, err := tab(w.tx, bucketTickets).nextSequence()
	if err != nil {
		return err
	}
	t.ID = id
	if err := tab(w.tx, bucketByDay).put(dayKey(t.Day, u64(id)), nil); err != nil {
		return err
	}
	return w.put(*t)
}

// put stores a changed ticket and keeps the open index in step with it.
func (w *wtx) put(t queue.Ticket) error {
	if err := tab(w.tx, bucketTickets).putJSON(u64(t.ID), t); err != nil {
		return err
	}
	key, open := dayKey(t.Day, u64(t.ID)), tab(w.tx, bucketOpen)
	if t.Open() {
		return open.put(key, nil)
	}
	return open.delete(key)
}

// saved stores a changed ticket and logs what happened to it at counter
// (0: at none). A call or recall is also kept in calls under the event's id,
// for the display.
func (w *wtx) saved(kind string, counter int, t queue.Ticket, detail string) error {
	if err := w.put(t); err != nil {
		return err
	}
	if !t.Queued() { // a phone left for the turn message is kept only while the ticket waits
		if err := tab(w.tx, bucketTicketPhones).delete(u64(t.ID)); err != nil {
			return err
		}
	}
	id, err := w.log(Event{Kind: kind, Ticket: t.ID, Number: t.Number, Counter: counter, Detail: detail})
	if err != nil {
		return err
	}
	switch kind {
	case KindFinish:
		return w.ratingDue(counter, t) // the counter's rating pad asks (C1)
	case KindCall:
		if err := w.turnMessages(t); err != nil { // the turn coming up of those behind (C4)
			return err
		}
	case KindRecall:
	default:
		return nil
	}
	c := Call{Number: t.Number, Type: t.Type, Counter: counter, At: w.now, Recall: kind == KindRecall}
	return tab(w.tx, bucketCalls).putJSON(u64(id), c)
}

// closeTickets closes the given tickets with the reason (Q11) and returns
// how many it closed.
func (w *wtx) closeTickets(ts []queue.Ticket, reason string) (int, error) {
	closed, err := queue.CloseDay(w.cfg, ts, reason, w.now)
	if err != nil {
		return 0, err
	}
	for _, t := range closed {
		if err := w.saved(KindClose, t.Counter, t, reason); err != nil {
			return 0, err
		}
	}
	return len(closed), nil
}
