package store

import (
	"context"
	"sync"
)

// feed is the change feed of a Store, in its process: after every commit
// that advanced meta/rev the new rev is offered to every watcher, which
// holds the newest it has not taken yet (a slot of one, replaced when
// full: a slow screen reads the newest state, never a stale one, and
// nobody is dropped).
type feed struct {
	mu       sync.Mutex
	last     uint64
	ended    bool
	watchers map[chan uint64]bool
}

// Watch returns a channel that receives the rev after every change (the
// newest only, when the reader is behind). It is closed when ctx is done
// or the store closed.
func (s *Store) Watch(ctx context.Context) <-chan uint64 {
	ch := make(chan uint64, 1)
	f := &s.feed
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ended {
		close(ch)
		return ch
	}
	if f.watchers == nil {
		f.watchers = map[chan uint64]bool{}
	}
	f.watchers[ch] = true
	go func() {
		<-ctx.Done()
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.watchers[ch] {
			delete(f.watchers, ch)
			close(ch)
		}
	}()
	return ch
}

// publish offers rev to every watcher; a rev older than one already
// published (two commits whose publishing crossed) is not.
func (f *feed) publish(rev uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if rev <= f.last && f.last != 0 {
		return
	}
	f.last = rev
	f.offer(rev)
}

// known makes rev the feed's last without offering it: the rev of the
// file the store has just opened.
func (f *feed) known(rev uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = max(f.last, rev)
}

// again offers the last rev once more, for a change that no commit made
// (damage met: Store.noteDamage), so that every screen reads again.
func (f *feed) again() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.offer(f.last)
}

// offer gives rev to every watcher (f.mu held).
func (f *feed) offer(rev uint64) {
	for ch := range f.watchers {
		select {
		case ch <- rev:
		default:
			select {
			case <-ch:
			default:
			}
			ch <- rev // the slot is ours: only publish sends, under mu
		}
	}
}

// end closes every watcher's channel: the store is closed.
func (f *feed) end() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ended = true
	for ch := range f.watchers {
		close(ch)
	}
	f.watchers = nil
}
