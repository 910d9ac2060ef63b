package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Migration 11 gives a version 10 file the outbox's and the ratings'
// buckets, empty, and leaves its orders, queue and requests as they were.
func TestC4_Migration11AddsTheOutboxAndRatings(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, copyFixture(t, "v10.bbolt"), c)
	err := s.view(func(tx *bolt.Tx) error {
		if v, err := schemaOf(tx); v != schemaVersion || err != nil {
			t.Errorf("schema %d, %v", v, err)
		}
		for _, b := range [][]byte{bucketOutbox, bucketOutboxDue, bucketOutboxToCall, bucketOutboxSubject,
			bucketOutboxKeys, bucketTicketPhones, bucketRatings, bucketRatingsBy, bucketRatingDue,
			bucketFollowUps, bucketFollowUpsOpen} {
			if b := tx.Bucket(b); b == nil {
				t.Errorf("no bucket %s", b)
			} else if k, _ := b.Cursor().First(); k != nil {
				t.Errorf("bucket %s is not empty", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if r, found, err := s.RequestByNumber("S2506020001"); !found || err != nil || r.Customer.Name == "" {
		t.Errorf("the request after the migration: %v, %v", found, err)
	}
	checkV3Fixture(t, s)
	checked(t, s)
}
