package store

import (
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// The on-site requests (DOMAIN.md S1–S12) as the store keeps them: one
// record each, found by its number and by the customer's phone, name,
// company and the device's serial, and the open ones listed for the
// on-site board. The rules are package onsite's; the store issues the id
// and the day's number, keeps the indexes in step and logs every step of a
// request's timeline as a KindRequest event.

// ErrNoRequest is the error of a request id or number that names none.
var ErrNoRequest = errors.New("store: no such on-site request")

// ErrRequestConflict is ReplaceRequest's answer when the request is no
// longer the one the change was made to: another terminal changed it.
var ErrRequestConflict = errors.New("store: the request was changed by another terminal")

// ErrReceivedTime is a request said to have come in at a time in the
// future, or more than a day ago: a clock or a form gone wrong, which
// would make its S8 clocks lie.
var ErrReceivedTime = errors.New("store: a request's time of arrival must be within the last day")

// OpenRequest stores a new request, checked by onsite.Check: it gets its
// id and the day's number, Taker is who took the call, and Received is the
// time the call came in when given (not in the future, not before
// yesterday), else the commit's. Logged as KindRequest.
func (s *Store) OpenRequest(who string, r onsite.Request) (onsite.Request, error) {
	var saved onsite.Request
	err := s.update(who, func(w *wtx) error {
		var err error
		saved, err = w.openRequest(r)
		return err
	})
	if err != nil {
		return onsite.Request{}, err
	}
	return saved, nil
}

func (w *wtx) openRequest(r onsite.Request) (onsite.Request, error) {
	switch {
	case r.Received.IsZero():
		r.Received = w.now
	case r.Received.After(w.now) || w.now.Sub(r.Received) > 24*time.Hour:
		return r, fmt.Errorf("%w: %s", ErrReceivedTime, r.Received.Format(time.RFC3339))
	}
	if r.Answered.IsZero() {
		r.Answered = w.now
	}
	id, err := tab(w.tx, bucketRequests).nextSequence()
	if err != nil {
		return r, err
	}
	r.ID, r.Taker, r.Updated = id, w.who, w.now
	if r.State == "" {
		r.State = onsite.StateNew
	}
	if r.Number, err = w.nextDailyNumber(bucketReqSeq, bucketReqByNumber, onsite.RequestNumber); err != nil {
		return r, err
	}
	if err := w.putRequest(r, nil); err != nil {
		return r, err
	}
	if _, err = w.log(Event{Kind: KindRequest, Request: r.Number, State: string(r.State), Detail: "open " + r.Fault}); err != nil {
		return r, err
	}
	return r, w.requestMessages(r, 0)
}

// UpdateRequest changes request id through change, a function of package
// onsite, logging a KindRequest event per step it added to the timeline.
func (s *Store) UpdateRequest(who string, id uint64, change func(r onsite.Request, now time.Time) (onsite.Request, error)) (onsite.Request, error) {
	var saved onsite.Request
	err := s.update(who, func(w *wtx) error {
		r, err := w.request(id)
		if err != nil {
			return err
		}
		changed, err := change(r, w.now)
		if err != nil {
			return err
		}
		saved, err = w.changeRequest(r, changed)
		return err
	})
	if err != nil {
		return onsite.Request{}, err
	}
	return saved, nil
}

// ReplaceRequest is UpdateRequest for a change made away from the store
// (by a client): changed is written only while the stored request is still
// exactly was; otherwise nothing is, and the error is ErrRequestConflict.
func (s *Store) ReplaceRequest(who string, was, changed onsite.Request) (onsite.Request, error) {
	still, err := stillAs(was, ErrRequestConflict)
	if err != nil {
		return onsite.Request{}, err
	}
	return s.UpdateRequest(who, was.ID, func(r onsite.Request, _ time.Time) (onsite.Request, error) {
		if err := still(r); err != nil {
			return onsite.Request{}, err
		}
		return changed, nil
	})
}

// request reads one request by id in a write transaction.
func (w *wtx) request(id uint64) (onsite.Request, error) {
	var r onsite.Request
	found, err := tab(w.tx, bucketRequests).getJSON(u64(id), &r)
	switch {
	case err != nil:
		return r, err
	case !found:
		return r, fmt.Errorf("%w: %d", ErrNoRequest, id)
	}
	return r, nil
}

// changeRequest writes changed over r under checkRequestChange's rules,
// its new steps logged.
func (w *wtx) changeRequest(r, changed onsite.Request) (onsite.Request, error) {
	if err := checkRequestChange(r, changed); err != nil {
		return r, err
	}
	changed.Updated = w.now
	if err := w.putRequest(changed, &r); err != nil {
		return r, err
	}
	for _, st := range changed.History[len(r.History):] {
		e := Event{Kind: KindRequest, Request: changed.Number, State: string(st.To), Detail: stepDetail(st)}
		if st.To == "" {
			e.State = string(changed.State)
		}
		if changed.Order != r.Order {
			e.Order = changed.Order // the step that escalated it names the order
		}
		if _, err := w.log(e); err != nil {
			return r, err
		}
	}
	return changed, w.requestMessages(changed, len(r.History))
}

// checkRequestChange keeps a change to what a change may do: the request's
// identity stays, its timeline only grows, something was recorded, and a
// link to a carry-in order, once made, stays.
func checkRequestChange(old, changed onsite.Request) error {
	switch {
	case changed.ID != old.ID || changed.Number != old.Number || !changed.Received.Equal(old.Received) || changed.Taker != old.Taker:
		return errors.New("store: a change may not alter the request's number, id, arrival or taker")
	case len(changed.History) <= len(old.History):
		return errors.New("store: a change must add to the request's timeline")
	case old.Order != "" && changed.Order != old.Order:
		return errors.New("store: a request's carry-in order cannot be changed")
	}
	for i := range old.History {
		if !sameStep(old.History[i], changed.History[i]) {
			return errors.New("store: a change may not rewrite the request's timeline")
		}
	}
	return nil
}

// stepDetail is a step of a request's or a call's timeline as its event's
// Detail: its kind, then its text.
func stepDetail(st onsite.Step) string {
	if st.Text == "" {
		return st.Kind
	}
	return st.Kind + " " + st.Text
}

func sameStep(a, b onsite.Step) bool {
	return a.At.Equal(b.At) && a.Who == b.Who && a.Kind == b.Kind && a.From == b.From && a.To == b.To && a.Text == b.Text
}

// Request reads one request by id.
func (s *Store) Request(id uint64) (r onsite.Request, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		found, err = tab(tx, bucketRequests).getJSON(u64(id), &r)
		return err
	})
	return r, found, err
}

// RequestByNumber reads one request by its number, as typed.
func (s *Store) RequestByNumber(number string) (r onsite.Request, found bool, err error) {
	err = s.view(func(tx *bolt.Tx) (err error) {
		r, found, err = requestByNumber(tx, number)
		return err
	})
	return r, found, err
}

// requestByNumber reads the request of number in tx, and checks that it
// names the number back: an index entry of a stale page would name
// another request.
func requestByNumber(tx *bolt.Tx, number string) (onsite.Request, bool, error) {
	key := numberKey(number)
	r, found, err := uniqueRecord[onsite.Request](tx, bucketRequests, bucketReqByNumber, key)
	if err == nil && found && numberKey(r.Number) != key {
		return onsite.Request{}, false, damaged(bucketReqByNumber, []byte(key), "names request "+r.Number)
	}
	return r, found, err
}

// RequestsByPhone returns a phone's requests, newest first, at most limit
// (DefaultFindLimit when ≤ 0): what the hotline shows of a caller.
func (s *Store) RequestsByPhone(phone string, limit int) ([]onsite.Request, error) {
	return s.requestsOf(bucketReqByPhone, phoneKey(phone), limit)
}

// RequestsBySerial returns a device's requests, newest first: with its
// orders, its whole history (S10, C2).
func (s *Store) RequestsBySerial(serial string, limit int) ([]onsite.Request, error) {
	return s.requestsOf(bucketReqBySerial, serialKey(serial), limit)
}

// RequestsByCompany returns a business customer's requests, newest first
// (C2's archive).
func (s *Store) RequestsByCompany(company string, limit int) ([]onsite.Request, error) {
	return s.requestsOf(bucketReqByCompany, nameKey(company), limit)
}

func (s *Store) requestsOf(index []byte, value string, limit int) ([]onsite.Request, error) {
	return newestRecords[onsite.Request](s, bucketRequests, index, value, limit)
}

// OpenRequests reads every request still open, oldest first: the on-site
// board. A station has dozens open, never its whole history.
func (s *Store) OpenRequests() ([]onsite.Request, error) {
	var out []onsite.Request
	err := s.view(func(tx *bolt.Tx) error {
		var ids []uint64
		err := tab(tx, bucketReqOpen).forEach(func(k, _ []byte) error {
			id, ok := readU64(k)
			if !ok {
				return damagedKey(bucketReqOpen, k)
			}
			ids = append(ids, id)
			return nil
		})
		if err != nil {
			return err
		}
		out, err = recordsByID[onsite.Request](tx, bucketRequests, bucketReqOpen, ids)
		return err
	})
	return out, err
}

// escalated links the on-site request an order was opened from (S10) to
// the order, in the order's transaction: the request is closed escalated
// by onsite.Escalate, which refuses a request that is not on site, and so
// the whole intake.
func (w *wtx) escalated(o repair.Order) error {
	if o.Request == "" {
		return nil
	}
	r, found, err := requestByNumber(w.tx, o.Request)
	switch {
	case err != nil:
		return err
	case !found:
		return fmt.Errorf("%w: %s", ErrNoRequest, o.Request)
	}
	changed := r
	changed.History = slices.Clone(r.History)
	if err := onsite.Escalate(&changed, o.Number, w.who, w.now); err != nil {
		return err
	}
	_, err = w.changeRequest(r, changed)
	return err
}
