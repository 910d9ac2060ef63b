package pagecheck

import "encoding/binary"

// bbolt's on-disk layout (go.etcd.io/bbolt/internal/common, v1.5.0). bbolt
// writes its structs as they lie in memory, so the byte order is the
// machine's own: a file is only ever read on the kind of machine that wrote it.
var order = binary.NativeEndian

const (
	pageHeaderSize = 16 // id u64, flags u16, count u16, overflow u32
	elementSize    = 16 // a leaf element and a branch element are both 16 bytes
	metaSize       = 64 // the Meta struct, just after the page header
	bucketHdrSize  = 16 // root pgid u64, sequence u64
	pgidSize       = 8

	branchFlag   = 0x01
	leafFlag     = 0x02
	metaFlag     = 0x04
	freelistFlag = 0x10

	bucketLeafFlag = 0x01 // a leaf element that holds a bucket

	magic          = 0xED0CDAED
	version        = 2
	noFreelistPgid = ^uint64(0) // the meta's freelist id in a file written with NoFreelistSync

	// The freelist page's count field holds 0xFFFF when the real count is
	// too large for it; the real count is then the first id slot.
	freelistCountInFirst = 0xFFFF
)

// header is a page's header as it stands in the file.
type header struct {
	id       uint64
	flags    uint16
	count    uint16
	overflow uint32
}

// readHeader decodes the first 16 bytes of b; b must hold them.
func readHeader(b []byte) header {
	return header{
		id:       order.Uint64(b[0:8]),
		flags:    order.Uint16(b[8:10]),
		count:    order.Uint16(b[10:12]),
		overflow: order.Uint32(b[12:16]),
	}
}

// flagName names a page kind for a message.
func flagName(flags uint16) string {
	switch flags {
	case branchFlag:
		return "branch"
	case leafFlag:
		return "leaf"
	case metaFlag:
		return "meta"
	case freelistFlag:
		return "freelist"
	}
	return "unknown"
}

// leafElement is one key/value of a leaf page, already bounds-checked:
// key and value are slices of the page.
type leafElement struct {
	flags uint32
	key   []byte
	value []byte
}

// branchElement is one child of a branch page, bounds-checked.
type branchElement struct {
	key   []byte
	child uint64
}

// elementsFit tells whether count elements fit in page b after its header.
func elementsFit(b []byte, count uint16) bool {
	return uint64(len(b)) >= pageHeaderSize+uint64(count)*elementSize
}

// dataSpan returns b[start:start+n], the bytes an element points at, when
// they lie after the element array (where bbolt writes them) and inside b.
// Offsets in an element count from the element itself, not from the page.
func dataSpan(b []byte, elemOff, pos, n uint64, count uint16) ([]byte, bool) {
	start := elemOff + pos // both well below 2^33: no overflow in uint64
	end := start + n
	if start < pageHeaderSize+uint64(count)*elementSize || end > uint64(len(b)) {
		return nil, false
	}
	return b[start:end], true
}

// leafAt decodes leaf element i of page b, which holds count elements that
// elementsFit has checked.
func leafAt(b []byte, i int, count uint16) (leafElement, bool) {
	off := uint64(pageHeaderSize + i*elementSize)
	e := b[off : off+elementSize]
	flags, pos := order.Uint32(e[0:4]), uint64(order.Uint32(e[4:8]))
	ksize, vsize := uint64(order.Uint32(e[8:12])), uint64(order.Uint32(e[12:16]))
	kv, ok := dataSpan(b, off, pos, ksize+vsize, count)
	if !ok {
		return leafElement{}, false
	}
	return leafElement{flags: flags, key: kv[:ksize], value: kv[ksize:]}, true
}

// branchAt decodes branch element i of page b, as leafAt does. The child
// id is returned even when the key is not inside the page.
func branchAt(b []byte, i int, count uint16) (branchElement, bool) {
	off := uint64(pageHeaderSize + i*elementSize)
	e := b[off : off+elementSize]
	pos, ksize := uint64(order.Uint32(e[0:4])), uint64(order.Uint32(e[4:8]))
	key, ok := dataSpan(b, off, pos, ksize, count)
	return branchElement{key: key, child: order.Uint64(e[8:16])}, ok
}
