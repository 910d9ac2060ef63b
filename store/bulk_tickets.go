package store

import (
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// TicketLife is a ticket of a day gone by with the events its life logged,
// for BulkTickets.
type TicketLife struct {
	Ticket queue.Ticket // closed, as its day left it; ID 0, the store numbers it
	// Events are what the live operations logged of it, oldest first, its
	// take the first: Kind, At, Counter, Who and Detail as Take, CallNext,
	// Recall, Start, Finish, NoShow, ReturnNoShow, Transfer, StepAway,
	// ComeBack and CloseDay write them. ID, Ticket and Number are the
	// store's to fill in.
	Events []Event
}

// ticketKinds are the kinds of event a ticket's life logs.
var ticketKinds = []string{
	KindTake, KindCall, KindRecall, KindStart, KindFinish, KindNoShow,
	KindReturn, KindTransfer, KindAway, KindBack, KindClose,
}

// BulkTickets stores the queue's history of days gone by in one
// transaction, as the live operations would have left it: for the demo
// generator, imports and benchmarks, not for the desk. Each ticket gets
// the next id, in the order given, and its day's index key; each event the
// next event id, in the order of their times over all the tickets given,
// and each call or recall its announcement in calls, as the display keeps
// them. The day's numbering in seq moves up to the tickets' numbers, so
// that Take goes on after them.
//
// The event log's ids must follow its times (the period readers
// binary-search it), so history is loaded oldest first, a day's tickets in
// one call (in issue order), and before the station's own operations: an
// event older than the last one stored is refused, as is a number not
// above the last its day issued of its line, a ticket still open, or one
// whose events do not tell its life. Then nothing is stored. Every key
// it writes goes at the end of its bucket, so that unlike BulkOrders a
// load of many batches leaves hardly any free pages behind.
func (s *Store) BulkTickets(lives []TicketLife) error {
	if len(lives) == 0 {
		return nil
	}
	lines := make([]string, len(lives)) // the line each was issued in
	for i, l := range lives {
		code, err := checkLife(s.opts.Queue, l)
		if err != nil {
			return err
		}
		if i > 0 && l.Ticket.IssuedAt.Before(lives[i-1].Ticket.IssuedAt) {
			return fmt.Errorf("store: bulk ticket %s of %s is given after a later one", l.Ticket.Number, l.Ticket.Day)
		}
		lines[i] = code
	}
	log := byTime(lives)
	return s.commit("", func(w *wtx) error {
		last, err := lastEventAt(w.tx)
		if err != nil {
			return err
		}
		if log[0].At.Before(last) {
			return fmt.Errorf("store: bulk tickets from %v are older than the last event stored (%v): load history oldest first, before the station's own use",
				log[0].At, last)
		}
		ids, err := putTickets(w.tx, lives, lines)
		if err != nil {
			return err
		}
		return putLog(w.tx, lives, lines, ids, log)
	})
}

// checkLife refuses a ticket that is no history, or whose events do not
// tell its life, and returns the line its number belongs to (its type when
// issued).
func checkLife(cfg queue.Config, l TicketLife) (string, error) {
	t := l.Ticket
	code := strings.TrimRight(t.Number, "0123456789")
	switch {
	case t.ID != 0:
		return "", fmt.Errorf("store: bulk ticket %s has id %d: the store numbers them", t.Number, t.ID)
	case t.Open():
		return "", fmt.Errorf("store: bulk ticket %s of %s is %s: only closed tickets are history", t.Number, t.Day, t.State)
	case t.Day != cfg.Day(t.IssuedAt) || code == "" || queue.Format(code, t.Seq) != t.Number:
		return "", fmt.Errorf("store: bulk ticket %s (seq %d) of %s, issued %v, is not a number of its day",
			t.Number, t.Seq, t.Day, t.IssuedAt)
	case len(l.Events) == 0 || l.Events[0].Kind != KindTake || !l.Events[0].At.Equal(t.IssuedAt):
		return "", fmt.Errorf("store: bulk ticket %s of %s: its events must begin with its take", t.Number, t.Day)
	}
	line := code
	for i, e := range l.Events {
		if !slices.Contains(ticketKinds, e.Kind) || i > 0 && e.At.Before(l.Events[i-1].At) {
			return "", fmt.Errorf("store: bulk ticket %s of %s: event %d (%s at %v) is not a ticket's or out of order",
				t.Number, t.Day, i, e.Kind, e.At)
		}
		if e.Kind == KindTransfer {
			line = transferredTo(e.Detail)
		}
	}
	if line != t.Type {
		return "", fmt.Errorf("store: bulk ticket %s of %s is of type %s, its transfers say %q", t.Number, t.Day, t.Type, line)
	}
	return code, nil
}

// transferredTo reads the type back from a transfer's detail, "to type X"
// or "to type X, counter N", as Transfer writes it.
func transferredTo(detail string) string {
	to, _ := strings.CutPrefix(detail, "to type ")
	to, _, _ = strings.Cut(to, ",")
	return to
}

// logged is an event of the i-th ticket of a bulk load.
type logged struct {
	Event
	i int
}

// byTime is the events of all the lives in the order the store logs them:
// by time, and of the same time in the order given.
func byTime(lives []TicketLife) []logged {
	var out []logged
	for i, l := range lives {
		for _, e := range l.Events {
			e.At = e.At.UTC()
			out = append(out, logged{e, i})
		}
	}
	slices.SortStableFunc(out, func(a, b logged) int { return a.At.Compare(b.At) })
	return out
}

// lastEventAt is the time of the newest event stored; zero when none is.
func lastEventAt(tx *bolt.Tx) (time.Time, error) {
	k, v, err := tab(tx, bucketEvents).cursor().last()
	if err != nil || k == nil {
		return time.Time{}, err
	}
	var e Event
	err = decodeValue(bucketEvents, k, v, &e)
	return e.At, err
}

// putTickets stores the tickets, each under the next id with its day's
// index key, moves each day's numbering of each line up to them, and
// returns their ids.
func putTickets(tx *bolt.Tx, lives []TicketLife, lines []string) ([]uint64, error) {
	tickets, byDay, seq := tab(tx, bucketTickets), tab(tx, bucketByDay), tab(tx, bucketSeq)
	// All three only grow at their end, as days go by.
	tickets.fill(appendFill)
	byDay.fill(appendFill)
	seq.fill(appendFill)
	last := map[string]uint64{} // day 0x00 line → the last number issued
	ids := make([]uint64, len(lives))
	for i, l := range lives {
		t := l.Ticket
		key := string(dayKey(t.Day, []byte(lines[i])))
		n, seen := last[key]
		if !seen {
			var err error
			if n, err = seq.getU64([]byte(key)); err != nil {
				return nil, err
			}
		}
		if uint64(t.Seq) <= n {
			return nil, fmt.Errorf("store: bulk ticket %s of %s: its day has issued %s%03d already", t.Number, t.Day, lines[i], n)
		}
		last[key] = uint64(t.Seq)
		id, err := tickets.nextSequence()
		if err != nil {
			return nil, err
		}
		t.ID, ids[i] = id, id
		if err := byDay.put(dayKey(t.Day, u64(id)), nil); err != nil {
			return nil, err
		}
		if err := tickets.putJSON(u64(id), t); err != nil {
			return nil, err
		}
	}
	for key, n := range last {
		if err := seq.put([]byte(key), u64(n)); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// putLog appends the events in the order given, each with its ticket's id
// and number, and keeps the announcement of each call and recall in calls
// under its event's id, of the type the ticket had then.
func putLog(tx *bolt.Tx, lives []TicketLife, lines []string, ids []uint64, log []logged) error {
	events, calls := tab(tx, bucketEvents), tab(tx, bucketCalls)
	events.fill(appendFill)
	calls.fill(appendFill)
	types := slices.Clone(lines) // each ticket's type as its events go by
	for _, e := range log {
		t := lives[e.i].Ticket
		id, err := events.nextSequence()
		if err != nil {
			return err
		}
		e.ID, e.Ticket, e.Number = id, ids[e.i], t.Number
		if err := events.putJSON(u64(id), e.Event); err != nil {
			return err
		}
		switch e.Kind {
		case KindTransfer:
			types[e.i] = transferredTo(e.Detail)
		case KindCall, KindRecall:
			c := Call{Number: t.Number, Type: types[e.i], Counter: e.Counter, At: e.At, Recall: e.Kind == KindRecall}
			if err := calls.putJSON(u64(id), c); err != nil {
				return err
			}
		}
	}
	return nil
}
