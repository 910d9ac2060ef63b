package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"frontdesk/internal/fileperm"
)

// todays is the name DailyBackup gives the backup of the clock's day (the
// default queue's station is in Shanghai, UTC+8).
func todays(dir string, c *clock) string {
	return filepath.Join(dir, "frontdesk-"+c.Now().Add(8*time.Hour).Format(time.DateOnly)+".db")
}

// dailyStore is a store on a clock and the backups directory beside it.
func dailyStore(t *testing.T) (*Store, *clock, string) {
	c := newClock()
	dir := t.TempDir()
	return openAt(t, filepath.Join(dir, "queue.db"), c), c, filepath.Join(dir, "backups")
}

// dailyDays makes n daily backups, a day apart, one ticket taken before
// each, and returns them oldest first; the clock is left on the day of
// the last.
func dailyDays(t *testing.T, s *Store, c *clock, dir string, n, keep int) []string {
	t.Helper()
	var made []string
	for i := range n {
		if i > 0 {
			c.Add(24 * time.Hour)
		}
		take(t, s, "A")
		path, err := s.DailyBackup(dir, keep)
		if err != nil || path != todays(dir, c) {
			t.Fatalf("day %d: DailyBackup made %q, %v", i, path, err)
		}
		for _, p := range []string{dir, path} { // copies of the customers' data
			if fi, err := os.Stat(p); err != nil || fi.Mode().Perm()&0o077 != 0 {
				t.Fatalf("%s is %v (%v), want its owner's only", p, fi.Mode(), err)
			}
		}
		made = append(made, path)
	}
	return made
}

// cutShort writes at path the first half of the database at from: a copy
// whose pages end past its end, as a failing write would leave it.
func cutShort(t *testing.T, s *Store, path string) []byte {
	t.Helper()
	from := filepath.Join(t.TempDir(), "whole.db")
	if _, err := s.Backup(from); err != nil {
		t.Fatal(err)
	}
	b := readFile(t, from)
	b = b[:len(b)/2]
	writeFile(t, path, b)
	return b
}

// rot overwrites both meta pages of the file at path and gives it back its
// time: the file is damaged, its size and time say it was not written.
func rot(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	b := readFile(t, path)
	copy(b, bytes.Repeat([]byte{0xA5}, 2*4096))
	writeFile(t, path, b)
	if err := os.Chtimes(path, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// wantDamaged checks that err says the backup failed and names where it
// was set aside, and that it is there with the bytes it had.
func wantDamaged(t *testing.T, err error, aside string, want []byte) {
	t.Helper()
	var pe *PathError
	if !errors.As(err, &pe) || !errors.Is(err, ErrBackupDamaged) || pe.Path != aside || pe.Why == nil {
		t.Fatalf("got %v; want a *PathError of ErrBackupDamaged naming %s, with why", err, aside)
	}
	if got := readFile(t, aside); !bytes.Equal(got, want) {
		t.Fatalf("%s holds %d bytes, not the %d of the damaged backup", aside, len(got), len(want))
	}
}

// TestDamagedDailyBackupIsSetAsideAndPrunesNothing: today's backup that
// fails Verify is renamed aside and reported, does not count, and prunes
// nothing: with keep 2, the two good older ones both stay. A second one
// failing the same day goes beside the first, never over it; the next
// that passes counts, and only then is the oldest good one deleted.
func TestDamagedDailyBackupIsSetAsideAndPrunesNothing(t *testing.T) {
	s, c, dir := dailyStore(t)
	good := dailyDays(t, s, c, dir, 2, 2)

	c.Add(24 * time.Hour)
	today := todays(dir, c)
	stem := today[:len(today)-len(".db")]
	first := cutShort(t, s, today) // today's, as a write that failed would leave it
	made, err := s.DailyBackup(dir, 2)
	if made != "" {
		t.Errorf("DailyBackup made %q of a damaged day", made)
	}
	wantDamaged(t, err, stem+".damaged.db", first)
	if exists(today) || exists(recordOf(today)) {
		t.Error("the damaged backup is still under its daily name")
	}
	for _, path := range good {
		if !exists(path) || !recorded(path) {
			t.Errorf("%s: pruned or no longer verified after a damaged newer one", path)
		}
	}

	second := cutShort(t, s, today)
	_, err = s.DailyBackup(dir, 2)
	wantDamaged(t, err, stem+".damaged-2.db", second)
	if !bytes.Equal(readFile(t, stem+".damaged.db"), first) {
		t.Error("the second damaged backup of the day went over the first")
	}

	// Today's name is free again: the next start makes one that passes.
	made, err = s.DailyBackup(dir, 2)
	if err != nil || made != today || !recorded(today) {
		t.Fatalf("after the damaged ones: made %q, %v, recorded %v", made, err, recorded(today))
	}
	if exists(good[0]) || exists(recordOf(good[0])) || !exists(good[1]) {
		t.Errorf("with two verified newer ones, the oldest should go (and its record), the other stay")
	}
	for _, aside := range []string{stem + ".damaged.db", stem + ".damaged-2.db"} {
		if !exists(aside) {
			t.Errorf("%s, evidence, was deleted", aside)
		}
	}
}

// TestPruneCountsOnlyVerifiedBackups: the rotation keeps the newest keep
// verified backups and deletes what is older; a newer unverified one does
// not count and is not deleted, nor is a file set aside as damaged.
func TestPruneCountsOnlyVerifiedBackups(t *testing.T) {
	s, c, dir := dailyStore(t)
	v := dailyDays(t, s, c, dir, 3, 10)

	// Day 4's backup was made by a frontdesk that recorded nothing; day 3's
	// was written again after its check: neither counts.
	c.Add(24 * time.Hour)
	unrecorded := todays(dir, c)
	if _, err := s.Backup(unrecorded); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	if err := os.Chtimes(v[2], later, later); err != nil {
		t.Fatal(err)
	}
	aside := filepath.Join(dir, "frontdesk-2020-01-01.damaged.db")
	writeFile(t, aside, []byte("evidence"))

	c.Add(24 * time.Hour)
	take(t, s, "A")
	newest, err := s.DailyBackup(dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Verified, newest first: day 5, day 2 (day 3 changed, day 4 unrecorded).
	for path, want := range map[string]bool{v[0]: false, v[1]: true, v[2]: true, unrecorded: true, newest: true, aside: true} {
		if exists(path) != want {
			t.Errorf("%s: there %v, want %v", filepath.Base(path), exists(path), want)
		}
	}
	if exists(recordOf(v[0])) {
		t.Error("the record of a deleted backup stays")
	}
	if daily, _ := DailyBackups(dir); !slices.Equal(daily, []string{v[1], v[2], unrecorded, newest}) {
		t.Errorf("DailyBackups %v", daily)
	}
	if info, err := os.Stat(recordOf(newest)); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("the record: %v, %v; want mode 0600", info, err)
	}
}

// TestDailyBackupChecksTodaysUnrecorded: today's backup there already but
// with no record (a frontdesk that did not check, a run stopped before the
// check) is verified and recorded, not made again.
func TestDailyBackupChecksTodaysUnrecorded(t *testing.T) {
	s, c, dir := dailyStore(t)
	take(t, s, "A")
	today := todays(dir, c)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(today); err != nil {
		t.Fatal(err)
	}
	if made, err := s.DailyBackup(dir, 3); err != nil || made != "" || !recorded(today) {
		t.Errorf("made %q, %v, recorded %v; want today's checked and recorded", made, err, recorded(today))
	}
}

// TestNewestVerifiedSkipsADamagedNewest: a backup that rotted after it
// passed (its record still matches) is still named by its record, but it
// is not offered for a restore: it is set aside and reported, and the
// next older one that passes is offered.
func TestNewestVerifiedSkipsADamagedNewest(t *testing.T) {
	s, c, dir := dailyStore(t)
	path := s.path
	v := dailyDays(t, s, c, dir, 2, 5)
	before := readFile(t, v[1])
	rot(t, v[1])
	rotten := readFile(t, v[1])
	if bytes.Equal(before, rotten) {
		t.Fatal("rot changed nothing")
	}
	if got, ok := NewestRecorded(dir); !ok || got != v[1] {
		t.Fatalf("NewestRecorded %q, %v; want %s by its record", got, ok, v[1])
	}

	info, damaged, err := NewestVerified(dir, path, fileperm.Default())
	if err != nil || info.Path != v[0] || info.Tickets != 1 {
		t.Fatalf("NewestVerified %+v, %v; want %s with its one ticket", info, err, v[0])
	}
	if len(damaged) != 1 {
		t.Fatalf("damaged %v, want the rotten one", damaged)
	}
	wantDamaged(t, damaged[0], v[1][:len(v[1])-len(".db")]+".damaged.db", rotten)
	if exists(v[1]) || exists(recordOf(v[1])) {
		t.Error("the rotten backup is still under its daily name")
	}
	if got, ok := NewestRecorded(dir); !ok || got != v[0] {
		t.Errorf("NewestRecorded after: %q, %v; want %s", got, ok, v[0])
	}

	// The live database is never taken for a backup, nor set aside.
	if info, damaged, err := NewestVerified(dir, v[0], fileperm.Default()); info.Path != "" || len(damaged) != 0 || err != nil || !exists(v[0]) {
		t.Errorf("with the only backup the live file: %+v, %v, %v", info, damaged, err)
	}
	if info, damaged, err := NewestVerified(filepath.Join(dir, "none"), path, fileperm.Default()); info.Path != "" || damaged != nil || err != nil {
		t.Errorf("a directory that is not there: %+v, %v, %v; want none, no error", info, damaged, err)
	}
}
