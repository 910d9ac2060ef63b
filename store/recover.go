package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// A restore takes out of the live station what was recorded after its
// backup (RestoreLoss) and keeps it in the copy it writes beside the
// database ("<db>.before-restore-…"). The repair orders among it — a
// customer's device record — are brought back from that copy, or from any
// other copy of this station, by RecoverOrders: an order the live database
// does not have is added with its number and claim code (a restore goes on
// numbering after the higher of the two files, so neither is taken), and
// an order whose copy goes further — more steps, the live one unchanged
// since — takes the copy's steps. An order changed on both sides is left as
// the live database has it, and named.

// Recovered is what RecoverOrders found in a copy, by order and ticket
// number.
type Recovered struct {
	Copy    BackupInfo `json:"copy"`
	Added   []string   `json:"added"`   // orders only the copy has
	Updated []string   `json:"updated"` // orders the copy has further along
	Kept    []string   `json:"kept"`    // changed on both sides: the live one kept
	Tickets []string   `json:"tickets"` // tickets only the copy has (recover_tickets.go)
	// TicketsLeft are those of them at a counter that has another customer
	// now: they stay in the copy.
	TicketsLeft []string `json:"tickets_left"`
}

// Empty says the copy has nothing the live database lacks.
func (r Recovered) Empty() bool {
	return len(r.Added)+len(r.Updated)+len(r.Kept)+len(r.Tickets)+len(r.TicketsLeft) == 0
}

// recoverBatch is how many orders of the copy are compared with the live
// database in one read of it: a read held for a whole copy of a busy
// station would keep the file from growing under the desks' saves.
const recoverBatch = 500

// RecoverOrders compares the repair orders of src, a copy of this
// station's database of the same schema, with the live ones, and, when
// apply, writes what it found in one transaction (as who, each added or
// updated step logged as any change of an order is). Without apply it
// only says what it would do.
func (s *Store) RecoverOrders(src, who string, apply bool) (Recovered, error) {
	var r Recovered
	var add, update []repair.Order
	var tickets []queue.Ticket
	var events []Event
	var calls map[uint64]Call
	info, err := readCopy(src, s.timeout, func(tx *bolt.Tx) (BackupInfo, error) {
		info, err := inspect(tx)
		if err != nil {
			return info, err
		}
		if info.Schema != schemaVersion {
			return info, fmt.Errorf("%w: the copy is of schema %d, this database of %d", ErrCopySchema, info.Schema, schemaVersion)
		}
		if tickets, err = s.lostTickets(tx); err != nil {
			return info, err
		}
		if events, calls, err = s.lostEvents(tx); err != nil {
			return info, err
		}
		c := tab(tx, bucketOrders).cursor()
		k, v, err := c.first()
		for k != nil || err != nil {
			var keys, vals [][]byte
			for ; err != nil || k != nil && len(keys) < recoverBatch; k, v, err = c.next() {
				if err != nil {
					return info, err
				}
				keys, vals = append(keys, k), append(vals, v)
			}
			a, u, kept, err := s.compareOrders(keys, vals)
			if err != nil {
				return info, err
			}
			add, update, r.Kept = append(add, a...), append(update, u...), append(r.Kept, kept...)
		}
		return info, nil
	})
	if err != nil {
		return r, err
	}
	r.Copy = info
	for _, o := range add {
		r.Added = append(r.Added, o.Number)
	}
	for _, o := range update {
		r.Updated = append(r.Updated, o.Number)
	}
	for i := len(tickets) - 1; i >= 0; i-- {
		r.Tickets = append(r.Tickets, tickets[i].Number)
	}
	if !apply || len(add)+len(update)+len(tickets) == 0 {
		return r, nil
	}
	return r, s.update(who, func(w *wtx) error {
		var err error
		if r.Tickets, r.TicketsLeft, err = w.putLostTickets(tickets, events, calls); err != nil {
			return err
		}
		added := map[string]bool{}
		for _, o := range add {
			added[o.Number] = true
		}
		// An added order's log comes with it; an updated one's steps are
		// logged again as they are written (putChange).
		if err := w.putLostEvents(events, calls, func(e Event) bool { return e.Ticket == 0 && added[e.Order] }); err != nil {
			return err
		}
		ids := tab(w.tx, bucketOrders)
		for _, o := range add {
			if err := ids.raiseSequence(o.ID); err != nil {
				return err
			}
			if err := w.putOrder(o); err != nil {
				return err
			}
		}
		for _, o := range update {
			var live repair.Order
			if _, err := ids.getJSON(u64(o.ID), &live); err != nil {
				return err
			}
			if !goesFurther(live, o) { // changed since it was compared
				return fmt.Errorf("%w: %s", ErrOrderConflict, o.Number)
			}
			if err := w.putChange(0, live, o, len(live.History)); err != nil {
				return err
			}
		}
		return nil
	})
}

// ErrCopySchema is a copy to recover from that is not of this database's
// schema: open it once with this frontdesk (check migrates nothing; a
// restore of it would), or recover from a copy of the same version.
var ErrCopySchema = errors.New("the copy is of another schema version")

// compareOrders sorts one batch of the copy's orders against the live
// database: to add, to update, or changed on both sides (by number).
// Records equal to the live ones are not decoded. The copy's values come
// checked, from its cursor.
func (s *Store) compareOrders(keys, vals [][]byte) (add, update []repair.Order, kept []string, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		live := tab(tx, bucketOrders)
		for i, k := range keys {
			have, err := live.get(k)
			if err != nil {
				return err
			}
			if bytes.Equal(have, vals[i]) {
				continue
			}
			var o repair.Order
			if err := decodeValue(bucketOrders, k, vals[i], &o); err != nil {
				return err
			}
			if have == nil {
				add = append(add, o)
				continue
			}
			var l repair.Order
			if err := decodeValue(bucketOrders, k, have, &l); err != nil {
				return err
			}
			switch {
			case goesFurther(l, o):
				update = append(update, o)
			case !goesFurther(o, l) && !slices.Equal(historyOf(o), historyOf(l)):
				kept = append(kept, o.Number)
			}
		}
		return nil
	})
	return add, update, kept, err
}

// goesFurther reports whether b is a, steps added: the same order whose
// history holds all of a's and more.
func goesFurther(a, b repair.Order) bool {
	sa, sb := historyOf(a), historyOf(b)
	return a.ID == b.ID && a.Number == b.Number && len(sb) > len(sa) && slices.Equal(sa, sb[:len(sa)])
}

// historyOf is an order's history steps, each as its JSON, to compare.
func historyOf(o repair.Order) []string {
	out := make([]string, len(o.History))
	for i, st := range o.History {
		b, _ := json.Marshal(st)
		out[i] = string(b)
	}
	return out
}
