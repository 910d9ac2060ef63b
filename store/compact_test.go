package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/demo"
	"frontdesk/repair"
)

// freePages is the length of the file's freelist, as the store that holds
// it read it (read-write: only then is the freelist read).
func freePages(t testing.TB, s *Store) int {
	t.Helper()
	s.gate.RLock()
	defer s.gate.RUnlock()
	if s.db == nil {
		t.Fatal("the store does not hold its file")
	}
	return s.db.Stats().FreePageN
}

// A bulk load in batches leaves a long freelist; Compact drops it and keeps
// every record, index, sequence and the rev.
func TestCompactAfterBulkLoad(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	var orders []repair.Order
	for o := range demo.Orders(demo.Options{Orders: 4500, Now: c.Now(), Loc: s.Config().Location, Seed: 1}) {
		orders = append(orders, o)
	}
	for batch := range slices.Chunk(orders, 1500) {
		if err := s.BulkOrders(batch); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveDraft(Draft{Counter: 1, Engineer: "ann"}); err != nil {
		t.Fatal(err)
	}
	last, _, _ := s.Order(4500)
	r, counts, free := rev(t, s), orderKeyCounts(t, s), freePages(t, s)

	info, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	after := freePages(t, s)
	t.Logf("compacted %d → %d bytes in %v; free pages %d → %d", info.Before, info.After, info.Took, free, after)
	if info.After > info.Before || after >= free || after > 10 {
		t.Errorf("compaction: %+v, free pages %d → %d", info, free, after)
	}
	// Verify's check of the compacted file, by the store that holds it.
	// (Not Check: its invariants want an intake event for every order, and
	// BulkOrders logs none.)
	if err := s.run(readWrite, func(tx *bolt.Tx) error { _, err := checkCopy(tx); return err }); err != nil {
		t.Fatal(err)
	}
	if got := orderKeyCounts(t, s); !mapsEqual(got, counts) || rev(t, s) != r {
		t.Errorf("compaction changed the content: %v → %v, rev %d → %d", counts, got, r, rev(t, s))
	}
	if o, ok, err := s.OrderByClaim(last.Claim); !ok || err != nil || o.Number != last.Number {
		t.Errorf("by claim after compaction: %+v %v %v", o.Number, ok, err)
	}
	if tk := take(t, s, "A"); tk.ID != 2 || tk.Number != "A002" {
		t.Errorf("next ticket after compaction %+v", tk)
	}
	if o := saveIntake(t, s, 1, newOrder("a", "13800000001", "SN0001")); o.ID != 4501 {
		t.Errorf("next order id %d", o.ID)
	}
	// The store holds the compacted file as it held the old one.
	if _, err := Open(Options{Path: s.Path(), Queue: s.Config(), Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("a second Open after compaction: %v, want ErrLocked", err)
	}
}
