package store

import (
	"bytes"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// The period readers: tickets, orders and events of a date range for the
// reports and the export (R1–R3), however many there are, without keeping
// a desk waiting (DESIGN.md). Each reads in pages: one short read
// transaction per page, which copies the raw records of at most PageSize
// keys — fewer when the transaction has run for pageBudget — and resumes,
// in a new transaction, after the last key it read. Records are decoded
// and handed to the caller outside any transaction, on a goroutine of
// their own while the next page is read, so the caller's own work (a CSV
// row, a report's sums) never holds the file. bbolt lets a writer commit
// beside readers; what a page holds up is a Restore or Compact, for one
// page at most. Between two pages the reader waits pagePause.
//
// Orders and events are keyed by id, and ids are issued in time order
// (SaveIntake stamps an order received now; every event is logged with the
// time of its commit; BulkOrders wants its orders oldest first). So the ids
// of a time range are found by binary search over the keys, reading the
// time of one record per step: about log2(n) reads, 20 for a million,
// in one transaction, whatever number format an import used. (The number
// index would give a day's first order too, but only for numbers of the
// form "R" yymmdd, and only to the day.)

// PageSize is the most records one transaction of a period reader reads.
const PageSize = 500

// pageKeys is PageSize; tests make it small to see pages turn.
var pageKeys = PageSize

// pageBudget ends a page early: the disk may be cold, the records large.
const pageBudget = 10 * time.Millisecond

// pagePause is the wait between two pages of a period reader.
const pagePause = time.Millisecond

// TicketsOfDays calls fn with the tickets issued on the station-local days
// first to last ("2006-01-02", both included), in id order, a page at a
// time. Like every period reader it calls fn on a goroutine of its own, a
// page after the other, while it reads the next; an error from fn stops
// the reading and is returned.
func (s *Store) TicketsOfDays(first, last string, fn func([]queue.Ticket) error) error {
	return s.StoredTicketsOfDays(first, last, TicketsPage(fn))
}

// EventsBetween calls fn with the events logged from ≤ At < to, oldest
// first, a page at a time.
func (s *Store) EventsBetween(from, to time.Time, fn func([]Event) error) error {
	return s.StoredEventsBetween(from, to, EventsPage(from, to, fn))
}

// OrdersReceived calls fn with the repair orders received from ≤ Received
// < to, oldest first, a page at a time.
func (s *Store) OrdersReceived(from, to time.Time, fn func([]repair.Order) error) error {
	return s.StoredOrdersReceived(from, to, OrdersReceivedPage(from, to, fn))
}

// OrdersNumbered calls fn with the orders of the given numbers, a page at a
// time, in the order given; a number no order has is passed over.
func (s *Store) OrdersNumbered(numbers []string, fn func([]repair.Order) error) error {
	return s.StoredOrdersNumbered(numbers, OrdersPage(fn))
}

// OrdersWithIDs calls fn with the orders of the given ids, a page at a
// time, in the order given; an id no order has is passed over.
func (s *Store) OrdersWithIDs(ids []uint64, fn func([]repair.Order) error) error {
	return s.StoredOrdersWithIDs(ids, OrdersPage(fn))
}

// Records is a page of a period reader's records as they are stored: the
// bytes of each, their seals checked and taken off, copied out of the
// transaction that read them.
type Records [][]byte

// Stored is the period readers with their pages as stored, undecoded: the
// owner of the database hands them to its clients as they are, and each
// client decodes them with the page function of the reader (TicketsPage,
// EventsPage, OrdersReceivedPage, OrdersPage), as the Store's own typed
// readers do. Decoding and encoding again in the owner was most of the
// processor an export took there, beside the desks it serves.
type Stored interface {
	StoredTicketsOfDays(first, last string, fn func(Records) error) error
	StoredEventsBetween(from, to time.Time, fn func(Records) error) error
	StoredOrdersReceived(from, to time.Time, fn func(Records) error) error
	StoredOrdersNumbered(numbers []string, fn func(Records) error) error
	StoredOrdersWithIDs(ids []uint64, fn func(Records) error) error
	StoredRequestsReceived(from, to time.Time, fn func(Records) error) error
	StoredCallsBetween(from, to time.Time, fn func(Records) error) error
	StoredRatingsBetween(from, to time.Time, fn func(Records) error) error
}

// StoredTicketsOfDays is TicketsOfDays with its pages as stored.
func (s *Store) StoredTicketsOfDays(first, last string, fn func(Records) error) error {
	return s.pages(bucketByDay, dayKey(first, nil), dayEnd(last), func(tx *bolt.Tx, k, _ []byte) ([]byte, error) {
		id, ok := indexID(k)
		if !ok {
			return nil, damagedKey(bucketByDay, k)
		}
		raw, err := tab(tx, bucketTickets).get(u64(id))
		if err == nil && raw == nil {
			err = damaged(bucketByDay, k, "names no ticket")
		}
		return raw, err
	}, fn)
}

// StoredEventsBetween is EventsBetween with its pages as stored; a page may
// hold a record or two just outside the range, which EventsPage leaves out.
func (s *Store) StoredEventsBetween(from, to time.Time, fn func(Records) error) error {
	return s.timeRange(bucketEvents, from, to, func(k, v []byte) (time.Time, error) {
		var e struct {
			At time.Time `json:"at"`
		}
		err := decodeValue(bucketEvents, k, v, &e)
		return e.At, err
	}, fn)
}

// StoredOrdersReceived is OrdersReceived with its pages as stored; a page
// may hold an order or two just outside the range, which
// OrdersReceivedPage leaves out.
func (s *Store) StoredOrdersReceived(from, to time.Time, fn func(Records) error) error {
	return s.timeRange(bucketOrders, from, to, func(k, v []byte) (time.Time, error) {
		var o struct {
			Received time.Time `json:"received"`
		}
		err := decodeValue(bucketOrders, k, v, &o)
		return o.Received, err
	}, fn)
}

// StoredOrdersNumbered is OrdersNumbered with its pages as stored.
func (s *Store) StoredOrdersNumbered(numbers []string, fn func(Records) error) error {
	return s.lookups(len(numbers), func(tx *bolt.Tx, i int) ([]byte, error) {
		key := []byte(numberKey(numbers[i]))
		id, err := tab(tx, bucketByNumber).get(key)
		if err != nil || id == nil {
			return nil, err
		}
		raw, err := tab(tx, bucketOrders).get(id)
		if err == nil && raw == nil {
			err = damaged(bucketByNumber, key, "names no order")
		}
		return raw, err
	}, fn)
}

// StoredOrdersWithIDs is OrdersWithIDs with its pages as stored.
func (s *Store) StoredOrdersWithIDs(ids []uint64, fn func(Records) error) error {
	return s.lookups(len(ids), func(tx *bolt.Tx, i int) ([]byte, error) {
		return tab(tx, bucketOrders).get(u64(ids[i]))
	}, fn)
}

// TicketsPage decodes a page of StoredTicketsOfDays for fn.
func TicketsPage(fn func([]queue.Ticket) error) func(Records) error {
	return decodeEach(fn)
}

// EventsPage decodes a page of StoredEventsBetween(from, to) for fn.
func EventsPage(from, to time.Time, fn func([]Event) error) func(Records) error {
	return decodeEach(func(es []Event) error {
		return maybe(fn, within(es, from, to, func(e Event) time.Time { return e.At }))
	})
}

// OrdersReceivedPage decodes a page of StoredOrdersReceived(from, to) for fn.
func OrdersReceivedPage(from, to time.Time, fn func([]repair.Order) error) func(Records) error {
	return decodeEach(func(os []repair.Order) error {
		return maybe(fn, within(os, from, to, func(o repair.Order) time.Time { return o.Received }))
	})
}

// OrdersPage decodes a page of StoredOrdersNumbered or StoredOrdersWithIDs
// for fn.
func OrdersPage(fn func([]repair.Order) error) func(Records) error {
	return decodeEach(fn)
}

// timeRange reads the records of bucket, keyed by ids issued in time order,
// whose time (read by timeOf) is in [from, to).
func (s *Store) timeRange(bucket []byte, from, to time.Time, timeOf func(k, v []byte) (time.Time, error), page func(Records) error) error {
	if !from.Before(to) {
		return nil
	}
	var lo, hi uint64
	err := s.view(func(tx *bolt.Tx) (err error) {
		c := tab(tx, bucket).cursor()
		if lo, err = firstAtOrAfter(c, bucket, from, timeOf); err != nil {
			return err
		}
		hi, err = firstAtOrAfter(c, bucket, to, timeOf)
		return err
	})
	if err != nil || lo >= hi {
		return err
	}
	return s.pages(bucket, u64(lo), u64(hi), func(_ *bolt.Tx, _, v []byte) ([]byte, error) { return v, nil }, page)
}

// firstAtOrAfter finds by binary search the smallest id from which every
// key of the cursor's bucket holds a record of time t or later: the first
// id of a time range, or the one after the last key when none is.
func firstAtOrAfter(c *cursor, bucket []byte, t time.Time, timeOf func(k, v []byte) (time.Time, error)) (uint64, error) {
	k, _, err := c.last()
	if err != nil || k == nil {
		return 0, err
	}
	last, ok := readU64(k)
	if !ok {
		return 0, damagedKey(bucket, k)
	}
	lo, hi := uint64(0), last+1
	for lo < hi {
		mid := lo + (hi-lo)/2
		k, v, err := c.seek(u64(mid)) // the first key at or after mid: there is one, mid ≤ last
		if err != nil {
			return 0, err
		}
		id, ok := readU64(k)
		if !ok {
			return 0, damagedKey(bucket, k)
		}
		at, err := timeOf(k, v)
		if err != nil {
			return 0, err
		}
		if at.Before(t) {
			lo = id + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// pages reads the keys of bucket from lo up to, not including, hi (nil: to
// the end), a page per transaction. keep returns, inside the transaction,
// the record of a key to hand on (nil: none); page gets copies of them
// after the transaction.
func (s *Store) pages(bucket, lo, hi []byte, keep func(tx *bolt.Tx, k, v []byte) ([]byte, error), page func(Records) error) error {
	var last []byte // the last key read; nil before the first page
	return s.paged(func(tx *bolt.Tx) ([][]byte, bool, error) {
		var raws [][]byte
		start := time.Now()
		c := tab(tx, bucket).cursor()
		from := lo
		if last != nil {
			from = last
		}
		k, v, err := c.seek(from)
		if err == nil && last != nil && bytes.Equal(k, last) {
			k, v, err = c.next()
		}
		for n := 0; err != nil || k != nil && (hi == nil || bytes.Compare(k, hi) < 0); k, v, err = c.next() {
			if err != nil {
				return nil, false, err
			}
			if n == pageKeys || n > 0 && time.Since(start) > pageBudget {
				return raws, false, nil
			}
			raw, err := keep(tx, k, v)
			if err != nil {
				return nil, false, err
			}
			if raw != nil {
				raws = append(raws, bytes.Clone(raw))
			}
			last = append(last[:0], k...)
			n++
		}
		return raws, true, nil
	}, page)
}

// lookups reads n records by index, get(tx, i) finding the i-th, pageKeys
// (or pageBudget) to a transaction, like pages.
func (s *Store) lookups(n int, get func(tx *bolt.Tx, i int) ([]byte, error), page func(Records) error) error {
	i := 0
	return s.paged(func(tx *bolt.Tx) ([][]byte, bool, error) {
		var raws [][]byte
		start := time.Now()
		for j := 0; i < n && j < pageKeys && (j == 0 || time.Since(start) <= pageBudget); i, j = i+1, j+1 {
			raw, err := get(tx, i)
			if err != nil {
				return nil, false, err
			}
			if raw != nil {
				raws = append(raws, bytes.Clone(raw))
			}
		}
		return raws, i == n, nil
	}, page)
}

// paged runs read, a view each time, until it says it is done, pausing
// pagePause between views. The records of each view go to page on another
// goroutine, so that the next view is read while a page is decoded and
// used; an error of page stops the reading and is returned.
func (s *Store) paged(read func(tx *bolt.Tx) ([][]byte, bool, error), page func(Records) error) error {
	work, failed, finished := make(chan [][]byte, 1), make(chan struct{}), make(chan struct{})
	var pageErr error
	go func() {
		defer close(finished)
		for raws := range work {
			if pageErr == nil {
				if pageErr = page(raws); pageErr != nil {
					close(failed)
				}
			}
		}
	}()
	err := func() error {
		for {
			var raws [][]byte
			var done bool
			err := s.view(func(tx *bolt.Tx) (err error) {
				raws, done, err = read(tx)
				return err
			})
			if err != nil {
				return err
			}
			if len(raws) > 0 {
				select {
				case work <- raws:
				case <-failed:
					return nil
				}
			}
			if done {
				return nil
			}
			select {
			case <-time.After(pagePause):
			case <-failed:
				return nil
			}
		}
	}()
	close(work)
	<-finished
	if err != nil {
		return err
	}
	return pageErr
}
