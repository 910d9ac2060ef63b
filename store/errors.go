package store

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"

	berrors "go.etcd.io/bbolt/errors"
)

// fileErr is an error about the file found inside a transaction, where the
// path is not at hand: fileError fills it in on the way out.
func fileErr(kind error, why string) error {
	return &PathError{Err: kind, Why: errors.New(why)}
}

// notDatabase is the error for a file whose content is not ours.
func notDatabase(why string) error { return fileErr(ErrNotDatabase, why) }

// fileError names the path in every error about the database file and sorts
// the system's and bbolt's errors into the four the screens explain. Errors
// of the queue rules pass unchanged, so callers match them with errors.Is.
func (s *Store) fileError(err error) error {
	var pe *PathError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &pe):
		if pe.Path == "" {
			pe.Path = s.path
		}
		if de, ok := DamageOf(pe); ok && de.Bucket == "" && !ours(pe.Path) {
			return &PathError{Path: pe.Path, Err: ErrNotDatabase, Why: de}
		}
		return pe
	case errors.Is(err, berrors.ErrTimeout):
		return &PathError{Path: s.path, Err: ErrLocked, Wait: s.timeout}
	case unwritable(err):
		return &PathError{Path: s.path, Err: ErrUnwritable, Why: err}
	case diskFull(err):
		return &PathError{Path: s.path, Err: ErrDiskFull, Why: err}
	}
	return err
}

// noSpace are the system's errors for "the file cannot grow": the disk is
// full, the user's quota is used up, or the file reached its size limit.
var noSpace = []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT, syscall.EFBIG}

// diskFull reports whether err is one of noSpace. bbolt wraps the error of
// growing the file with %s ("file resize error: file too large"), which
// loses the errno, so its text is looked for too.
func diskFull(err error) bool {
	for _, e := range noSpace {
		if errors.Is(err, e) || strings.Contains(err.Error(), e.Error()) {
			return true
		}
	}
	return false
}

// unwritable reports whether a system error means "you may not write here":
// no permission, or a read-only filesystem.
func unwritable(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// openError sorts the errors of bbolt.Open. Beyond the lock's and the
// system's, they are all bbolt finding the content unreadable (ErrInvalid,
// ErrChecksum, ErrVersionMismatch, "file size too small", …): a damaged
// database if the file is ours (ours.go), else not a frontdesk database.
func (s *Store) openError(err error) error {
	var pathErr *fs.PathError
	var errno syscall.Errno
	if errors.Is(err, berrors.ErrTimeout) || errors.As(err, &pathErr) || errors.As(err, &errno) {
		return s.fileError(err)
	}
	return s.fileError(damagedFile(whyUnreadable, err.Error()))
}
