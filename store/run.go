package store

// Running one transaction: on the file the store holds (run), or on a file
// opened for it (openRun: Open's look before it holds the file, Verify and
// Restore on copies), with a damaged file turned into ErrNotDatabase
// rather than a crash.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/fileperm"
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

// errClosed is an operation on a Store after Close (or one that could not
// open its file again after a Restore or Compact).
var errClosed = errors.New("the database is closed")

// run is the only way the store's operations touch the database: one
// transaction on the file the store holds, with the gate held to share, so
// that Restore and Compact never swap the file under it.
func (s *Store) run(mode access, fn func(*bolt.Tx) error) error {
	s.gate.RLock()
	defer s.gate.RUnlock()
	switch {
	case s.db == nil:
		return s.fileError(notDatabase(errClosed.Error()))
	case s.broken.Load():
		return s.fileError(damagedFile(whyFaulted, "earlier, under this store"))
	}
	err := s.runOn(s.db, mode != readOnly, fn)
	s.noteDamage(err)
	return err
}

// runOn runs fn in one transaction of db. A damaged file can make bbolt
// read past the end of its memory map or trip one of its own panics; the
// caller gets ErrNotDatabase instead of a crashed owner, and bbolt has
// rolled the transaction back by then.
func (s *Store) runOn(db *bolt.DB, write bool, fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			// bbolt may have faulted holding its own locks (in Begin, say):
			// the DB is not to be used again, not even to be closed.
			s.broken.Store(true)
			err = s.fileError(damagedFile(whyFaulted, fmt.Sprint(r)))
		}
	}()
	if write {
		err = db.Update(fn)
	} else {
		err = db.View(fn)
	}
	return s.fileError(err)
}

// hold opens the file for the store's life (Open; Restore and Compact, after
// the swap), giving bbolt the timeout for its lock: a file another owner
// holds is ErrLocked.
func (s *Store) hold() (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = s.fileError(damagedFile(whyFaulted, fmt.Sprint(r)))
		}
	}()
	db, file, err := s.boltOpen(time.Now().Add(s.timeout), readWrite)
	if err != nil {
		return err
	}
	s.db, s.file = db, file
	s.broken.Store(false)
	return nil
}

// release lets go of the file held (the gate held alone). A DB that
// faulted is not closed — bbolt may hold its own locks forever — but its
// file is, and bbolt's flock with it, so that the file can be replaced and
// opened again.
func (s *Store) release() error {
	db, file := s.db, s.file
	s.db, s.file = nil, nil
	if db == nil {
		return nil
	}
	if s.broken.Load() {
		_ = syscall.Flock(int(file.Fd()), syscall.LOCK_UN)
		return file.Close()
	}
	return db.Close()
}

// lockAlone holds the gate alone, once the operations that hold it to
// share are done; the scrub's walk of the pages sees it waiting (alone)
// and ends early.
func (s *Store) lockAlone() {
	s.alone.Add(1)
	s.gate.Lock()
	s.alone.Add(-1)
}

// exclusive runs fn with the file let go, the gate held alone: every
// operation waits, and then finds the file (the one fn put in place)
// open again. It returns the rev of the file then, for the feed.
func (s *Store) exclusive(fn func() error) (rev uint64, err error) {
	s.lockAlone()
	defer s.gate.Unlock()
	held := s.db != nil
	if err := s.release(); err != nil {
		return 0, s.fileError(err)
	}
	err = fn()
	if !held {
		return 0, err
	}
	if herr := s.hold(); herr != nil {
		return 0, errors.Join(err, herr)
	}
	s.board.changed() // another file: its board is read afresh
	s.seen.forget()   // and its own damage, if any, is met afresh
	return s.heldRev(), err
}

// heldRev is the rev of the file the store holds (0 when it cannot be
// read: the next operation says why).
func (s *Store) heldRev() (rev uint64) {
	_ = s.runOn(s.db, false, func(tx *bolt.Tx) error {
		rev, _ = revOf(tx)
		return nil
	})
	return rev
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

// createFile is openFile of Open's create: a file it makes is given the
// store's modes, whatever the umask, and its station group; an empty file
// that was there, which Open makes a database, keeps its own.
func createFile(m fileperm.Modes) func(string, int, os.FileMode) (*os.File, error) {
	return func(name string, flag int, perm os.FileMode) (*os.File, error) {
		if flag&os.O_CREATE == 0 {
			return os.OpenFile(name, flag, perm)
		}
		f, err := os.OpenFile(name, flag|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			return os.OpenFile(name, flag&^os.O_CREATE, perm)
		}
		if err != nil {
			return nil, err
		}
		if err := m.Apply(f); err != nil {
			f.Close()
			os.Remove(name) // made empty just now, by this call
			return nil, err
		}
		return f, nil
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

// openRun opens the file as mode says, giving bbolt until deadline for its
// own lock, runs fn in one transaction, and closes it. A file that bbolt
// cannot read, or that makes it fault or panic, is ErrNotDatabase; bbolt
// has rolled the transaction back by then, so the file can be closed (and
// its lock dropped) as usual.
func (s *Store) openRun(deadline time.Time, mode access, fn func(*bolt.Tx) error) (err error) {
	write := mode != readOnly
	var db *bolt.DB
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			if db != nil {
				db.Close()
			}
			err = s.fileError(damagedFile(whyFaulted, fmt.Sprint(r)))
		}
	}()

	db, _, err = s.boltOpen(deadline, mode)
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
func (s *Store) boltOpen(deadline time.Time, mode access) (*bolt.DB, *os.File, error) {
	var file *os.File
	open := openFile(mode)
	if mode == create {
		open = createFile(s.opts.Files)
	}
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
		return bolt.Open(s.path, s.opts.Files.File, &bolt.Options{
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
		return nil, nil, s.openError(err)
	}
	return db, file, nil
}

// viewFile opens s.path for one read transaction: a copy, or the database
// while the store does not hold it (Open's first look, Restore and Compact
// with the gate held alone).
func (s *Store) viewFile(fn func(*bolt.Tx) error) error {
	return s.openRun(time.Now().Add(s.timeout), readOnly, fn)
}
