package store

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// claimTries is how many fresh claim codes SaveIntake draws before giving
// up: with 8 characters and a million orders one draw collides about once
// in a million, so ten in a row mean the source of randomness is broken.
const claimTries = 10

// SaveIntake opens a repair order from a checked intake (I13), in one
// transaction: it issues the order's ID, the day's order number and an
// unused claim code, links the earlier orders of the same serial (O7), stamps
// it with the counter, the engineer and the time, writes every index, drops
// the counter's draft and logs KindIntake. When o.TicketID is set, that
// ticket must be the counter's current ticket and is finished with it;
// when o.Request names an on-site request, that request is escalated to
// the new order in the same transaction (S10: linked both ways);
// otherwise the queue's error (queue.ErrNoCurrent, queue.ErrNotYours) is
// returned. On any error nothing at all is saved. The order returned is the
// one committed.
func (s *Store) SaveIntake(who string, counter int, o repair.Order) (repair.Order, error) {
	var saved repair.Order
	err := s.update(who, func(w *wtx) (err error) {
		saved, err = w.saveIntake(counter, o, s.claimRand(), s.opts.ClaimLength)
		return err
	})
	if err != nil {
		return repair.Order{}, err
	}
	return saved, nil
}

// saveIntake is SaveIntake's transaction, with claim codes of claimLen
// characters drawn from r.
func (w *wtx) saveIntake(counter int, o repair.Order, r io.Reader, claimLen int) (repair.Order, error) {
	if _, err := w.cfg.Counter(counter); err != nil {
		return o, err
	}
	if o.TicketID != 0 {
		t, err := w.finishFor(counter, o.TicketID)
		if err != nil {
			return o, err
		}
		o.Ticket = t.Number
	}
	id, err := tab(w.tx, bucketOrders).nextSequence()
	if err != nil {
		return o, err
	}
	o.ID, o.Counter, o.Engineer, o.Received = id, counter, w.who, w.now
	if o.State == "" {
		o.State = repair.StateReceived
	}
	if o.Number, err = w.nextOrderNumber(); err != nil {
		return o, err
	}
	if o.Claim, err = w.newClaim(r, claimLen); err != nil {
		return o, err
	}
	if o.Previous, err = previousOrders(w.tx, o.Intake.Serial); err != nil {
		return o, err
	}
	if err := w.putOrder(o); err != nil {
		return o, err
	}
	if err := w.escalated(o); err != nil {
		return o, err
	}
	if err := tab(w.tx, bucketDrafts).delete(u64(uint64(counter))); err != nil {
		return o, err
	}
	detail := strings.TrimSpace(o.Intake.Device + " " + o.Intake.Serial)
	_, err = w.log(Event{Kind: KindIntake, Counter: counter, Order: o.Number, Detail: detail})
	return o, err
}

// claimRand is where claim codes come from: crypto/rand, as a claim code is
// what hands a device over (P1); tests put a predictable reader in.
func (s *Store) claimRand() io.Reader {
	if s.rand != nil {
		return s.rand
	}
	return rand.Reader
}

// finishFor finishes ticket id, which must be counter's current ticket: the
// customer the intake was made for. Logged like the desk's Finish.
func (w *wtx) finishFor(counter int, id uint64) (queue.Ticket, error) {
	t, ok, err := w.current(counter)
	switch {
	case err != nil:
		return t, err
	case !ok:
		return t, fmt.Errorf("%w: counter %d", queue.ErrNoCurrent, counter)
	case t.ID != id:
		return t, fmt.Errorf("%w: ticket %d is not current at counter %d (%s is)", queue.ErrNotYours, id, counter, t.Number)
	}
	if err := t.Finish(counter, w.now); err != nil {
		return t, err
	}
	return t, w.saved(KindFinish, counter, t, "")
}

// nextOrderNumber issues the next order number of the station-local day
// from the day's own counter in order_seq, so numbering restarts every day.
func (w *wtx) nextOrderNumber() (string, error) {
	return w.nextDailyNumber(bucketOrderSeq, bucketByNumber, repair.OrderNumber)
}

// nextDailyNumber issues the next number of the station-local day from
// the day's counter in seq, formatted by number; a number already taken
// in the unique index taken (an import may have gone ahead of the
// counter) is skipped rather than issued twice.
func (w *wtx) nextDailyNumber(seqBucket, takenBucket []byte, number func(day time.Time, seq uint64) string) (string, error) {
	day, err := time.Parse(time.DateOnly, w.day)
	if err != nil {
		return "", err
	}
	seq, taken := tab(w.tx, seqBucket), tab(w.tx, takenBucket)
	last, err := seq.getU64([]byte(w.day))
	if err != nil {
		return "", err
	}
	for {
		last++
		n := number(day, last)
		switch used, err := taken.has([]byte(numberKey(n))); {
		case err != nil:
			return "", err
		case !used:
			return n, seq.put([]byte(w.day), u64(last))
		}
	}
}

// newClaim draws claim codes of n characters until one is unused.
func (w *wtx) newClaim(r io.Reader, n int) (string, error) {
	taken := tab(w.tx, bucketByClaim)
	for range claimTries {
		code, err := repair.NewClaimCode(r, n)
		if err != nil {
			return "", err
		}
		switch used, err := taken.has([]byte(claimKey(code))); {
		case err != nil:
			return "", err
		case !used:
			return code, nil
		}
	}
	return "", fmt.Errorf("store: no unused claim code in %d tries", claimTries)
}

// previousOrders lists the numbers of the orders of a serial, oldest first
// (O7): the index keys of one serial are in id order.
func previousOrders(tx *bolt.Tx, serial string) ([]string, error) {
	serial = serialKey(serial)
	if serial == "" {
		return nil, nil
	}
	var out []string
	prefix := dayKey(serial, nil)
	c, heads := tab(tx, bucketBySerial).cursor(), tab(tx, bucketHeads)
	k, _, err := c.seek(prefix)
	for ; err != nil || bytes.HasPrefix(k, prefix); k, _, err = c.next() {
		if err != nil {
			return nil, err
		}
		id, ok := indexID(k)
		if !ok {
			return nil, damagedKey(bucketBySerial, k)
		}
		var head struct {
			Number string `json:"number"`
		}
		if found, err := heads.getJSON(u64(id), &head); err != nil || !found {
			return nil, orderMissing(bucketBySerial, k, err)
		}
		out = append(out, head.Number)
	}
	return out, nil
}

// orderMissing is the error of an index key whose order cannot be read.
func orderMissing(index, key []byte, err error) error {
	if err != nil {
		return err
	}
	return damaged(index, key, "names no order")
}
