package store

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/planted"
	"frontdesk/repair"
)

// A branch page is a header of 16 bytes, then an element of 16 bytes per
// child: where its key is (4), the key's length (4), the child's page (8).
const branchElement, branchHeader = 16, 16

// damagedBranch stores 600 orders, then hands the file's orders root page
// (a branch: the orders take many leaves) to damage, and opens the store
// again on what damage left.
func damagedBranch(t *testing.T, damage func(page []byte)) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "station.db")
	s := openAt(t, path, newClock())
	stored(t, s, 600, time.Minute)
	s.Close()

	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var root uint64
	var size int
	db.View(func(tx *bolt.Tx) error {
		root, size = uint64(tx.Bucket(bucketOrders).Root()), db.Info().PageSize
		return nil
	})
	db.Close()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	page := make([]byte, size)
	if _, err := f.ReadAt(page, int64(root)*int64(size)); err != nil {
		t.Fatal(err)
	}
	if flags, count := binary.LittleEndian.Uint16(page[8:]), binary.LittleEndian.Uint16(page[10:]); flags != 0x01 || count < 4 {
		t.Fatalf("the orders root is no branch of 4 or more children: flags %#x, %d elements", flags, count)
	}
	damage(page)
	if _, err := f.WriteAt(page, int64(root)*int64(size)); err != nil {
		t.Fatal(err)
	}
	return openAt(t, path, newClock())
}

// childOf is where element i of a branch page keeps its child's page id.
func childOf(page []byte, i int) []byte {
	at := branchHeader + i*branchElement + 8
	return page[at : at+8]
}

// TestAWalkSentOnADetourIsDamage: a damaged child pointer in the orders
// root sends a walk to another leaf of the same bucket, whose records all
// pass their seals. The walk of a period would repeat one leaf and skip
// another, and give a report that counts wrong; the order of the keys
// gives the detour away, and it is named damage.
func TestAWalkSentOnADetourIsDamage(t *testing.T) {
	for name, damage := range map[string]func([]byte){
		"a child that comes later": func(p []byte) { copy(childOf(p, 1), childOf(p, 2)) },
		"a child that came before": func(p []byte) { copy(childOf(p, 2), childOf(p, 1)) },
	} {
		t.Run(name, func(t *testing.T) {
			s := damagedBranch(t, damage)
			err := s.OrdersReceived(day9.Add(-time.Hour), day9.Add(24*time.Hour), func([]repair.Order) error { return nil })
			d, ok := DamageOf(err)
			if !errors.Is(err, ErrDamaged) || !ok || d.Bucket != string(bucketOrders) || d.Why != "out of order" {
				t.Fatalf("a period read through the detour: %v (%+v), want orders out of order", err, d)
			}
		})
	}
}

// TestASeekSentAstrayIsDamage: a damaged key in the orders root sends a
// search for an order to the leaf before its own. bbolt then gives the
// next key it finds, which is below the one asked for, or a miss with a
// key at or above it before the place. Either is named damage: an order
// that is there is never "not found".
func TestASeekSentAstrayIsDamage(t *testing.T) {
	var wanted uint64
	s := damagedBranch(t, func(p []byte) {
		// Element 2's key is raised to element 3's: the orders of the
		// third leaf are now looked for in the second.
		pos2, pos3 := branchHeader+2*branchElement, branchHeader+3*branchElement
		k2 := p[pos2+int(binary.LittleEndian.Uint32(p[pos2:])):][:8]
		k3 := p[pos3+int(binary.LittleEndian.Uint32(p[pos3:])):][:8]
		wanted = binary.BigEndian.Uint64(k2) + 1 // the second order of the third leaf
		copy(k2, k3)
		binary.BigEndian.PutUint64(k2, binary.BigEndian.Uint64(k2)-1)
	})
	_, found, err := s.Order(wanted)
	if d, ok := DamageOf(err); !ok || d.Bucket != string(bucketOrders) || d.Why != "out of order" {
		t.Fatalf("order %d through the damaged key: found %v, %v (%+v), want orders out of order", wanted, found, err, d)
	}
	if o, found, err := s.Order(1); err != nil || !found || o.ID != 1 {
		t.Errorf("order 1, which no damaged key is on the way to: %v %v %v", o.ID, found, err)
	}
}

// A damaged branch in the orders does not keep the scrub from the records
// past it, and the detour itself is met: the records' walk reads in
// chunks, each from a seek, and a seek goes round it, but the pass's walk
// of the pages sees that the branch's child is not the one its key names.
func TestTheScrubMeetsADamagedBranchAndGoesOnPastIt(t *testing.T) {
	s := damagedBranch(t, func(p []byte) { copy(childOf(p, 1), childOf(p, 2)) })
	planted.Digit(t, s.Path(), []byte(`"phone":"13800000590"`), len(`"phone":"138`))
	pass, err := s.Scrub(context.Background(), quickScrub)
	if err != nil {
		t.Fatal(err)
	}
	damage, _ := s.seen.damage()
	if !slices.ContainsFunc(damage, func(d DamageError) bool {
		return d.Bucket == "orders" && d.Key == "590" && d.Why == "checksum mismatch"
	}) {
		t.Errorf("the scrub met %+v, want order 590's checksum", damage)
	}
	if !slices.ContainsFunc(damage, func(d DamageError) bool {
		return d.Bucket == "orders" && d.Page != 0 && d.Why == whyPages && strings.Contains(d.Detail, "differs from the first key")
	}) || pass.Pages == 0 {
		t.Errorf("the scrub met %+v (%d page damages), want the orders' branch whose child is not its key's", damage, pass.Pages)
	}
}
