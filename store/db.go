package store

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
)

// Store is the database of one file, which it opens once and holds until
// Close: the one owner of the file (`frontdesk serve`, the demo, a test);
// every other program is a client of that owner (package client). Its
// methods are safe for concurrent use.
type Store struct {
	opts    Options
	sender  sendHook // the owner's sender, for SendDue (outbox_send.go)
	path    string
	timeout time.Duration
	now     func() time.Time

	// gate lets every operation run its one transaction (readers of many
	// pages: one per page) while Restore, Compact and Close, which hold
	// it alone, close the file, swap it and open it again: an operation
	// sees the old file or the new one, never neither.
	gate sync.RWMutex
	// alone counts who waits to hold the gate alone: the scrub's walk of
	// the pages, which holds it to share for seconds, lets go for them.
	alone atomic.Int32
	db    *bolt.DB // nil once closed, or before Open has it; guarded by gate
	file  *os.File // db's, for release
	// broken says db faulted on a damaged file: no operation uses it again.
	broken atomic.Bool

	tickets ticketCache
	heads   headCache
	board   boardCache
	feed    feed
	seen    seen // the damage met, for the screens

	rand io.Reader // claim codes; crypto/rand when nil (tests set it)
}

// reader reads tickets in tx through the store's cache.
func (s *Store) reader(tx *bolt.Tx) reader {
	return reader{tx: tx, cache: &s.tickets}
}

// Path returns the database file.
func (s *Store) Path() string { return s.path }

// Config returns the queue configuration the store runs the rules with.
func (s *Store) Config() queue.Config { return s.opts.Queue }

// Close lets go of the file and ends every change feed.
func (s *Store) Close() error {
	s.lockAlone()
	defer s.gate.Unlock()
	s.feed.end()
	return s.release()
}
