package store

import (
	"bytes"
	"sync"

	"frontdesk/queue"
)

// ticketCacheMax bounds the cache: a busy day's tickets and then some. When
// it is full it starts again, which costs one round of decoding.
const ticketCacheMax = 4096

// ticketCache remembers the tickets this process has decoded, with the bytes
// they were decoded from. Every write reads the whole day for the rules and
// every screen re-reads it on every change; decoding JSON is by far the
// largest part of that, and most tickets have not changed since the last
// read. A ticket is reused only if its stored bytes are still exactly the
// same, so the cache can never be stale, whichever process wrote.
type ticketCache struct {
	mu sync.Mutex
	m  map[uint64]decoded
}

type decoded struct {
	raw    []byte
	ticket queue.Ticket
}

// decode returns the ticket stored as raw under id. raw may point into the
// memory map: what is kept is a copy.
func (c *ticketCache) decode(id uint64, raw []byte) (queue.Ticket, error) {
	c.mu.Lock()
	d, ok := c.m[id]
	c.mu.Unlock()
	if ok && bytes.Equal(d.raw, raw) {
		return d.ticket, nil
	}
	var t queue.Ticket
	if err := decodeJSON(u64(id), raw, &t); err != nil {
		return t, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= ticketCacheMax {
		c.m = make(map[uint64]decoded)
	}
	c.m[id] = decoded{bytes.Clone(raw), t}
	c.mu.Unlock()
	return t, nil
}
