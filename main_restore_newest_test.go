package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/store"
)

// dailyBackupOn makes the daily backup of the database at db into backups
// as the desk does, on the clock's day, with the owner stopped first.
func dailyBackupOn(t *testing.T, db, backups string, now time.Time) string {
	t.Helper()
	stopOwner(t, db)
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	made, err := st.DailyBackup(backups, 14)
	if err != nil || made == "" {
		t.Fatalf("DailyBackup: %q, %v", made, err)
	}
	return made
}

// rotInPlace overwrites the meta pages of the file at path and gives it
// back its time: damaged since it passed, with a record that still matches.
func rotInPlace(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	copy(b, bytes.Repeat([]byte{0xA5}, 2*4096))
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
}

// TestRestoreWithoutFileTakesTheNewestVerified: `restore` with no file
// verifies the daily backups newest first, sets aside the newest one,
// damaged since it was made, names the next and what it holds, asks as a
// restore of a named file does (refused without --yes: nothing restored),
// and with --yes restores it.
func TestRestoreWithoutFileTakesTheNewestVerified(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	backups := filepath.Join(dir, "backups")
	take := func() {
		t.Helper()
		if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
			t.Fatal(e)
		}
	}
	take()
	older := dailyBackupOn(t, db, backups, time.Date(2020, 1, 1, 9, 0, 0, 0, time.UTC)) // one ticket
	take()
	newest := dailyBackupOn(t, db, backups, time.Now()) // two tickets
	rotInPlace(t, newest)
	take() // three in the live database

	code, out, e := frontdesk(t, "--db", db, "restore")
	aside := strings.TrimSuffix(newest, ".db") + ".damaged.db"
	for _, want := range []string{"备份未通过检查", aside, "最近一份通过检查的自动备份:" + older, "1 张号", "号票 2 张"} {
		if !strings.Contains(out, want) {
			t.Errorf("restore without a file told\n%s\nwithout %q", out, want)
		}
	}
	if code != 1 || !strings.Contains(e, "--yes") {
		t.Errorf("without --yes on a live station: exit %d, %s; want a refusal", code, e)
	}
	if _, err := os.Stat(aside); err != nil {
		t.Errorf("the damaged backup was not set aside: %v", err)
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 3`) {
		t.Fatalf("after the refusal: %d %s", code, out)
	}

	if code, out, e := frontdesk(t, "--db", db, "restore", "--yes"); code != 0 || !strings.Contains(out, older) {
		t.Fatalf("restore --yes: %d %s %s", code, out, e)
	}
	if code, out, _ := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 1`) {
		t.Fatalf("after the restore of %s: %d %s", older, code, out)
	}
}

// TestRestoreWithoutFileRefusesWithNoVerifiedBackup: with no daily backup
// that passes its check — none at all, or only a damaged one — `restore`
// with no file names the directory it looked in, exits 1, and leaves the
// database as it was.
func TestRestoreWithoutFileRefusesWithNoVerifiedBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	backups := filepath.Join(dir, "backups")
	if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
		t.Fatal(e)
	}
	for _, setup := range []string{"no backups", "only a damaged one"} {
		if setup == "only a damaged one" {
			rotInPlace(t, dailyBackupOn(t, db, backups, time.Now()))
		}
		stopOwner(t, db)
		before, _ := os.ReadFile(db)
		code, out, e := frontdesk(t, "--lang", "en", "--db", db, "restore", "--yes")
		if code != 1 || !strings.Contains(e, "there is no daily backup in "+backups+" that passes its check") || !strings.Contains(e, "nothing changed") {
			t.Errorf("%s: exit %d, out %q, err %q", setup, code, out, e)
		}
		if now, _ := os.ReadFile(db); !bytes.Equal(now, before) {
			t.Errorf("%s: the refused restore changed the database", setup)
		}
	}
	if daily, _ := store.DailyBackups(backups); len(daily) != 0 {
		t.Errorf("the damaged backup is still a daily one: %v", daily)
	}
}

// TestRestoreHintNamesTheNewestVerified: the hint of a damaged database
// names the newest daily backup recorded as verified, not a newer file
// that only has a daily backup's name.
func TestRestoreHintNamesTheNewestVerified(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	backups := filepath.Join(dir, "backups")
	if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
		t.Fatal(e)
	}
	verified := dailyBackupOn(t, db, backups, time.Now())
	unchecked := filepath.Join(backups, "frontdesk-2999-01-01.db")
	if err := os.WriteFile(unchecked, []byte("not checked"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(db, bytes.Repeat([]byte{1}, 8192), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, e := frontdesk(t, "--db", db, "status")
	if code != 1 || !strings.Contains(e, "frontdesk --db "+db+" restore "+verified) || strings.Contains(e, unchecked) {
		t.Errorf("exit %d; the hint should name %s:\n%s", code, verified, e)
	}
}
