package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestEveryAccessIsSealed: no file of the store reads or writes a bucket
// but through table and cursor (seal.go), apart from the migrations that
// ran before the seals, the copy that moves sealed bytes as they are
// (compact.go), and lines marked "raw:" that say why (a bucket's header,
// meta/app).
func TestEveryAccessIsSealed(t *testing.T) {
	allowed := regexp.MustCompile(`^(seal|compact|schema_v[3-7])\.go$`)
	access := regexp.MustCompile(`\.(Get|Put|Delete|ForEach|NextSequence|Sequence|SetSequence)\(|\.Cursor\(\)`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || allowed.MatchString(f) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if access.MatchString(line) && !strings.Contains(line, "// raw:") && !strings.Contains(line, "// raw") {
				t.Errorf("%s:%d reads or writes a bucket unsealed: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// Migration 7 seals every value a version 6 file holds, and from then on a
// byte changed in any record is damage, named by bucket and key, and never
// decoded: not a phone number one digit off.
func TestMigration7SealsEveryRecordAndDamageIsNamed(t *testing.T) {
	path := copyFixture(t, "v6.bbolt")
	s := openAt(t, path, newClock())
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check after the migration: %v", err)
	}
	o, ok, err := s.Order(1)
	if !ok || err != nil {
		t.Fatalf("order 1: %v %v", ok, err)
	}
	err = s.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if bytes.Equal(name, bucketMeta) && bytes.Equal(k, keyApp) {
					return nil
				}
				if _, err := unseal(name, k, v); err != nil {
					t.Errorf("%s %s not sealed: %v", name, keyText(k), err)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	// One digit of the phone, changed where the disk keeps it (on the
	// pages the migration left free too: which are live is bbolt's).
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	field := []byte(`"phone":"` + o.Intake.Phone)
	if !bytes.Contains(raw, field) {
		t.Fatalf("phone %s not found in the file", o.Intake.Phone)
	}
	for at := 0; ; {
		i := bytes.Index(raw[at:], field)
		if i < 0 {
			break
		}
		d := at + i + len(`"phone":"`) + 3
		raw[d] = '0' + (raw[d]-'0'+1)%10
		at = d
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path, newClock())
	var damagedIDs []uint64
	for id := uint64(1); id <= 4; id++ {
		o, _, err := s.Order(id)
		var de *DamageError
		switch {
		case err == nil:
			continue
		case !errors.Is(err, ErrDamaged) || !damageIn(err, &de) || de.Bucket != "orders":
			t.Fatalf("order %d: %v, want ErrDamaged in orders", id, err)
		case o.Intake.Phone != "":
			t.Fatalf("order %d: damaged, and its phone %q given anyway", id, o.Intake.Phone)
		}
		damagedIDs = append(damagedIDs, id)
	}
	if len(damagedIDs) != 1 {
		t.Fatalf("orders damaged: %v, want the one whose phone was changed", damagedIDs)
	}
	if _, err := s.Check(); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Check of the damaged file: %v, want ErrDamaged", err)
	}
}

func damageIn(err error, de **DamageError) bool {
	d, ok := DamageOf(err)
	*de = d
	return ok
}

// A board head the disk damaged stands as its id alone, marked Damaged,
// and every other order of the board is read as it is.
func TestADamagedHeadLeavesTheRestOfTheBoard(t *testing.T) {
	s := openTest(t, newClock())
	a := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	b := saveIntake(t, s, 1, newOrder("李娜", "13900139000", "PF2XK9A2"))
	err := s.write("test", true, func(w *wtx) error {
		raw := tab(w.tx, bucketActive)
		v, err := raw.get(u64(a.ID))
		if err != nil {
			return err
		}
		v = bytes.Replace(seal(bucketActive, u64(a.ID), v), []byte("张伟"), []byte("张玮"), 1) // the seal is of 张伟
		return raw.b.Put(u64(a.ID), v)
	})
	if err != nil {
		t.Fatal(err)
	}
	heads, err := s.Board()
	if err != nil || len(heads) != 2 {
		t.Fatalf("board %+v, %v; want both orders' heads", heads, err)
	}
	for _, h := range heads {
		switch h.ID {
		case a.ID:
			if !h.Damaged || h.Name != "" {
				t.Errorf("the damaged head: %+v, want its id alone, marked", h)
			}
		case b.ID:
			if h.Damaged || h.Name != "李娜" {
				t.Errorf("the intact head: %+v", h)
			}
		}
	}
}

// A database written by schema version 7, for the migration after it.
// Rewrite it only with a binary of schema version 7:
//
//	go test -run TestSchemaV7Fixture ./store -update-fixtures
func TestSchemaV7Fixture(t *testing.T) {
	c := newClock()
	c.Add(4 * time.Hour)
	s := openAt(t, fixture(t, 7, writeV3Fixture), c)
	checkHeads(t, s, 4)
	checkV3Fixture(t, s)
	if _, err := s.Check(); err != nil {
		t.Errorf("Check of the version 7 fixture: %v", err)
	}
}
