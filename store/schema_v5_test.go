package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Migration 5 drops meta/board, the board token of version 4, and leaves
// the board as it was: the store keeps the board's generation in memory.
func TestMigration5DropsTheBoardToken(t *testing.T) {
	path := copyFixture(t, "v4.bbolt")
	if token := metaKey(t, path, keyBoard); len(token) != 16 {
		t.Fatalf("the version 4 fixture has board token %x, want 16 bytes", token)
	}
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, path, c)
	before, err := s.Board()
	if err != nil || len(before) == 0 {
		t.Fatalf("board after the migration %+v %v", before, err)
	}
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check after the migration: %v", err)
	}
	s.Close()
	if token := metaKey(t, path, keyBoard); token != nil {
		t.Errorf("meta/board is still there after migration 5: %x", token)
	}
	s = openAt(t, path, c)
	checkV3Fixture(t, s)
}

// A database written by schema version 5, for the migration after it.
// Rewrite it only with a binary of schema version 5:
//
//	go test -run TestSchemaV5Fixture ./store -update-fixtures
func TestSchemaV5Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	path := fixture(t, 5, writeV3Fixture)
	s := openAt(t, path, c)
	checkHeads(t, s, 4)
	checkV3Fixture(t, s)
}

// metaKey reads one key of meta straight from the file (a copy of it, as
// nobody else may hold the file).
func metaKey(t *testing.T, path string, key []byte) []byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v []byte
	if err := db.View(func(tx *bolt.Tx) error {
		if got := tx.Bucket(bucketMeta).Get(key); got != nil {
			v = append([]byte{}, got...)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return v
}
