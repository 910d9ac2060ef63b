package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/fsnotify/fsnotify"
	bolt "go.etcd.io/bbolt"
)

// Lingering: a program the engineer types into (the desk) may keep the file
// open between its operations for Options.Linger, as long as no other
// program asks for it. Every operation of a program that closes the file
// pays for mapping it afresh — on a small VM a page fault costs 25–70 µs and
// a search touches some 30 pages — while a search box runs one per
// keystroke, and nobody else needs the file between two keystrokes.
//
// It keeps DESIGN.md's promise that no program stands in another's way: the
// lingering program holds the sidecar lock (exclusively, so its handle
// serves writes too) and bbolt's; a program that finds the sidecar lock
// taken knocks — it writes to "<path>.want" — before it queues, and the
// lingering one, which watches that file, closes at once (after the
// operation it may be in). Programs that do not linger never keep the file.
// Missing a knock costs the knocker at most Linger, which is kept below
// the operations' timeout.

// wantSuffix names the knock file beside the database.
const wantSuffix = ".want"

// held is the file a lingering store keeps open between operations.
type held struct {
	db     *bolt.DB
	unlock func()
	timer  *time.Timer
}

// startLinger creates the knock file and watches it; it runs for the life
// of the store (until Close).
func (s *Store) startLinger() error {
	want := s.path + wantSuffix
	f, err := os.OpenFile(want, os.O_WRONLY|os.O_CREATE, 0o666)
	if err != nil {
		return err
	}
	f.Close()
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	if err := w.Add(filepath.Dir(want)); err != nil {
		w.Close()
		return err
	}
	s.knocks = w
	go func() {
		for {
			select {
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if filepath.Clean(ev.Name) == want && ev.Has(fsnotify.Write) {
					s.release()
				}
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			}
		}
	}()
	return nil
}

// knock asks a program lingering on the database at path to let go. It
// only writes to a knock file that exists: a copy nobody lingers on gets no
// file beside it.
func knock(path string) {
	f, err := os.OpenFile(path+wantSuffix, os.O_WRONLY, 0)
	if err != nil {
		return
	}
	_, _ = f.Write([]byte{1}) // a knock not written is a knock missed: at most Linger lost
	f.Close()
}

// runHeld is run for a lingering store: the operation in the file kept
// open, opened first (exclusively) when it is not; then it stays open for
// Linger unless somebody knocks.
func (s *Store) runHeld(mode access, fn func(*bolt.Tx) error) (err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var unlock func() // the sidecar lock taken for a file not yet kept
	defer func() {
		if r := recover(); r != nil { // a damaged file, as openRun
			if unlock != nil {
				unlock()
			}
			s.dropLocked()
			err = s.fileError(notDatabase(fmt.Sprintf("damaged: %v", r)))
			return
		}
		if s.kept != nil {
			s.kept.timer = time.AfterFunc(s.opts.Linger, s.release)
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	if s.kept == nil {
		deadline := time.Now().Add(s.timeout)
		unlock, err = lockFile(s.lockPath, true, s.timeout)
		if err != nil {
			unlock = nil
			return s.fileError(err)
		}
		// Opened for writing whatever mode says: the kept file serves the
		// writes that follow too.
		db, err := s.boltOpen(deadline, max(mode, readWrite))
		if err != nil {
			unlock()
			unlock = nil
			return err
		}
		s.kept, unlock = &held{db: db, unlock: unlock}, nil
	}
	if s.kept.timer != nil {
		s.kept.timer.Stop()
	}
	if mode == readOnly {
		err = s.kept.db.View(fn)
	} else {
		err = s.kept.db.Update(fn)
	}
	if err != nil && !errors.Is(err, errUnchanged) {
		// A refusal or a failed write alike: the next operation opens the
		// file afresh rather than trust a handle that saw an error.
		s.dropLocked()
	}
	return s.fileError(err)
}

// release closes a kept file: when Linger has passed or somebody knocked.
func (s *Store) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropLocked()
}

// dropLocked closes the kept file, if any; the caller holds s.mu.
func (s *Store) dropLocked() {
	if s.kept == nil {
		return
	}
	if s.kept.timer != nil {
		s.kept.timer.Stop()
	}
	s.kept.db.Close()
	s.kept.unlock()
	s.kept = nil
}

// Close lets go of the file a lingering store keeps open and stops
// watching for knocks. A store that does not linger holds nothing; Close
// is then a no-op. The store can still be used: it opens the file again.
func (s *Store) Close() error {
	s.release()
	if s.knocks != nil {
		return s.knocks.Close()
	}
	return nil
}
