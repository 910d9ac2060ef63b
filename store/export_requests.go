package store

import (
	"time"

	"frontdesk/onsite"
)

// The period readers of the on-site requests and the hotline (R1–R3, C2):
// the requests received and the calls logged in a time range, oldest
// first, a page at a time, each page its own short read transaction, as
// OrdersReceived reads the orders. Ids are issued in time order, so the
// range is found by binary search over them.

// RequestsReceived calls fn with the on-site requests received from ≤
// Received < to, oldest first, a page at a time.
func (s *Store) RequestsReceived(from, to time.Time, fn func([]onsite.Request) error) error {
	return s.StoredRequestsReceived(from, to, RequestsReceivedPage(from, to, fn))
}

// CallsBetween calls fn with the hotline's calls logged from ≤ At < to,
// oldest first, a page at a time.
func (s *Store) CallsBetween(from, to time.Time, fn func([]onsite.Call) error) error {
	return s.StoredCallsBetween(from, to, CallsPage(from, to, fn))
}

// StoredRequestsReceived is RequestsReceived with its pages as stored; a
// page may hold a request or two just outside the range, which
// RequestsReceivedPage leaves out.
func (s *Store) StoredRequestsReceived(from, to time.Time, fn func(Records) error) error {
	return s.timeRange(bucketRequests, from, to, func(k, v []byte) (time.Time, error) {
		var r struct {
			Received time.Time `json:"received"`
		}
		err := decodeValue(bucketRequests, k, v, &r)
		return r.Received, err
	}, fn)
}

// StoredCallsBetween is CallsBetween with its pages as stored.
func (s *Store) StoredCallsBetween(from, to time.Time, fn func(Records) error) error {
	return s.timeRange(bucketHotline, from, to, func(k, v []byte) (time.Time, error) {
		var c struct {
			At time.Time `json:"at"`
		}
		err := decodeValue(bucketHotline, k, v, &c)
		return c.At, err
	}, fn)
}

// RequestsReceivedPage decodes a page of StoredRequestsReceived(from, to).
func RequestsReceivedPage(from, to time.Time, fn func([]onsite.Request) error) func(Records) error {
	return decodeEach(func(rs []onsite.Request) error {
		return maybe(fn, within(rs, from, to, func(r onsite.Request) time.Time { return r.Received }))
	})
}

// CallsPage decodes a page of StoredCallsBetween(from, to).
func CallsPage(from, to time.Time, fn func([]onsite.Call) error) func(Records) error {
	return decodeEach(func(cs []onsite.Call) error {
		return maybe(fn, within(cs, from, to, func(c onsite.Call) time.Time { return c.At }))
	})
}
