package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestFileCutShortUnderTheOwner: the file is cut short under the store
// that holds it. bbolt faults reading the cut file; the store says
// ErrNotDatabase instead of crashing, and a restore through it (as the
// owner restores for its clients) brings the station back, with the
// damaged file kept beside it.
func TestFileCutShortUnderTheOwner(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "station.db")
	c := newClock()
	desk := openAt(t, path, c)
	defer desk.Close()
	take(t, desk, "A")
	backup := filepath.Join(dir, "backup.db")
	if _, err := desk.Backup(backup); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, 2*4096); err != nil { // the meta pages only
		t.Fatal(err)
	}
	for range 3 {
		if _, err := desk.Snapshot(); !errors.Is(err, ErrNotDatabase) {
			t.Fatalf("Snapshot of a file cut short: %v, want ErrNotDatabase", err)
		}
	}
	if err := desk.Restore(backup); err != nil {
		t.Fatalf("restore after the store met the cut file: %v", err)
	}
	if n := len(snap(t, desk).Tickets); n != 1 {
		t.Errorf("the store reads %d tickets after the restore, want 1", n)
	}
	kept, _ := filepath.Glob(path + ".before-restore-*")
	if len(kept) != 1 {
		t.Errorf("kept copies of the damaged file: %v", kept)
	}
}
