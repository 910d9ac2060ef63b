package pagecheck

// readFreelist reads the freelist page id, named by page meta, and marks the pages it lists
// free. It reports ids out of order (bbolt writes them sorted, and a
// repeat is a page freed twice), meta pages, and ids at or above the
// high-water mark. false: the list could not be read, so the walk cannot
// tell free pages from lost ones.
func (w *walker) readFreelist(meta, id uint64) bool {
	page, h, ok := w.readPage(meta, id, "", freelistPage, 0) // read before the tree: depth 0 is free
	if !ok {
		return false
	}
	slots := uint64(len(page)-pageHeaderSize) / pgidSize
	first, n := uint64(0), uint64(h.count)
	if h.count == freelistCountInFirst {
		first, n = 1, order.Uint64(page[pageHeaderSize:])
	}
	if n > slots-first {
		w.rep.add(id, "", "freelist of %d ids does not fit in %d pages", n, h.overflow+1)
		return false
	}
	w.rep.Free = n
	disordered := false
	var prev uint64
	for i := range n {
		pid := order.Uint64(page[pageHeaderSize+(first+i)*pgidSize:])
		if i > 0 && pid <= prev && !disordered {
			w.rep.add(id, "", "freelist ids out of order at %d", i)
			disordered = true
		}
		prev = pid
		switch {
		case pid < 2:
			w.rep.add(id, "", "meta page %d on the freelist", pid)
		case pid >= w.hwm:
			w.rep.add(id, "", "free page id %d at or above the high-water mark %d", pid, w.hwm)
		case pid < w.limit:
			w.free.set(pid)
		}
	}
	// bbolt writes the list from a zeroed buffer, as every page (packing).
	for i := uint64(pageHeaderSize) + (first+n)*pgidSize; i < uint64(len(page)); i++ {
		if page[i] != 0 {
			w.rep.add(id, "", "bytes after the freelist's %d ids are not zero, at offset %d", n, i)
			break
		}
	}
	// The freelist's own pages are reached: listing them free is damage.
	for p := id; p <= id+uint64(h.overflow); p++ {
		if w.free.has(p) {
			w.rep.add(p, "", "freelist page is on the freelist")
		}
	}
	return true
}
