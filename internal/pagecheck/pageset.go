package pagecheck

import "math/bits"

// pageSet is a set of page ids below a bound, a bit a page: a file of n
// bytes needs n/ps/8 bytes for it, and no id from the file can grow it.
type pageSet []uint64

func newPageSet(n uint64) pageSet { return make(pageSet, (n+63)/64) }

// has and set take ids below the bound; the walker checks that first.
func (s pageSet) has(id uint64) bool { return s[id/64]&(1<<(id%64)) != 0 }
func (s pageSet) set(id uint64)      { s[id/64] |= 1 << (id % 64) }

func (s pageSet) count() uint64 {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	return uint64(n)
}
