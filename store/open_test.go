package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

func TestOpenCreatesDirectoryAndFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "frontdesk", "queue.db")
	s := openAt(t, path, newClock())
	if s.Path() != path {
		t.Errorf("Path() = %q", s.Path())
	}
	if _, err := os.Stat(path); err != nil {
		t.Error(err)
	}
	// The customers' data: the file and the directories made for it are
	// their owner's only.
	for _, p := range []string{path, filepath.Dir(path), filepath.Dir(filepath.Dir(path))} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s is %v (%v), want its owner's only", p, fi.Mode(), err)
		}
	}
	// The database is the one file: no sidecar beside it.
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %v, want only queue.db", names)
	}
	// Opening again, once the first store has let go of it, finds it up to
	// date and writes nothing.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	openAt(t, path, newClock())
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("reopening an up-to-date database changed it")
	}
}

func TestOpenRefusesBadQueueConfig(t *testing.T) {
	cfg := queue.DefaultConfig()
	cfg.Counters = nil
	path := filepath.Join(t.TempDir(), "queue.db")
	if _, err := Open(Options{Path: path, Queue: cfg}); err == nil {
		t.Fatal("no error for a queue without counters")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused Open created the file")
	}
}

func TestOpenInitialisesAZeroLengthFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "queue.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := openAt(t, path, newClock())
	take(t, s, "A")
}

// wantPathError checks that err is a *PathError of kind about path, and
// that its message names the file.
func wantPathError(t *testing.T, err, kind error, path string) *PathError {
	t.Helper()
	var pe *PathError
	if !errors.As(err, &pe) || !errors.Is(err, kind) || pe.Path != path || !strings.Contains(err.Error(), path) {
		t.Fatalf("error %v (%T), want a *PathError %v about %s", err, err, kind, path)
	}
	return pe
}

func TestOpenRefusesFilesThatAreNotOurs(t *testing.T) {
	noise := make([]byte, 64<<10)
	rand.Read(noise)
	text := []byte(strings.Repeat("这不是数据库 — not a database\n", 1000))
	foreign := func(path string) {
		db, err := bolt.Open(path, 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		db.Update(func(tx *bolt.Tx) error {
			b, _ := tx.CreateBucket([]byte("photos"))
			return b.Put([]byte("cat.jpg"), []byte("…"))
		})
		db.Close()
	}
	cases := map[string]func(path string){
		"random bytes":        func(p string) { os.WriteFile(p, noise, 0o644) },
		"a short text":        func(p string) { os.WriteFile(p, []byte("hello\n"), 0o644) },
		"a long text":         func(p string) { os.WriteFile(p, text, 0o644) },
		"one page of zeroes":  func(p string) { os.WriteFile(p, make([]byte, 4096), 0o644) },
		"another bbolt file":  foreign,
		"bbolt, both metas ✗": func(p string) { foreign(p); corrupt(t, p, 0, 4096) },
	}
	for name, write := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "queue.db")
			write(path)
			before, _ := os.ReadFile(path)
			for range 2 {
				_, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Timeout: time.Second})
				pe := wantPathError(t, err, ErrNotDatabase, path)
				if pe.Why == nil {
					t.Errorf("no reason given: %v", err)
				}
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Fatal("the file was changed")
			}
		})
	}
	t.Run("a directory", func(t *testing.T) {
		path := t.TempDir()
		_, err := Open(Options{Path: path, Queue: queue.DefaultConfig()})
		wantPathError(t, err, ErrNotDatabase, path)
	})
}

// corrupt overwrites the meta pages (the first two pages of size pageSize)
// with garbage of the same length.
func corrupt(t *testing.T, path string, from, pageSize int64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := bytes.Repeat([]byte{0xA5}, int(2*pageSize))
	if _, err := f.WriteAt(junk, from); err != nil {
		t.Fatal(err)
	}
}

func TestFileReplacedUnderARunningStore(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	if err := os.WriteFile(s.Path(), []byte("overwritten by mistake"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.Take("A", false, "kiosk")
	wantPathError(t, err, ErrNotDatabase, s.Path())
	_, err = s.Snapshot()
	wantPathError(t, err, ErrNotDatabase, s.Path())

	// Deleted: an error, not a new empty database numbering from A001 again.
	os.Remove(s.Path())
	_, _, err = s.Take("A", false, "kiosk")
	wantPathError(t, err, ErrNotDatabase, s.Path())
	if _, err := os.Stat(s.Path()); err == nil {
		t.Error("an operation re-created the deleted database")
	}

	// A healthy store whose file is deleted holds it still; what swaps the
	// file (Compact, Restore) finds it gone and does not make a new one.
	s = openTest(t, c)
	take(t, s, "A")
	os.Remove(s.Path())
	if tk := take(t, s, "A"); tk.Number != "A002" {
		t.Errorf("the store holding a deleted file took %s, want A002", tk.Number)
	}
	if _, err := s.Compact(); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Compact of a deleted file: %v, want ErrNotExist", err)
	}
	if _, _, err := s.Take("A", false, "kiosk"); err == nil {
		t.Error("a take after the deleted file was let go succeeded")
	}
	if _, err := os.Stat(s.Path()); err == nil {
		t.Error("an operation re-created the deleted database")
	}
}

// A damaged database must give errors, never crash the program: bbolt
// trusts its pages, so the store recovers from what it does with garbage.
func TestDamagedDatabaseDoesNotPanic(t *testing.T) {
	c := newClock()
	good := openTest(t, c)
	for i := range 300 {
		take(t, good, string(rune('A'+i%4)))
	}
	data, err := os.ReadFile(good.Path())
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	refused := 0
	for p := 2; p < len(data)/page; p++ {
		damaged := bytes.Clone(data)
		for i := p * page; i < (p+1)*page; i += 7 {
			damaged[i] ^= 0x5A
		}
		path := filepath.Join(t.TempDir(), "queue.db")
		os.WriteFile(path, damaged, 0o644)
		s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: c.Now, NoSync: true, Timeout: time.Second})
		if err != nil {
			refused++ // at the door: fine
			continue
		}
		_, err1 := s.Snapshot()
		_, _, err2 := s.Take("B", false, "kiosk")
		_, err3 := s.FinishAndCallNext(1, "ann")
		if errors.Is(err1, ErrNotDatabase) || errors.Is(err2, ErrNotDatabase) || errors.Is(err3, ErrNotDatabase) {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no damaged page was noticed: the test damages nothing that is read")
	}
	truncated := filepath.Join(t.TempDir(), "queue.db")
	os.WriteFile(truncated, data[:len(data)/2], 0o644)
	if s, err := Open(Options{Path: truncated, Queue: queue.DefaultConfig(), Now: c.Now}); err == nil {
		if _, err := s.Snapshot(); err == nil {
			t.Error("a database cut in half reads without error")
		}
	}
}

func TestOpenRefusesANewerSchema(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	// A newer frontdesk has the file only after this one let go of it.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	setSchema(t, s.Path(), schemaVersion+1)
	before, _ := os.ReadFile(s.Path())

	for range 2 {
		_, err := Open(Options{Path: s.Path(), Queue: queue.DefaultConfig(), Timeout: time.Second})
		wantPathError(t, err, ErrNewerSchema, s.Path())
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Fatal("the newer file was changed")
	}
}

// setSchema writes a schema version into a database, as another frontdesk
// would have.
func setSchema(t *testing.T, path string, v int) {
	t.Helper()
	updateFile(t, path, func(tx *bolt.Tx) error {
		return putSchema(tx.Bucket(bucketMeta), v)
	})
}

// updateFile runs fn in a write transaction on the file at path, which no
// store holds, as another program (or an earlier frontdesk) would write it.
func updateFile(t *testing.T, path string, fn func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}
