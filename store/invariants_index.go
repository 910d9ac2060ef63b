package store

import (
	"bytes"
	"strings"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// The invariants of the indexes, each checked both ways: every key of an
// index names a record that has that key (and so points back), and every
// record has each of its keys, which with the first way is a count per
// index. A damaged page that lost keys, or kept a stale one, is found so
// even when every record left passes its seal.

// orderFacts is what the index checks keep of an order: not the order
// itself, which for a station's years of orders would not fit.
type orderFacts struct {
	Number  string
	Request string // the on-site request escalated to it (S10)
	State   repair.State
	OnBoard bool
	keys    map[string]string // bucket → index key, for the unique indexes
}

// indexedOrders lists, for every order index, the keys orderIndex gives
// the orders (shared keys by bucket), and checks the unique ones.
func checkOrderIndexes(tx *bolt.Tx, orders map[uint64]orderFacts, shared map[string]int) error {
	for _, name := range [][]byte{bucketByNumber, bucketByClaim} {
		n := 0
		err := tab(tx, name).forEach(func(k, v []byte) error {
			n++
			id, ok := readU64(v)
			o, found := orders[id]
			if !ok || !found {
				return damaged(name, k, "names no order")
			}
			if o.keys[string(name)] != string(k) {
				return damaged(name, k, "names order "+o.Number)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if n != len(orders) {
			return disagree("%s: %d keys for %d orders", name, n, len(orders))
		}
	}
	for _, name := range [][]byte{bucketByPhone, bucketByPhoneTail, bucketBySerial, bucketByName, bucketBySequence, bucketByDealer} {
		n := 0
		err := tab(tx, name).forEach(func(k, _ []byte) error {
			n++
			id, ok := indexID(k)
			if _, found := orders[id]; !ok || !found {
				return damaged(name, k, "names no order")
			}
			return nil
		})
		if err != nil {
			return err
		}
		if want := shared[string(name)]; n != want {
			return disagree("%s: %d keys, the orders have %d", name, n, want)
		}
	}
	return checkBoardAndHeads(tx, orders)
}

// sharedKeysOf checks that o's shared index keys are there, and counts them
// by bucket into shared.
func sharedKeysOf(tx *bolt.Tx, o repair.Order, shared map[string]int) error {
	for _, e := range sharedIndex(o) {
		there, err := tab(tx, e.bucket).has(e.key)
		if err != nil {
			return err
		}
		if !there {
			return disagree("order %s: %s lacks its key %s", o.Number, e.bucket, keyText(e.key))
		}
		shared[string(e.bucket)]++
	}
	return nil
}

// checkBoardAndHeads: every key of the board and of the heads is an order
// (checkOrder has checked that each order's head is there and right).
func checkBoardAndHeads(tx *bolt.Tx, orders map[uint64]orderFacts) error {
	for _, name := range [][]byte{bucketActive, bucketHeads} {
		err := tab(tx, name).forEach(func(k, _ []byte) error {
			id, _ := readU64(k)
			o, found := orders[id]
			switch {
			case !found:
				return damaged(name, k, "names no order")
			case bytes.Equal(name, bucketActive) && !o.OnBoard:
				return disagree("order %s is on the board, and should not be", o.Number)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// checkOrderCounters: each day's order counter stands at or above the
// sequence of every order numbered that day (a restore may have moved it
// further, never back).
func checkOrderCounters(tx *bolt.Tx, orders map[uint64]orderFacts) error {
	seq := tab(tx, bucketOrderSeq)
	for _, o := range orders {
		day, n, ok := numberSeq(o.Number)
		if !ok {
			continue
		}
		last, err := seq.getU64([]byte(day))
		if err != nil {
			return err
		}
		if last < n {
			return disagree("order %s: the counter of %s stands at %d", o.Number, day, last)
		}
	}
	return nil
}

// checkTicketIndexes: each ticket has its key in tickets_by_day, and in
// open exactly while it is open; each key of both names a ticket of that
// day; and each day's counter of each line stands at or above its tickets.
func checkTicketIndexes(tx *bolt.Tx, tickets map[uint64]queue.Ticket) error {
	open := 0
	seq := tab(tx, bucketSeq)
	for _, t := range tickets {
		if t.Open() {
			open++
		}
		line := strings.TrimRight(t.Number, "0123456789")
		last, err := seq.getU64(dayKey(t.Day, []byte(line)))
		if err != nil {
			return err
		}
		if last < uint64(t.Seq) {
			return disagree("ticket %s of %s: the counter of its line stands at %d", t.Number, t.Day, last)
		}
	}
	for _, ix := range []struct {
		name []byte
		want int
	}{{bucketByDay, len(tickets)}, {bucketOpen, open}} {
		n := 0
		err := tab(tx, ix.name).forEach(func(k, _ []byte) error {
			n++
			id, ok := indexID(k)
			t, found := tickets[id]
			switch {
			case !ok || !found:
				return damaged(ix.name, k, "names no ticket")
			case !bytes.Equal(k, dayKey(t.Day, u64(id))):
				return damaged(ix.name, k, "names a ticket of another day")
			case bytes.Equal(ix.name, bucketOpen) && !t.Open():
				return disagree("ticket %s of %s is %s, and in the open index", t.Number, t.Day, t.State)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if n != ix.want {
			return disagree("%s: %d keys for %d tickets", ix.name, n, ix.want)
		}
	}
	return nil
}
