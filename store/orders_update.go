package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// ErrNoOrder is the error of an order id that names no order.
var ErrNoOrder = errors.New("store: no such order")

// ErrOrderUnchanged is returned by UpdateOrder's change when it has nothing
// to record; nothing is written.
var ErrOrderUnchanged = errors.New("store: the order is unchanged")

// UpdateOrder changes order id in one transaction: change gets the order as
// stored and the transaction's time, and returns it changed by one of
// package repair's functions (Move, SetResult, LogContact, …), which append
// the step to its timeline. The order is written back with its board head,
// and each new step is logged as a KindOrder event. When change returns an
// error nothing is written and the error is returned as it is, so the desk
// can say why (a repair.MoveError, say).
func (s *Store) UpdateOrder(who string, counter int, id uint64, change func(o repair.Order, now time.Time) (repair.Order, error)) (repair.Order, error) {
	var saved repair.Order
	err := s.update(who, func(w *wtx) error {
		var o repair.Order
		found, err := tab(w.tx, bucketOrders).getJSON(u64(id), &o)
		switch {
		case err != nil:
			return err
		case !found:
			return fmt.Errorf("%w: %d", ErrNoOrder, id)
		}
		before := len(o.History)
		changed, err := change(o, w.now)
		if err != nil {
			return err
		}
		saved = changed
		return w.putChange(counter, o, changed, before)
	})
	if err != nil {
		return repair.Order{}, err
	}
	return saved, nil
}

// putChange writes changed over o, its steps from before on logged, under
// checkChange's rules.
func (w *wtx) putChange(counter int, o, changed repair.Order, before int) error {
	if err := checkChange(o, changed, before); err != nil {
		return err
	}
	for _, st := range changed.History[before:] {
		if _, err := w.log(orderEvent(counter, changed, st)); err != nil {
			return err
		}
	}
	if err := w.putHead(changed); err != nil {
		return err
	}
	if err := w.orderMessages(changed, before); err != nil {
		return err
	}
	if err := w.ratingDueForOrder(counter, o, changed, before); err != nil {
		return err
	}
	orders := tab(w.tx, bucketOrders)
	orders.fill(appendFill)
	return orders.putJSON(u64(changed.ID), changed)
}

// checkChange keeps a change to what UpdateOrder may do: the order's
// identity and index keys stay (they were written at intake), the history
// only grows, and something was recorded.
func checkChange(old, changed repair.Order, before int) error {
	switch {
	case changed.ID != old.ID || changed.Number != old.Number || changed.Claim != old.Claim || changed.Request != old.Request ||
		changed.Intake.Phone != old.Intake.Phone || changed.Intake.Serial != old.Intake.Serial ||
		changed.Intake.Name != old.Intake.Name || changed.Intake.Dealer != old.Intake.Dealer:
		return errors.New("store: an update may not change an order's number, claim code or indexed intake")
	case len(changed.History) < before:
		return errors.New("store: an update may not drop an order's history")
	case len(changed.History) == before:
		return ErrOrderUnchanged
	case !changed.State.Valid():
		return fmt.Errorf("store: %w: %q", repair.ErrUnknownState, changed.State)
	}
	return nil
}

// orderEvent is the event of one step of an order's timeline.
func orderEvent(counter int, o repair.Order, st repair.Step) Event {
	detail := string(st.Kind)
	for _, part := range []string{string(st.From), string(st.To), string(st.Contact), string(st.Escalation), st.Text} {
		if part != "" {
			detail += " " + part
		}
	}
	return Event{
		Kind: KindOrder, Counter: counter, Who: st.Who, Order: o.Number, State: string(o.State),
		Detail: strings.TrimSpace(detail),
	}
}

// Board returns the heads of every order still on the board (open, a
// loaner out, or a return visit due), oldest order first: what the desk's
// board and its lists are made from (repair.Select). Every screen reads it
// again on every change, most of which (a ticket taken or called) leave
// the board as it was: while no commit changed orders_active since the
// last read, that read is the answer (boardCache). Otherwise the heads are
// decoded through the process's cache, where only those whose bytes
// changed are decoded again. A damaged head stands as its id alone,
// marked Damaged: the desk says so and goes on with the others.
func (s *Store) Board() ([]repair.Head, error) {
	var out []repair.Head
	gen := s.board.generation() // before the transaction: see boardCache
	err := s.view(func(tx *bolt.Tx) error {
		if heads, ok := s.board.get(gen); ok {
			out = heads
			return nil
		}
		// A head that fails its seal or does not decode is marked
		// Damaged, and the rest of the board is read on.
		var ids []uint64
		var keys, raws [][]byte // into the memory map, valid in this transaction
		c := tab(tx, bucketActive).cursor()
		for k, v, err := c.first(); k != nil || err != nil; k, v, err = c.next() {
			id, ok := readU64(k)
			switch {
			case k == nil:
				return err // the bucket itself
			case !ok:
				return damagedKey(bucketActive, k)
			}
			ids, keys = append(ids, id), append(keys, k)
			raws = append(raws, v) // nil when its seal failed
		}
		out = make([]repair.Head, len(ids))
		for i, id := range ids {
			var err error
			if raws[i] != nil {
				out[i], err = s.heads.decode(bucketActive, keys[i], raws[i])
			}
			if _, bad := DamageOf(err); bad || raws[i] == nil {
				out[i] = repair.Head{ID: id, Damaged: true}
			} else if err != nil {
				return err
			}
		}
		s.board.put(gen, out)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
