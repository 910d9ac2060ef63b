package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// A backup taken while the kiosk keeps taking tickets is a consistent copy:
// every take adds one ticket and one rev, so a copy of one moment holds
// exactly as many tickets as its rev says. (The kiosk is a client of the
// one store that holds the file: its takes come in on another goroutine.)
func TestBackupWhileTaking(t *testing.T) {
	c := newClock()
	path := filepath.Join(t.TempDir(), "queue.db")
	s := openAt(t, path, c)
	kiosk := s // the kiosk's takes, served by the same store

	stop := make(chan struct{})
	var taken atomic.Int64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, _, err := kiosk.Take("A", false, "kiosk"); err != nil {
				t.Errorf("Take during backup: %v", err)
				return
			}
			taken.Add(1)
		}
	}()

	dir := t.TempDir()
	for i := range 5 {
		for taken.Load() < int64(10*(i+1)) {
			time.Sleep(time.Millisecond)
		}
		dest := filepath.Join(dir, "copy.db") // replaced each time
		info, err := s.Backup(dest)
		if err != nil {
			t.Fatalf("Backup: %v", err)
		}
		got, err := Verify(dest)
		if err != nil {
			t.Fatalf("Verify of a fresh backup: %v", err)
		}
		if got.Rev != info.Rev || got.Tickets != info.Tickets || got.Size != info.Size ||
			got.Schema != schemaVersion || !info.Time.Equal(day9) {
			t.Errorf("Verify %+v, Backup said %+v", got, info)
		}
		if uint64(got.Tickets) != got.Rev || got.Tickets < 10*(i+1) {
			t.Errorf("backup holds %d tickets at rev %d, want as many as the rev, at least %d", got.Tickets, got.Rev, 10*(i+1))
		}
	}
	close(stop)
	wg.Wait()
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestBackupToTheLiveDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "queue.db")
	s := openAt(t, path, newClock())
	take(t, s, "A")
	before := readFile(t, path)
	if err := os.Symlink(path, filepath.Join(dir, "link.db")); err != nil {
		t.Fatal(err)
	}
	for _, dest := range []string{
		path,
		filepath.Join(dir, ".", "queue.db"),
		filepath.Join(dir, "link.db"),
	} {
		if _, err := s.Backup(dest); !errors.Is(err, ErrLiveDatabase) {
			t.Errorf("Backup(%s): %v, want ErrLiveDatabase", dest, err)
		}
	}
	if err := s.Restore(filepath.Join(dir, "link.db")); !errors.Is(err, ErrLiveDatabase) {
		t.Errorf("Restore from a link to the database: %v, want ErrLiveDatabase", err)
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Error("the database changed")
	}
}

func TestRestoreOfABadFileChangesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "queue.db")
	s := openAt(t, path, newClock())
	takeAll(t, s, "A", "B")
	good := filepath.Join(dir, "good.db")
	if _, err := s.Backup(good); err != nil {
		t.Fatal(err)
	}
	take(t, s, "C")

	random := filepath.Join(dir, "random.db")
	noise := make([]byte, 64<<10)
	rand.Read(noise)
	writeFile(t, random, noise)
	truncated := filepath.Join(dir, "truncated.db")
	writeFile(t, truncated, readFile(t, good)[:len(readFile(t, good))/2])
	lastPage := filepath.Join(dir, "last-page.db")
	writeFile(t, lastPage, readFile(t, good)[:len(readFile(t, good))-4096])
	empty := filepath.Join(dir, "empty.db")
	writeFile(t, empty, nil)
	foreign := filepath.Join(dir, "foreign.db")
	withBolt(t, foreign, func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("widgets"))
		return err
	})
	newer := filepath.Join(dir, "newer.db")
	writeFile(t, newer, readFile(t, good))
	withBolt(t, newer, func(tx *bolt.Tx) error {
		return putSchema(tx.Bucket(bucketMeta), schemaVersion+1)
	})

	before := readFile(t, path)
	for _, c := range []struct {
		src  string
		want error
	}{
		{random, ErrNotDatabase},
		{truncated, ErrDamaged}, // ours, cut short: damaged, not foreign
		{lastPage, ErrDamaged},
		{empty, ErrNotDatabase},
		{foreign, ErrNotDatabase},
		{newer, ErrNewerSchema},
		{filepath.Join(dir, "missing.db"), os.ErrNotExist},
	} {
		_, verr := Verify(c.src)
		if !errors.Is(verr, c.want) {
			t.Errorf("Verify(%s): %v, want %v", filepath.Base(c.src), verr, c.want)
		}
		var pe *PathError
		if c.want != os.ErrNotExist && (!errors.As(verr, &pe) || pe.Path != c.src) {
			t.Errorf("Verify(%s): %#v, want a *PathError naming it", filepath.Base(c.src), verr)
		}
		if err := s.Restore(c.src); !errors.Is(err, c.want) {
			t.Errorf("Restore(%s): %v, want %v", filepath.Base(c.src), err, c.want)
		}
	}
	if !bytes.Equal(readFile(t, path), before) {
		t.Fatal("a refused restore changed the database")
	}
	if kept, _ := filepath.Glob(path + ".before-restore-*"); len(kept) > 0 {
		t.Errorf("a refused restore kept a copy: %v", kept)
	}
	if n := len(snap(t, s).Tickets); n != 3 {
		t.Errorf("%d tickets after refused restores, want 3", n)
	}
}

func TestRestoreBringsBackupBackAndKeepsTheCurrent(t *testing.T) {
	c := newClock()
	dir := t.TempDir()
	path := filepath.Join(dir, "queue.db")
	s := openAt(t, path, c)
	display := s // a client of the store, watching its feed
	takeAll(t, s, "A", "A", "B")
	backup := filepath.Join(t.TempDir(), "backup.db")
	if _, err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	takeAll(t, s, "A", "C")
	revBefore := rev(t, display)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	feed := display.Watch(ctx)

	c.Add(time.Hour)
	if err := s.Restore(backup); err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if n := len(snap(t, display).Tickets); n != 3 {
		t.Errorf("the display sees %d tickets after the restore, want the backup's 3", n)
	}
	r := rev(t, display)
	if r <= revBefore {
		t.Errorf("rev %d after the restore, want above %d so that watchers re-read", r, revBefore)
	}
	select {
	case got := <-feed:
		if got != r {
			t.Errorf("the feed published rev %d for the restore, want %d", got, r)
		}
	case <-time.After(5 * time.Second):
		t.Error("the restore published nothing on the feed")
	}
	// A003 and id 4 and 5 were issued after the backup: they are not again.
	if tk := take(t, display, "A"); tk.Number != "A004" || tk.ID != 6 {
		t.Errorf("first ticket after the restore %s id %d, want A004 id 6", tk.Number, tk.ID)
	}

	keep := path + ".before-restore-20250602T020000Z"
	kept, err := Verify(keep)
	if err != nil {
		t.Fatalf("the copy kept before the restore: %v", err)
	}
	if kept.Tickets != 5 || kept.Rev != revBefore {
		t.Errorf("kept copy %+v, want the 5 tickets at rev %d", kept, revBefore)
	}
	// A second restore in the same second keeps its own copy.
	if err := s.Restore(backup); err != nil {
		t.Fatal(err)
	}
	if kept, err := Verify(keep + "-2"); err != nil || kept.Tickets != 4 {
		t.Errorf("second kept copy: %+v, %v; want 4 tickets", kept, err)
	}
	if info, err := Verify(backup); err != nil || info.Tickets != 3 {
		t.Errorf("the backup itself: %+v, %v; want it unchanged", info, err)
	}
}

// A database too damaged to read can still be replaced by a backup; its
// bytes are kept as they were.
func TestRestoreOverADamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "queue.db")
	s := openAt(t, path, newClock())
	take(t, s, "A")
	backup := filepath.Join(dir, "backup.db")
	if _, err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	junk := bytes.Repeat([]byte("junk"), 4096)
	writeFile(t, path, junk)
	if _, err := s.Rev(); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Rev of junk: %v", err)
	}
	if err := s.Restore(backup); err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if n := len(snap(t, s).Tickets); n != 1 {
		t.Errorf("%d tickets after the restore, want 1", n)
	}
	kept, _ := filepath.Glob(path + ".before-restore-*")
	if len(kept) != 1 || !bytes.Equal(readFile(t, kept[0]), junk) {
		t.Errorf("kept %v, want one copy of the damaged bytes", kept)
	}
}

func TestDailyBackupOnePerDayKeepsTheNewest(t *testing.T) {
	c := newClock()
	s := openAt(t, filepath.Join(t.TempDir(), "queue.db"), c)
	dir := filepath.Join(t.TempDir(), "backups") // made by DailyBackup
	if _, err := s.DailyBackup(dir, 0); err == nil {
		t.Error("keep 0 accepted")
	}
	// Files that only look like daily backups are never deleted.
	others := []string{"frontdesk-2020-01-01.db.bak", "frontdesk-notes.db", "frontdesk-2020-1-1.db", "other-2020-01-01.db", "2020-01-01.db"}
	os.MkdirAll(dir, 0o755)
	for _, name := range others {
		writeFile(t, filepath.Join(dir, name), []byte("mine"))
	}

	var made []string
	for day := range 5 {
		take(t, s, "A")
		got, err := s.DailyBackup(dir, 3)
		if err != nil {
			t.Fatal(err)
		}
		want := filepath.Join(dir, "frontdesk-"+c.Now().Add(8*time.Hour).Format(time.DateOnly)+".db")
		if got != want {
			t.Errorf("day %d: made %q, want %q", day, got, want)
		}
		made = append(made, got)
		// Later the same day: there is one already.
		c.Add(13 * time.Hour) // 22:00 local, still the same day
		if again, err := s.DailyBackup(dir, 3); err != nil || again != "" {
			t.Errorf("day %d, second call: %q, %v; want nothing made", day, again, err)
		}
		c.Add(11 * time.Hour)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	var want []string // the newest three and their records of having passed Verify
	for _, path := range made[2:] {
		want = append(want, filepath.Base(path), filepath.Base(path)+".verified")
	}
	want = append(want, others...)
	sort.Strings(want)
	if !slices.Equal(names, want) {
		t.Errorf("backups dir holds %v, want %v", names, want)
	}
	if info, err := Verify(made[4]); err != nil || info.Tickets != 5 {
		t.Errorf("newest daily backup %+v, %v; want 5 tickets", info, err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// withBolt changes a bbolt file directly, as another program would.
func withBolt(t *testing.T, path string, fn func(*bolt.Tx) error) {
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
