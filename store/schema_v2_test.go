package store

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// fixture is a copy of testdata/v<version>.bbolt to open, the file a
// frontdesk of that schema version wrote. With -update-fixtures the file of
// this binary's version is first rewritten by write; those of earlier
// versions stay as their binaries wrote them.
func fixture(t *testing.T, version int, write func(t *testing.T, path string)) string {
	t.Helper()
	name := fmt.Sprintf("v%d.bbolt", version)
	if *updateFixtures && version == schemaVersion {
		write(t, filepath.Join("testdata", name))
	}
	return copyFixture(t, name)
}

// copyFixture copies a file of testdata into a temporary directory.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "queue.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Migration 2 adds the repair orders to a database of version 1 and leaves
// its queue as it was.
func TestMigration2RepairOrdersFromV1(t *testing.T) {
	path := copyFixture(t, "v1.bbolt")
	c := newClock()
	c.Add(time.Hour)
	s := openAt(t, path, c)
	err := s.view(func(tx *bolt.Tx) error {
		if v, err := schemaOf(tx); v != schemaVersion || err != nil {
			t.Errorf("schema %d, %v", v, err)
		}
		for _, b := range [][]byte{
			bucketOrders, bucketByNumber, bucketByClaim, bucketByPhone,
			bucketBySerial, bucketByName, bucketOrderSeq, bucketDrafts,
		} {
			if tx.Bucket(b) == nil {
				t.Errorf("no bucket %s", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sn := snap(t, s)
	if len(sn.Tickets) != 3 || sn.Tickets[0].State != queue.Finished || sn.Tickets[2].Number != "B001" || sn.Rev != 8 {
		t.Errorf("v1 tickets after the migration %+v", sn)
	}
	// The waiting A002 of version 1 can be served and taken in.
	tk := must(t)(s.CallNext(1, "安娜"))
	o := newOrder("张伟", "13800138000", "PF2XK9A1")
	o.TicketID = tk.ID
	if got := saveIntake(t, s, 1, o); got.Number != "R2506020001" || got.ID != 1 || got.Ticket != "A002" {
		t.Errorf("first order %+v", got)
	}
}

// A database written by schema version 2, kept as a file so that the next
// migration is tested against what version 2 really wrote. Rewrite it only
// with a binary of schema version 2:
//
//	go test -run TestSchemaV2Fixture ./store -update-fixtures
func TestSchemaV2Fixture(t *testing.T) {
	c := newClock()
	c.Add(time.Hour)
	s := openAt(t, fixture(t, 2, writeV2Fixture), c)
	sn := snap(t, s)
	if len(sn.Tickets) != 3 || sn.Tickets[0].State != queue.Finished || sn.Rev != 6 {
		t.Errorf("v2 snapshot %+v", sn)
	}
	a, ok, err := s.OrderByNumber("R2506020001")
	if !ok || err != nil || a.Ticket != "A001" || a.Intake.Name != "张伟" {
		t.Fatalf("v2 order 1 %+v %v %v", a, ok, err)
	}
	b, _, _ := s.OrderByNumber("R2506020002")
	if byClaim, ok, _ := s.OrderByClaim(b.Claim); !ok || byClaim.ID != 2 || b.Claim == a.Claim ||
		len(b.Previous) != 1 || b.Previous[0] != a.Number {
		t.Errorf("v2 order 2 %+v", b)
	}
	if got, _ := s.Search("138", 0); len(got.Heads) != 2 {
		t.Errorf("v2 phone search %v", headNumbers(got.Heads))
	}
	if d, ok, _ := s.Draft(2); !ok || d.Intake.Name != "李雷" {
		t.Errorf("v2 draft %+v", d)
	}
	if ev := allEvents(t, s); len(ev) != 7 || ev[6].Kind != KindIntake || ev[6].Order != "R2506020002" {
		t.Errorf("v2 events %+v", ev)
	}
	if o := saveIntake(t, s, 1, newOrder("王芳", "13900000000", "MJ0ABC12")); o.Number != "R2506020003" || o.ID != 3 {
		t.Errorf("next order %s id %d", o.Number, o.ID)
	}
}

// writeV2Fixture: two tickets served, one waiting; two orders of one serial,
// the first made for A001; a draft at counter 2. Claim codes come from
// a predictable source, so the test can name them.
func writeV2Fixture(t *testing.T, path string) {
	os.Remove(path)
	s := openAt(t, path, newClock())
	defer s.Close() // before the fixture is copied: the file as a closed store leaves it
	takeAll(t, s, "A", "A", "B")
	a1 := must(t)(s.CallNext(1, "安娜"))
	s.rand = &repeating{b: 'C'}
	o := newOrder("张伟", "13800138000", "PF2XK9A1")
	o.TicketID = a1.ID
	saveIntake(t, s, 1, o)
	s.rand = &repeating{b: 'D'}
	saveIntake(t, s, 1, newOrder("张伟", "138 0013 8000", "pf2xk9a1"))
	err := s.SaveDraft(Draft{Counter: 2, Engineer: "bob", Intake: repair.Intake{Name: "李雷", Phone: "139"}})
	if err != nil {
		t.Fatal(err)
	}
}
