package store

import (
	"cmp"
	"math"

	bolt "go.etcd.io/bbolt"
)

// The kinds of Event.
const (
	KindTake     = "take"
	KindCall     = "call"
	KindRecall   = "recall"
	KindStart    = "start"
	KindFinish   = "finish"
	KindNoShow   = "noshow"
	KindReturn   = "return"
	KindTransfer = "transfer"
	KindAway     = "away"
	KindBack     = "back"
	KindPause    = "pause"
	KindResume   = "resume"
	KindSignIn   = "signin"
	KindClose    = "close"
	KindIntake   = "intake" // a repair order was opened (Event.Order)
	KindOrder    = "order"  // a repair order changed: Detail the step's kind (repair.StepKind) and text, State after it
	// KindHandBack: an intake ended with the device handed back unaccepted,
	// no order opened: Detail the repair.HandBackReason, Note the engineer's.
	KindHandBack = "handback"
	// KindStaff: a member was added or removed (issue 17): Detail "add
	// NAME ROLE KEYS" or "remove NAME", Who the one who did it.
	KindStaff = "staff"
	// KindRequest: an on-site request was opened or changed (Event.Request
	// its number): Detail the step's kind and text, State after it, Order
	// the carry-in order it was escalated to, on the step that did it.
	KindRequest = "request"
	// KindHotline: a call was logged on the hotline or changed owner or
	// result: Detail what about, Request or Order the one it was about.
	KindHotline = "hotline"
)

// EventPage is the most events one call of Events returns: a long history is
// read in pages, each its own short transaction, so that no desk waits behind
// a report (DESIGN.md).
const EventPage = 1000

// Events returns up to limit events with IDs after the given one, oldest
// first; limit ≤ 0 or above EventPage means EventPage. Pass the last ID of a
// page to get the next.
func (s *Store) Events(after uint64, limit int) ([]Event, error) {
	if limit <= 0 || limit > EventPage {
		limit = EventPage
	}
	if after == math.MaxUint64 {
		return nil, nil
	}
	var out []Event
	err := s.view(func(tx *bolt.Tx) error {
		c := tab(tx, bucketEvents).cursor()
		for k, v, err := c.seek(u64(after + 1)); err != nil || k != nil && len(out) < limit; k, v, err = c.next() {
			var e Event
			if err := cmp.Or(err, decodeValue(bucketEvents, k, v, &e)); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// log appends one event, stamped with the transaction's time and actor, and
// returns its id.
func (w *wtx) log(e Event) (uint64, error) {
	events := tab(w.tx, bucketEvents)
	id, err := events.nextSequence()
	if err != nil {
		return 0, err
	}
	e.ID, e.At = id, w.now
	if e.Who == "" {
		e.Who = w.who
	}
	return id, events.putJSON(u64(id), e)
}
