package pagecheck

// bbolt writes a page whole, from a zeroed buffer: the element array after
// the header, then each element's key (and value) one after the other in
// element order, then nothing but zeros to the end of the page and its
// overflow. So a byte damaged anywhere in a page shows: in a key or value
// as a different record (the store's seals), in an element as data out of
// its place, and in the rest of the page as a byte that is not zero.

// packing checks that the data of the count elements of page b lie one
// after another from the end of the element array, and that the bytes
// after them are zero; it says what is wrong, or "".
func packing(b []byte, count uint16, leaf bool) string {
	end := uint64(pageHeaderSize) + uint64(count)*elementSize
	for i := range uint64(count) {
		off := uint64(pageHeaderSize) + i*elementSize
		e := b[off : off+elementSize]
		pos, n := uint64(order.Uint32(e[4:8])), uint64(order.Uint32(e[8:12]))+uint64(order.Uint32(e[12:16]))
		if !leaf {
			pos, n = uint64(order.Uint32(e[0:4])), uint64(order.Uint32(e[4:8]))
		}
		if off+pos != end {
			return "data of element " + itoa(i) + " is not where bbolt writes it"
		}
		if end += n; end > uint64(len(b)) {
			return "data of element " + itoa(i) + " runs past the page"
		}
	}
	for i := end; i < uint64(len(b)); i++ {
		if b[i] != 0 {
			return "bytes after the last element are not zero, at offset " + itoa(i)
		}
	}
	return ""
}

func itoa(n uint64) string {
	if n == 0 {
		return "0"
	}
	var d [20]byte
	i := len(d)
	for ; n > 0; n /= 10 {
		i--
		d[i] = byte('0' + n%10)
	}
	return string(d[i:])
}
