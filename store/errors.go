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
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum):
		return &PathError{Path: s.path, Err: ErrNotDatabase, Why: err}
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
