package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A database written by schema version 8, for the migration after it.
// Rewrite it only with a binary of schema version 8:
//
//	go test -run TestSchemaV8Fixture ./store -update-fixtures
func TestSchemaV8Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 8, writeV3Fixture), c)
	checkHeads(t, s, 4)
	checkV3Fixture(t, s)
	if _, err := s.Check(); err != nil {
		t.Errorf("Check of the version 8 fixture: %v", err)
	}
}

// Migration 9 gives a version 8 file the approvals' and PINs' buckets,
// empty: nothing pending, no PIN set, and the file's orders as they were.
func TestP1_Migration9AddsApprovalsAndPINs(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, copyFixture(t, "v8.bbolt"), c)
	err := s.view(func(tx *bolt.Tx) error {
		if v, err := schemaOf(tx); v != schemaVersion || err != nil {
			t.Errorf("schema %d, %v", v, err)
		}
		for _, b := range [][]byte{bucketStaffPINs, bucketPINTries, bucketApprovals, bucketApprovalsPending} {
			if tx.Bucket(b) == nil {
				t.Errorf("no bucket %s", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if p := snap(t, s).Approvals; len(p) != 0 {
		t.Errorf("pending after the migration: %+v", p)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after the migration: %v", err)
	}
	checkV3Fixture(t, s)
}
