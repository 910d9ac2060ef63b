// A table of the file as the decoder reads it: its keys, typed, each marked
// known as it is read, the rest refused as unknown keys with the nearest
// known one (closest).

package config

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// table is one table of the file: its keys, its dotted name for messages
// and its path in the line index.
type table struct {
	d     *decoder
	m     map[string]any
	key   string // "queue.counters"
	at    string // "queue.counters[1]"
	known []string
	used  map[string]bool
}

func (d *decoder) root(m map[string]any) *table {
	return &table{d: d, m: m, used: map[string]bool{}}
}

func (t *table) child(key, at string, m map[string]any) *table {
	return &table{d: t.d, m: m, key: key, at: at, used: map[string]bool{}}
}

// get returns the value of key, if the file sets it, and marks it known.
func (t *table) get(key string) (any, bool) {
	t.known = append(t.known, key)
	v, ok := t.m[key]
	if ok {
		t.used[key] = true
	}
	return v, ok
}

// fail notes a problem with key of this table.
func (t *table) fail(key string, e Error) {
	e.Path = t.d.path
	e.Key = join(t.key, key)
	e.Line = t.d.lines.find(join(t.at, key))
	t.d.errs = append(t.d.errs, &e)
}

func (t *table) wrongType(key, want string, v any) {
	got := typeName(v)
	t.fail(key, Error{
		Kind: KindType, Want: want, Got: got,
		Msg: fmt.Sprintf("should be %s, the file has %s", want, got),
	})
}

// done notes every key of the table nobody asked for.
func (t *table) done() {
	var unknown []string
	for k := range t.m {
		if !t.used[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		e := Error{Kind: KindUnknownKey, Msg: "unknown key"}
		if near := closest(k, t.known); near != "" {
			e.Want = join(t.key, near)
			e.Msg += fmt.Sprintf(" (did you mean %s?)", e.Want)
		}
		t.fail(k, e)
	}
}

// str sets dst to the string key, and reports whether it did.
func (t *table) str(key string, dst *string) bool {
	v, ok := t.get(key)
	if !ok {
		return false
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(key, "string", v)
		return false
	}
	*dst = s
	return true
}

func (t *table) int(key string, dst *int) {
	if v, ok := t.get(key); ok {
		if n, ok := v.(int64); ok && int64(int(n)) == n {
			*dst = int(n)
		} else {
			t.wrongType(key, "integer", v)
		}
	}
}

func (t *table) bool(key string, dst *bool) {
	if v, ok := t.get(key); ok {
		if b, ok := v.(bool); ok {
			*dst = b
		} else {
			t.wrongType(key, "boolean", v)
		}
	}
}

func (t *table) duration(key string, dst *time.Duration) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	s, ok := v.(string)
	if !ok {
		t.wrongType(key, "duration", v)
		return
	}
	d, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		t.fail(key, Error{
			Kind: KindDuration, Value: s,
			Msg: fmt.Sprintf("%q is not a duration (write \"90s\", \"15m\", \"4h\", \"1h30m\")", s),
		})
		return
	}
	*dst = d
}

func (t *table) strings(key string, dst *[]string) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	list, ok := v.([]any)
	if !ok {
		t.wrongType(key, "strings", v)
		return
	}
	var out []string
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			t.wrongType(key, "strings", v)
			return
		}
		out = append(out, s)
	}
	*dst = out
}

// sub runs fill on the table key, if the file has it.
func (t *table) sub(key string, fill func(*table)) {
	v, ok := t.get(key)
	if !ok {
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.wrongType(key, "table", v)
		return
	}
	c := t.child(join(t.key, key), join(t.at, key), m)
	fill(c)
	c.done()
}

// tables runs each on every entry of the array of tables key, if the file
// has it, and reports whether it has.
func (t *table) tables(key string, each func(*table)) bool {
	v, ok := t.get(key)
	if !ok {
		return false
	}
	var list []map[string]any
	switch v := v.(type) {
	case []map[string]any:
		list = v
	case []any:
		for _, x := range v {
			m, ok := x.(map[string]any)
			if !ok {
				t.wrongType(key, "tables", x)
				return false
			}
			list = append(list, m)
		}
	default:
		t.wrongType(key, "tables", v)
		return false
	}
	for i, m := range list {
		c := t.child(join(t.key, key), fmt.Sprintf("%s[%d]", join(t.at, key), i), m)
		each(c)
		c.done()
	}
	return true
}

// require notes the keys an entry of a list must have.
func (t *table) require(keys ...string) {
	for _, k := range keys {
		if _, ok := t.m[k]; !ok {
			e := Error{
				Kind: KindMissing, Msg: "missing; every entry needs it", Path: t.d.path,
				Key: join(t.key, k), Line: t.d.lines.find(t.at),
			}
			t.d.errs = append(t.d.errs, &e)
		}
	}
}

// typeName is the type of a parsed TOML value, in the words of Error.Got.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int64:
		return "integer"
	case float64:
		return "float"
	case bool:
		return "boolean"
	case time.Time:
		return "datetime"
	case map[string]any:
		return "table"
	case []map[string]any:
		return "tables"
	case []any:
		return "array"
	}
	return fmt.Sprintf("%T", v)
}

// closest is a known key within two edits of k, for "did you mean".
func closest(k string, known []string) string {
	best, dist := "", 3
	for _, c := range known {
		if d := editDistance(k, c); d < dist {
			best, dist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
