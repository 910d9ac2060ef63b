package store

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

var updateFixtures = flag.Bool("update-fixtures", false, "rewrite testdata/v*.bbolt with this binary's schema")

// writeVersion makes a database as a frontdesk of schema version v left it,
// by running the migrations up to v only. withMeta false is version 0 as
// bbolt leaves a new file: no bucket at all.
func writeVersion(t *testing.T, path string, v int, withMeta bool) {
	t.Helper()
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v == 0 && !withMeta {
		return
	}
	if err := db.Update(func(tx *bolt.Tx) error { return migrateTo(tx, v) }); err != nil {
		t.Fatal(err)
	}
}

// Every version a file may have been left at is brought up to date by Open.
func TestMigrationsFromEveryEarlierVersion(t *testing.T) {
	for v := range schemaVersion {
		for _, withMeta := range []bool{false, true} {
			if v > 0 && !withMeta {
				continue
			}
			path := filepath.Join(t.TempDir(), "queue.db")
			writeVersion(t, path, v, withMeta)
			s := openAt(t, path, newClock())
			if tk := take(t, s, "A"); tk.Number != "A001" {
				t.Errorf("from version %d: first ticket %s", v, tk.Number)
			}
			if err := s.Close(); err != nil { // let go of it for bbolt
				t.Fatal(err)
			}
			db, err := bolt.Open(path, 0o644, &bolt.Options{ReadOnly: true, Timeout: time.Second})
			if err != nil {
				t.Fatal(err)
			}
			db.View(func(tx *bolt.Tx) error {
				if got, err := schemaOf(tx); got != schemaVersion || err != nil {
					t.Errorf("from version %d: now %d, %v", v, got, err)
				}
				return nil
			})
			db.Close()
		}
	}
}

// A database written by schema version 1, kept as a file, so that a change
// to migration 1 itself, or a later migration, is tested against what
// version 1 really wrote. Rewrite it only with a binary of schema version 1:
//
//	go test -run TestSchemaV1Fixture ./store -update-fixtures
func TestSchemaV1Fixture(t *testing.T) {
	c := newClock()
	c.Add(time.Hour)
	s := openAt(t, fixture(t, 1, writeV1Fixture), c)
	sn := snap(t, s)
	if len(sn.Tickets) != 3 || sn.Tickets[0].State != queue.Finished || sn.Tickets[2].Number != "B001" ||
		!sn.Counters[1].Paused || sn.Counters[0].Engineer != "安娜" || len(sn.Calls) != 1 || sn.Rev != 8 {
		t.Errorf("v1 snapshot %+v", sn)
	}
	if ev := allEvents(t, s); len(ev) != 8 || ev[7].Kind != KindSignIn {
		t.Errorf("v1 events %+v", ev)
	}
	if tk := take(t, s, "A"); tk.Number != "A003" || tk.ID != 4 {
		t.Errorf("next ticket %+v", tk)
	}
}

func writeV1Fixture(t *testing.T, path string) {
	os.Remove(path)
	s := openAt(t, path, newClock())
	defer s.Close() // before the fixture is copied: the file as a closed store leaves it
	takeAll(t, s, "A", "A", "B")
	must(t)(s.CallNext(1, "安娜"))
	must(t)(s.Start(1, "安娜"))
	must(t)(s.Finish(1, "安娜"))
	if err := s.SetPaused(2, true, "bob"); err != nil {
		t.Fatal(err)
	}
	if err := s.SignIn(1, "安娜"); err != nil {
		t.Fatal(err)
	}
}
