package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/queue"
	"frontdesk/store"
)

// TestDamagedDatabaseRefusedWithRestoreHint: a database cut short, with
// its meta pages overwritten, or replaced by junk is refused by the desk
// and by every command before anything starts, unchanged, with how to
// restore it: the newest daily backup by name, checked and then restored
// as the hint says, brings the station's tickets back.
func TestDamagedDatabaseRefusedWithRestoreHint(t *testing.T) {
	// A file of ours is called damaged; junk is not a frontdesk database.
	damages := map[string]struct {
		damage func([]byte) []byte
		says   string
	}{
		// Cut after the meta pages and the freelist: the pages of the
		// buckets are gone. (Cut anywhere after them, bbolt may simply
		// grow the file again over pages that held nothing.)
		"cut short": {func(b []byte) []byte { return b[:3*4096] }, "已损坏"},
		"meta pages overwritten": {func(b []byte) []byte {
			b = bytes.Clone(b)
			copy(b, bytes.Repeat([]byte{0xA5}, 2*4096))
			return b
		}, "已损坏"},
		"junk": {func([]byte) []byte { return bytes.Repeat([]byte("not a database "), 1000) }, "不是 frontdesk 数据库"},
	}
	for name, c := range damages {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "station.db")
			for range 3 {
				if code, _, e := frontdesk(t, "--db", db, "take", "A"); code != 0 {
					t.Fatal(e)
				}
			}
			stopOwner(t, db) // the file is worked on below as a program would not
			backups := filepath.Join(dir, "backups")
			st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig()})
			if err != nil {
				t.Fatal(err)
			}
			newest, err := st.DailyBackup(backups, 7)
			if err != nil {
				t.Fatal(err)
			}
			older := filepath.Join(backups, "frontdesk-2020-01-01.db") // an older day's, not the one to name
			if _, err := st.Backup(older); err != nil {
				t.Fatal(err)
			}
			st.Close()
			raw, err := os.ReadFile(db)
			if err != nil {
				t.Fatal(err)
			}
			damaged := c.damage(raw)
			if err := os.WriteFile(db, damaged, 0o644); err != nil {
				t.Fatal(err)
			}

			for _, args := range [][]string{{"--db", db}, {"--db", db, "take", "A"}, {"--db", db, "status"}} {
				code, out, e := frontdesk(t, args...)
				if code != 1 || out != "" {
					t.Errorf("%v on a damaged file: exit %d, out %q", args[2:], code, out)
				}
				for _, want := range []string{c.says, "frontdesk check " + newest, "frontdesk --db " + db + " restore " + newest} {
					if !strings.Contains(e, want) {
						t.Errorf("%v: %q missing from\n%s", args[2:], want, e)
					}
				}
			}
			if now, _ := os.ReadFile(db); !bytes.Equal(now, damaged) {
				t.Fatal("refusing the damaged file changed it")
			}

			// As the hint says.
			if code, out, e := frontdesk(t, "check", newest); code != 0 || !strings.Contains(out, "完好") {
				t.Fatalf("check %s: %d %s %s", newest, code, out, e)
			}
			if code, _, e := frontdesk(t, "--db", db, "restore", newest); code != 0 {
				t.Fatalf("restore: %s", e)
			}
			if code, out, e := frontdesk(t, "--db", db, "status", "--json"); code != 0 || !strings.Contains(out, `"issued_today": 3`) {
				t.Fatalf("after the restore: %d %s %s", code, out, e)
			}
		})
	}
}

// TestRestoreHintWithoutBackups: with no daily backup beside the database
// the hint says where it looked and how to restore another file.
func TestRestoreHintWithoutBackups(t *testing.T) {
	db := filepath.Join(t.TempDir(), "station.db")
	if err := os.WriteFile(db, bytes.Repeat([]byte{1}, 8192), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, e := frontdesk(t, "--lang", "en", "--db", db, "take", "A")
	if code != 1 || !strings.Contains(e, "there is no daily backup in "+filepath.Join(filepath.Dir(db), "backups")) ||
		!strings.Contains(e, "frontdesk --db "+db+" restore FILE") {
		t.Errorf("exit %d:\n%s", code, e)
	}
}
