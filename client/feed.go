package client

import (
	"context"
	"time"

	"frontdesk/wire"
)

// watcher is one Watch: a slot that holds the newest rev not yet taken.
type watcher struct {
	ch   chan uint64
	once bool
}

func (w *watcher) offer(rev uint64) {
	select {
	case w.ch <- rev:
	default:
		select { // full: the newer rev replaces the one waiting
		case <-w.ch:
		default:
		}
		select {
		case w.ch <- rev:
		default:
		}
	}
}

func (w *watcher) stop() {
	if !w.once {
		w.once = true
		close(w.ch)
	}
}

// Watch is the change feed through the owner: the rev of every commit, the
// newest only when the reader is behind; and the last rev again whenever
// the link goes down or comes back up, so that a screen reads again —
// and shows wire.ErrReconnecting while it is down. The channel is closed
// when ctx is done or the client closed.
func (c *Client) Watch(ctx context.Context) <-chan uint64 {
	if c.opts.Local != nil {
		return c.opts.Local.Watch(ctx)
	}
	w := &watcher{ch: make(chan uint64, 1)}
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		w.stop()
		return w.ch
	}
	first := len(c.watchers) == 0
	c.watchers[w] = true
	if first && c.link != nil {
		c.watchOn(c.link)
	}
	c.mu.Unlock()
	go func() {
		<-ctx.Done()
		c.mu.Lock()
		if c.watchers[w] {
			delete(c.watchers, w)
			w.stop()
		}
		c.mu.Unlock()
	}()
	return w.ch
}

// watchOn asks the owner for the feed on l (c.mu held).
func (c *Client) watchOn(l *link) {
	go func() {
		if _, err := l.roundTrip(wire.Request{ID: c.next.Add(1), Op: wire.OpWatch}, 5*time.Second); err != nil {
			l.close() // a link without its feed would leave screens stale: make it again
		}
	}()
}

// publish passes a rev from the owner to every watcher.
func (c *Client) publish(rev uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if rev < c.rev {
		return
	}
	c.rev = rev
	c.publishLocked(rev)
}

func (c *Client) publishLocked(rev uint64) {
	for w := range c.watchers {
		w.offer(rev)
	}
}
