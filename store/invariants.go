package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// invariants are what ties the buckets together, checked by Check after
// bbolt's own check (and by the owner's crash test after every kill): every
// index as its records say (invariants_index.go), a
// ticket number issued once a day, a ticket called once each time it was
// queued (a no-show's return and a transfer queue it again; recalls apart),
// every announcement on the display a call or recall the log has,
// every order in the state its timeline says, on the board exactly while
// it should be, with its head as it stands and, when its changes are logged, its intake
// event too (an order loaded by BulkOrders has no events); every member's
// keys found by their fingerprints, and no other (staff.go); every PIN a
// supervisor's (pins.go); every approval request about an order there is,
// decided by somebody unless pending, and pending exactly while its id is
// in approvals_pending (approvals_check.go); every on-site request in the
// state its timeline and its events say, found by each of its keys and on
// the board exactly while open, its escalation's order linked back to it,
// and every open call on its owner's list (invariants_requests.go); every
// rating found by its service's key, one per service, every low rating's
// follow-up open exactly while listed, every counter's due under its
// service's counter (invariants_ratings.go).
func invariants(tx *bolt.Tx) error {
	numbers := map[string]uint64{}
	tickets := map[uint64]queue.Ticket{}
	err := tab(tx, bucketTickets).forEach(func(k, v []byte) error {
		var tk queue.Ticket
		if err := decodeValue(bucketTickets, k, v, &tk); err != nil {
			return err
		}
		if id, _ := readU64(k); tk.ID != id {
			return damaged(bucketTickets, k, fmt.Sprintf("holds ticket %d", tk.ID))
		}
		key := tk.Day + " " + tk.Number
		if other, dup := numbers[key]; dup {
			return disagree("ticket number %s issued twice: %d and %d", key, other, tk.ID)
		}
		numbers[key], tickets[tk.ID] = tk.ID, tk
		return nil
	})
	if err != nil {
		return err
	}
	if err := checkTicketIndexes(tx, tickets); err != nil {
		return err
	}
	if err := checkCalls(tx); err != nil {
		return err
	}
	orders := map[uint64]orderFacts{}
	shared := map[string]int{}
	if err := tab(tx, bucketOrders).forEach(func(k, v []byte) error {
		var o repair.Order
		if err := decodeValue(bucketOrders, k, v, &o); err != nil {
			return err
		}
		if id, _ := readU64(k); o.ID != id {
			return damaged(bucketOrders, k, "holds order "+o.Number)
		}
		orders[o.ID] = orderFacts{Number: o.Number, Request: o.Request, State: o.State, OnBoard: o.OnBoard(), keys: map[string]string{
			string(bucketByNumber): numberKey(o.Number), string(bucketByClaim): claimKey(o.Claim),
		}}
		if err := sharedKeysOf(tx, o, shared); err != nil {
			return err
		}
		return checkOrder(tx, o)
	}); err != nil {
		return err
	}
	if err := checkOrderIndexes(tx, orders, shared); err != nil {
		return err
	}
	if err := checkOrderCounters(tx, orders); err != nil {
		return err
	}
	if err := checkStaff(tx); err != nil {
		return err
	}
	if err := checkPINs(tx); err != nil {
		return err
	}
	if err := checkApprovals(tx, orders); err != nil {
		return err
	}
	requests, err := checkRequests(tx, orders)
	if err != nil {
		return err
	}
	if err := checkHotline(tx); err != nil {
		return err
	}
	if err := checkOutbox(tx); err != nil {
		return err
	}
	if err := checkRatings(tx); err != nil {
		return err
	}
	return checkEvents(tx, orders, requests)
}

// checkOrder: a valid state that its timeline's last change of state
// agrees with, a board head exactly while the order is on the board, and
// its head as it stands.
func checkOrder(tx *bolt.Tx, o repair.Order) error {
	if !o.State.Valid() {
		return disagree("order %s: state %q", o.Number, o.State)
	}
	want := repair.StateReceived
	for _, st := range o.History {
		if st.Kind == repair.StepState {
			want = st.To
		}
	}
	if o.State != want {
		return disagree("order %s: state %s, its timeline says %s", o.Number, o.State, want)
	}
	onBoard, err := tab(tx, bucketActive).has(u64(o.ID))
	if err != nil {
		return err
	}
	if onBoard != o.OnBoard() {
		return disagree("order %s: on the board %v, should be %v", o.Number, onBoard, o.OnBoard())
	}
	var h repair.Head
	if found, err := tab(tx, bucketHeads).getJSON(u64(o.ID), &h); err != nil || !found || h != o.Head() {
		return disagree("order %s: head %+v (%v), should be %+v", o.Number, h, err, o.Head())
	}
	return nil
}

// checkEvents: no ticket called twice without being queued again between;
// every order has its intake event, and the state the last of its order
// events logged is the order's; so is every request's, which has its
// opening event.
func checkEvents(tx *bolt.Tx, orders map[uint64]orderFacts, requests map[string]onsite.State) error {
	request := map[string]string{}
	intake := map[string]bool{}
	last := map[string]string{}
	called := map[uint64]bool{} // by ticket: called since it was last queued
	if err := tab(tx, bucketEvents).forEach(func(k, v []byte) error {
		var e Event
		if err := decodeValue(bucketEvents, k, v, &e); err != nil {
			return err
		}
		switch e.Kind {
		case KindCall:
			if called[e.Ticket] {
				return disagree("ticket %s (%d) called again at event %d without being queued again", e.Number, e.Ticket, e.ID)
			}
			called[e.Ticket] = true
		case KindReturn, KindTransfer:
			called[e.Ticket] = false
		case KindIntake:
			intake[e.Order] = true
		case KindOrder:
			last[e.Order] = e.State
		case KindRequest:
			request[e.Request] = e.State
		}
		return nil
	}); err != nil {
		return err
	}
	for _, o := range orders {
		if !intake[o.Number] && last[o.Number] != "" {
			return disagree("order %s: changes logged but no intake event", o.Number)
		}
		if st, ok := last[o.Number]; ok && st != string(o.State) {
			return disagree("order %s: state %s, its events say %s", o.Number, o.State, st)
		}
	}
	for number, state := range requests {
		if got, ok := request[number]; !ok || got != string(state) {
			return disagree("request %s: state %s, its events say %q", number, state, got)
		}
	}
	return nil
}

// checkCalls: every announcement the display shows is a call or recall of
// the log, under the same id, of the same ticket number.
func checkCalls(tx *bolt.Tx) error {
	events := tab(tx, bucketEvents)
	return tab(tx, bucketCalls).forEach(func(k, v []byte) error {
		var c Call
		if err := decodeValue(bucketCalls, k, v, &c); err != nil {
			return err
		}
		var e Event
		found, err := events.getJSON(k, &e)
		if err != nil {
			return err
		}
		if want := map[bool]string{false: KindCall, true: KindRecall}[c.Recall]; !found || e.Kind != want || e.Number != c.Number {
			return disagree("call of %s at %s: the log has %+v there", c.Number, c.At.Format(time.DateTime), e)
		}
		return nil
	})
}
