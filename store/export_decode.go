package store

// Decoding the pages of the period readers (export.go), in the client that
// asked for them.

import (
	"runtime"
	"sync"
	"time"
)

// decodeEach decodes a page of JSON records and hands them to fn. A large
// page is decoded in contiguous parts on all processors but one, which is
// left to the desks: decoding, not reading, is most of the time a long
// read takes, and on a station PC of two cores a desk saving during an
// export that used both waited twice as long at the 99th percentile.
func decodeEach[T any](fn func([]T) error) func(Records) error {
	return func(raws Records) error {
		out := make([]T, len(raws))
		parts := min(max(runtime.GOMAXPROCS(0)-1, 1), (len(raws)+decodePart-1)/decodePart)
		errs := make([]error, parts)
		var wg sync.WaitGroup
		for w := range parts {
			lo, hi := w*len(raws)/parts, (w+1)*len(raws)/parts
			wg.Go(func() {
				for i := lo; i < hi && errs[w] == nil; i++ {
					errs[w] = decodeValue(nil, nil, raws[i], &out[i])
				}
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return fn(out)
	}
}

// decodePart is the fewest records worth a goroutine of their own.
const decodePart = 64

// maybe calls fn with rs unless there are none.
func maybe[T any](fn func([]T) error, rs []T) error {
	if len(rs) == 0 {
		return nil
	}
	return fn(rs)
}

// within keeps the records whose time is in [from, to): a record whose
// clock disagreed with its neighbours' may stand just inside a range.
func within[T any](rs []T, from, to time.Time, at func(T) time.Time) []T {
	out := rs[:0]
	for _, r := range rs {
		if t := at(r); !t.Before(from) && t.Before(to) {
			out = append(out, r)
		}
	}
	return out
}
