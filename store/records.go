package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// getTicket reads one ticket by id.
func getTicket(tx *bolt.Tx, id uint64) (t queue.Ticket, ok bool, err error) {
	ok, err = getJSON(tx.Bucket(bucketTickets), u64(id), &t)
	return t, ok, err
}

// ticketsOfDay reads a day's tickets in id (issue) order, by walking the
// day's prefix of the index.
func ticketsOfDay(tx *bolt.Tx, day string) ([]queue.Ticket, error) {
	prefix := dayKey(day, nil)
	c := tx.Bucket(bucketByDay).Cursor()
	var out []queue.Ticket
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		id, ok := readU64(k[len(prefix):])
		if !ok {
			return nil, notDatabase(fmt.Sprintf("damaged index key %x", k))
		}
		t, err := mustTicket(tx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// openTickets reads the open tickets of every day.
func openTickets(tx *bolt.Tx) ([]queue.Ticket, error) {
	var out []queue.Ticket
	err := tx.Bucket(bucketOpen).ForEach(func(k, _ []byte) error {
		id, ok := readU64(k)
		if !ok {
			return notDatabase(fmt.Sprintf("damaged open key %x", k))
		}
		t, err := mustTicket(tx, id)
		out = append(out, t)
		return err
	})
	return out, err
}

// mustTicket reads a ticket an index points at; a dangling index is damage.
func mustTicket(tx *bolt.Tx, id uint64) (queue.Ticket, error) {
	t, ok, err := getTicket(tx, id)
	if err == nil && !ok {
		err = notDatabase(fmt.Sprintf("index names missing ticket %d", id))
	}
	return t, err
}

// todays reads one of today's tickets by id; queue.ErrNotFound for an
// unknown id or another day's ticket.
func (w *wtx) todays(id uint64) (queue.Ticket, error) {
	t, ok, err := getTicket(w.tx, id)
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
	open, err := openTickets(w.tx)
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
	id, err := w.tx.Bucket(bucketTickets).NextSequence()
	if err != nil {
		return err
	}
	t.ID = id
	if err := w.tx.Bucket(bucketByDay).Put(dayKey(t.Day, u64(id)), nil); err != nil {
		return err
	}
	return w.put(*t)
}

// put stores a changed ticket and keeps the open index in step with it.
func (w *wtx) put(t queue.Ticket) error {
	if err := putJSON(w.tx.Bucket(bucketTickets), u64(t.ID), t); err != nil {
		return err
	}
	if t.Open() {
		return w.tx.Bucket(bucketOpen).Put(u64(t.ID), nil)
	}
	return w.tx.Bucket(bucketOpen).Delete(u64(t.ID))
}

// saved stores a changed ticket and logs what happened to it at counter
// (0: at none). A call or recall is also kept in calls under the event's id,
// for the display.
func (w *wtx) saved(kind string, counter int, t queue.Ticket, detail string) error {
	if err := w.put(t); err != nil {
		return err
	}
	id, err := w.log(Event{Kind: kind, Ticket: t.ID, Number: t.Number, Counter: counter, Detail: detail})
	if err != nil || (kind != KindCall && kind != KindRecall) {
		return err
	}
	c := Call{Number: t.Number, Type: t.Type, Counter: counter, At: w.now, Recall: kind == KindRecall}
	return putJSON(w.tx.Bucket(bucketCalls), u64(id), c)
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
