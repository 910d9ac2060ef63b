package store

import (
	"errors"
	"fmt"

	"frontdesk/onsite"
)

// BulkRequests stores many on-site requests in one transaction, with every
// index key and their place on the on-site board (requests_open): for
// imports and the benchmarks, as BulkOrders is for orders, not for the
// hotline, which opens one at a time with OpenRequest. Each request must
// have its Received set and a state its timeline agrees with (as Check
// wants it); one without an ID gets the next, one without a Number the next
// of its day (by Received, in the station's zone), so give them oldest
// first (the period readers binary-search the ids by Received). Numbers
// and ids given are kept, and refused when taken. Nothing else is checked:
// a request escalated to an order must be named by that order
// (Order.Request), as SaveIntake would have left them.
//
// The numbers, "S" yymmdd seq, move each day's counter in request_seq up
// to the highest sequence stored, so that OpenRequest goes on after them.
// Each request's load is logged as one KindRequest event of the load's
// time, in its state ("imported"), by its taker: its timeline is in its
// History, and the event log stays in the order of its times.
func (s *Store) BulkRequests(rs []onsite.Request) error {
	if len(rs) == 0 {
		return nil
	}
	return s.commit("", func(w *wtx) error {
		ids, seq := tab(w.tx, bucketRequests), tab(w.tx, bucketReqSeq)
		for _, r := range rs {
			if r.Received.IsZero() {
				return errors.New("store: a bulk request needs its time received")
			}
			if err := checkRequest(r); err != nil {
				return err
			}
			var err error
			if r.ID, err = givenOrNext(ids, r.ID); err != nil {
				return err
			}
			if r.Number == "" {
				day := *w // the request's own day, not the load's
				day.day = w.cfg.Day(r.Received)
				number, err := day.nextDailyNumber(bucketReqSeq, bucketReqByNumber, onsite.RequestNumber)
				if err != nil {
					return err
				}
				r.Number = number
			} else if !onsite.ValidRequestNumber(numberKey(r.Number)) {
				return fmt.Errorf("store: bulk request number %q is not a request's", r.Number)
			}
			if err := w.putRequest(r, nil); err != nil {
				return err
			}
			if err := raiseDay(seq, r.Number); err != nil {
				return err
			}
			e := Event{Kind: KindRequest, Request: r.Number, Order: r.Order, State: string(r.State), Who: r.Taker, Detail: "imported"}
			if _, err := w.log(e); err != nil {
				return err
			}
		}
		return nil
	})
}

// givenOrNext is id when given, the bucket's sequence raised to it; else
// the bucket's next.
func givenOrNext(ids table, id uint64) (uint64, error) {
	if id == 0 {
		return ids.nextSequence()
	}
	return id, ids.raiseSequence(id)
}

// raiseDay moves the day's counter in seq up to the sequence of a
// request's number, "S" yymmdd seq: an order's with its S for the R.
func raiseDay(seq table, number string) error {
	day, n, ok := numberSeq("R" + numberKey(number)[1:])
	if !ok {
		return nil
	}
	last, err := seq.getU64([]byte(day))
	if err == nil && n > last {
		err = seq.put([]byte(day), u64(n))
	}
	return err
}
