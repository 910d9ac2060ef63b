package store

// The daily backup: one hot copy a day, named by the station-local date, and
// the rotation that keeps the newest of them, counting only those verified
// (daily_verify.go). Apart from Backup itself because it is a policy (which
// file, how many kept), not a way of copying.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
)

// DailyBackup makes today's backup in dir, "frontdesk-YYYY-MM-DD.db" by the
// station-local date, unless it is there already, and verifies it
// (daily_verify.go) unless a record says it passed. One that fails is set
// aside as "….damaged.db" and the error, a *PathError wrapping
// ErrBackupDamaged, says so; nothing is pruned then. Otherwise it deletes
// the daily backups older than the newest keep verified ones (pruneDaily).
// It returns the path of the backup it made, or "" if today's was there.
func (s *Store) DailyBackup(dir string, keep int) (string, error) {
	if keep < 1 {
		return "", fmt.Errorf("store: daily backup: keep %d, want at least 1", keep)
	}
	if err := s.opts.Files.MkdirAll(dir); err != nil { // copies of the database: its owner's (and station group's) only
		return "", fmt.Errorf("store: daily backup: %w", err)
	}
	dailyMu.Lock()
	defer dailyMu.Unlock()
	dest := filepath.Join(dir, dailyPrefix+s.opts.Queue.Day(s.now())+dailySuffix)
	made := ""
	switch _, err := os.Lstat(dest); {
	case errors.Is(err, fs.ErrNotExist):
		if _, err := s.Backup(dest); err != nil {
			return "", err
		}
		made = dest
	case err != nil:
		return "", fmt.Errorf("store: daily backup: %w", err)
	case sameFile(dest, s.path):
		return "", fmt.Errorf("store: daily backup to %s: %w", dest, ErrLiveDatabase)
	}
	// Made now, or there without a record: by a run that stopped before
	// its check, or by a frontdesk that did not check.
	if !recorded(dest) {
		info, err := verifyDaily(dest)
		if err != nil {
			return "", err
		}
		if err := record(info, s.opts.Files); err != nil {
			return "", fmt.Errorf("store: daily backup: %w", err)
		}
	}
	return made, s.pruneDaily(dir, keep)
}

const (
	dailyPrefix = "frontdesk-"
	dailySuffix = ".db"
)

// isDaily reports whether name is exactly "frontdesk-YYYY-MM-DD.db".
func isDaily(name string) bool {
	day, ok := strings.CutPrefix(name, dailyPrefix)
	if !ok {
		return false
	}
	if day, ok = strings.CutSuffix(day, dailySuffix); !ok {
		return false
	}
	t, err := time.Parse(time.DateOnly, day)
	return err == nil && t.Format(time.DateOnly) == day
}

// DailyBackups lists the files in dir named as daily backups (DailyBackup),
// oldest first, verified or not: NewestVerified is the one to restore.
func DailyBackups(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var daily []string
	for _, e := range entries {
		if e.Type().IsRegular() && isDaily(e.Name()) {
			daily = append(daily, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(daily) // the date in the name sorts them oldest first
	return daily, nil
}

// pruneDaily deletes the daily backups in dir older than the newest keep
// verified ones: only verified backups count, so a damaged or unchecked one
// never takes the place of a good one. An unverified one newer than those
// keep stays (it is not counted); one older goes with the rest, as it would
// have gone when nothing was verified. The files set aside as damaged are
// never deleted: their names are not daily backups' (isDaily).
func (s *Store) pruneDaily(dir string, keep int) error {
	all, err := DailyBackups(dir)
	if err != nil {
		return fmt.Errorf("store: daily backup: %w", err)
	}
	daily := slices.DeleteFunc(all, func(path string) bool { return sameFile(path, s.path) })
	cut, verified := 0, 0 // daily[:cut] go
	for i := len(daily) - 1; i >= 0 && verified < keep; i-- {
		if recorded(daily[i]) {
			verified++
			cut = i
		}
	}
	if verified < keep {
		return nil
	}
	for _, path := range daily[:cut] {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: daily backup: %w", err)
		}
		if err := os.Remove(recordOf(path)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("store: daily backup: %w", err)
		}
	}
	return nil
}
