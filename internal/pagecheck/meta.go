package pagecheck

import (
	"hash/fnv"
	"io"
)

// Page sizes a sane meta may name: bbolt looks for the second meta page at
// 1 KiB to 16 MiB; 512 is the least that some Options.PageSize users pick.
const (
	minPageSize = 512
	maxPageSize = 1 << 24
)

// meta is the part of a meta page that the walk needs.
type meta struct {
	page     uint64 // 0 or 1: where it was read
	pageSize uint64
	root     uint64
	freelist uint64
	pgid     uint64 // the high-water mark
	txid     uint64
}

// decodeMeta reads the meta in page bytes b (header and meta) and says
// what makes it invalid, "" when it is valid as bbolt's Meta.Validate
// sees it, with a page size that can be walked.
func decodeMeta(b []byte) (meta, string) {
	m := b[pageHeaderSize : pageHeaderSize+metaSize]
	got := meta{
		pageSize: uint64(order.Uint32(m[8:12])),
		root:     order.Uint64(m[16:24]),
		freelist: order.Uint64(m[32:40]),
		pgid:     order.Uint64(m[40:48]),
		txid:     order.Uint64(m[48:56]),
	}
	if v := order.Uint32(m[0:4]); v != magic {
		return got, "bad magic"
	}
	if v := order.Uint32(m[4:8]); v != version {
		return got, "bad version"
	}
	// The checksum is FNV-64a of the meta's bytes before the checksum field,
	// as bbolt's Meta.Sum64 hashes the struct in memory.
	h := fnv.New64a()
	_, _ = h.Write(m[:56])
	if h.Sum64() != order.Uint64(m[56:64]) {
		return got, "checksum mismatch"
	}
	ps := got.pageSize
	if ps < minPageSize || ps > maxPageSize || ps&(ps-1) != 0 {
		return got, "page size is not a power of two from 512 to 16 MiB"
	}
	return got, ""
}

// readMetaAt reads and decodes the meta page that should be page id at
// offset off. The caller has checked that the file holds it.
func readMetaAt(r io.ReaderAt, id uint64, off int64) (meta, header, string, error) {
	var b [pageHeaderSize + metaSize]byte
	if err := readFull(r, b[:], off); err != nil {
		return meta{}, header{}, "", err
	}
	m, bad := decodeMeta(b[:])
	m.page = id
	return m, readHeader(b[:]), bad, nil
}

// chooseMeta finds both meta pages, reports what is wrong with them, and
// returns the one to walk: the one of transaction txid, or with txid 0
// the newer valid one, as bbolt's DB.meta picks (a tie goes to page 0).
func chooseMeta(r io.ReaderAt, size int64, txid uint64, rep *Report) (meta, bool, error) {
	const span = pageHeaderSize + metaSize
	if size < span {
		rep.add(0, "", "file of %d bytes is too short for a meta page", size)
		return meta{}, false, nil
	}
	m0, h0, bad0, err := readMetaAt(r, 0, 0)
	if err != nil {
		return meta{}, false, err
	}
	m1 := meta{page: 1}
	var h1 header
	bad1 := "no valid meta page at any page size from 512 to 16 MiB"
	if bad0 == "" {
		// Page 0 says where page 1 is.
		bad1 = "file ends before meta page 1"
		if int64(m0.pageSize)+span <= size {
			if m1, h1, bad1, err = readMetaAt(r, 1, int64(m0.pageSize)); err != nil {
				return meta{}, false, err
			}
			if bad1 == "" && m1.pageSize != m0.pageSize {
				bad1 = "page size differs from meta page 0's"
			}
		}
	} else {
		// Page 1 is where its own page size says, as bbolt looks for it.
		for ps := int64(minPageSize); ps <= maxPageSize && ps+span <= size; ps <<= 1 {
			m, h, bad, err := readMetaAt(r, 1, ps)
			if err != nil {
				return meta{}, false, err
			}
			if bad == "" && int64(m.pageSize) == ps {
				m1, h1, bad1 = m, h, ""
				break
			}
		}
	}
	valid := make([]meta, 0, 2)
	for _, c := range []struct {
		m   meta
		h   header
		bad string
	}{{m0, h0, bad0}, {m1, h1, bad1}} {
		if c.bad != "" {
			rep.add(c.m.page, "", "meta page %d: %s", c.m.page, c.bad)
			continue
		}
		if c.h.id != c.m.page || c.h.flags != metaFlag {
			rep.add(c.m.page, "", "meta page %d: header says page %d, %s", c.m.page, c.h.id, flagName(c.h.flags))
		}
		valid = append(valid, c.m)
	}
	m, ok := pickMeta(valid, txid, rep)
	return m, ok, nil
}

// pickMeta picks from the valid metas (page 0's first).
func pickMeta(valid []meta, txid uint64, rep *Report) (meta, bool) {
	var best meta
	found := false
	for _, m := range valid {
		switch {
		case txid != 0 && m.txid == txid:
			return m, true
		case txid == 0 && (!found || m.txid > best.txid):
			best, found = m, true
		}
	}
	switch {
	case txid != 0:
		rep.add(0, "", "no valid meta page has txid %d", txid)
	case !found:
		rep.add(0, "", "neither meta page is valid")
	}
	return best, found
}
