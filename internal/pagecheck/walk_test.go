package pagecheck

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestWalkSoundFile: on real files bbolt wrote, Walk finds nothing and
// counts the pages as bbolt does.
func TestWalkSoundFile(t *testing.T) {
	noSync := bigShape
	noSync.noFreelistSync = true
	for name, s := range map[string]shape{"small": smallShape, "big": bigShape, "nofreelistsync": noSync} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "db")
			buildDB(t, path, s)
			rep := walkFile(t, path, 0)
			for _, d := range rep.Damage {
				t.Errorf("damage on a sound file: %v", d)
			}
			want := viewOf(t, path, s)
			got := bboltView{pages: rep.Pages, reached: rep.Reached, free: rep.Free, buckets: rep.Buckets}
			if got != want {
				t.Errorf("Walk counts %+v, bbolt %+v", got, want)
			}
			if rep.PageSize != s.pageSize {
				t.Errorf("page size %d, want %d", rep.PageSize, s.pageSize)
			}
			if want.free == 0 || want.pages < 100 {
				t.Errorf("the test file is too plain: %+v", want)
			}
			t.Logf("%s: %+v", name, want)
		})
	}
}

// TestWalkOlderMeta: the older meta page's tree is intact until the next
// commit overwrites that meta, so Walk from its txid finds nothing; a txid
// neither meta has is damage.
func TestWalkOlderMeta(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	buildDB(t, path, smallShape)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	var txid uint64
	err = db.View(func(tx *bolt.Tx) error { txid = uint64(tx.ID()); return nil })
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{txid, txid - 1} {
		if rep := walkFile(t, path, id); !rep.OK() {
			t.Errorf("txid %d: %v", id, rep.Damage)
		}
	}
	rep := walkFile(t, path, txid+1)
	if rep.OK() || rep.Damage[0].Why != fmt.Sprintf("no valid meta page has txid %d", txid+1) {
		t.Errorf("txid %d that no meta has: %v", txid+1, rep.Damage)
	}
}

// failingReader fails every read past a byte offset, as a disk would.
type failingReader struct {
	data  []byte
	after int64
}

func (r failingReader) ReadAt(b []byte, off int64) (int, error) {
	if off+int64(len(b)) > r.after {
		return 0, errors.New("input/output error")
	}
	return copy(b, r.data[off:]), nil
}

// TestWalkReadError: a failing read is Walk's error, not damage, wherever
// it comes: in the meta pages or in the tree.
func TestWalkReadError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "db")
	buildDB(t, path, smallShape)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, after := range []int64{0, 2000, int64(len(data) / 2)} {
		_, err := Walk(failingReader{data, after}, int64(len(data)), 0)
		if err == nil || !strings.Contains(err.Error(), "input/output error") {
			t.Errorf("reads fail past %d: err %v", after, err)
		}
	}
}

// TestChildPath: bucket paths read as text, and stay short however deep.
func TestChildPath(t *testing.T) {
	for _, c := range []struct {
		parent, name, want string
	}{
		{"", "orders", "orders"},
		{"orders", "lines", "orders/lines"},
		{"", "a\x00b", "610062"},
		{"", "a/b", "612f62"},
		{"", strings.Repeat("n", 50), strings.Repeat("n", 48) + "..."},
	} {
		if got := childPath(c.parent, []byte(c.name)); got != c.want {
			t.Errorf("childPath(%q, %q) = %q, want %q", c.parent, c.name, got, c.want)
		}
	}
	path := ""
	for range 1000 {
		path = childPath(path, bytes.Repeat([]byte{0xfe}, 4000))
	}
	if len(path) > pathShown+2*nameShown+2*len(cut)+2 || !strings.HasSuffix(path, "/...") {
		t.Errorf("a path 1000 buckets deep is %d bytes: %.80q", len(path), path)
	}
}
