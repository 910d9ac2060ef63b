package store

import (
	"bytes"
	"slices"
	"sync"

	"frontdesk/queue"
	"frontdesk/repair"
)

// decodeCache remembers records this process has decoded, with the bytes
// they were decoded from. Every write reads the whole day's tickets for the
// rules and every screen re-reads them, and the board's heads, on every
// change; decoding JSON is by far the largest part of that, and most
// records have not changed since the last read. A record is reused only if
// its stored bytes are still exactly the same, so the cache can never be
// stale, whichever process wrote. Only records without slices or pointers
// are cached, so that no caller can change what another is given.
type decodeCache[T any] struct {
	mu  sync.Mutex
	m   map[uint64]decoded[T]
	max int // when full it starts again, which costs one round of decoding
}

type decoded[T any] struct {
	raw []byte
	v   T
}

// ticketCache bounds itself to a busy day's tickets and then some.
type ticketCache = decodeCache[queue.Ticket]

// headCache is for the board: some thousands of heads at a station that
// takes in hundreds of orders a day, most of them return visits due.
type headCache = decodeCache[repair.Head]

const (
	ticketCacheMax = 4096
	headCacheMax   = 1 << 15
)

// boardCache is the last board Board read, under the board token the file
// had then (newBoardToken). A file without a token (one no write of schema
// 4 has touched since an older program's) is always read.
type boardCache struct {
	mu    sync.Mutex
	token []byte
	heads []repair.Head
}

// get returns a copy of the board read under token, if that is the last.
func (c *boardCache) get(token []byte) ([]repair.Head, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if token == nil || !bytes.Equal(token, c.token) {
		return nil, false
	}
	return slices.Clone(c.heads), true
}

// put keeps heads, read under token (which may point into the memory map).
func (c *boardCache) put(token []byte, heads []repair.Head) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.token, c.heads = bytes.Clone(token), slices.Clone(heads)
}

// decode returns the record stored as raw under id. raw may point into the
// memory map: what is kept is a copy.
func (c *decodeCache[T]) decode(id uint64, raw []byte) (T, error) {
	c.mu.Lock()
	d, ok := c.m[id]
	c.mu.Unlock()
	if ok && bytes.Equal(d.raw, raw) {
		return d.v, nil
	}
	var v T
	if err := decodeJSON(u64(id), raw, &v); err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= max(c.max, ticketCacheMax) {
		c.m = make(map[uint64]decoded[T])
	}
	c.m[id] = decoded[T]{bytes.Clone(raw), v}
	c.mu.Unlock()
	return v, nil
}

// drop forgets the board: the file under it was swapped.
func (c *boardCache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.token, c.heads = nil, nil
}
