package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/internal/fileperm/permtest"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/slip"
)

// Every file frontdesk makes that holds customers' data — the database
// and the directory made for it, a backup, the daily backups and their
// directory, the exports, a claim slip and its directory — is its user's
// only, even under a umask that would let anyone read what is created.
func TestFilesOfCustomersDataAreTheirOwnersOnly(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	root := t.TempDir()
	db := filepath.Join(root, "new", "station.db")
	if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
		t.Fatalf("take: %s", e)
	}
	backup := filepath.Join(root, "copy.db")
	if code, _, e := frontdesk(t, "--db", db, "backup", backup); code != 0 {
		t.Fatalf("backup: %s", e)
	}
	exports := filepath.Join(root, "exports")
	os.Mkdir(exports, 0o700)
	day := time.Now().Format(time.DateOnly)
	for _, format := range []string{"csv", "xlsx"} {
		if code, _, e := frontdesk(t, "--db", db, "export", "--from", day, "--to", day, "--format", format, "--out", exports); code != 0 {
			t.Fatalf("export %s: %s", format, e)
		}
	}
	stopOwner(t, db)

	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig(), Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	daily := filepath.Join(root, "backups")
	dailyFile, err := st.DailyBackup(daily, 3)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	slips := filepath.Join(root, "slips")
	slipFile, err := slip.Write(slips, fileperm.Default(), repair.Order{ID: 1, Number: "R2612070001"}, "张三 138…\n")
	if err != nil {
		t.Fatal(err)
	}

	want := map[string]fs.FileMode{db: 0o600, filepath.Dir(db): 0o700, backup: 0o600,
		daily: 0o700, dailyFile: 0o600, slips: 0o700, slipFile: 0o600}
	entries, _ := os.ReadDir(exports)
	if len(entries) != 6 { // five CSV files and a workbook
		t.Errorf("exports: %v", entries)
	}
	for _, e := range entries {
		want[filepath.Join(exports, e.Name())] = 0o600
	}
	for path, mode := range want {
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != mode {
			t.Errorf("%s: %v %v, want %v", path, fi.Mode().Perm(), err, mode)
		}
	}
}

// With [station] group, the database and the directory made for it, a
// backup and the exports are the station group's to read (0640, 0750),
// even under a umask that would take the group's bits — the owner started
// for the database makes them so too — and `frontdesk check` says
// nothing of them.
func TestFilesOfCustomersDataWithTheStationGroup(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	name, m := permtest.Group(t)
	root := t.TempDir()
	conf := filepath.Join(root, "frontdesk.toml")
	os.WriteFile(conf, []byte("[station]\ngroup = \""+name+"\"\n"), 0o644)
	db := filepath.Join(root, "new", "station.db")
	if code, _, e := frontdesk(t, "--config", conf, "--db", db, "take", "A"); code != 0 {
		t.Fatalf("take: %s", e)
	}
	backup := filepath.Join(root, "copy.db")
	if code, _, e := frontdesk(t, "--config", conf, "--db", db, "backup", backup); code != 0 {
		t.Fatalf("backup: %s", e)
	}
	exports := filepath.Join(root, "exports")
	os.Mkdir(exports, 0o750)
	day := time.Now().Format(time.DateOnly)
	if code, _, e := frontdesk(t, "--config", conf, "--db", db, "export", "--from", day, "--to", day, "--out", exports); code != 0 {
		t.Fatalf("export: %s", e)
	}
	if code, out, e := frontdesk(t, "--config", conf, "--db", db, "--lang", "en", "check"); code != 0 || strings.Contains(out, "Note:") {
		t.Errorf("check: %d %s %s", code, out, e)
	}
	stopOwner(t, db)
	entries, _ := os.ReadDir(exports)
	if len(entries) != 5 { // the CSV files
		t.Errorf("exports: %v", entries)
	}
	files := []string{db, backup}
	for _, e := range entries {
		files = append(files, filepath.Join(exports, e.Name()))
	}
	permtest.Want(t, 0o640, m.GID, files...)
	permtest.Want(t, 0o750, m.GID, filepath.Dir(db))
}
