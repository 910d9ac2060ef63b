package pagecheck

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// shape says what a test file holds.
type shape struct {
	pageSize       int
	orders         int // keys in "orders", put in random order so pages split everywhere
	valueLen       int
	blobs          int // values of blobLen bytes, each on overflow pages
	blobLen        int
	noFreelistSync bool
}

// smallShape is a file of a few hundred pages, with every kind of page and
// bucket; bigShape fills thousands.
var (
	smallShape = shape{pageSize: 1024, orders: 600, valueLen: 20, blobs: 3, blobLen: 3000}
	bigShape   = shape{pageSize: 4096, orders: 6000, valueLen: 60, blobs: 8, blobLen: 40000}
)

// buildDB writes a real bbolt file at path: buckets with thousands of keys,
// a nested bucket, inline buckets, an empty bucket, values on overflow
// pages, and deletes in later transactions so that the freelist holds pages.
func buildDB(t testing.TB, path string, s shape) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: s.pageSize, NoFreelistSync: s.noFreelistSync})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.Update(func(tx *bolt.Tx) error {
		for _, name := range []string{"orders", "customers", "blobs", "empty"} {
			if _, err := tx.CreateBucket([]byte(name)); err != nil {
				return err
			}
		}
		notes, err := tx.Bucket([]byte("customers")).CreateBucket([]byte("notes"))
		if err != nil {
			return err
		}
		if _, err := notes.CreateBucket([]byte("deeper")); err != nil {
			return err
		}
		for i := range 5 {
			tiny, err := tx.CreateBucket(fmt.Appendf(nil, "tiny-%d", i))
			if err != nil {
				return err
			}
			must(tiny.Put([]byte("k"), []byte("v")))
		}
		return nil
	}))
	order := rng.Perm(s.orders)
	for start := 0; start < len(order); start += 1000 {
		must(db.Update(func(tx *bolt.Tx) error {
			orders, notes := tx.Bucket([]byte("orders")), tx.Bucket([]byte("customers")).Bucket([]byte("notes"))
			for _, n := range order[start:min(start+1000, len(order))] {
				v := bytes.Repeat([]byte{byte(n)}, s.valueLen)
				must(orders.Put(orderKey(n), v))
				if n%7 == 0 {
					must(notes.Put(orderKey(n), v[:s.valueLen/2]))
				}
			}
			return nil
		}))
	}
	must(db.Update(func(tx *bolt.Tx) error {
		blobs := tx.Bucket([]byte("blobs"))
		for i := range s.blobs {
			must(blobs.Put(orderKey(i), bytes.Repeat([]byte{byte(i)}, s.blobLen)))
		}
		return nil
	}))
	// Deletes free pages: every third order, a blob, an inline bucket, and
	// enough keys at the front of a leaf that bbolt must fix branch keys.
	must(db.Update(func(tx *bolt.Tx) error {
		orders := tx.Bucket([]byte("orders"))
		for n := 0; n < s.orders; n += 3 {
			must(orders.Delete(orderKey(n)))
		}
		must(tx.Bucket([]byte("blobs")).Delete(orderKey(1)))
		return tx.DeleteBucket([]byte("tiny-2"))
	}))
	must(db.Update(func(tx *bolt.Tx) error {
		orders := tx.Bucket([]byte("orders"))
		for n := 1; n < s.orders/4; n++ {
			must(orders.Delete(orderKey(n)))
		}
		return nil
	}))
}

func orderKey(n int) []byte { return binary.BigEndian.AppendUint64([]byte("order-"), uint64(n)) }

// bboltView is what bbolt itself says of a file, to hold Walk's report to.
type bboltView struct {
	pages, reached, free uint64
	buckets              int
}

// viewOf opens the file with bbolt (which must succeed: the file is sound)
// and counts as bbolt does: pages from tx.Size, reachable pages from the
// root bucket's stats plus the meta and freelist pages, free from the
// freelist it loaded.
func viewOf(t testing.TB, path string, s shape) bboltView {
	t.Helper()
	// NoFreelistSync as the file was written: without it, bbolt would
	// write the freelist it rebuilds into the file.
	db, err := bolt.Open(path, 0o600, &bolt.Options{NoFreelistSync: s.noFreelistSync})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v bboltView
	err = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("bbolt's check: %v", err)
		}
		v.pages = uint64(tx.Size()) / uint64(db.Info().PageSize)
		st := tx.Cursor().Bucket().Stats()
		v.reached = uint64(2 + st.BranchPageN + st.BranchOverflowN + st.LeafPageN + st.LeafOverflowN)
		v.buckets = st.BucketN - 1 // not the root
		for id := 2; id < int(v.pages); id++ {
			info, err := tx.Page(id)
			if err != nil {
				return err
			}
			if info.Type == "freelist" {
				v.reached += uint64(1 + info.OverflowCount)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	st := db.Stats()
	v.free = uint64(st.FreePageN + st.PendingPageN)
	return v
}

// walkFile runs Walk on the file at path.
func walkFile(t testing.TB, path string, txid uint64) Report {
	t.Helper()
	f, size := openFile(t, path)
	rep, err := Walk(f, size, txid)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// openFile opens path for reading until the test ends, and says its size.
func openFile(t testing.TB, path string) (*os.File, int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	return f, st.Size()
}
