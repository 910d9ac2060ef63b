package store

// Sealed records. bbolt keeps no checksums: a page damaged on disk reads
// back as if it were good, and a digit changed in a phone number decodes
// as well as the right one. So every value the store writes (schema 7 on)
// is sealed: its bytes, then a CRC-32C over the bucket's name, the key and
// the bytes. Every read opens the seal first; a record whose sum does not
// match is damage (ErrDamaged, naming the bucket and the key) and its bytes
// are never decoded, shown or passed on. The bucket's name is in the sum so
// that a page of another bucket reached through a damaged branch is
// damage too, and the key so that a damaged key is.
//
// All access to the buckets goes through table and cursor below; the
// migrations before schema 7 (which wrote values unsealed) use the raw*
// helpers of codec.go, and TestEveryAccessIsSealed keeps it so.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	bolt "go.etcd.io/bbolt"

	"frontdesk/internal/formatted"
)

// sealSize is the length of a seal: a CRC-32C, big-endian, after the value.
const sealSize = 4

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sum is the seal of value under key in bucket. The key's length is
// summed before it, so that no two (key, value) splits of the same bytes
// share a sum.
func sum(bucket, key, value []byte) uint32 {
	var n [4]byte
	c := crc32.Update(0, castagnoli, bucket)
	binary.BigEndian.PutUint32(n[:], uint32(len(key)))
	c = crc32.Update(c, castagnoli, n[:])
	c = crc32.Update(c, castagnoli, key)
	return crc32.Update(c, castagnoli, value)
}

// seal is value with its seal appended, in a new slice.
func seal(bucket, key, value []byte) []byte {
	out := make([]byte, len(value), len(value)+sealSize)
	copy(out, value)
	return binary.BigEndian.AppendUint32(out, sum(bucket, key, value))
}

// unseal checks the seal of raw, stored under key in bucket, and returns
// the value without it (a subslice of raw: valid as long as raw is).
func unseal(bucket, key, raw []byte) ([]byte, error) {
	if len(raw) < sealSize {
		return nil, damaged(bucket, key, "shorter than its checksum")
	}
	value, stored := raw[:len(raw)-sealSize], binary.BigEndian.Uint32(raw[len(raw)-sealSize:])
	if sum(bucket, key, value) != stored {
		return nil, damaged(bucket, key, "checksum mismatch")
	}
	return value, nil
}

// table is one bucket of a transaction, read and written sealed.
type table struct {
	b    *bolt.Bucket
	name []byte
}

// tab is the bucket name of tx. A bucket of the layout that is missing (the
// page that named it was damaged) makes every use of the table damage.
func tab(tx *bolt.Tx, name []byte) table {
	return table{b: tx.Bucket(name), name: name}
}

// missing is the error of a table whose bucket is not there.
func (t table) missing() error { return damaged(t.name, nil, "bucket missing") }

// get returns the value under key, checked; nil, nil when there is none.
func (t table) get(key []byte) ([]byte, error) {
	if t.b == nil {
		return nil, t.missing()
	}
	raw := t.b.Get(key)
	if raw == nil {
		return nil, t.absent(key)
	}
	return unseal(t.name, key, raw)
}

// absent checks a key that Get did not find: bbolt finds a key through
// the keys of the branch pages above it, which carry no seal, so one
// damaged there sends the search to the wrong leaf. The keys on either
// side of where key would stand must lie on either side of it.
func (t table) absent(key []byte) error {
	_, _, err := t.cursor().seek(key)
	return err
}

// has reports whether key is there (with a good seal).
func (t table) has(key []byte) (bool, error) {
	v, err := t.get(key)
	return v != nil, err
}

// put stores value under key, sealed.
func (t table) put(key, value []byte) error {
	if t.b == nil {
		return t.missing()
	}
	return t.b.Put(key, seal(t.name, key, value))
}

func (t table) delete(key []byte) error {
	if t.b == nil {
		return t.missing()
	}
	return t.b.Delete(key)
}

// nextSequence is the bucket's next id (bbolt keeps it in the bucket's
// header, which has no record of its own).
func (t table) nextSequence() (uint64, error) {
	if t.b == nil {
		return 0, t.missing()
	}
	return t.b.NextSequence()
}

// sequence is the bucket's last id; setSequence moves it (a bulk load of
// records that come with their ids).
func (t table) sequence() (uint64, error) {
	if t.b == nil {
		return 0, t.missing()
	}
	return t.b.Sequence(), nil
}

func (t table) setSequence(n uint64) error {
	if t.b == nil {
		return t.missing()
	}
	return t.b.SetSequence(n)
}

// raiseSequence moves the bucket's last id up to n, if it is below: a
// record stored with an id of its own (a bulk load, a recovery) is never
// given again.
func (t table) raiseSequence(n uint64) error {
	last, err := t.sequence()
	if err != nil || n <= last {
		return err
	}
	return t.setSequence(n)
}

// fill sets how full bbolt packs the bucket's pages when it splits them.
func (t table) fill(percent float64) {
	if t.b != nil {
		t.b.FillPercent = percent
	}
}

// forEach calls fn for every key in order with its checked value, and stops
// at the first damaged record.
func (t table) forEach(fn func(k, v []byte) error) error {
	c := t.cursor()
	for k, v, err := c.first(); k != nil || err != nil; k, v, err = c.next() {
		if err != nil {
			return err
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// cursor walks the table, opening each record's seal.
func (t table) cursor() *cursor {
	if t.b == nil {
		return &cursor{name: t.name}
	}
	return &cursor{c: t.b.Cursor(), name: t.name}
}

// cursor is a bbolt cursor whose every step returns the value checked: a
// damaged record gives its key and the error, and the walk is to stop.
//
// A seal vouches for a record, not for the way to it. A damaged child
// pointer in a branch page sends the walk to another leaf of the same
// bucket, whose records are all well sealed: a walk would then repeat
// some and skip others. So each step also checks the order of the keys,
// which a detour breaks as soon as a walk steps through it: next and prev
// move strictly up and down from the key before, and seek lands on the
// first key at or after the one asked, with the key before it below. (A
// seek can still go round a detour: the page walks of check and of the
// scrub see every branch.)
type cursor struct {
	c    *bolt.Cursor // nil: the bucket is missing
	name []byte
	at   []byte // the key of the last step; nil before the first, past the end
}

func (c *cursor) first() ([]byte, []byte, error) { return c.jump((*bolt.Cursor).First) }
func (c *cursor) last() ([]byte, []byte, error)  { return c.jump((*bolt.Cursor).Last) }
func (c *cursor) next() ([]byte, []byte, error)  { return c.move((*bolt.Cursor).Next, 1) }
func (c *cursor) prev() ([]byte, []byte, error)  { return c.move((*bolt.Cursor).Prev, -1) }

func (c *cursor) seek(key []byte) ([]byte, []byte, error) {
	if c.c == nil {
		return nil, nil, table{name: c.name}.missing()
	}
	k, raw := c.c.Seek(key)
	if k != nil && bytes.Compare(k, key) < 0 {
		return k, nil, c.outOfOrder(k, key)
	}
	if k == nil || !bytes.Equal(k, key) {
		// Not there: the key before must be below it. Looked at from where
		// the seek landed, and the cursor brought back.
		var before []byte
		if k == nil {
			before, _ = c.c.Last()
		} else if before, _ = c.c.Prev(); before != nil {
			c.c.Next()
		}
		if before != nil && bytes.Compare(before, key) >= 0 {
			return before, nil, c.outOfOrder(before, key)
		}
	}
	return c.opened(k, raw)
}

// jump is first or last, which start the order afresh.
func (c *cursor) jump(to func(*bolt.Cursor) ([]byte, []byte)) ([]byte, []byte, error) {
	if c.c == nil {
		return nil, nil, table{name: c.name}.missing()
	}
	return c.opened(to(c.c))
}

// move is next (way 1) or prev (-1) from the key of the last step.
func (c *cursor) move(step func(*bolt.Cursor) ([]byte, []byte), way int) ([]byte, []byte, error) {
	if c.c == nil {
		return nil, nil, table{name: c.name}.missing()
	}
	k, raw := step(c.c)
	if k != nil && c.at != nil && bytes.Compare(k, c.at)*way <= 0 {
		return k, nil, c.outOfOrder(k, c.at)
	}
	return c.opened(k, raw)
}

// opened remembers k as the key of the step and opens its seal.
func (c *cursor) opened(k, raw []byte) ([]byte, []byte, error) {
	if k == nil {
		c.at = nil // off either end: bbolt steps back on from there
		return nil, nil, nil
	}
	c.at = append(c.at[:0], k...)
	v, err := unseal(c.name, k, raw)
	if err != nil {
		return k, nil, err
	}
	return k, v, nil
}

// outOfOrder is the damage of a step that found key k where the order of
// the keys says it cannot be, beside the key near.
func (c *cursor) outOfOrder(k, near []byte) error {
	return damagedAs(c.name, k, "out of order", "near %s", keyText(near))
}

// DamageError says where a record failed its check: the bucket and the
// key, readably (a number for the 8-byte keys, the text for the rest).
type DamageError struct {
	Bucket string
	Key    string
	Page   uint64 // the page, when the damage is in the file's structure
	Why    string // a short fixed text: the screens translate it
	Detail string // what was found, as the store or bbolt says it
	// Detail as a fixed format and its values, when the page check found
	// it: the screens say it in the user's language.
	Format string   `json:",omitempty"`
	Args   []string `json:",omitempty"`

	// A whole check (Verify, Check) goes on past the first damage: Count
	// is how much it found in all, Also the rest of what it names.
	Count int           `json:",omitempty"`
	Also  []DamageError `json:",omitempty"`
}

func (e *DamageError) Error() string {
	why := e.Why
	if e.Detail != "" {
		why += ": " + e.Detail
	}
	switch {
	case e.Page != 0:
		return fmt.Sprintf("page %d (%s): %s", e.Page, e.Bucket, why)
	case e.Key != "":
		return fmt.Sprintf("%s %s: %s", e.Bucket, e.Key, why)
	case e.Bucket != "":
		return fmt.Sprintf("%s: %s", e.Bucket, why)
	}
	return why
}

// damaged is ErrDamaged for the record under key in bucket.
func damaged(bucket, key []byte, why string) error { return damagedDetail(bucket, key, why, "") }

// damagedDetail is damaged with what was found beside the fixed why.
// damagedAs is damagedDetail with a detail of a fixed format and its
// values, which the screens say in the user's language.
func damagedAs(bucket, key []byte, why, format string, args ...any) error {
	err := damagedDetail(bucket, key, why, fmt.Sprintf(format, args...))
	de, _ := DamageOf(err)
	de.Format, de.Args = format, formatted.Args(format, args)
	return err
}

func damagedDetail(bucket, key []byte, why, detail string) error {
	return &PathError{Err: ErrDamaged, Why: &DamageError{Bucket: string(bucket), Key: keyText(key), Why: why, Detail: detail}}
}

// keyText shows a key: an 8-byte key is an id; "day 0x00 id" keys show
// both; anything else is quoted, so that damaged bytes stay inert.
func keyText(k []byte) string {
	if k == nil {
		return ""
	}
	if n, ok := readU64(k); ok {
		return fmt.Sprint(n)
	}
	if id, ok := indexID(k); ok {
		return fmt.Sprintf("%q/%d", k[:len(k)-9], id)
	}
	return fmt.Sprintf("%q", k)
}

// DamageOf is where err says the database is damaged, if it says so.
func DamageOf(err error) (*DamageError, bool) {
	var pe *PathError
	var de *DamageError
	if errors.As(err, &pe) && errors.Is(pe.Err, ErrDamaged) && errors.As(pe.Why, &de) {
		return de, true
	}
	return nil, false
}

// Seal and Unseal are seal and unseal for programs that read or write a
// frontdesk file without the store: a tool of the station's, and the tests
// that play another program writing hostile records into it.
func Seal(bucket, key, value []byte) []byte { return seal(bucket, key, value) }

func Unseal(bucket, key, raw []byte) ([]byte, error) { return unseal(bucket, key, raw) }
