package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// invariants are what ties the buckets together, checked by Check after
// bbolt's own check (and by the owner's crash test after every kill): a
// ticket number issued once a day, a ticket called once each time it was
// queued (a no-show's return and a transfer queue it again; recalls apart),
// every announcement on the display a call or recall the log has,
// every order in the state its timeline says, on the board exactly while
// it should be, with its head as it stands and, when its changes are logged, its intake
// event too (an order loaded by BulkOrders has no events).
func invariants(tx *bolt.Tx) error {
	numbers := map[string]uint64{}
	err := tx.Bucket(bucketTickets).ForEach(func(k, v []byte) error {
		var tk queue.Ticket
		if err := decodeJSON(k, v, &tk); err != nil {
			return err
		}
		key := tk.Day + " " + tk.Number
		if other, dup := numbers[key]; dup {
			return fmt.Errorf("ticket number %s issued twice: %d and %d", key, other, tk.ID)
		}
		numbers[key] = tk.ID
		return nil
	})
	if err != nil {
		return err
	}
	if err := checkCalls(tx); err != nil {
		return err
	}
	orders := map[uint64]repair.Order{}
	if err := tx.Bucket(bucketOrders).ForEach(func(k, v []byte) error {
		var o repair.Order
		if err := decodeJSON(k, v, &o); err != nil {
			return err
		}
		orders[o.ID] = o
		return checkOrder(tx, o)
	}); err != nil {
		return err
	}
	return checkEvents(tx, orders)
}

// checkOrder: a valid state that its timeline's last change of state
// agrees with, a board head exactly while the order is on the board, and
// its head as it stands.
func checkOrder(tx *bolt.Tx, o repair.Order) error {
	if !o.State.Valid() {
		return fmt.Errorf("order %s: state %q", o.Number, o.State)
	}
	want := repair.StateReceived
	for _, st := range o.History {
		if st.Kind == repair.StepState {
			want = st.To
		}
	}
	if o.State != want {
		return fmt.Errorf("order %s: state %s, its timeline says %s", o.Number, o.State, want)
	}
	if onBoard := tx.Bucket(bucketActive).Get(u64(o.ID)) != nil; onBoard != o.OnBoard() {
		return fmt.Errorf("order %s: on the board %v, should be %v", o.Number, onBoard, o.OnBoard())
	}
	var h repair.Head
	if found, err := getJSON(tx.Bucket(bucketHeads), u64(o.ID), &h); err != nil || !found || h != o.Head() {
		return fmt.Errorf("order %s: head %+v (%v), should be %+v", o.Number, h, err, o.Head())
	}
	return nil
}

// checkEvents: no ticket called twice without being queued again between;
// every order has its intake event, and the state the last of its order
// events logged is the order's.
func checkEvents(tx *bolt.Tx, orders map[uint64]repair.Order) error {
	intake := map[string]bool{}
	last := map[string]string{}
	called := map[uint64]bool{} // by ticket: called since it was last queued
	if err := tx.Bucket(bucketEvents).ForEach(func(k, v []byte) error {
		var e Event
		if err := decodeJSON(k, v, &e); err != nil {
			return err
		}
		switch e.Kind {
		case KindCall:
			if called[e.Ticket] {
				return fmt.Errorf("ticket %s (%d) called again at event %d without being queued again", e.Number, e.Ticket, e.ID)
			}
			called[e.Ticket] = true
		case KindReturn, KindTransfer:
			called[e.Ticket] = false
		case KindIntake:
			intake[e.Order] = true
		case KindOrder:
			last[e.Order] = e.State
		}
		return nil
	}); err != nil {
		return err
	}
	for _, o := range orders {
		if !intake[o.Number] && last[o.Number] != "" {
			return fmt.Errorf("order %s: changes logged but no intake event", o.Number)
		}
		if st, ok := last[o.Number]; ok && st != string(o.State) {
			return fmt.Errorf("order %s: state %s, its events say %s", o.Number, o.State, st)
		}
	}
	return nil
}

// checkCalls: every announcement the display shows is a call or recall of
// the log, under the same id, of the same ticket number.
func checkCalls(tx *bolt.Tx) error {
	events := tx.Bucket(bucketEvents)
	return tx.Bucket(bucketCalls).ForEach(func(k, v []byte) error {
		var c Call
		if err := decodeJSON(k, v, &c); err != nil {
			return err
		}
		var e Event
		found, err := getJSON(events, k, &e)
		if err != nil {
			return err
		}
		if want := map[bool]string{false: KindCall, true: KindRecall}[c.Recall]; !found || e.Kind != want || e.Number != c.Number {
			return fmt.Errorf("call of %s at %s: the log has %+v there", c.Number, c.At.Format(time.DateTime), e)
		}
		return nil
	})
}
