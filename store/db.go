package store

import (
	"io"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
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
