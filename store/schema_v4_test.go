package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// Migration 4 gives every order of version 3 its head in order_heads, the
// same head the order's next save would write, so that a search finds the
// old orders as it finds the new.
func TestMigration4HeadsFromV3(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, copyFixture(t, "v3.bbolt"), c)
	checkHeads(t, s, 4)
	if got, _ := search(t, s, "王芳", 0); len(got) != 1 || got[0] != "R2506020003" {
		t.Errorf("a picked-up order of version 3 by name: %v", got)
	}
}

// A database written by schema version 4, for the migration after it: what
// writeV3Fixture writes, now with the heads. Rewrite it only with a binary
// of schema version 4:
//
//	go test -run TestSchemaV4Fixture ./store -update-fixtures
func TestSchemaV4Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 4, writeV3Fixture), c)
	checkHeads(t, s, 4)
	checkV3Fixture(t, s)
}

// checkHeads checks that order_heads holds the head of each of the n
// orders of s, and nothing else.
func checkHeads(t *testing.T, s *Store, n uint64) {
	t.Helper()
	for id := uint64(1); id <= n; id++ {
		o, ok, err := s.Order(id)
		if !ok || err != nil {
			t.Fatalf("order %d: %v %v", id, ok, err)
		}
		var h repair.Head
		err = s.view(func(tx *bolt.Tx) error {
			_, err := tab(tx, bucketHeads).getJSON(u64(id), &h)
			return err
		})
		if err != nil || h != o.Head() {
			t.Errorf("head of order %d:\n got %+v\nwant %+v (%v)", id, h, o.Head(), err)
		}
	}
	err := s.view(func(tx *bolt.Tx) error {
		if k := tx.Bucket(bucketHeads).Stats().KeyN; k != int(n) {
			t.Errorf("%d heads for %d orders", k, n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
