package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"

	"frontdesk/repair"
)

// appendFill is the fill of the buckets whose new keys always come last
// (orders by id, order numbers by day and sequence): bbolt splits a page at
// FillPercent, and at its default of one half an append-only bucket would
// leave every page half empty for good.
const appendFill = 0.9

// indexEntry is one key an order is found by.
type indexEntry struct {
	bucket, key []byte
	unique      bool // key → id; else the id is part of the key: "value 0x00 id" → empty
}

// orderIndex lists an order's index keys: its number and claim code, which
// name one order each, and its phone, serial, name, the day's sequence of
// its number and every suffix of its dealer's name, which may be shared,
// when it has them.
func orderIndex(o repair.Order) []indexEntry {
	out := []indexEntry{
		{bucketByNumber, []byte(numberKey(o.Number)), true},
		{bucketByClaim, []byte(claimKey(o.Claim)), true},
	}
	return append(out, sharedIndex(o)...)
}

// sharedIndex lists the keys "value 0x00 id" of o: those of orderIndex
// that other orders may share.
func sharedIndex(o repair.Order) []indexEntry {
	id := u64(o.ID)
	var out []indexEntry
	add := func(bucket []byte, value string) {
		if value != "" {
			out = append(out, indexEntry{bucket, dayKey(value, id), false})
		}
	}
	add(bucketByPhone, phoneKey(o.Intake.Phone))
	add(bucketByPhoneTail, phoneTailKey(o.Intake.Phone))
	add(bucketBySerial, serialKey(o.Intake.Serial))
	add(bucketByName, nameKey(o.Intake.Name))
	add(bucketBySequence, sequenceKey(o.Number))
	for _, k := range dealerKeys(o.Intake.Dealer) {
		add(bucketByDealer, k)
	}
	return out
}

// putOrder stores a new, complete order and all its index keys. A number or
// claim code that is empty or already taken is refused: it would leave one
// of two orders unfindable, or hand a device to the wrong customer.
func (w *wtx) putOrder(o repair.Order) error {
	tx := w.tx
	if o.ID == 0 || numberKey(o.Number) == "" || claimKey(o.Claim) == "" {
		return errors.New("store: an order needs an id, a number and a claim code")
	}
	orders := tab(tx, bucketOrders)
	orders.fill(appendFill)
	id := u64(o.ID)
	if taken, err := orders.has(id); err != nil || taken {
		return cmp.Or(err, fmt.Errorf("store: order id %d is taken", o.ID))
	}
	tab(tx, bucketByNumber).fill(appendFill)
	for _, e := range orderIndex(o) {
		b := tab(tx, e.bucket)
		var v []byte
		if e.unique {
			if taken, err := b.has(e.key); err != nil || taken {
				return cmp.Or(err, fmt.Errorf("store: order %s: %s %q is taken", o.Number, e.bucket, e.key))
			}
			v = id
		}
		if err := b.put(e.key, v); err != nil {
			return err
		}
	}
	if err := w.putHead(o); err != nil {
		return err
	}
	return orders.putJSON(id, o)
}

// putHead keeps o's head in order_heads, and in orders_active while the
// order is on the board (repair.Order.OnBoard), taking it out when it is
// not. A change of orders_active is marked, for the board's generation.
func (w *wtx) putHead(o repair.Order) error {
	tx := w.tx
	head, err := json.Marshal(o.Head())
	if err != nil {
		return err
	}
	id := u64(o.ID)
	heads := tab(tx, bucketHeads)
	heads.fill(appendFill)
	if err := heads.put(id, head); err != nil {
		return err
	}
	active := tab(tx, bucketActive)
	old, err := active.get(id)
	switch {
	case err != nil:
		return err
	case !o.OnBoard() && old == nil, bytes.Equal(old, head):
		return nil
	case !o.OnBoard():
		err = active.delete(id)
	default:
		err = active.put(id, head)
	}
	if err == nil {
		w.board = true
	}
	return err
}
