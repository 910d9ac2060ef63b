// Package pagecheck checks the structure of a bbolt file by reading its
// bytes, never by mapping them: bbolt's own Tx.Check reads the memory map
// in a goroutine of its own, and on a damaged file it can read past the map
// and take the whole process down with a fault that no recover stops.
//
// Walk reads through an io.ReaderAt and checks every offset and length
// before it uses it, so no file can make it panic, fault, loop or allocate
// more than the file's size: every page is read at most once, a page with
// its overflow must lie inside the file and below the high-water mark, and
// the depth of pages and nested buckets is capped. It checks what bbolt's
// Tx.Check checks, and some more (see DESIGN below), so that a file Walk
// calls OK is one bbolt's check passes without faulting.
//
// DESIGN: Walk is stricter than bbolt where bbolt itself always writes a
// file one way: a branch's key is its child's first key, keys are never
// empty, element data lies after the element array, a bucket header is 16
// bytes, inline pages are leaves with id 0 and no overflow, and freelist ids
// are sorted, distinct, and neither meta pages nor at or above the
// high-water mark.
package pagecheck

import (
	"fmt"
	"io"
)

// maxDepth caps the pages and buckets between the root and any page: a
// B+tree of 2 keys a page is 40 deep at a trillion keys, so only a cycle or
// a damaged file ever nears it.
const maxDepth = 512

// Walk checks the file of size bytes read through r, from the meta page of transaction txid
// (0: the newer of the two valid meta pages). An error is only for reading failures of r (I/O);
// everything wrong with the content is Damage.
func Walk(r io.ReaderAt, size int64, txid uint64) (Report, error) {
	var rep Report
	m, ok, err := chooseMeta(r, size, txid, &rep)
	if err != nil || !ok {
		return rep, err
	}
	rep.PageSize, rep.Pages = int(m.pageSize), m.pgid
	w := newWalker(r, size, m, &rep)
	w.run(m)
	return rep, w.err
}

// walker holds one walk's state. Page ids below limit lie wholly in the
// file and below the high-water mark; the sets cover exactly those.
type walker struct {
	r       io.ReaderAt
	ps      uint64
	hwm     uint64
	limit   uint64
	reached pageSet
	free    pageSet
	bufs    [][]byte // a page's buffer per depth (buffer)
	rep     *Report
	err     error // the first read error: the walk stops there
}

func newWalker(r io.ReaderAt, size int64, m meta, rep *Report) *walker {
	w := &walker{r: r, ps: m.pageSize, hwm: m.pgid, limit: m.pgid, rep: rep}
	if inFile := uint64(max(size, 0)) / m.pageSize; inFile < w.limit {
		rep.add(0, "", "file holds %d pages but the meta says %d", inFile, m.pgid)
		w.limit = inFile
	}
	w.reached, w.free = newPageSet(w.limit), newPageSet(w.limit)
	return w
}

// run walks from meta m: its freelist, its root bucket, then the pages
// that neither reached.
func (w *walker) run(m meta) {
	if m.pgid < 2 {
		w.rep.add(m.page, "", "high-water mark %d leaves no room for the meta pages", m.pgid)
		return
	}
	for id := uint64(0); id < 2 && id < w.limit; id++ {
		w.reached.set(id)
	}
	freeKnown := false
	switch {
	case m.freelist == noFreelistPgid:
		// Written with NoFreelistSync: bbolt rebuilds the freelist from the
		// pages the tree leaves, so there is nothing to hold it to.
	case m.freelist < 2 || m.freelist >= m.pgid:
		w.rep.add(m.page, "", "freelist page %d is outside 2..%d", m.freelist, m.pgid-1)
	default:
		freeKnown = w.readFreelist(m.page, m.freelist)
	}
	if m.root < 2 || m.root >= m.pgid {
		w.rep.add(m.page, "", "root bucket page %d is outside 2..%d", m.root, m.pgid-1)
	} else {
		w.walkTree(m.page, m.root, &bucketWalk{}, 0)
	}
	if w.err != nil {
		return
	}
	w.rep.Reached = w.reached.count()
	switch {
	case freeKnown:
		w.reportUnreached()
	case m.freelist == noFreelistPgid:
		w.rep.Free = w.limit - w.rep.Reached
	}
}

// reportUnreached reports the pages below the high-water mark that are
// neither reached nor free (bbolt's "unreachable unfreed"), a run at a time.
func (w *walker) reportUnreached() {
	for id := uint64(2); id < w.limit; id++ {
		if w.reached.has(id) || w.free.has(id) {
			continue
		}
		end := id
		for end+1 < w.limit && !w.reached.has(end+1) && !w.free.has(end+1) {
			end++
		}
		if end == id {
			w.rep.add(id, "", "page is neither reached nor free")
		} else {
			w.rep.add(id, "", "pages %d to %d are neither reached nor free", id, end)
		}
		id = end
	}
}

// pageKind is what a reference expects to find at a page.
type pageKind int

const (
	treePage     pageKind = iota // a branch or a leaf
	freelistPage                 // the freelist
)

// readPage reads page id with its overflow, once: it checks the id is one
// that can be read and was not reached before, marks it and its overflow
// reached, and checks the header. A bad reference is damage at page from,
// which holds it. false: damage was reported, or a read failed (w.err).
func (w *walker) readPage(from, id uint64, bucket string, kind pageKind, depth int) ([]byte, header, bool) {
	switch {
	case w.err != nil:
		return nil, header{}, false
	case id < 2:
		w.rep.add(from, bucket, "reference to meta page %d", id)
		return nil, header{}, false
	case id >= w.hwm:
		w.rep.add(from, bucket, "reference to page %d at or above the high-water mark %d", id, w.hwm)
		return nil, header{}, false
	case id >= w.limit:
		w.rep.add(from, bucket, "reference to page %d past the end of the file", id)
		return nil, header{}, false
	case w.reached.has(id):
		w.rep.add(from, bucket, "page %d reached twice", id)
		return nil, header{}, false
	}
	w.reached.set(id)
	if w.free.has(id) {
		w.rep.add(id, bucket, "reachable page is on the freelist")
	}
	// One page first: its header says how many more follow.
	buf := w.buffer(depth, w.ps)
	if w.err = readFull(w.r, buf, int64(id*w.ps)); w.err != nil {
		return nil, header{}, false
	}
	h := readHeader(buf)
	if h.id != id {
		w.rep.add(id, bucket, "page id %d in header of page %d", h.id, id)
		return nil, h, false
	}
	if !kind.allows(h.flags) {
		w.rep.add(id, bucket, "%s page (flags %#x) where a %s belongs", flagName(h.flags), h.flags, kind)
		return nil, h, false
	}
	if h.overflow == 0 {
		return buf, h, true
	}
	if uint64(h.overflow) >= w.limit-id {
		w.rep.add(id, bucket, "overflow of %d pages runs past page %d", h.overflow, w.limit-1)
		return nil, h, false
	}
	w.claimOverflow(id, uint64(h.overflow), bucket)
	full := w.buffer(depth, (uint64(h.overflow)+1)*w.ps)
	if w.err = readFull(w.r, full[w.ps:], int64((id+1)*w.ps)); w.err != nil {
		return nil, h, false
	}
	return full, h, true
}

// buffer is depth's buffer for a page of size bytes, holding what it held
// (a page's first part, before its overflow is read). The walk goes depth
// first, so a page is done with before another of its depth is read: one
// buffer a depth serves a whole walk, where a buffer a page would have
// the walk allocate as much as the file holds.
func (w *walker) buffer(depth int, size uint64) []byte {
	for len(w.bufs) <= depth {
		w.bufs = append(w.bufs, nil)
	}
	if b := w.bufs[depth]; uint64(cap(b)) < size {
		grown := make([]byte, size)
		copy(grown, b)
		w.bufs[depth] = grown
	}
	return w.bufs[depth][:size]
}

// claimOverflow marks the n overflow pages after page id reached, reporting
// the first that was reached before or is free.
func (w *walker) claimOverflow(id, n uint64, bucket string) {
	twice, free := false, false
	for p := id + 1; p <= id+n; p++ {
		if w.reached.has(p) && !twice {
			w.rep.add(p, bucket, "overflow page of page %d reached twice", id)
			twice = true
		}
		if w.free.has(p) && !free {
			w.rep.add(p, bucket, "overflow page of page %d is on the freelist", id)
			free = true
		}
		w.reached.set(p)
	}
}

func (k pageKind) allows(flags uint16) bool {
	if k == freelistPage {
		return flags == freelistFlag
	}
	return flags == branchFlag || flags == leafFlag
}

func (k pageKind) String() string {
	if k == freelistPage {
		return "freelist page"
	}
	return "branch or leaf page"
}

// readFull reads len(b) bytes at off: a short read is an I/O failure, as
// the caller has checked that the file holds them.
func readFull(r io.ReaderAt, b []byte, off int64) error {
	n, err := r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("pagecheck: read %d bytes at offset %d: %w", len(b), off, err)
}
