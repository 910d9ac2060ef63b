package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// DefaultTimeout is how long an operation waits for the file when
// Options.Timeout is zero.
const DefaultTimeout = 3 * time.Second

// Open checks the database at opts.Path, creating it (and its directory) if
// missing and migrating it if it is older, and returns a Store that holds the
// file open until Close: a second Store of the same file, in this process
// or another, waits opts.Timeout for it and fails with ErrLocked. The errors about the file are *PathError
// wrapping ErrUnwritable, ErrNotDatabase, ErrNewerSchema or ErrLocked. A file
// that is not a frontdesk database is never written to.
func Open(opts Options) (*Store, error) {
	s, err := newStore(opts)
	if err != nil {
		return nil, err
	}
	path := s.path

	// The default path is in the user's data directory, which may not exist
	// yet on a new machine.
	if err := s.opts.Files.MkdirAll(filepath.Dir(path)); err != nil { // the customers' data: its owner's (and station group's) only
		return nil, &PathError{Path: path, Err: ErrUnwritable, Why: err}
	}
	if err := s.prepare(); err != nil {
		return nil, err
	}
	if err := s.hold(); err != nil {
		return nil, err
	}
	// The feed starts from the file's rev, which a screen woken for
	// damage met before any commit reads again (noteDamage).
	s.feed.known(s.heldRev())
	return s, nil
}

// newStore is a Store of opts, with the defaults filled in, that has not
// looked at the file yet.
func newStore(opts Options) (*Store, error) {
	if err := opts.Queue.Validate(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if opts.Path == "" {
		return nil, errors.New("store: no database path")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.ClaimLength <= 0 {
		opts.ClaimLength = DefaultClaimLength
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	opts.Files = opts.Files.OrDefault()
	path := filepath.Clean(opts.Path)
	return &Store{
		opts: opts, path: path, timeout: opts.Timeout, now: opts.Now,
		heads: headCache{max: headCacheMax},
	}, nil
}

// prepare brings the file to this binary's schema. An existing file is first
// inspected read-only, so that another program's file, or a newer one, is
// refused without a byte of it changed; only a file we know is ours and
// older is opened for writing.
func (s *Store) prepare() error {
	info, err := os.Stat(s.path)
	switch {
	case errors.Is(err, fs.ErrNotExist) || err == nil && info.Mode().IsRegular() && info.Size() == 0:
		err := s.openRun(time.Now().Add(s.timeout), create, migrate)
		if errors.Is(err, fs.ErrNotExist) {
			// The directory is there but no file can be made in it (as
			// under /proc): the database cannot be written.
			return &PathError{Path: s.path, Err: ErrUnwritable, Why: err}
		}
		return err
	case err != nil:
		return s.fileError(err)
	case !info.Mode().IsRegular():
		return s.fileError(notDatabase("not a regular file"))
	}

	var version int
	err = s.openRun(time.Now().Add(s.timeout), readOnly, func(tx *bolt.Tx) (err error) {
		// A file cut short (a copy that stopped, a full disk in another
		// program) may still open, its first pages intact, and fail at the
		// first write or fault at a read; its pages end past its end.
		// (Its size now, under the lock: a writer grows it before it
		// commits pages beyond.)
		now, err := os.Stat(s.path)
		if err != nil {
			return err
		}
		if tx.Size() > now.Size() {
			return damagedFile(whyTruncated, fmt.Sprintf("%d bytes, its pages end at %d", now.Size(), tx.Size()))
		}
		version, err = schemaOf(tx)
		return err
	})
	switch {
	case err != nil:
		return err
	case version > schemaVersion:
		return s.fileError(newerSchema(version))
	}
	// Every program writes (the display only reads, but it is the same
	// binary): say so now rather than at the first call of the day.
	f, err := os.OpenFile(s.path, os.O_RDWR, 0)
	if err != nil {
		return s.fileError(err)
	}
	f.Close()
	if version == schemaVersion {
		return nil
	}
	if s.opts.Migrating != nil {
		s.opts.Migrating(version, schemaVersion)
	}
	if err := s.openRun(time.Now().Add(s.timeout), readWrite, migrate); err != nil {
		return err
	}
	if version < sealedSchema {
		// Sealing rewrote every value: the file is twice its size, half of
		// it free pages that every commit would carry in its freelist.
		if _, err := s.compact(); err != nil {
			return err
		}
	}
	return nil
}

// free checks that no program holds the file, for RestoreOver, which
// replaces it without opening it as a database: bbolt's lock is taken and
// let go at once (a damaged file may not open as a database at all).
func (s *Store) free() error {
	f, err := os.OpenFile(s.path, os.O_RDWR, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return s.fileError(err)
	}
	defer f.Close()
	for deadline := time.Now().Add(s.timeout); ; time.Sleep(boltPoll) {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		}
		if time.Now().After(deadline) {
			return &PathError{Path: s.path, Err: ErrLocked, Wait: s.timeout}
		}
	}
}
