package pagecheck

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// soundFile is a small real file and, by bbolt's own account, where its
// reachable branch and leaf pages are.
type soundFile struct {
	data     []byte
	ps       int
	branches []int
	leaves   []int // leaves holding keys only, at least two of them
	freelist int
}

func loadSound(t *testing.T) soundFile {
	t.Helper()
	path := filepath.Join(t.TempDir(), "db")
	buildDB(t, path, smallShape)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := soundFile{data: data, ps: smallShape.pageSize}
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		for id := 2; id < int(tx.Size())/s.ps; id++ {
			info, err := tx.Page(id)
			if err != nil {
				return err
			}
			switch {
			case info.Type == "branch":
				s.branches = append(s.branches, id)
			case info.Type == "freelist":
				s.freelist = id
			case info.Type == "leaf" && info.Count >= 2 && s.plainLeaf(id):
				s.leaves = append(s.leaves, id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.branches) == 0 || len(s.leaves) == 0 || s.freelist == 0 {
		t.Fatalf("the test file lacks a kind of page: %+v", s)
	}
	return s
}

// plainLeaf: no element of leaf id holds a bucket.
func (s soundFile) plainLeaf(id int) bool {
	p := s.data[id*s.ps:]
	for i := range int(readHeader(p).count) {
		if order.Uint32(p[pageHeaderSize+i*elementSize:])&bucketLeafFlag != 0 {
			return false
		}
	}
	return true
}

// put writes v at byte off of page id, in a copy.
func (s soundFile) put(data []byte, id, off int, v []byte) { copy(data[id*s.ps+off:], v) }

func u32(v uint32) []byte { return order.AppendUint32(nil, v) }
func u64(v uint64) []byte { return order.AppendUint64(nil, v) }

// TestWalkFindsDamage: each way of damaging a sound file is found, with a
// message that says what it is.
func TestWalkFindsDamage(t *testing.T) {
	s := loadSound(t)
	leaf, branch := s.leaves[0], s.branches[0]
	elem := func(i, field int) int { return pageHeaderSize + i*elementSize + field }
	cases := []struct {
		name   string
		damage func(d []byte)
		why    string
	}{
		{"header id", func(d []byte) { s.put(d, leaf, 0, u64(uint64(leaf+1))) }, "in header of page"},
		{"flags", func(d []byte) { s.put(d, leaf, 8, []byte{0x20, 0}) }, "unknown page (flags 0x20)"},
		{"count", func(d []byte) { s.put(d, leaf, 10, []byte{0xff, 0xff}) }, "elements do not fit"},
		{"overflow", func(d []byte) { s.put(d, leaf, 12, u32(1<<31)) }, "overflow of 2147483648 pages"},
		{"element pos", func(d []byte) { s.put(d, leaf, elem(1, 4), u32(1<<30)) }, "lies outside the page"},
		{"key order", func(d []byte) {
			// Element 1's key, written over with element 0's.
			p := d[leaf*s.ps:]
			k0 := p[elem(0, 0)+int(order.Uint32(p[elem(0, 4):])):][:order.Uint32(p[elem(0, 8):])]
			copy(p[elem(1, 0)+int(order.Uint32(p[elem(1, 4):])):], bytes.Clone(k0))
		}, "keys out of order"},
		{"element flags", func(d []byte) { s.put(d, leaf, elem(0, 0), u32(4)) }, "unknown flags 0x4"},
		{"child twice", func(d []byte) {
			s.put(d, branch, elem(1, 8), d[branch*s.ps+elem(0, 8):][:8])
		}, "reached twice"},
		{"cycle", func(d []byte) { s.put(d, branch, elem(0, 8), u64(uint64(branch))) }, "reached twice"},
		{"child past hwm", func(d []byte) { s.put(d, branch, elem(0, 8), u64(1<<40)) }, "reference to page 1099511627776 at or above the high-water mark"},
		{"child is meta", func(d []byte) { s.put(d, branch, elem(0, 8), u64(1)) }, "reference to meta page 1"},
		{"reachable free", func(d []byte) {
			s.put(d, s.freelist, pageHeaderSize, u64(uint64(leaf)))
		}, "reachable page is on the freelist"},
		{"freelist count", func(d []byte) { s.put(d, s.freelist, 10, []byte{0xfe, 0xff}) }, "does not fit"},
		{"freelist slack", func(d []byte) {
			// Past the last id: nothing lists a page there, and the page
			// would still be damaged.
			s.put(d, s.freelist, s.ps-1, []byte{0x5a})
		}, "bytes after the freelist's"},
		{"freelist flags", func(d []byte) { s.put(d, s.freelist, 8, []byte{leafFlag, 0}) }, "where a freelist page belongs"},
		{"lost page", func(d []byte) {
			// The first free id, made a meta page's: that page is lost.
			s.put(d, s.freelist, pageHeaderSize, u64(0))
		}, "neither reached nor free"},
		{"both metas", func(d []byte) { d[16], d[s.ps+16] = 0, 0 }, "neither meta page is valid"},
		{"truncated", func(d []byte) {}, "file holds"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := bytes.Clone(s.data)
			c.damage(d)
			if c.name == "truncated" {
				d = d[:len(d)/2]
			}
			rep, err := Walk(bytes.NewReader(d), int64(len(d)), 0)
			if err != nil {
				t.Fatal(err)
			}
			var whys []string
			for _, dm := range rep.Damage {
				whys = append(whys, dm.String())
			}
			if !strings.Contains(strings.Join(whys, "\n"), c.why) {
				t.Errorf("want %q among:\n%s", c.why, strings.Join(whys, "\n"))
			}
		})
	}
}

// TestWalkOneBadMeta: a torn meta page is damage, and Walk goes on from
// the other one, as bbolt does.
func TestWalkOneBadMeta(t *testing.T) {
	s := loadSound(t)
	for page := range 2 {
		d := bytes.Clone(s.data)
		d[page*s.ps+pageHeaderSize+60] ^= 1 // in the checksum
		rep, err := Walk(bytes.NewReader(d), int64(len(d)), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Damage) != 1 || rep.Damage[0].Page != uint64(page) || !strings.Contains(rep.Damage[0].Why, "checksum mismatch") {
			t.Errorf("meta page %d torn: %v", page, rep.Damage)
		}
		if rep.Reached == 0 {
			t.Errorf("meta page %d torn: nothing walked", page)
		}
	}
}
