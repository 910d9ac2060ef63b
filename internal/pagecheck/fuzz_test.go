package pagecheck

import (
	"bytes"
	"hash/fnv"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzShape is a real file small enough for the fuzzer to mutate quickly.
var fuzzShape = shape{pageSize: 1024, orders: 150, valueLen: 8, blobs: 2, blobLen: 2000}

// fuzzSeed builds a real file and cuts it at the high-water mark.
func fuzzSeed(f *testing.F) []byte {
	path := filepath.Join(f.TempDir(), "db")
	buildDB(f, path, fuzzShape)
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	rep, err := Walk(bytes.NewReader(data), int64(len(data)), 0)
	if err != nil || !rep.OK() {
		f.Fatalf("the seed file: %v %v", err, rep.Damage)
	}
	return data[:rep.Pages*uint64(rep.PageSize)]
}

// FuzzWalk: on any bytes at all, and on mutations of a real file, Walk
// returns, in bounded time, a report within bounds and no error: a
// bytes.Reader fails only for reads past the size Walk was given.
func FuzzWalk(f *testing.F) {
	seed := fuzzSeed(f)
	f.Add(seed)
	f.Add(seed[:2*fuzzShape.pageSize])
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0xff}, 4096))
	f.Fuzz(func(t *testing.T, data []byte) { walkAnyBytes(t, data) })
}

// FuzzWalkPatch mutates a real file in one place, and with fixMeta gives
// both meta pages right checksums again, so that the fuzzer reaches past
// the meta check with any meta it makes up.
func FuzzWalkPatch(f *testing.F) {
	seed := fuzzSeed(f)
	f.Add(uint32(3*fuzzShape.pageSize+40), []byte{0xff, 0xff}, false)
	f.Add(uint32(fuzzShape.pageSize+pageHeaderSize+40), []byte{0xff}, true) // page 1's high-water mark
	f.Add(uint32(pageHeaderSize+8), []byte{0, 0, 1}, true)                  // page 0's page size
	f.Fuzz(func(t *testing.T, off uint32, patch []byte, fixMeta bool) {
		data := bytes.Clone(seed)
		copy(data[int(off)%len(data):], patch)
		if fixMeta {
			for page := range 2 {
				m := data[page*fuzzShape.pageSize+pageHeaderSize:][:metaSize]
				h := fnv.New64a()
				_, _ = h.Write(m[:56])
				order.PutUint64(m[56:], h.Sum64())
			}
		}
		walkAnyBytes(t, data)
	})
}

// walkAnyBytes walks data from each meta page and checks the bounds.
func walkAnyBytes(t *testing.T, data []byte) {
	for _, txid := range []uint64{0, 1, 2, 3} {
		start := time.Now()
		rep, err := Walk(bytes.NewReader(data), int64(len(data)), txid)
		if took := time.Since(start); took > time.Second {
			t.Errorf("txid %d: Walk took %v on %d bytes", txid, took, len(data))
		}
		if err != nil {
			t.Fatalf("txid %d: Walk read outside the file: %v", txid, err)
		}
		if len(rep.Damage) > maxDamage || rep.Reached > rep.Pages || (rep.OK() && rep.PageSize == 0) {
			t.Fatalf("txid %d: report out of bounds: %+v", txid, rep)
		}
	}
}
