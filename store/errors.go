package store

import (
	"errors"
	"io/fs"
	"syscall"

	berrors "go.etcd.io/bbolt/errors"
)

// errLockTimeout is the sidecar lock giving up; fileError turns it into
// ErrLocked with the path.
var errLockTimeout = errors.New("lock wait timed out")

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
		return pe
	case errors.Is(err, errLockTimeout), errors.Is(err, berrors.ErrTimeout):
		return &PathError{Path: s.path, Err: ErrLocked, Wait: s.timeout}
	case unwritable(err):
		return &PathError{Path: s.path, Err: ErrUnwritable, Why: err}
	}
	return err
}

// unwritable reports whether a system error means "you may not write here":
// no permission, or a read-only filesystem.
func unwritable(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// openError sorts the errors of bbolt.Open. Beyond the lock's and the
// system's, they are all bbolt finding the content unreadable (ErrInvalid,
// ErrChecksum, ErrVersionMismatch, "file size too small", …), which for the
// user is one thing: this file is not a frontdesk database.
func (s *Store) openError(err error) error {
	var pathErr *fs.PathError
	var errno syscall.Errno
	if errors.Is(err, berrors.ErrTimeout) || errors.As(err, &pathErr) || errors.As(err, &errno) {
		return s.fileError(err)
	}
	return s.fileError(&PathError{Err: ErrNotDatabase, Why: err})
}
