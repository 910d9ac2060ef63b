package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/planted"
)

var quickScrub = ScrubPace{Keys: 16, Pause: time.Millisecond}

// TestScrubMeetsDamagePlantedUnderTheStore: a phone digit is changed on
// disk under a store that has the file open, as a failing disk does it.
// Nobody asks for that order; the scrub meets it anyway — the order, its
// head and its place on the board, the three records that hold the phone
// — every watching screen is woken to read the snapshot, and the snapshot
// names them.
// A second pass meets it again, and wakes nobody for what is not news.
func TestScrubMeetsDamagePlantedUnderTheStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "station.db")
	s := openAt(t, path, newClock())
	stored(t, s, 300, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	clean, err := s.Scrub(ctx, quickScrub)
	if err != nil || clean.Damaged != 0 || clean.Records != recordsIn(t, s) {
		t.Fatalf("scrub of the undamaged file: %+v %v, want %d records and no damage", clean, err, recordsIn(t, s))
	}
	if snap := snap(t, s); len(snap.Damage) != 0 {
		t.Fatalf("damage named before any: %+v", snap.Damage)
	}

	feed := s.Watch(ctx)
	planted.Digit(t, path, []byte(`"phone":"13800000150"`), len(`"phone":"138`))
	pass, err := s.Scrub(ctx, quickScrub)
	if err != nil || pass.Damaged != 3 {
		t.Fatalf("scrub of the damaged file: %+v %v, want three damaged records; met %+v", pass, err, snap(t, s).Damage)
	}
	select {
	case <-feed:
	case <-time.After(5 * time.Second):
		t.Fatal("no screen was woken to read the damage")
	}
	got := snap(t, s)
	var buckets []string
	for _, d := range got.Damage {
		if d.Key != "150" || d.Why != "checksum mismatch" {
			t.Errorf("named %+v, want order 150's checksum", d)
		}
		buckets = append(buckets, d.Bucket)
	}
	if !slices.Equal(buckets, []string{"order_heads", "orders", "orders_active"}) || got.DamageMet != 3 {
		t.Fatalf("the snapshot names %v (%d in all), want order 150 in orders, its head and the board", buckets, got.DamageMet)
	}

	if again, err := s.Scrub(ctx, quickScrub); err != nil || again.Damaged != 3 {
		t.Fatalf("second pass: %+v %v", again, err)
	}
	select {
	case rev := <-feed:
		t.Fatalf("woken again (rev %d) for damage already named", rev)
	default:
	}
}

// A scrub whose context ends stops at its next pause, with ctx's error.
func TestScrubStopsWithItsContext(t *testing.T) {
	s := openTest(t, newClock())
	stored(t, s, 300, time.Minute)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	pass, err := s.Scrub(ctx, ScrubPace{Keys: 1, Pause: 5 * time.Millisecond})
	if !errors.Is(err, context.Canceled) || pass.Records >= recordsIn(t, s) {
		t.Fatalf("cancelled scrub: %+v %v", pass, err)
	}
}

// recordsIn counts the sealed records of the file, as bbolt counts keys.
func recordsIn(t *testing.T, s *Store) int {
	t.Helper()
	n := 0
	if err := s.run(readOnly, func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { // raw: counting
			n += b.Stats().KeyN
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	return n - 1 // meta/app has no seal
}
