package store

import (
	"context"
	"errors"
	"io"
	"time"

	bolt "go.etcd.io/bbolt"
)

// scrubPages walks every page of the file with the page check, in one
// read transaction. The records' walk of the scrub reads in chunks, each
// from a seek, and a seek goes round a damaged child pointer in a branch:
// only a walk that sees a branch and its children in one transaction
// checks that each child is the one its key says.
//
// The walk is paced (pace.PageBytes, then pace.Pause) so that no client
// notices it; it holds its transaction the while (18.8 s for the
// 760 MB of 100,000 demo orders at the default pace). That delays no
// client's transaction but two: Restore, Compact and Close, which hold
// the gate alone — the walk sees them waiting at its next read and lets
// go, to walk again at the next pass — and a commit that must grow
// bbolt's memory map, which bbolt does only when the file outgrows the
// map (the map doubles up to 1 GB, then grows a gigabyte at a time: once
// in years of a station's orders). Page damage is counted in pass.Pages
// and met; a read error or ctx's is returned.
func (s *Store) scrubPages(ctx context.Context, pace ScrubPace, pass *ScrubPass) error {
	err := s.run(readOnly, func(tx *bolt.Tx) error {
		return checkPagesThrough(tx, func(r io.ReaderAt) io.ReaderAt {
			return &pacedReader{r: r, ctx: ctx, every: int64(pace.PageBytes), pause: pace.Pause,
				yield: func() bool { return s.alone.Load() > 0 }}
		})
	})
	if d, ok := DamageOf(err); ok {
		pass.Pages += max(d.Count, 1)
		return nil
	}
	if errors.Is(err, errLetGo) {
		return nil
	}
	return err
}

// errLetGo ends a walk of the pages for someone who waits to hold the
// gate alone.
var errLetGo = errors.New("the scrub let go of the file for a restore, a compaction or the close")

// pacedReader reads through r, pausing after every `every` bytes, and
// fails once ctx is done or yield says to let go.
type pacedReader struct {
	r     io.ReaderAt
	ctx   context.Context
	every int64
	pause time.Duration
	since int64 // bytes read since the last pause
	yield func() bool
}

func (p *pacedReader) ReadAt(b []byte, off int64) (int, error) {
	if p.since >= p.every {
		p.since = 0
		if err := pause(p.ctx, p.pause); err != nil {
			return 0, err
		}
	}
	if p.yield() {
		return 0, errLetGo
	}
	p.since += int64(len(b))
	return p.r.ReadAt(b, off)
}
