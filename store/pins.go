package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"frontdesk/staff"
)

// Supervisors' PINs (P1, issue 17): staff_pins keeps each supervisor's as
// staff.PIN (its salt and scrypt hash, never the PIN), pin_tries the wrong
// ones of the lockout window, counted as pickup_tries counts wrong claim
// codes, so that a restart forgets none:
//
//	<name> 0x00 <at ns u64> <seq u64> → (empty)
//
// A right PIN forgets them: staff.PINTries wrong ones in a row lock the
// PIN for staff.PINLockout. Every try is a KindPINTry event, by whoever
// typed it at the desk; the PIN is in none.

// KindPINTry is a supervisor's PIN typed at a desk to approve a request:
// Detail "ok NAME", "wrong NAME" or "locked NAME", Who the desk's engineer.
const KindPINTry = "pin_try"

// SetPIN gives supervisor name the PIN pin (staff.CheckPIN), logged as
// KindStaff "pin NAME". The hash is made before the transaction, which is
// not to wait on it; wrong tries counted so far are forgotten.
func (s *Store) SetPIN(who, name, pin string) error {
	if err := staff.CheckPIN(pin); err != nil {
		return err
	}
	salt := make([]byte, staff.SaltSize)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	p, err := staff.NewPIN(pin, salt, s.now(), who)
	if err != nil {
		return err
	}
	return s.commit(who, func(w *wtx) error {
		if err := supervisor(w.tx, name); err != nil {
			return err
		}
		p.Set = w.now
		if err := tab(w.tx, bucketStaffPINs).putJSON([]byte(name), p); err != nil {
			return err
		}
		if err := forgetTries(w.tx, name); err != nil {
			return err
		}
		_, err := w.log(Event{Kind: KindStaff, Detail: "pin " + name})
		return err
	})
}

// ApproveWithPIN gives request id, asked by who, the approval of
// supervisor, who typed their PIN at the desk. A wrong PIN is counted and
// refused with staff.ErrWrongPIN; while the PIN is locked every try is
// refused with a *LockedError, a right one too. The slow hash is compared
// outside the transaction, against the record as it was read (and not at
// all while the PIN is locked); a PIN set meanwhile makes the try wrong.
func (s *Store) ApproveWithPIN(who string, id uint64, name, pin string) (Approval, error) {
	var was staff.PIN
	var locked bool
	err := s.view(func(tx *bolt.Tx) error {
		if err := supervisor(tx, name); err != nil {
			return err
		}
		if _, err := s.reader(tx).pending(id, s.now()); err != nil {
			return err
		}
		found, err := tab(tx, bucketStaffPINs).getJSON([]byte(name), &was)
		if err == nil && !found {
			err = fmt.Errorf("%w: %s", staff.ErrNoPIN, name)
		}
		if err != nil {
			return err
		}
		// Read only: the stale tries it would delete are left for the write.
		_, locked, err = lockedUntil(tab(tx, bucketPINTries), pinPrefix(name), s.now(), staff.PINTries, staff.PINLockout)
		return err
	})
	if err != nil {
		return Approval{}, err
	}
	right := !locked && was.Matches(pin)
	var a Approval
	err = s.commit(who, func(w *wtx) error {
		if err := supervisor(w.tx, name); err != nil {
			return err
		}
		if _, err := w.pending(id, w.now); err != nil {
			return err
		}
		var now staff.PIN
		if _, err := tab(w.tx, bucketStaffPINs).getJSON([]byte(name), &now); err != nil {
			return err
		}
		tries, prefix := tab(w.tx, bucketPINTries), pinPrefix(name)
		ev := Event{Kind: KindPINTry, Detail: "locked " + name}
		until, lockedNow, err := lockedUntil(tries, prefix, w.now, staff.PINTries, staff.PINLockout)
		switch {
		case err != nil:
			return err
		case lockedNow:
			w.after = &LockedError{Until: until}
			_, err := w.log(ev)
			return err
		case !right || !bytes.Equal(now.Hash, was.Hash):
			return w.wrongPIN(name)
		}
		if err := forgetTries(w.tx, name); err != nil {
			return err
		}
		ev.Detail = "ok " + name
		if _, err := w.log(ev); err != nil {
			return err
		}
		w.who = name // the approval is the supervisor's
		a, err = w.decide(id, true, true)
		return err
	})
	if err != nil {
		return Approval{}, err
	}
	return a, nil
}

// wrongPIN counts and logs a wrong PIN of name and commits it, refusing
// the try afterwards: with staff.ErrWrongPIN, or the *LockedError this
// try brought on.
func (w *wtx) wrongPIN(name string) error {
	tries, prefix := tab(w.tx, bucketPINTries), pinPrefix(name)
	n, err := tries.nextSequence()
	if err != nil {
		return err
	}
	key := append(append(prefix, u64(uint64(w.now.UnixNano()))...), u64(n)...)
	if err := tries.put(key, nil); err != nil {
		return err
	}
	if _, err := w.log(Event{Kind: KindPINTry, Detail: "wrong " + name}); err != nil {
		return err
	}
	w.after = staff.ErrWrongPIN
	if until, locked, err := lockedUntil(tries, prefix, w.now, staff.PINTries, staff.PINLockout); err != nil {
		return err
	} else if locked {
		w.after = &LockedError{Until: until}
	}
	return nil
}

// pinPrefix is where name's wrong tries are kept in pin_tries.
func pinPrefix(name string) []byte { return append([]byte(name), 0) }

// forgetTries deletes name's wrong tries: a right PIN, a new one, or the
// member removed.
func forgetTries(tx *bolt.Tx, name string) error {
	tries, prefix := tab(tx, bucketPINTries), pinPrefix(name)
	var keys [][]byte
	c := tries.cursor()
	for k, _, err := c.seek(prefix); err != nil || k != nil && bytes.HasPrefix(k, prefix); k, _, err = c.next() {
		if err != nil {
			return err
		}
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := tries.delete(k); err != nil {
			return err
		}
	}
	return nil
}

// checkPINs is the invariant of staff_pins: every PIN a supervisor's.
func checkPINs(tx *bolt.Tx) error {
	return tab(tx, bucketStaffPINs).forEach(func(k, v []byte) error {
		var p staff.PIN
		if err := decodeValue(bucketStaffPINs, k, v, &p); err != nil {
			return err
		}
		err := supervisor(tx, string(k))
		if errors.Is(err, staff.ErrNotSupervisor) {
			return disagree("a PIN is kept for %q, who is not a supervisor", k)
		}
		return err
	})
}
