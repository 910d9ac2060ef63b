package store

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// Migration 6 indexes the orders a version 5 file holds by the day's
// sequence of their numbers and by every part of their dealer's name, so
// that "0003" and "电脑城" find them as they find a new order.
func TestMigration6IndexesStoredOrdersBySequenceAndDealer(t *testing.T) {
	path := copyFixture(t, "v5.bbolt")
	setDealer(t, path, 3, "中关村电脑城 B 区 7 号") // as a version 5 desk saved it
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, path, c)
	for q, want := range map[string][]string{
		"0001":     {"R2506020001"},
		"0003":     {"R2506020003"},
		"2506":     {"R2506020004", "R2506020003", "R2506020002", "R2506020001"},
		"电脑城":      {"R2506020003"},
		"b区7号":     {"R2506020003"},
		"中关村电脑城 B": {"R2506020003"},
	} {
		if got, _ := search(t, s, q, 0); !slices.Equal(got, want) {
			t.Errorf("Search(%q) after the migration = %v, want %v", q, got, want)
		}
	}
	err := s.view(func(tx *bolt.Tx) error {
		if n := tx.Bucket(bucketBySequence).Stats().KeyN; n != 4 {
			t.Errorf("%d sequences indexed for 4 orders", n)
		}
		if n, want := tx.Bucket(bucketByDealer).Stats().KeyN, len([]rune("中关村电脑城b区7号")); n != want {
			t.Errorf("%d suffixes of the dealer indexed, want %d", n, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after the migration: %v", err)
	}
	checkV3Fixture(t, s) // and a new order is indexed as the migrated ones
	if got, _ := search(t, s, "0005", 0); !slices.Equal(got, []string{"R2506020005"}) {
		t.Errorf("the new order's sequence found %v", got)
	}
}

// setDealer makes order id of the file at path one a dealer brought, as a
// version 5 frontdesk stored it: in the order alone, indexed nowhere.
func setDealer(t *testing.T, path string, id uint64, dealer string) {
	t.Helper()
	updateFile(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOrders)
		var o repair.Order
		if err := json.Unmarshal(b.Get(u64(id)), &o); err != nil {
			return err
		}
		o.Intake.ByDealer, o.Intake.Dealer = true, dealer
		raw, err := json.Marshal(o)
		if err != nil {
			return err
		}
		return b.Put(u64(id), raw)
	})
}

// A database written by schema version 6, for the migration after it.
// Rewrite it only with a binary of schema version 6:
//
//	go test -run TestSchemaV6Fixture ./store -update-fixtures
func TestSchemaV6Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 6, writeV3Fixture), c)
	checkHeads(t, s, 4)
	if got, _ := search(t, s, "0002", 0); !slices.Equal(got, []string{"R2506020002"}) {
		t.Errorf("v6 sequence %v", got)
	}
	checkV3Fixture(t, s)
}
