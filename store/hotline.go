package store

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
)

// The hotline's log (H1): every call, kept whole, and the open ones by
// owner, so that each person's list (首问负责) is a walk of their prefix.

// ErrNoCall is the error of a call id that names none.
var ErrNoCall = errors.New("store: no such call")

// ErrCallConflict is ReplaceCall's answer when the call is no longer the
// one the change was made to.
var ErrCallConflict = errors.New("store: the call was changed by another terminal")

// LogCall stores a call checked by package onsite: it gets its id, At is
// the commit's time unless given (not in the future, not before
// yesterday), and its owner is who answered it (首问负责, H1): a call is
// handed to another only by ReplaceCall, with a note. Logged as
// KindHotline.
func (s *Store) LogCall(who string, c onsite.Call) (onsite.Call, error) {
	var saved onsite.Call
	err := s.update(who, func(w *wtx) error {
		switch {
		case c.At.IsZero():
			c.At = w.now
		case c.At.After(w.now) || w.now.Sub(c.At) > 24*time.Hour:
			return fmt.Errorf("%w: %s", ErrReceivedTime, c.At.Format(time.RFC3339))
		}
		c.Owner = w.who
		id, err := tab(w.tx, bucketHotline).nextSequence()
		if err != nil {
			return err
		}
		c.ID = id
		if err := w.putCall(c, nil); err != nil {
			return err
		}
		saved = c
		_, err = w.log(callEvent(c, "log "+c.Topic))
		return err
	})
	if err != nil {
		return onsite.Call{}, err
	}
	return saved, nil
}

// ReplaceCall writes changed over the call while it is still exactly
// was (a hand-over, a result): its timeline only grows, its identity
// stays. Otherwise ErrCallConflict, and nothing is written.
func (s *Store) ReplaceCall(who string, was, changed onsite.Call) (onsite.Call, error) {
	still, err := stillAs(was, ErrCallConflict)
	if err != nil {
		return onsite.Call{}, err
	}
	err = s.update(who, func(w *wtx) error {
		var c onsite.Call
		found, err := tab(w.tx, bucketHotline).getJSON(u64(was.ID), &c)
		switch {
		case err != nil:
			return err
		case !found:
			return fmt.Errorf("%w: %d", ErrNoCall, was.ID)
		}
		if err := still(c); err != nil {
			return err
		}
		if changed.ID != c.ID || !changed.At.Equal(c.At) || changed.Phone != c.Phone || len(changed.History) <= len(c.History) {
			return errors.New("store: a change of a call keeps its id, time and phone and adds to its timeline")
		}
		if err := w.putCall(changed, &c); err != nil {
			return err
		}
		for _, st := range changed.History[len(c.History):] {
			if _, err := w.log(callEvent(changed, stepDetail(st))); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return onsite.Call{}, err
	}
	return changed, nil
}

func callEvent(c onsite.Call, detail string) Event {
	return Event{Kind: KindHotline, Request: c.Request, Order: c.Order, State: string(c.Result), Detail: detail}
}

// putCall stores c and keeps it on its owner's open list while it is
// open; old is the call as it was, nil for a new one.
func (w *wtx) putCall(c onsite.Call, old *onsite.Call) error {
	id := u64(c.ID)
	calls, open := tab(w.tx, bucketHotline), tab(w.tx, bucketHotlineOpen)
	calls.fill(appendFill)
	if old != nil {
		if err := open.delete(dayKey(old.Owner, id)); err != nil {
			return err
		}
	}
	if c.Open() {
		if err := open.put(dayKey(c.Owner, id), nil); err != nil {
			return err
		}
	}
	return calls.putJSON(id, c)
}

// CallsOwned reads the open calls that owner owns, oldest first; owner ""
// reads every open call, the supervisor's view.
func (s *Store) CallsOwned(owner string) ([]onsite.Call, error) {
	var out []onsite.Call
	err := s.view(func(tx *bolt.Tx) error {
		c, prefix := tab(tx, bucketHotlineOpen).cursor(), []byte(nil)
		if owner != "" {
			prefix = dayKey(owner, nil)
		}
		var ids []uint64
		k, _, err := c.seek(prefix)
		for ; err != nil || k != nil && bytes.HasPrefix(k, prefix); k, _, err = c.next() {
			if err != nil {
				return err
			}
			id, ok := indexID(k)
			if !ok {
				return damagedKey(bucketHotlineOpen, k)
			}
			ids = append(ids, id)
		}
		out, err = recordsByID[onsite.Call](tx, bucketHotline, bucketHotlineOpen, ids)
		return err
	})
	return out, err
}

// HotlineCall reads one call of the hotline's log by id.
func (s *Store) HotlineCall(id uint64) (c onsite.Call, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		found, err = tab(tx, bucketHotline).getJSON(u64(id), &c)
		return err
	})
	return c, found, err
}
