package owner

import (
	"context"
	"time"

	"frontdesk/store"
)

// scrubber is a store that can scrub itself (store.Store; a test's fake
// station need not).
type scrubber interface {
	Scrub(ctx context.Context, pace store.ScrubPace) (store.ScrubPass, error)
}

// DefaultScrubRest is the rest between passes of `frontdesk serve`'s
// scrub: a station's disk is read through every ten minutes or so, on top
// of the pass itself.
const DefaultScrubRest = 10 * time.Minute

// scrubFirst is how long the owner waits before its first pass: the
// programs that started it read their first screens first.
const scrubFirst = 5 * time.Second

// scrub runs the scrub for the owner's life: a pass, then opts.ScrubRest,
// again and again. What a pass meets reaches the screens through the
// store (Snapshot.Damage); a file that cannot be read at all is named to
// every client by its next operation, and the scrub tries again after its
// rest.
func scrub(ctx context.Context, sc scrubber, opts Options) {
	wait := min(scrubFirst, opts.ScrubRest)
	for {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		_, _ = sc.Scrub(ctx, opts.ScrubPace)
		wait = opts.ScrubRest
	}
}
