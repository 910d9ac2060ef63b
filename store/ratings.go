package store

// The customers' ratings of their services (C1) and the supervisor's
// follow-ups of the low ones (O5's complaint path): buckets of schema 11.
//
// A service is known by a key: "T" and a ticket's id for a ticket served
// at a counter, "O" and an order's id for an order picked up from the
// board with no ticket at the counter, "V" and an order's id for the
// return visit of a repair. ratings_by_service holds one rating per key,
// so the pad and the kiosk cannot both rate one ticket. A finish (or a
// pickup from the board) puts what the counter's pad asks about in
// rating_due, under the counter, where the next one replaces it; the pad
// asks while care.Due.Asking says so. The operations are in
// ratings_ops.go, the period reader in ratings_period.go.

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/repair"
)

var (
	bucketRatings       = []byte("ratings")            // id → care.Rating
	bucketRatingsBy     = []byte("ratings_by_service") // the service rated ("T" ticket id, "O" order id…) → rating id
	bucketRatingDue     = []byte("rating_due")         // counter → care.Due: the service a counter's pad asks about
	bucketFollowUps     = []byte("followups")          // id → care.FollowUp
	bucketFollowUpsOpen = []byte("followups_open")     // id → (empty): the supervisor's list on the board
)

// ticketKey, orderKey and visitKey are the keys of the services of C1.
func ticketKey(id uint64) string { return "T" + strconv.FormatUint(id, 10) }
func orderKey(id uint64) string  { return "O" + strconv.FormatUint(id, 10) }
func visitKey(id uint64) string  { return "V" + strconv.FormatUint(id, 10) }

// ticketOfKey is the ticket id of a "T" key.
func ticketOfKey(key string) (uint64, bool) {
	rest, ok := strings.CutPrefix(key, "T")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseUint(rest, 10, 64)
	return id, err == nil
}

// counterKey is a counter's key in rating_due.
func counterKey(counter int) []byte { return u64(uint64(counter)) }

// ratingDue is called when counter finished t: the counter's rating pad
// asks about it. The service names the order taken in or picked up for
// t at that counter so far (one taken in by this very transaction is
// logged after the finish: completeDue finds it).
func (w *wtx) ratingDue(counter int, t queue.Ticket) error {
	if counter <= 0 {
		return nil
	}
	engineer, err := engineerAt(w.tx, counter, w.who)
	if err != nil {
		return err
	}
	s, err := servedAt(w.tx, counter, t.ID, since(t), w.now)
	if err != nil {
		return err
	}
	return putDue(w.tx, care.Due{Service: care.Service{
		Key: ticketKey(t.ID), Ticket: t.Number, Day: t.Day, Type: t.Type, Order: s.order,
		Counter: counter, Engineer: engineer, At: w.now,
	}})
}

// ratingDueForOrder is called with every change of an order at counter
// (its steps from before on new): a pickup asks the pad too, and a
// return visit that reached the customer is a rating of its own.
func (w *wtx) ratingDueForOrder(counter int, o, changed repair.Order, before int) error {
	for _, st := range changed.History[before:] {
		var err error
		switch {
		case st.Kind == repair.StepState && st.To == repair.StatePickedUp:
			err = w.pickupDue(counter, changed)
		case st.Kind == repair.StepVisit && st.Reached && o.Visit == nil:
			err = w.visitRating(changed)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// pickupDue asks counter's pad about the pickup of o, when the counter
// has no current ticket (a pickup from the board); one with a ticket is
// that ticket's service, asked about at its finish.
func (w *wtx) pickupDue(counter int, o repair.Order) error {
	if counter <= 0 {
		return nil
	}
	if _, err := w.cfg.Counter(counter); err != nil {
		return nil // a counter the queue does not know has no pad
	}
	if _, ok, err := w.current(counter); err != nil || ok {
		return err
	}
	engineer, err := engineerAt(w.tx, counter, w.who)
	if err != nil {
		return err
	}
	return putDue(w.tx, care.Due{Service: care.Service{
		Key: orderKey(o.ID), Order: o.Number, Counter: counter, Engineer: engineer, At: w.now,
	}})
}

// visitRating is the return visit's satisfaction (P5) as a rating on
// care's scale: the repair's service, under the engineer and counter that
// took the order in (the order records no other as its own). A visit's
// service rated already keeps its first rating: the visit is recorded
// all the same.
func (w *wtx) visitRating(o repair.Order) error {
	if o.Visit == nil || o.Visit.Satisfied < care.MinScore || o.Visit.Satisfied > care.MaxScore {
		return nil
	}
	key := visitKey(o.ID)
	if done, err := rated(w.tx, key); err != nil || done {
		return err
	}
	s := care.Service{Key: key, Ticket: o.Ticket, Order: o.Number, Request: o.Request,
		Counter: o.Counter, Engineer: o.Engineer, At: cmp.Or(o.Closed, w.now)}
	r, err := care.Rate(s, o.Visit.Satisfied, care.AtVisit, w.now)
	if err != nil {
		return err
	}
	_, err = w.rate(r)
	return err
}

// putDue puts d under its counter.
func putDue(tx *bolt.Tx, d care.Due) error {
	return tab(tx, bucketRatingDue).putJSON(counterKey(d.Counter), d)
}

// engineerAt is who serves at counter: its signed-in engineer, or who
// acts when nobody signed in.
func engineerAt(tx *bolt.Tx, counter int, who string) (string, error) {
	c, err := counterState(tx, counter)
	return cmp.Or(c.Engineer, who), err
}

// since is when t's service at its counter began: its latest call, or its
// start, or its end for a ticket never called.
func since(t queue.Ticket) time.Time {
	return cmp.Or(t.CalledAt, t.StartedAt, t.EndedAt)
}

// serviceEvents bounds the events servedAt reads: a service of hours at a
// busy station logs a few hundred.
const serviceEvents = 2000

// served is what the log says of a ticket's service at a counter.
type served struct {
	order      string // the last order taken in or picked up in it
	finishedBy string // who finished it
}

// servedAt reads the events of ticket's service at counter logged from
// from to to (both included). An event counts from the ticket's own call,
// start or finish at the counter on, until another ticket's event there:
// events of one instant (a test's clock) may be of the ticket before.
func servedAt(tx *bolt.Tx, counter int, ticket uint64, from, to time.Time) (served, error) {
	var out served
	c := tab(tx, bucketEvents).cursor()
	lo, err := firstAtOrAfter(c, bucketEvents, from, func(k, v []byte) (time.Time, error) {
		var e Event
		err := decodeValue(bucketEvents, k, v, &e)
		return e.At, err
	})
	if err != nil {
		return out, err
	}
	mine := false
	n := 0
	for k, v, err := c.seek(u64(lo)); err != nil || k != nil && n < serviceEvents; k, v, err = c.next() {
		var e Event
		if err := cmp.Or(err, decodeValue(bucketEvents, k, v, &e)); err != nil {
			return out, err
		}
		if e.At.After(to) {
			break
		}
		n++
		switch {
		case e.Counter != counter:
		case e.Ticket == ticket && (e.Kind == KindCall || e.Kind == KindRecall || e.Kind == KindStart || e.Kind == KindFinish):
			mine = true
			if e.Kind == KindFinish {
				out.finishedBy = e.Who
			}
		case e.Ticket != 0 && e.Ticket != ticket:
			mine = false
		case mine && e.Order != "" && (e.Kind == KindIntake || pickedUp(e)):
			out.order = e.Order
		}
	}
	return out, nil
}

// pickedUp says whether e is an order's step to picked up: its Detail is
// "state FROM TO …" (orderEvent).
func pickedUp(e Event) bool {
	f := strings.Fields(e.Detail)
	return e.Kind == KindOrder && len(f) >= 3 && f[0] == string(repair.StepState) && f[2] == string(repair.StatePickedUp)
}
