package pagecheck

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"frontdesk/internal/formatted"
)

// maxDamage caps Report.Damage: a file torn in one place can be wrong in a
// million, and the first hundred say what happened.
const maxDamage = 100

// Damage is one thing found wrong, at a page (0 when not about one page).
type Damage struct {
	Page   uint64 // the page id
	Bucket string // the bucket path where it was found, "orders" or "a/b"; "" for meta/freelist
	Why    string // English, short: "page id 812 in header of page 813", "keys out of order", ...
	// Why as its fixed format ("page id %d in header of page %d") and the
	// values put in it, each as the format's verb writes it: a screen
	// says the same in its own language.
	Format string
	Args   []string
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
// Reached counts as bbolt's check does: the two meta pages, the freelist's
// pages and every tree page with its overflow. Free is the ids the freelist
// lists; in a file written with NoFreelistSync, the pages below the
// high-water mark that nothing reaches, which is what bbolt rebuilds its
// freelist from. Buckets counts every bucket but the root, inline or not.
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
	d := Damage{Page: page, Bucket: bucket, Why: why, Format: why}
	if len(args) > 0 {
		d.Why, d.Args = fmt.Sprintf(why, args...), formatted.Args(why, args)
	}
	r.Damage = append(r.Damage, d)
}

// Bucket paths in damage are for a person to read: a name shows at most
// nameShown bytes, and a path stops growing at pathShown, so that deep
// nesting under long names cannot make the paths' sizes grow as the
// square of the file's.
const (
	nameShown = 48
	pathShown = 256
	cut       = "..."
)

// childPath is the path of bucket name inside parent: names that are
// printable text stand as they are, others in hex, so that a damaged
// name cannot put control bytes into a message.
func childPath(parent string, name []byte) string {
	if strings.HasSuffix(parent, "/"+cut) {
		return parent
	}
	if len(parent) >= pathShown {
		return parent + "/" + cut
	}
	shown, more := name, ""
	if len(shown) > nameShown {
		shown, more = shown[:nameShown], cut
	}
	part := fmt.Sprintf("%x", shown) + more
	if printable(name) {
		part = strings.ToValidUTF8(string(shown), "") + more
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
