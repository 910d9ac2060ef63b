package store

import (
	"os"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/demo"
	"frontdesk/repair"
)

// freePages is the length of the file's freelist.
func freePages(t testing.TB, path string) int {
	t.Helper()
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second}) // read-write: only then is the freelist read
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return db.Stats().FreePageN
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
	r, counts, free := rev(t, s), orderKeyCounts(t, s), freePages(t, s.Path())

	info, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	after := freePages(t, s.Path())
	t.Logf("compacted %d → %d bytes in %v; free pages %d → %d", info.Before, info.After, info.Took, free, after)
	if info.After > info.Before || after >= free || after > 10 {
		t.Errorf("compaction: %+v, free pages %d → %d", info, free, after)
	}
	if _, err := Verify(s.Path()); err != nil {
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
	if _, err := os.Stat(s.Path() + ".lock"); err != nil {
		t.Error(err)
	}
}
