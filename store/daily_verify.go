package store

// Verified daily backups. A daily backup counts as a backup only once Verify
// has passed it: DailyBackup verifies the day's copy as soon as it is
// written, and a copy that fails is renamed aside and reported, never
// counted, never offered for a restore.
//
// That a backup passed is recorded beside it, so that listing and pruning
// need not read large files again: "frontdesk-YYYY-MM-DD.db.verified"
// (0600, or 0640 of the station group), the file's size and modification time when it passed, and the rev
// it holds. A record that no longer matches the file's size and time (the
// file was written since, or replaced) means the file is not verified. A
// record says nothing of what the disk did to the file since without
// writing it, so whatever is offered for a restore is verified again first
// (NewestVerified).
//
// A backup that fails is renamed "frontdesk-YYYY-MM-DD.damaged.db" (or
// ".damaged-2.db" and on, never over another file): it is evidence, and no
// rotation deletes it, since its name is not a daily backup's any more.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"frontdesk/internal/fileperm"
)

// ErrBackupDamaged is a daily backup that failed Verify: it does not count
// as a backup. It comes as a *PathError whose Path is the file as it is now
// named (set aside as "….damaged.db", or the old name if even the rename
// failed) and whose Why is what Verify, or the rename, said.
var ErrBackupDamaged = errors.New("backup failed its check and was set aside")

// dailyMu keeps a process's looks at a backups directory one at a time (two
// desks starting together, a restore): neither renames or deletes a file
// the other is checking. Another process doing the same is met by treating
// a file gone meanwhile as gone.
var dailyMu sync.Mutex

const (
	recordSuffix  = ".verified"
	damagedSuffix = ".damaged"
)

// verifiedRecord is what the record of a verified backup holds.
type verifiedRecord struct {
	Size     int64     `json:"size"`
	Modified time.Time `json:"modified"`
	Rev      uint64    `json:"rev"`
}

func recordOf(path string) string { return path + recordSuffix }

// recorded reports whether path has a record of having passed Verify that
// still matches the file.
func recorded(path string) bool {
	st, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.ReadFile(recordOf(path))
	if err != nil {
		return false
	}
	var r verifiedRecord
	if json.Unmarshal(b, &r) != nil {
		return false
	}
	return r.Size == st.Size() && r.Modified.Equal(st.ModTime())
}

// record writes the record of info, what Verify found of the file at
// info.Path, unless the file changed since (its size and time are not
// those Verify saw): then it is not known to be verified.
func record(info BackupInfo, m fileperm.Modes) error {
	st, err := os.Stat(info.Path)
	if err != nil || st.Size() != info.Size || !st.ModTime().Equal(info.Time) {
		return nil
	}
	b, err := json.Marshal(verifiedRecord{Size: info.Size, Modified: info.Time, Rev: info.Rev})
	if err != nil {
		return err
	}
	return replaceFile(recordOf(info.Path), m, func(f *os.File) error {
		_, err := f.Write(b)
		return err
	}, nil)
}

// verifyDaily runs Verify on the daily backup at path. One that fails is
// set aside and the error wraps ErrBackupDamaged; one held by another
// program (ErrLocked) or gone meanwhile (fs.ErrNotExist) is left as it is,
// not known either way.
func verifyDaily(path string) (BackupInfo, error) {
	info, err := Verify(path)
	switch {
	case err == nil:
		return info, nil
	case errors.Is(err, ErrLocked) || errors.Is(err, fs.ErrNotExist):
		return BackupInfo{}, err
	}
	aside, moveErr := moveAside(path)
	if moveErr != nil {
		return BackupInfo{}, &PathError{Path: path, Err: ErrBackupDamaged, Why: errors.Join(err, moveErr)}
	}
	os.Remove(recordOf(path)) // of an older pass; a record left over matches nothing
	return BackupInfo{}, &PathError{Path: aside, Err: ErrBackupDamaged, Why: err}
}

// moveAside renames the daily backup at path to the first of
// "….damaged.db", "….damaged-2.db", … that does not exist, and returns it.
// A hard link and then the removal of the old name cannot replace a file
// made meanwhile; where the file system has no links, a rename after a look.
func moveAside(path string) (string, error) {
	base := strings.TrimSuffix(path, dailySuffix) + damagedSuffix
	for i := 1; ; i++ {
		aside := base + dailySuffix
		if i > 1 {
			aside = fmt.Sprintf("%s-%d%s", base, i, dailySuffix)
		}
		err := os.Link(path, aside)
		if err == nil {
			return aside, os.Remove(path)
		}
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		switch _, err := os.Lstat(aside); {
		case err == nil:
			continue
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		return aside, os.Rename(path, aside)
	}
}

// NewestRecorded is the newest daily backup in dir whose record says it
// passed Verify and still matches it, by the record alone: cheap enough
// for a hint. ok is false when there is none.
func NewestRecorded(dir string) (path string, ok bool) {
	daily, _ := DailyBackups(dir)
	for _, path := range slices.Backward(daily) {
		if recorded(path) {
			return path, true
		}
	}
	return "", false
}

// NewestVerified is the newest daily backup in dir that passes Verify now,
// what a restore with no file named is offered: each, newest first, is
// verified again whatever its record says (a disk may have damaged it since
// without writing it), and recorded when it passes. Those that fail are set
// aside on the way and returned in damaged (each a *PathError wrapping
// ErrBackupDamaged). live, the station's database, is never taken for a
// backup nor set aside. info.Path is "" when none passes (a dir that does
// not exist has none); err is reading dir. A record is made as m says (the
// station's Options.Files).
func NewestVerified(dir, live string, m fileperm.Modes) (info BackupInfo, damaged []error, err error) {
	dailyMu.Lock()
	defer dailyMu.Unlock()
	daily, err := DailyBackups(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return BackupInfo{}, nil, nil
	}
	if err != nil {
		return BackupInfo{}, nil, fmt.Errorf("store: daily backups in %s: %w", dir, err)
	}
	for _, path := range slices.Backward(daily) {
		if live != "" && sameFile(path, live) {
			continue
		}
		info, err := verifyDaily(path)
		switch {
		case err == nil:
			_ = record(info, m.OrDefault()) // only saves a later look its work: a read-only dir still offers it
			return info, damaged, nil
		case errors.Is(err, ErrBackupDamaged):
			damaged = append(damaged, err)
		}
		// held by another program or gone meanwhile: not offered
	}
	return BackupInfo{}, damaged, nil
}
