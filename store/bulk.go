package store

import (
	"cmp"
	"errors"
	"strconv"

	"frontdesk/repair"
)

// BulkOrders stores many complete orders in one transaction, with every
// index: for the demo generator, imports and benchmarks, not for the desk,
// which saves one intake at a time with SaveIntake. Each order must have
// its Number, Claim and Received set; an order without an ID gets the next
// one, so give them oldest first (searches list higher IDs as newer). They
// are stored as given: nothing is finished, no draft dropped, no event
// logged, and Previous is the caller's. A load of many batches leaves the
// pages its batches rewrote on the freelist: follow it with Compact.
//
// The order numbers are read back, "R" yymmdd seq, to move each day's
// counter in order_seq up to the highest sequence stored, so that
// SaveIntake goes on numbering after them (and would skip a taken number
// anyway). A number of another form is stored but counts for no day.
func (s *Store) BulkOrders(orders []repair.Order) error {
	if len(orders) == 0 {
		return nil
	}
	return s.commit("", func(w *wtx) error {
		ids, seq := tab(w.tx, bucketOrders), tab(w.tx, bucketOrderSeq)
		for _, o := range orders {
			if o.Received.IsZero() {
				return errors.New("store: a bulk order needs its time received")
			}
			if o.ID == 0 {
				id, err := ids.nextSequence()
				if err != nil {
					return err
				}
				o.ID = id
			} else if err := ids.raiseSequence(o.ID); err != nil {
				return err
			}
			if err := w.putOrder(o); err != nil {
				return err
			}
			day, n, ok := numberSeq(o.Number)
			if !ok {
				continue
			}
			if last, err := seq.getU64([]byte(day)); err != nil || n > last {
				if err := cmp.Or(err, seq.put([]byte(day), u64(n))); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// numberSeq reads the station day "2006-01-02" and the sequence back from
// an order number "R" yymmdd seq (repair.OrderNumber).
func numberSeq(number string) (day string, seq uint64, ok bool) {
	number = numberKey(number)
	if len(number) < 8 || number[0] != 'R' {
		return "", 0, false
	}
	for _, c := range number[1:7] {
		if c < '0' || c > '9' {
			return "", 0, false
		}
	}
	seq, err := strconv.ParseUint(number[7:], 10, 64)
	if err != nil {
		return "", 0, false
	}
	d := number[1:7]
	return "20" + d[0:2] + "-" + d[2:4] + "-" + d[4:6], seq, true
}
