package store

// The scrub: the owner of the database reads the file again in the
// background — its pages' structure in one walk, then every record a few
// at a time — so that damage the disk has done is met, and named on every
// screen (Snapshot.Damage), the first time it can be, not the day someone
// needs the damaged order.

import (
	"bytes"
	"context"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ScrubPace is how gently the scrub reads: Keys records to a read
// transaction, then a Pause, so that it holds no transaction longer than
// a client's lookup does and leaves the disk to the clients in between.
type ScrubPace struct {
	Keys      int           // records per transaction; 0: DefaultScrubPace's
	Pause     time.Duration // between transactions, and in the walk of the pages; 0: DefaultScrubPace's
	PageBytes int           // of pages the walk reads between pauses; 0: DefaultScrubPace's
}

// DefaultScrubPace reads about 10,000 records a second at most, and the
// pages at 80 MB a second at most: a pass over a station's 100,000 orders
// and their indexes and log takes minutes, its walk of the pages seconds.
var DefaultScrubPace = ScrubPace{Keys: 256, Pause: 25 * time.Millisecond, PageBytes: 1 << 20}

// orDefault is p with DefaultScrubPace's for what p leaves at zero (or
// below).
func (p ScrubPace) orDefault() ScrubPace {
	if p.Keys <= 0 {
		p.Keys = DefaultScrubPace.Keys
	}
	if p.Pause <= 0 {
		p.Pause = DefaultScrubPace.Pause
	}
	if p.PageBytes <= 0 {
		p.PageBytes = DefaultScrubPace.PageBytes
	}
	return p
}

// ScrubPass is what one pass of the scrub read and met.
type ScrubPass struct {
	Records int
	Pages   int // page damage the structural walk met, new or not
	Damaged int // records (or buckets) met damaged, new or not
	Took    time.Duration
}

// Scrub walks the file's pages once (scrubPages), then reads every record
// of every bucket once, at pace, checking each seal and the order of the
// keys as every read does, and goes on past the damage it meets; damage
// met for the first time reaches every watching screen. It ends when the
// pass is done, ctx is done (with ctx's error), or the file cannot be read
// at all (with that error, met too).
func (s *Store) Scrub(ctx context.Context, pace ScrubPace) (ScrubPass, error) {
	pace = pace.orDefault()
	start := time.Now()
	var pass ScrubPass
	var names [][]byte
	err := s.scrubPages(ctx, pace, &pass)
	if err != nil {
		return pass, err
	}
	err = s.run(readOnly, func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error { // raw: the names, walked through table below
			names = append(names, bytes.Clone(name))
			return nil
		})
	})
	for _, name := range names {
		var after []byte // the last key read; nil: from the first
		for done := false; err == nil && !done; {
			if err = pause(ctx, pace.Pause); err != nil {
				break
			}
			err = s.run(readOnly, func(tx *bolt.Tx) error {
				last, n, end := sealWalk(tx, name, after, pace.Keys, func(err error) {
					pass.Damaged++
					s.noteDamage(err)
				})
				pass.Records += n
				// A walk sent back by a damaged branch goes on from the
				// highest key it read; one that got no further could go
				// round for ever: the bucket is left for this pass.
				done = end || after != nil && bytes.Compare(last, after) <= 0
				after = last
				return nil
			})
		}
	}
	pass.Took = time.Since(start)
	return pass, err
}

// pause waits d, or less if ctx is done first (its error).
func pause(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// sealWalk opens the seals of the records of bucket name after the key
// after (nil: from the first), at most limit of them (0: all), calling bad
// for each damaged one and going on. It returns the highest key it read (a
// copy), how many it read, and whether it came to the bucket's end. A
// bucket that cannot be read at all is one damage, and its end.
func sealWalk(tx *bolt.Tx, name, after []byte, limit int, bad func(error)) (last []byte, n int, end bool) {
	c := tab(tx, name).cursor()
	var k []byte
	var err error
	if after == nil {
		k, _, err = c.first()
	} else if k, _, err = c.seek(after); err == nil && bytes.Equal(k, after) {
		k, _, err = c.next()
	}
	for ; k != nil || err != nil; k, _, err = c.next() {
		if k == nil { // the bucket itself is unreadable
			bad(err)
			return last, n, true
		}
		if limit > 0 && n == limit {
			return last, n, false
		}
		if last == nil || bytes.Compare(k, last) > 0 {
			last = append(last[:0], k...) // the highest: a detour back is not where to go on from
		}
		if bytes.Equal(name, bucketMeta) && bytes.Equal(k, keyApp) {
			continue // never sealed
		}
		n++
		if err != nil {
			bad(err)
		}
	}
	return last, n, true
}
