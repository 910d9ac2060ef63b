package store

import (
	"time"

	"frontdesk/care"
)

// The period reader of the ratings (C1, R1–R3): the ratings given in a
// time range, for the report's ratings per engineer and counter and the
// export, a page at a time like the other period readers (export.go).
// Every rating is stamped with the time of the commit that stored it, and
// ids are issued in that order, so the range is found by binary search.

// RatingsBetween calls fn with the ratings given from ≤ At < to, oldest
// first, a page at a time.
func (s *Store) RatingsBetween(from, to time.Time, fn func([]care.Rating) error) error {
	return s.StoredRatingsBetween(from, to, RatingsPage(from, to, fn))
}

// StoredRatingsBetween is RatingsBetween with its pages as stored; a page
// may hold a rating or two just outside the range, which RatingsPage
// leaves out.
func (s *Store) StoredRatingsBetween(from, to time.Time, fn func(Records) error) error {
	return s.timeRange(bucketRatings, from, to, func(k, v []byte) (time.Time, error) {
		var r care.Rating
		err := decodeValue(bucketRatings, k, v, &r)
		return r.At, err
	}, fn)
}

// RatingsPage decodes a page of StoredRatingsBetween(from, to).
func RatingsPage(from, to time.Time, fn func([]care.Rating) error) func(Records) error {
	return decodeEach(func(rs []care.Rating) error {
		return maybe(fn, within(rs, from, to, func(r care.Rating) time.Time { return r.At }))
	})
}
