package store

// The daily backup: one hot copy a day, named by the station-local date, and
// the rotation that keeps the newest of them. Apart from Backup itself
// because it is a policy (which file, how many kept), not a way of copying.

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
// station-local date, unless it is there already, and then deletes the
// oldest files named so beyond the newest keep (nothing else in dir, and
// never the live database). It returns the path of the backup it made, or
// "" if today's was there.
func (s *Store) DailyBackup(dir string, keep int) (string, error) {
	if keep < 1 {
		return "", fmt.Errorf("store: daily backup: keep %d, want at least 1", keep)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("store: daily backup: %w", err)
	}
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

// DailyBackups lists the daily backups in dir (DailyBackup), oldest first:
// where to look when the database is damaged.
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

// pruneDaily deletes the oldest daily backups in dir beyond keep.
func (s *Store) pruneDaily(dir string, keep int) error {
	all, err := DailyBackups(dir)
	if err != nil {
		return fmt.Errorf("store: daily backup: %w", err)
	}
	daily := slices.DeleteFunc(all, func(path string) bool { return sameFile(path, s.path) })
	for _, path := range daily[:max(len(daily)-keep, 0)] {
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("store: daily backup: %w", err)
		}
	}
	return nil
}
