package pagecheck

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDamage caps Report.Damage: a file torn in one place can be wrong in a
// million, and the first hundred say what happened.
const maxDamage = 100

// Damage is one thing found wrong, at a page (0 when not about one page).
type Damage struct {
	Page   uint64 // the page id
	Bucket string // the bucket path where it was found, "orders" or "a/b"; "" for meta/freelist
	Why    string // English, short: "page id 812 in header of page 813", "keys out of order", ...
}

// String gives the damage on one line, for logs and test failures.
func (d Damage) String() string {
	s := fmt.Sprintf("page %d: %s", d.Page, d.Why)
	if d.Bucket != "" {
		s += " (bucket " + d.Bucket + ")"
	}
	return s
}

// Report is what Walk found: the file's shape, and what is wrong with it.
type Report struct {
	PageSize  int
	Pages     uint64   // the high-water mark: pages the meta says the file has
	Reached   uint64   // pages reached from the root
	Free      uint64   // pages on the freelist
	Buckets   int      // buckets walked
	Damage    []Damage // at most some cap (say 100), with Truncated set when more
	Truncated bool
}

// OK tells whether Walk found nothing wrong.
func (r Report) OK() bool { return len(r.Damage) == 0 && !r.Truncated }

// add records one damage, or marks the report truncated when the cap is full.
func (r *Report) add(page uint64, bucket, why string, args ...any) {
	if len(r.Damage) >= maxDamage {
		r.Truncated = true
		return
	}
	if len(args) > 0 {
		why = fmt.Sprintf(why, args...)
	}
	r.Damage = append(r.Damage, Damage{Page: page, Bucket: bucket, Why: why})
}

// childPath is the path of bucket name inside parent: names that are
// printable text stand as they are, others in hex, so that a damaged
// name cannot put control bytes into a message.
func childPath(parent string, name []byte) string {
	part := fmt.Sprintf("%x", name)
	if printable(name) {
		part = string(name)
	}
	if parent == "" {
		return part
	}
	return parent + "/" + part
}

func printable(b []byte) bool {
	if len(b) == 0 || !utf8.Valid(b) {
		return false
	}
	return strings.IndexFunc(string(b), func(r rune) bool { return !unicode.IsPrint(r) || r == '/' }) < 0
}
