package store

import (
	"context"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchPoll is the slow poll behind the file watch: it catches what inotify
// cannot see (a network mount, an exhausted watch limit) within a second.
const watchPoll = time.Second

// Watch is the change feed: it sends the rev now, and then every rev it sees
// change, until ctx is done; then it closes the channel. A slow reader is
// never waited for: the channel holds one value, and a newer rev replaces an
// unread older one, so a reader simply re-reads the database when woken.
//
// It is woken by fsnotify on the database's directory (so a file replaced by
// rename, or created after the watch, is still seen) and, as a fallback, by
// a poll every second.
func (s *Store) Watch(ctx context.Context) <-chan uint64 {
	w, err := fsnotify.NewWatcher()
	if err == nil {
		if err = w.Add(filepath.Dir(s.path)); err != nil {
			w.Close()
		}
	}
	if err != nil {
		w = nil // poll only
	}
	ch := make(chan uint64, 1)
	go s.watch(ctx, w, watchPoll, ch)
	return ch
}

func (s *Store) watch(ctx context.Context, w *fsnotify.Watcher, poll time.Duration, ch chan uint64) {
	defer close(ch)
	f := feed{name: filepath.Base(s.path)}
	if w != nil {
		defer w.Close()
		f.events, f.errs = w.Events, w.Errors
	}
	ticker := time.NewTicker(poll)
	defer ticker.Stop()
	var last uint64
	first := true
	for {
		f.drain()
		if rev, err := s.Rev(); err == nil && (first || rev != last) {
			first, last = false, rev
			offer(ch, rev)
		}
		if !f.wait(ctx, ticker.C) {
			return
		}
	}
}

// feed is the file watch of one Watch: the fsnotify channels (nil when
// polling only) and the database's file name.
type feed struct {
	events <-chan fsnotify.Event
	errs   <-chan error
	name   string
}

// drain empties what has queued up: a commit writes several pages, each an
// event, and one read of the rev answers them all.
func (f *feed) drain() {
	for {
		select {
		case _, ok := <-f.events:
			f.closed(ok)
		case _, ok := <-f.errs:
			f.closed(ok)
		default:
			return
		}
	}
}

// wait blocks until the database file may have changed: an event naming it,
// a watcher error (events may have been lost), or the poll. It is false when
// ctx is done.
func (f *feed) wait(ctx context.Context, tick <-chan time.Time) bool {
	for {
		select {
		case <-ctx.Done():
			return false
		case <-tick:
			return true
		case _, ok := <-f.errs:
			f.closed(ok)
			return true
		case e, ok := <-f.events:
			f.closed(ok)
			if ok && filepath.Base(e.Name) == f.name {
				return true
			}
		}
	}
}

// closed falls back to polling alone if the watcher has shut down, rather
// than spinning on its closed channels.
func (f *feed) closed(ok bool) {
	if !ok {
		f.events, f.errs = nil, nil
	}
}

// offer puts rev in the one-slot channel, replacing an unread older rev. The
// watcher is the only sender, so after emptying the slot the send cannot block.
func offer(ch chan uint64, rev uint64) {
	select {
	case ch <- rev:
		return
	default:
	}
	select {
	case <-ch:
	default:
	}
	ch <- rev
}
