package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A database written by schema version 9, for the migration after it.
// Rewrite it only with a binary of schema version 9:
//
//	go test -run TestSchemaV9Fixture ./store -update-fixtures
func TestSchemaV9Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 9, writeV3Fixture), c)
	checkHeads(t, s, 4)
	checkV3Fixture(t, s)
	if _, err := s.Check(); err != nil {
		t.Errorf("Check of the version 9 fixture: %v", err)
	}
}

// Migration 10 gives a version 9 file the on-site requests' and the
// hotline's buckets, empty, and leaves its orders and queue as they were;
// the first request opened after it is the day's first.
func TestS1_Migration10AddsRequestsAndTheHotline(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, copyFixture(t, "v9.bbolt"), c)
	err := s.view(func(tx *bolt.Tx) error {
		if v, err := schemaOf(tx); v != schemaVersion || err != nil {
			t.Errorf("schema %d, %v", v, err)
		}
		for _, b := range [][]byte{bucketRequests, bucketReqByNumber, bucketReqByPhone, bucketReqByPhoneTail,
			bucketReqByName, bucketReqBySerial, bucketReqByCompany, bucketReqOpen, bucketReqSeq,
			bucketHotline, bucketHotlineOpen} {
			if tx.Bucket(b) == nil {
				t.Errorf("no bucket %s", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	open, err := s.OpenRequests()
	if err != nil || len(open) != 0 {
		t.Errorf("open requests after the migration: %v, %v", open, err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after the migration: %v", err)
	}
	checkV3Fixture(t, s) // it saves an order: after it, the request
	r, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	if want := "S2506020001"; r.Number != want {
		t.Errorf("first request after the migration is %s, want %s", r.Number, want)
	}
}

// A database written by schema version 10, for the migration after it:
// the version 3 fixture's queue and orders, and an on-site request.
// Rewrite it only with a binary of schema version 10:
//
//	go test -run TestSchemaV10Fixture ./store -update-fixtures
func TestSchemaV10Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 10, writeV10Fixture), c)
	checkV3Fixture(t, s)
	if r, found, err := s.RequestByNumber("S2506020001"); !found || err != nil || r.Customer.Name == "" {
		t.Errorf("the fixture's request: %+v, %v, %v", r, found, err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check of the version 10 fixture: %v", err)
	}
}

func writeV10Fixture(t *testing.T, path string) {
	writeV3Fixture(t, path)
	c := newClock()
	c.Add(3 * time.Hour)
	s := openAt(t, path, c)
	defer s.Close()
	if _, err := s.OpenRequest("张工", aRequest()); err != nil {
		t.Fatal(err)
	}
}
