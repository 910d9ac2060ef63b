package store

// Running one transaction on a file: open it with bbolt, run, close, with a
// damaged file turned into ErrNotDatabase rather than a crash. Every
// operation goes through here (run), and so do Verify and Restore, which
// read files that are not the live database (fileAt, viewFile).

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
)

// boltPoll is bbolt's flock retry interval: it gives up one interval before
// its timeout, so it is given one more to wait about as long as we mean.
// (A zero timeout would mean forever.)
const boltPoll = 50 * time.Millisecond

// access is how run opens the file.
type access int

const (
	readOnly  access = iota // shared lock, bbolt read-only
	readWrite               // exclusive lock; the file must exist
	create                  // like readWrite, and creates a missing file (Open only)
)

// run is the only way the store touches the database: lock, open, one
// transaction, close, unlock. The whole wait for locks is bounded by the
// timeout; bbolt gets what is left of it, so that a foreign program holding
// bbolt's own lock makes us fail with ErrLocked rather than hang.
func (s *Store) run(mode access, fn func(*bolt.Tx) error) (err error) {
	if s.knocks != nil {
		return s.runHeld(mode, fn)
	}
	write := mode != readOnly
	if write {
		s.mu.Lock()
		defer s.mu.Unlock()
	} else {
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	deadline := time.Now().Add(s.timeout)
	unlock, err := lockFile(s.lockPath, write, s.timeout)
	if err != nil {
		return s.fileError(err)
	}
	defer unlock()
	return s.openRun(deadline, mode, fn)
}

// openFile keeps bbolt from creating the file except when Open means to: a
// database deleted under a running desk must be an error, not a new empty
// database that silently starts numbering again.
func openFile(mode access) func(string, int, os.FileMode) (*os.File, error) {
	return func(name string, flag int, perm os.FileMode) (*os.File, error) {
		if mode != create {
			flag &^= os.O_CREATE
		}
		return os.OpenFile(name, flag, perm)
	}
}

// view runs fn in one read transaction of an up-to-date database.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	return s.run(readOnly, func(tx *bolt.Tx) error {
		if err := checkSchema(tx); err != nil {
			return err
		}
		return fn(tx)
	})
}

// fileAt is a Store for reading one file with viewFile, a backup rather than
// the database: it has only what fileError and openError need to name the
// file and the wait.
func fileAt(path string, timeout time.Duration) *Store {
	return &Store{path: filepath.Clean(path), timeout: timeout}
}

// openRun is the second half of run, without its locks: open the file as
// mode says, giving bbolt until deadline for its own lock, run fn in one
// transaction, close. A file that bbolt cannot read, or that makes it fault
// or panic, is ErrNotDatabase. Verify uses it on copies, which have no
// sidecar lock, and Restore on the database while it holds the exclusive one;
// run, after taking the locks.
//
// A damaged file can make bbolt read past the end of its memory map or trip
// one of its own panics; the caller gets ErrNotDatabase instead of a crashed
// desk. bbolt has rolled the transaction back by then, so the file can be
// closed (and its lock dropped) as usual.
func (s *Store) openRun(deadline time.Time, mode access, fn func(*bolt.Tx) error) (err error) {
	write := mode != readOnly
	var db *bolt.DB
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			err = s.fileError(notDatabase(fmt.Sprintf("damaged: %v", r)))
		}
	}()

	db, err = s.boltOpen(deadline, mode)
	if err != nil {
		return err
	}
	if write {
		err = db.Update(fn)
	} else {
		err = db.View(fn)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return s.fileError(err)
}

// boltOpen opens the file with bbolt as mode says, giving it until
// deadline for its own lock. bbolt reads the file's first pages as it
// opens it, and a damaged file can make it fault there: the caller has
// debug.SetPanicOnFault on and recovers, and the file bbolt opened is
// unlocked and closed here on the way, so that no lock of a half-opened
// file outlives the attempt in a program that goes on running. Unlocked
// first: bbolt's memory map of it, which is lost with the DB, keeps the
// open file (and so its flock) alive after the close.
func (s *Store) boltOpen(deadline time.Time, mode access) (*bolt.DB, error) {
	var file *os.File
	open := openFile(mode)
	db, err := func() (db *bolt.DB, err error) {
		defer func() {
			if r := recover(); r != nil {
				if file != nil {
					// On the way out of a panic, which is the error: an
					// unlock that fails leaves nothing more to try here.
					_ = syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
					file.Close()
				}
				panic(r)
			}
		}()
		return bolt.Open(s.path, 0o644, &bolt.Options{
			Timeout:  max(time.Until(deadline), time.Millisecond) + boltPoll,
			ReadOnly: mode == readOnly,
			NoSync:   s.opts.NoSync,
			OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
				f, err := open(name, flag, perm)
				file = f
				return f, err
			},
		})
	}()
	if err != nil {
		return nil, s.openError(err)
	}
	return db, nil
}

// viewFile runs fn in a read transaction of s.path, without the sidecar lock.
func (s *Store) viewFile(fn func(*bolt.Tx) error) error {
	knock(s.path) // a lingering desk holds bbolt's lock too
	return s.openRun(time.Now().Add(s.timeout), readOnly, fn)
}
