package store

import (
	"github.com/fsnotify/fsnotify"
	"io"
	"os"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// Store is the queue database of one file. It holds no open file between
// operations, so any number of Stores in any number of processes may share
// the file. Its methods are safe for concurrent use.
type Store struct {
	opts     Options
	path     string
	lockPath string
	timeout  time.Duration
	now      func() time.Time

	// mu serialises this process's own operations before they queue for the
	// sidecar lock: readers share, a writer is alone.
	mu sync.RWMutex

	tickets ticketCache
	heads   headCache
	board   boardCache

	rand io.Reader // claim codes; crypto/rand when nil (tests set it)

	// A lingering store (Options.Linger) keeps the file open between
	// operations while nobody knocks (linger.go).
	kept   *held             // guarded by mu
	knocks *fsnotify.Watcher // nil: the store does not linger
}

// reader reads tickets in tx through the store's cache.
func (s *Store) reader(tx *bolt.Tx) reader {
	return reader{tx: tx, cache: &s.tickets}
}

// Path returns the database file.
func (s *Store) Path() string { return s.path }

// Config returns the queue configuration the store runs the rules with.
func (s *Store) Config() queue.Config { return s.opts.Queue }

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
