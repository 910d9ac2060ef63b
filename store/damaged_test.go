package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/queue"
)

// TestFileCutShortUnderALingeringDesk: the file is cut short while a desk
// that lingers (Options.Linger) has it closed between operations. bbolt
// faults reading the cut file as it opens it again; the desk gets
// ErrNotDatabase instead of crashing, holds no lock of the half-opened
// file, so the restore that follows is not kept waiting, and works on
// the restored file after.
func TestFileCutShortUnderALingeringDesk(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "station.db")
	c := newClock()
	seed := openAt(t, path, c)
	take(t, seed, "A")
	backup := filepath.Join(dir, "backup.db")
	if _, err := seed.Backup(backup); err != nil {
		t.Fatal(err)
	}
	desk, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: c.Now, Timeout: time.Second, Linger: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer desk.Close()
	if _, err := desk.Rev(); err != nil {
		t.Fatal(err)
	}
	desk.release() // as when another program knocked

	if err := os.Truncate(path, 2*4096); err != nil { // the meta pages only
		t.Fatal(err)
	}
	for range 3 {
		if _, err := desk.Rev(); !errors.Is(err, ErrNotDatabase) {
			t.Fatalf("Rev of a file cut short: %v, want ErrNotDatabase", err)
		}
	}
	if _, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Timeout: time.Second}); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("Open of a file cut short: %v, want ErrNotDatabase", err)
	}
	start := time.Now()
	if err := RestoreOver(Options{Path: path, Queue: queue.DefaultConfig(), Timeout: time.Second}, backup); err != nil {
		t.Fatalf("restore after the desk met the cut file: %v", err)
	}
	if waited := time.Since(start); waited > 500*time.Millisecond {
		t.Errorf("the restore waited %v: a lock of the half-opened file outlived it", waited)
	}
	if n := len(snap(t, desk).Tickets); n != 1 {
		t.Errorf("the desk reads %d tickets after the restore, want 1", n)
	}
}
