package store

import (
	"errors"
	"os"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"frontdesk/staff"
)

// keyOf reads a public key of package staff's testdata.
func keyOf(t *testing.T, file string) staff.Key {
	t.Helper()
	raw, err := os.ReadFile("../staff/testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := staff.ParseKeys(raw)
	if err != nil {
		t.Fatal(err)
	}
	return keys[0]
}

// Members are added, found by any of their keys, listed, and removed with
// their keys; each change is logged with who made it; Check holds between.
func TestStaffAddedFoundByKeyAndRemoved(t *testing.T) {
	s := openTest(t, newClock())
	ed, rsa := keyOf(t, "ed25519.pub"), keyOf(t, "rsa.pub")
	m, err := s.AddStaff("李主管", staff.Member{Name: " 张工 ", Role: staff.Engineer, Keys: []staff.Key{ed}, Counter: 3})
	if err != nil || m.Name != "张工" || m.AddedBy != "李主管" || m.Added.IsZero() {
		t.Fatalf("AddStaff: %+v %v", m, err)
	}
	if _, err := s.AddStaff("李主管", staff.Member{Name: "大厅屏", Role: staff.Display, Keys: []staff.Key{rsa}}); err != nil {
		t.Fatal(err)
	}
	got, found, err := s.StaffByKey(ed.Fingerprint)
	if err != nil || !found || got.Name != "张工" || got.Counter != 3 {
		t.Errorf("StaffByKey: %+v %v %v", got, found, err)
	}
	if _, found, err := s.StaffByKey("SHA256:nobody"); found || err != nil {
		t.Errorf("an unknown key found: %v %v", found, err)
	}
	list, err := s.StaffList()
	if err != nil || len(list) != 2 || list[0].Name != "大厅屏" || list[1].Name != "张工" {
		t.Errorf("StaffList: %+v %v", list, err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}

	for name, m := range map[string]staff.Member{
		"the same name":    {Name: "张工", Role: staff.Supervisor, Keys: []staff.Key{keyOf(t, "ecdsa.pub")}},
		"another's key":    {Name: "王工", Role: staff.Engineer, Keys: []staff.Key{ed}},
		"a name with ESC":  {Name: "王\x1b工", Role: staff.Engineer, Keys: []staff.Key{keyOf(t, "ecdsa.pub")}},
		"a role not known": {Name: "王工", Role: "root", Keys: []staff.Key{keyOf(t, "ecdsa.pub")}},
	} {
		rev, _ := s.Rev()
		if _, err := s.AddStaff("李主管", m); err == nil {
			t.Errorf("%s: added", name)
		}
		if after, _ := s.Rev(); after != rev {
			t.Errorf("%s: refused, and yet committed (rev %d → %d)", name, rev, after)
		}
	}

	if err := s.RemoveStaff("李主管", "张工"); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.StaffByKey(ed.Fingerprint); found {
		t.Error("a removed member's key still finds them")
	}
	if err := s.RemoveStaff("李主管", "张工"); !errors.Is(err, staff.ErrUnknown) {
		t.Errorf("removed twice: %v, want ErrUnknown", err)
	}
	if _, err := s.AddStaff("李主管", staff.Member{Name: "王工", Role: staff.Engineer, Keys: []staff.Key{ed}}); err != nil {
		t.Errorf("the key of a removed member, given to another: %v", err)
	}
	events, _ := s.Events(0, 0)
	var logged []string
	for _, e := range events {
		if e.Kind == KindStaff {
			logged = append(logged, e.Who+": "+e.Detail)
		}
	}
	if want := []string{"李主管: add 张工 engineer 1", "李主管: add 大厅屏 display 1", "李主管: remove 张工", "李主管: add 王工 engineer 1"}; !slices.Equal(logged, want) {
		t.Errorf("logged %q, want %q", logged, want)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// A key in staff_keys that its member does not have is named by Check and
// by the lookup: the SSH server never lets in whoever a damaged index says.
func TestAStaffKeyThatPointsAstrayIsDamage(t *testing.T) {
	s := openTest(t, newClock())
	ed := keyOf(t, "ed25519.pub")
	if _, err := s.AddStaff("李主管", staff.Member{Name: "张工", Role: staff.Engineer, Keys: []staff.Key{ed}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddStaff("李主管", staff.Member{Name: "李主管", Role: staff.Supervisor, Keys: []staff.Key{keyOf(t, "rsa.pub")}}); err != nil {
		t.Fatal(err)
	}
	err := s.update("test", func(w *wtx) error {
		return tab(w.tx, bucketStaffKeys).put([]byte(ed.Fingerprint), []byte("李主管"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if m, found, err := s.StaffByKey(ed.Fingerprint); !errors.Is(err, ErrDamaged) || found {
		t.Errorf("StaffByKey through the astray key: %+v %v %v, want damage", m, found, err)
	}
	_, err = s.Check()
	if d, ok := DamageOf(err); !ok || d.Format != "staff key %s points at %q, which does not have it" || len(d.Args) != 2 || d.Args[1] != `"李主管"` {
		t.Errorf("Check: %v (%+v), want the staff key that points astray, with its format and values", err, d)
	}
}

// Migration 8 gives a version 7 file the staff's buckets, empty: nobody is
// let in over SSH until a member is added.
func TestMigration8AddsTheStaff(t *testing.T) {
	s := openAt(t, copyFixture(t, "v7.bbolt"), newClock())
	if list, err := s.StaffList(); err != nil || len(list) != 0 {
		t.Fatalf("staff after the migration: %+v %v", list, err)
	}
	err := s.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketStaff) == nil || tx.Bucket(bucketStaffKeys) == nil {
			t.Error("the staff's buckets are not there")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check after the migration: %v", err)
	}
	checkV3Fixture(t, s)
}
