package store

import (
	"errors"
)

// A counter is worked from one desk at a time. Each running desk program
// has a token of its own; the counter's state holds the token of the desk
// that has it open (CounterState.Desk), so that a second desk opened at the
// same counter — by a remembered sign-in or flags on another PC — is told
// instead of quietly sharing it, and a desk that was taken over sees so in
// its next snapshot. The owner frees a desk's counter when the desk's link
// ends (LeaveDesk), and every counter when it starts: the desks that were
// open come back and open theirs again.

// ErrDeskOpen is a counter open at another desk: it can be taken over, by
// a choice the engineer confirms, which the other desk then shows.
var ErrDeskOpen = errors.New("this counter is open at another desk")

// OpenDesk signs engineer in at counter from the desk of token desk, and
// frees any other counter that desk had open (it moved). A counter that
// another desk has open is ErrDeskOpen, unless takeover.
func (s *Store) OpenDesk(counter int, engineer, desk string, takeover bool) error {
	if desk == "" {
		return s.SignIn(counter, engineer)
	}
	return s.update(engineer, func(w *wtx) error {
		if _, err := w.cfg.Counter(counter); err != nil {
			return err
		}
		all, err := s.counterStates(w.tx)
		if err != nil {
			return err
		}
		for _, c := range all {
			switch {
			case c.Number == counter:
				if c.Desk != "" && c.Desk != desk && !takeover {
					return ErrDeskOpen
				}
				if c.Desk == desk && c.Engineer == engineer {
					continue
				}
				c.Engineer, c.Desk, c.Since = engineer, desk, w.now
				if _, err := w.log(Event{Kind: KindSignIn, Counter: counter}); err != nil {
					return err
				}
			case c.Desk == desk:
				c.Desk = ""
			default:
				continue
			}
			if err := putCounter(w.tx, c); err != nil {
				return err
			}
		}
		return nil
	})
}

// LeaveDesk frees the counters that the desk of token desk has open; ""
// frees every counter (an owner starting: no desk is linked to it yet).
// Who signed in last stays.
func (s *Store) LeaveDesk(desk string) error {
	return s.update("", func(w *wtx) error {
		all, err := s.counterStates(w.tx)
		if err != nil {
			return err
		}
		changed := false
		for _, c := range all {
			if c.Desk == "" || desk != "" && c.Desk != desk {
				continue
			}
			c.Desk = ""
			if err := putCounter(w.tx, c); err != nil {
				return err
			}
			changed = true
		}
		if !changed {
			return errUnchanged
		}
		return nil
	})
}
