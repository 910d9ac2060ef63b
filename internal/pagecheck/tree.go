package pagecheck

import "bytes"

// bucketWalk is one bucket's state across its pages: keys must rise
// strictly through the whole bucket, leaf after leaf, not only in a page.
type bucketWalk struct {
	path   string
	inline bool   // the bucket's one page lies in its parent's value
	last   []byte // the last key seen in the bucket
	seen   bool   // last is set
}

// walkTree checks page id of bucket b, referred to by page from, and the
// pages below it; it returns the subtree's first key (nil when unread), a
// copy.
func (w *walker) walkTree(from, id uint64, b *bucketWalk, depth int) []byte {
	if depth > maxDepth {
		w.rep.add(from, b.path, "more than %d pages and buckets deep", maxDepth)
		return nil
	}
	page, h, ok := w.readPage(from, id, b.path, treePage, depth)
	if !ok {
		return nil
	}
	if h.flags == branchFlag {
		return w.walkBranch(id, page, h.count, b, depth)
	}
	return w.walkLeaf(id, page, h.count, b, depth)
}

// walkBranch checks a branch page's elements and walks its children. A
// branch's key is its child's first key: bbolt sets it so on every write.
func (w *walker) walkBranch(id uint64, page []byte, count uint16, b *bucketWalk, depth int) []byte {
	if count == 0 {
		w.rep.add(id, b.path, "branch page without elements")
		return nil
	}
	if !elementsFit(page, count) {
		w.rep.add(id, b.path, "%d elements do not fit in the page", count)
		return nil
	}
	if why := packing(page, count, false); why != "" {
		w.rep.add(id, b.path, "%s", why)
	}
	var first, prev []byte
	for i := 0; i < int(count) && w.err == nil; i++ {
		e, ok := branchAt(page, i, count)
		if !ok {
			// Its child id is still sound to follow: the element's place is.
			w.rep.add(id, b.path, "key of element %d lies outside the page", i)
		} else if len(e.key) == 0 {
			w.rep.add(id, b.path, "empty key at element %d", i)
		} else if prev != nil && bytes.Compare(prev, e.key) >= 0 {
			w.rep.add(id, b.path, "keys out of order at element %d", i)
		}
		if ok {
			prev = e.key
		}
		childFirst := w.walkTree(id, e.child, b, depth+1)
		if ok && childFirst != nil && !bytes.Equal(childFirst, e.key) {
			w.rep.add(id, b.path, "key of element %d differs from the first key of page %d", i, e.child)
		}
		if i == 0 {
			first = childFirst
			if first == nil && ok {
				first = bytes.Clone(e.key) // the page's buffer is read into again
			}
		}
	}
	return first
}

// walkLeaf checks a leaf page's keys and walks the buckets it holds. id
// is where damage is reported: for an inline page, its parent's page.
func (w *walker) walkLeaf(id uint64, page []byte, count uint16, b *bucketWalk, depth int) []byte {
	if !elementsFit(page, count) {
		w.rep.add(id, b.path, "%d elements do not fit in the page", count)
		return nil
	}
	if why := packing(page, count, true); why != "" {
		w.rep.add(id, b.path, "%s", why)
	}
	var first []byte
	disordered := false
	for i := 0; i < int(count) && w.err == nil; i++ {
		e, ok := leafAt(page, i, count)
		if !ok {
			w.rep.add(id, b.path, "key or value of element %d lies outside the page", i)
			continue
		}
		if len(e.key) == 0 {
			w.rep.add(id, b.path, "empty key at element %d", i)
		} else if b.seen && bytes.Compare(b.last, e.key) >= 0 && !disordered {
			// One report a page: a page of shuffled keys is one damage.
			w.rep.add(id, b.path, "keys out of order at element %d", i)
			disordered = true
		}
		// Copies: the page's buffer is read into again (walker.buffer).
		b.last, b.seen = append(b.last[:0], e.key...), true
		if i == 0 {
			first = bytes.Clone(e.key)
		}
		switch {
		case e.flags&^bucketLeafFlag != 0:
			w.rep.add(id, b.path, "element %d has unknown flags %#x", i, e.flags)
		case e.flags == bucketLeafFlag && b.inline:
			// bbolt never inlines a bucket that holds buckets.
			w.rep.add(id, childPath(b.path, e.key), "bucket inside an inline bucket")
		case e.flags == bucketLeafFlag:
			w.walkBucket(id, childPath(b.path, e.key), e.value, depth+1)
		}
	}
	return first
}

// walkBucket checks the bucket whose header is value, held in a leaf of
// page parent: its own pages, or the inline page that follows the header.
func (w *walker) walkBucket(parent uint64, path string, value []byte, depth int) {
	w.rep.Buckets++
	if len(value) < bucketHdrSize {
		w.rep.add(parent, path, "bucket header of %d bytes, want %d", len(value), bucketHdrSize)
		return
	}
	root := order.Uint64(value[0:8])
	if root != 0 {
		if len(value) != bucketHdrSize {
			w.rep.add(parent, path, "bucket header of %d bytes, want %d", len(value), bucketHdrSize)
		}
		w.walkTree(parent, root, &bucketWalk{path: path}, depth)
		return
	}
	inline := value[bucketHdrSize:]
	if len(inline) < pageHeaderSize {
		w.rep.add(parent, path, "inline bucket of %d bytes has no page header", len(value))
		return
	}
	h := readHeader(inline)
	if h.id != 0 || h.flags != leafFlag || h.overflow != 0 {
		w.rep.add(parent, path, "inline page header says page %d, %s, overflow %d", h.id, flagName(h.flags), h.overflow)
		return
	}
	w.walkLeaf(parent, inline, h.count, &bucketWalk{path: path, inline: true}, depth)
}
