package store

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"

	bolt "go.etcd.io/bbolt"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// Search is the desk's search box and `frontdesk find` (O6).
//
// Every search maps the file afresh (DESIGN.md), so each page it touches is
// a page fault: 25–70 µs on the 2-core VM of BenchmarkSearch1M, where an
// operation that reads nothing already costs 0.25–0.45 ms (open, map,
// unmap). The work is therefore bounded by what it reads, not by what
// matches: each index walk reads at most searchScan keys, ids only; only
// the newest `limit` ids of all walks are read, as heads (order_heads,
// schema 4): a head is ~0.3 kB of JSON to decode where the whole order is
// ~3.3 kB, which made ten of them most of a search's time. A prefix that
// matches more than a walk reads is answered from the keys read, with More
// set: typing on narrows it.

// DefaultSearchLimit is how many orders Search returns when asked for ≤ 0:
// what a search box shows. MaxSearchLimit is the most it returns, asked
// for more: every one is a read of its own.
const (
	DefaultSearchLimit = 10
	MaxSearchLimit     = 100
)

// maxQuery is the longest query Search reads, in characters; the rest of a
// longer one is ignored.
const maxQuery = 64

// searchScan is how many keys one index walk reads beyond a value's own
// orders. Measured on the million-order file: the walks are not the cost,
// the orders read are (BenchmarkSearch1M).
const searchScan = 200

// SearchResult is what a search found: the heads of the orders, newest
// first (the highest id first), each once; More is how many other orders
// the walks found beyond those, and AtLeast says a walk stopped at its
// bound, so that others may match still: the desk says "12 more" or "at
// least 190 more: type more to narrow it". Store.Order reads one whole.
//
// A head the disk damaged is not among Heads: Damage names it, and the
// search shows the intact rest (Err says it as the store's error).
type SearchResult struct {
	Heads    []repair.Head
	Requests []onsite.Request `json:",omitempty"` // the on-site requests it found, newest first (search_requests.go)
	More     int
	AtLeast  bool
	Damage   []DamageError `json:",omitempty"`
}

// Err is the damage of the result as the store's ErrDamaged for the file
// at path, the first damage with the others in Also; nil when none.
func (r SearchResult) Err(path string) error {
	return damageList(path, r.Damage, len(r.Damage))
}

// Search finds orders by what the desk types (O6), at most limit of them
// (DefaultSearchLimit when ≤ 0, MaxSearchLimit at the most). A query that
// is an order number or a claim code, with or without dashes, the "R" and
// in any case, finds that order alone. The beginning of a number, with or
// without its "R" ("R2612", a month; "261204", a day) finds the orders
// numbered so; the day's sequence ("0001") the orders of every day that
// have it. Digits (spaces, dashes and "+86" allowed) are also the
// beginning of a phone number, its end (from 3 digits: "the last four
// digits"), or the beginning of a serial; other text is the beginning of a
// serial or, without digits, of a name, and any part of a dealer's name,
// in any case. Full-width letters and digits count as their ASCII forms.
// Only the first 64 characters count. A query with nothing to look for —
// empty, punctuation only, control characters or escape sequences,
// invalid UTF-8 — finds nothing, without an error.
func (s *Store) Search(query string, limit int) (SearchResult, error) {
	q, ok := parseQuery(query, s.opts.ClaimLength)
	if !ok {
		return SearchResult{}, nil
	}
	switch {
	case limit <= 0:
		limit = DefaultSearchLimit
	case limit > MaxSearchLimit:
		limit = MaxSearchLimit
	}
	var res SearchResult
	err := s.view(func(tx *bolt.Tx) (err error) {
		res, err = q.run(tx, limit)
		return err
	})
	if err != nil {
		return SearchResult{}, err
	}
	s.noteDamage(res.Err(s.path))
	return res, nil
}

// query is a search as parsed: the unique keys to try, then the index
// walks.
type query struct {
	unique  []indexEntry // number, claim code
	walks   []walk
	request string // a request's number, "S2612070003"
	company string // a company's name as requests_by_company has it
}

// A walk is one index read by a search.
type walk struct {
	index, key []byte
	how        walkKind
}

type walkKind int

const (
	// walkPrefix: the orders of the value key, newest first, then those of
	// the values that go on from it, in key order.
	walkPrefix walkKind = iota
	// walkExact: the orders of the value key alone, newest first.
	walkExact
	// walkNumbers: the numbers that begin with key in orders_by_number,
	// whose keys are in the order they were issued: from the last back.
	walkNumbers
)

// parseQuery reads a query; ok is false when there is nothing to look for.
func parseQuery(raw string, claimLength int) (q query, ok bool) {
	text := strings.TrimSpace(raw)
	n := 0
	for i := range text { // the first maxQuery characters, however long the paste
		if n == maxQuery {
			text = text[:i]
			break
		}
		n++
	}
	text, err := repair.CleanText(text, 0, false) // no control characters, valid UTF-8
	if err != nil || !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return q, false
	}
	// Only what could be a code costs a look-up, and what has the shape of
	// a claim code is tried as one first: every page read counts (see
	// above). Imports may have codes of other shapes.
	number, claim := numberKey(repair.Fold(text)), claimKey(text)
	plain := strings.ReplaceAll(number, "-", "") // "R250602-0001" as read off a tag
	if digits(plain) && repair.ValidOrderNumber("R"+plain) {
		plain = "R" + plain // the number without its letter
	}
	if repair.ValidOrderNumber(plain) {
		number = plain
	}
	if onsite.ValidRequestNumber(number) {
		q.request = number
	}
	if codeLike(number) {
		q.unique = append(q.unique, indexEntry{bucketByNumber, []byte(number), true})
	}
	if repair.ValidClaim(claim, claimLength) {
		q.unique = append([]indexEntry{{bucketByClaim, []byte(claim), true}}, q.unique...)
	} else if codeLike(claim) {
		q.unique = append(q.unique, indexEntry{bucketByClaim, []byte(claim), true})
	}
	add := func(index []byte, key string, how walkKind) {
		if key != "" {
			q.walks = append(q.walks, walk{index, []byte(key), how})
		}
	}
	prefix := numberPrefix(plain)
	add(bucketByNumber, prefix, walkNumbers)
	if digits(plain) && (len(plain) == 4 || len(plain) <= 6 && plain[0] != '0') {
		add(bucketBySequence, plain, walkExact) // "0001", or a long day's "10001"
	}
	if phoneLike(text) {
		// Only a phone's own beginning and end: a phone as the intake
		// stores it (repair.NormalizePhone) begins with 1 (mobile), 0
		// (area code), 4 or 8 (400/800); a whole phone ends as it is.
		digits := phoneKey(text)
		if digits != "" && strings.IndexByte("0148", digits[0]) >= 0 {
			add(bucketByPhone, digits, walkPrefix)
		}
		if _, err := repair.NormalizePhone(text); err != nil && len(digits) >= 3 {
			add(bucketByPhoneTail, phoneTailKey(text), walkPrefix)
		}
	} else {
		if !strings.ContainsAny(text, "0123456789") {
			add(bucketByName, nameKey(text), walkPrefix) // a name has no digits: "PF2X" is a serial
		}
		if prefix == "" {
			add(bucketByDealer, dealerKey(text), walkPrefix) // "电脑城" of "中关村电脑城 A 区 12 号"
			q.company = nameKey(text)
		}
	}
	if k := serialKey(text); serialChars(k) {
		add(bucketBySerial, k, walkPrefix)
	}
	return q, true
}

// numberPrefix is the beginning of an order number that plain (a query as
// numberKey makes it, without dashes) is, with its "R": "R2612" (a month)
// for "R2612" or "2612", "R261204" (a day) for "261204"; "" if it is none.
// Digits without the "R" count from a year and month on, and only where
// they could be a date, so that a phone's digits cost no walk.
func numberPrefix(plain string) string {
	if len(plain) >= 2 && plain[0] == 'R' && digits(plain[1:]) {
		return plain
	}
	if len(plain) < 4 || !digits(plain) || plain[2:4] < "01" || plain[2:4] > "12" {
		return ""
	}
	if len(plain) >= 6 && (plain[4:6] < "01" || plain[4:6] > "31") {
		return ""
	}
	return "R" + plain
}

// digits reports whether s is ASCII digits only (and not empty).
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// codeLike reports whether a key may be an order number or a claim code
// (of the configured length, or an imported one): 8 to 32 capital letters
// and digits, at least one a letter. A serial's first few characters are
// not worth the look-ups.
func codeLike(k string) bool {
	if len(k) < 8 || len(k) > 32 {
		return false
	}
	letter := false
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c >= 'A' && c <= 'Z':
			letter = true
		case c < '0' || c > '9':
			return false
		}
	}
	return letter
}

// phoneLike reports whether a query is digits, as a phone is typed: with
// spaces, dashes, parentheses, "+86" (full-width forms folded).
func phoneLike(text string) bool {
	t := strings.TrimPrefix(repair.Fold(text), "+86")
	return strings.ContainsAny(t, "0123456789") && strings.Trim(t, "0123456789 -()") == ""
}

// serialChars reports whether a key has only what a serial has (A–Z, 0–9,
// "-", "/"): no walk for a name in Chinese or with spaces.
func serialChars(k string) bool {
	return k != "" && strings.Trim(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-/") == ""
}

// run answers q in tx.
func (q query) run(tx *bolt.Tx, limit int) (SearchResult, error) {
	for _, u := range q.unique {
		h, found, err := uniqueRecord[repair.Head](tx, bucketHeads, u.bucket, string(u.key))
		if err != nil || found {
			return SearchResult{Heads: []repair.Head{h}}, err
		}
	}
	if q.request != "" {
		r, found, err := uniqueRecord[onsite.Request](tx, bucketRequests, bucketReqByNumber, q.request)
		if err != nil || found {
			return SearchResult{Requests: []onsite.Request{r}}, err
		}
	}
	var ids []uint64
	atLeast := false
	add := func(id uint64) { ids = append(ids, id) }
	for _, w := range q.walks {
		c := tab(tx, w.index).cursor()
		var m1, m2 bool
		var err error
		switch w.how {
		case walkNumbers:
			m1, err = numbersBack(c, w.index, w.key, searchScan, add)
		default:
			m1, err = newestOf(c, w.index, string(w.key), searchScan, add)
			if err == nil && w.how == walkPrefix {
				m2, err = walkOn(c, w.index, w.key, searchScan, add)
			}
		}
		if err != nil {
			return SearchResult{}, err
		}
		atLeast = atLeast || m1 || m2
	}
	slices.SortFunc(ids, func(a, b uint64) int { return cmp.Compare(b, a) }) // newest first
	ids = slices.Compact(ids)
	res := SearchResult{AtLeast: atLeast}
	if len(ids) > limit {
		ids, res.More = ids[:limit], len(ids)-limit
	}
	var err error
	if res.Heads, res.Damage, err = headsByID(tx, ids); err != nil {
		return res, err
	}
	res.Requests, err = q.requests(tx)
	return res, err
}

// newestOf calls fn with the ids of the keys "value 0x00 id" of index,
// newest first, at most limit of them; more reports that there are others.
// The keys of one value are in id order: it walks them back from the first
// key after the value.
func newestOf(c *cursor, index []byte, value string, limit int, fn func(uint64)) (more bool, err error) {
	k, v, err := c.seek(dayEnd(value))
	if err == nil {
		if k == nil {
			k, v, err = c.last()
		} else {
			k, v, err = c.prev()
		}
	}
	return walkIDs(k, v, err, c.prev, index, dayKey(value, nil), keyID, limit, fn)
}

// walkOn calls fn with the ids of the keys of index whose value goes on
// from prefix ("138" → "13800138000"), in key order, at most limit of them;
// more reports that there are others.
func walkOn(c *cursor, index, prefix []byte, limit int, fn func(uint64)) (more bool, err error) {
	k, v, err := c.seek(dayEnd(string(prefix)))
	return walkIDs(k, v, err, c.next, index, prefix, keyID, limit, fn)
}

// numbersBack calls fn with the ids of the unique keys of index that begin
// with prefix, from the last back, at most limit of them; more reports
// that there are others. Order numbers are ASCII, so every one that begins
// with prefix comes before prefix 0xff.
func numbersBack(c *cursor, index, prefix []byte, limit int, fn func(uint64)) (more bool, err error) {
	k, v, err := c.seek(append(slices.Clip(prefix), 0xff))
	if err == nil {
		if k == nil {
			k, v, err = c.last()
		} else {
			k, v, err = c.prev()
		}
	}
	return walkIDs(k, v, err, c.prev, index, prefix, valueID, limit, fn)
}

// keyID is the id of a key "value 0x00 id"; valueID the id a unique key
// names.
func keyID(k, _ []byte) (uint64, bool)   { return indexID(k) }
func valueID(_, v []byte) (uint64, bool) { return readU64(v) }

// walkIDs calls fn with the id (idOf) of k and of the keys step goes on
// to, while they begin with prefix, at most limit; more reports that there
// are others. err is the error of the step that gave k: a damaged record
// ends the walk with it.
func walkIDs(k, v []byte, err error, step func() ([]byte, []byte, error), index, prefix []byte, idOf func(k, v []byte) (uint64, bool), limit int, fn func(uint64)) (more bool, _ error) {
	for n := 0; err != nil || bytes.HasPrefix(k, prefix); k, v, err = step() {
		if err != nil {
			return false, err
		}
		if n == limit {
			return true, nil
		}
		id, ok := idOf(k, v)
		if !ok {
			return false, damagedKey(index, k)
		}
		fn(id)
		n++
	}
	return false, nil
}

// damagedKey is the error of an index key (or value) that does not hold an
// id where it must: its seal was good, so a frontdesk with a bug wrote it.
func damagedKey(index, k []byte) error {
	return damaged(index, k, "holds no id")
}
