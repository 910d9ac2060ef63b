package store

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// bucketPickupTries holds the wrong claim-code attempts of the lockout
// window (P1), under two prefixes:
//
//	o <order id u64> <at u64 ns> <n u64> → (empty)   on one order
//	c <counter u64> <at u64 ns> <n u64> → (empty)    at one counter; 0 is the kiosk
//
// Every attempt, right or wrong, is also a KindPickupTry event, which is the
// record; these keys only count, and those older than the window are
// deleted as they are passed.
var bucketPickupTries = []byte("pickup_tries")

// KindPickupTry is an attempt to verify a pickup or look up an order's
// progress with a claim code: Detail "ok", "wrong" or "locked".
const KindPickupTry = "pickup_try"

// KioskCounter is the counter number the kiosk's attempts are counted under.
const KioskCounter = 0

// PickupLimits are P1's attempt limits (repair.Config's Pickup* numbers).
type PickupLimits struct {
	Order, Counter int           // wrong attempts allowed in the window
	Lockout        time.Duration // the window, and how long a lockout lasts
}

// PickupTry is one attempt: where from, the claim code and the last 4
// digits typed, and — at the desk, when the order was found by its number
// first — that order's number, so that guesses at one order count on it.
type PickupTry struct {
	Counter int // KioskCounter for the kiosk
	Who     string
	Number  string
	Claim   string
	Last4   string
}

// LockedError is a refusal because of too many wrong attempts, on the order
// or at the counter, until Until. It matches repair.ErrLockedOut. It says
// nothing of whether the attempt itself was right.
type LockedError struct {
	Until   time.Time
	Counter bool // the counter is locked, not (only) the order
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("%v until %s", repair.ErrLockedOut, e.Until.Format(time.RFC3339))
}

// Is makes a LockedError match repair.ErrLockedOut for errors.Is.
func (e *LockedError) Is(target error) bool { return target == repair.ErrLockedOut }

// VerifyPickup checks a claim code and the phone's last 4 digits (P1) and
// returns the order they open. A wrong attempt is counted on the counter
// and, when the order is known, on it; past the limits every attempt is
// refused with a *LockedError for the rest of the window, a right one too,
// so that guessing on gains nothing. Every attempt is logged. A wrong one
// returns repair.ErrWrongClaim, without saying which half was wrong.
func (s *Store) VerifyPickup(t PickupTry, lim PickupLimits) (repair.Order, error) {
	if lim.Order < 1 || lim.Counter < 1 || lim.Lockout <= 0 {
		return repair.Order{}, errors.New("store: pickup limits not set")
	}
	var found repair.Order
	err := s.quiet(t.Who, func(w *wtx) error {
		tries := tab(w.tx, bucketPickupTries)
		counterKey := append([]byte{'c'}, u64(uint64(t.Counter))...)
		o, ok, err := pickupOrder(w.tx, t)
		if err != nil {
			return err
		}
		var orderKey []byte
		if ok {
			orderKey = append([]byte{'o'}, u64(o.ID)...)
		}
		ev := Event{Kind: KindPickupTry, Counter: t.Counter, Order: o.Number}
		until, locked, err := lockedUntil(tries, counterKey, w.now, lim.Counter, lim.Lockout)
		if err != nil {
			return err
		}
		if locked {
			return w.refuse(ev, &LockedError{Until: until, Counter: true})
		}
		if orderKey != nil {
			until, locked, err := lockedUntil(tries, orderKey, w.now, lim.Order, lim.Lockout)
			if err != nil {
				return err
			}
			if locked {
				return w.refuse(ev, &LockedError{Until: until})
			}
		}
		if ok && repair.MatchClaim(o, t.Claim, t.Last4) {
			found = o
			ev.Detail = "ok"
			_, err := w.log(ev)
			return err
		}
		// The bucket's sequence keeps two attempts of the same nanosecond apart.
		n, err := tries.nextSequence()
		if err != nil {
			return err
		}
		at := append(u64(uint64(w.now.UnixNano())), u64(n)...)
		for _, k := range [][]byte{counterKey, orderKey} {
			if k != nil {
				if err := tries.put(append(append([]byte(nil), k...), at...), nil); err != nil {
					return err
				}
			}
		}
		ev.Detail, ev.Order = "wrong", ""
		if _, err := w.log(ev); err != nil {
			return err
		}
		w.after = repair.ErrWrongClaim
		return nil
	})
	if err != nil {
		return repair.Order{}, err
	}
	return found, nil
}

// refuse logs a locked attempt and commits it, returning err to the caller
// afterwards.
func (w *wtx) refuse(ev Event, err error) error {
	ev.Detail, ev.Order = "locked", ""
	if _, lerr := w.log(ev); lerr != nil {
		return lerr
	}
	w.after = err
	return nil
}

// pickupOrder is the order an attempt is about: by number when the desk
// named it, else by the claim code typed.
func pickupOrder(tx *bolt.Tx, t PickupTry) (repair.Order, bool, error) {
	if numberKey(t.Number) != "" {
		return uniqueOrder(tx, bucketByNumber, numberKey(t.Number))
	}
	return uniqueOrder(tx, bucketByClaim, claimKey(t.Claim))
}

// lockedUntil reads the wrong attempts under prefix, deletes those that no
// longer count, and asks repair.LockedUntil (P1) whether they lock it and
// until when. A damaged attempt is an error: an attempt passed over would
// let a guesser go on.
func lockedUntil(tries table, prefix []byte, now time.Time, limit int, window time.Duration) (time.Time, bool, error) {
	var stale [][]byte
	var times []time.Time
	c := tries.cursor()
	for k, _, err := c.seek(prefix); err != nil || k != nil && bytes.HasPrefix(k, prefix); k, _, err = c.next() {
		if err != nil {
			return time.Time{}, false, err
		}
		ns, ok := readU64(k[len(prefix):min(len(k), len(prefix)+8)])
		at := time.Unix(0, int64(ns)).UTC()
		if !ok || !repair.InLockoutWindow(at, now, window) {
			stale = append(stale, append([]byte(nil), k...))
			continue
		}
		times = append(times, at)
	}
	for _, k := range stale {
		// Garbage only: a stale key left is skipped, and deleted, next time.
		_ = tries.delete(k)
	}
	until, locked := repair.LockedUntil(times, limit, window, now)
	return until, locked, nil
}
