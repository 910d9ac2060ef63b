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

// boardCache is the last board Board read, under the generation of the
// board it read: a count this process moves on after every commit that
// changed orders_active (wtx.board), and after the file was swapped. The
// store is the file's one owner, so no other process can change the board
// under it. Board takes the generation before its transaction begins: a
// change committed meanwhile moves it on after the read, and the next read
// reads again.
type boardCache struct {
	mu    sync.Mutex
	gen   uint64 // the board's, now
	read  uint64 // the generation heads were read under; 0: none
	heads []repair.Head
}

// generation is the board's generation now, to read it under.
func (c *boardCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen + 1 // never 0, which is "nothing read"
}

// get returns a copy of the board read under gen, if that is still the
// board's.
func (c *boardCache) get(gen uint64) ([]repair.Head, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen+1 || c.read != gen {
		return nil, false
	}
	return slices.Clone(c.heads), true
}

// put keeps heads, read under gen.
func (c *boardCache) put(gen uint64, heads []repair.Head) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.read, c.heads = gen, slices.Clone(heads)
}

// changed moves the generation on: what was read is read again.
func (c *boardCache) changed() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.read, c.heads = 0, nil
}

// decode returns the record stored as value under key in bucket (a value
// whose seal the caller's table or cursor checked), decoded unless it is
// the value decoded last for that id (from either bucket that holds heads:
// their seals differ, their values are the same). value may point into
// the memory map: what is kept is a copy.
func (c *decodeCache[T]) decode(bucket, key, value []byte) (T, error) {
	var v T
	id, _ := readU64(key)
	c.mu.Lock()
	d, ok := c.m[id]
	c.mu.Unlock()
	if ok && bytes.Equal(d.raw, value) {
		return d.v, nil
	}
	if err := decodeValue(bucket, key, value, &v); err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= max(c.max, ticketCacheMax) {
		c.m = make(map[uint64]decoded[T])
	}
	c.m[id] = decoded[T]{bytes.Clone(value), v}
	c.mu.Unlock()
	return v, nil
}
