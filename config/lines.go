package config

import (
	"fmt"
	"strings"
)

// lineIndex maps a key path of a parsed file to the line it is written on.
// Paths count the entries of arrays of tables: "queue.counters[1].types" is
// the types of the second [[queue.counters]]; a table header is recorded
// under its own path ("station", "repair.devices[0]").
type lineIndex map[string]int

// find is the line of path, else of the nearest enclosing key or table the
// file writes (a key inside an inline table is found at the inline table's
// line); 0 when none.
func (x lineIndex) find(path string) int {
	for path != "" {
		if l, ok := x[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

// first is the first line of anything under prefix, 0 when the file has none.
func (x lineIndex) first(prefix string) int {
	line := 0
	for p, l := range x {
		if p == prefix || strings.HasPrefix(p, prefix+".") || strings.HasPrefix(p, prefix+"[") {
			if line == 0 || l < line {
				line = l
			}
		}
	}
	return line
}

// scanLines indexes the lines of keys and table headers of a TOML text that
// the parser has already accepted, so it need not report errors: strings,
// multi-line arrays and inline tables are skipped over, comments ignored.
func scanLines(text string) lineIndex {
	s := &lineScanner{src: text, line: 1, x: lineIndex{}, aot: map[string]int{}}
	s.document()
	return s.x
}

type lineScanner struct {
	src  string
	i    int
	line int
	x    lineIndex
	aot  map[string]int // entries so far of each array of tables, by its path
	cur  string         // the path of the current table
}

func (s *lineScanner) eof() bool { return s.i >= len(s.src) }

func (s *lineScanner) peek(n int) string {
	if s.i+n > len(s.src) {
		return s.src[s.i:]
	}
	return s.src[s.i : s.i+n]
}

func (s *lineScanner) advance(n int) {
	for ; n > 0 && !s.eof(); n-- {
		if s.src[s.i] == '\n' {
			s.line++
		}
		s.i++
	}
}

// blank skips spaces and tabs, and newlines and comments when lines is set.
func (s *lineScanner) blank(lines bool) {
	for !s.eof() {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.advance(1)
		case c == '\n' && lines:
			s.advance(1)
		case c == '#':
			for !s.eof() && s.src[s.i] != '\n' {
				s.advance(1)
			}
		default:
			return
		}
	}
}

func (s *lineScanner) restOfLine() {
	for !s.eof() && s.src[s.i] != '\n' {
		s.advance(1)
	}
}

func (s *lineScanner) record(path string, line int) {
	if _, ok := s.x[path]; !ok {
		s.x[path] = line
	}
}

func (s *lineScanner) document() {
	for {
		s.blank(true)
		if s.eof() {
			return
		}
		start, line := s.i, s.line
		if s.src[s.i] == '[' {
			double := s.peek(2) == "[["
			if double {
				s.advance(2)
			} else {
				s.advance(1)
			}
			s.cur = s.resolve(s.key(), double)
			s.record(s.cur, line)
			s.restOfLine()
			continue
		}
		parts := s.key()
		if len(parts) > 0 {
			s.record(join(s.cur, strings.Join(parts, ".")), line)
			s.blank(false)
			if s.peek(1) == "=" {
				s.advance(1)
			}
			s.value()
		}
		if s.i == start {
			s.restOfLine()
		}
	}
}

// resolve is the path of a table header: the arrays of tables on the way
// are at their latest entry; a new entry of an array of tables gets its own.
func (s *lineScanner) resolve(parts []string, double bool) string {
	p := ""
	for i, part := range parts {
		p = join(p, part)
		if n, ok := s.aot[p]; double && i == len(parts)-1 {
			s.aot[p] = n + 1
			return fmt.Sprintf("%s[%d]", p, n)
		} else if ok {
			p = fmt.Sprintf("%s[%d]", p, n-1)
		}
	}
	return p
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// key reads a dotted key of bare and quoted parts.
func (s *lineScanner) key() []string {
	var parts []string
	for {
		s.blank(false)
		if s.eof() {
			return parts
		}
		switch c := s.src[s.i]; {
		case c == '"' || c == '\'':
			parts = append(parts, s.quoted(c))
		case isBare(c):
			j := s.i
			for j < len(s.src) && isBare(s.src[j]) {
				j++
			}
			parts = append(parts, s.src[s.i:j])
			s.advance(j - s.i)
		default:
			return parts
		}
		s.blank(false)
		if s.peek(1) != "." {
			return parts
		}
		s.advance(1)
	}
}

func isBare(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// quoted reads a one-line string opened by q and returns its text, with
// backslash escapes kept as written except \" and \\.
func (s *lineScanner) quoted(q byte) string {
	s.advance(1)
	var b strings.Builder
	for !s.eof() && s.src[s.i] != '\n' {
		c := s.src[s.i]
		if c == q {
			s.advance(1)
			break
		}
		if c == '\\' && q == '"' && s.i+1 < len(s.src) && (s.src[s.i+1] == '"' || s.src[s.i+1] == '\\') {
			c = s.src[s.i+1]
			s.advance(1)
		}
		b.WriteByte(c)
		s.advance(1)
	}
	return b.String()
}

// value skips one value: a string of any kind, an array, an inline table or
// a scalar (number, boolean, date).
func (s *lineScanner) value() {
	s.blank(false)
	if s.eof() {
		return
	}
	switch c := s.src[s.i]; {
	case s.peek(3) == `"""` || s.peek(3) == "'''":
		s.multiline(s.peek(3))
	case c == '"' || c == '\'':
		s.quoted(c)
	case c == '[':
		s.array()
	case c == '{':
		s.inlineTable()
	default:
		for !s.eof() && !strings.ContainsRune(",]}#\n", rune(s.src[s.i])) {
			s.advance(1)
		}
	}
}

// multiline skips a multi-line string opened by q (three quotes).
func (s *lineScanner) multiline(q string) {
	s.advance(3)
	for !s.eof() && s.peek(3) != q {
		if q == `"""` && s.src[s.i] == '\\' {
			s.advance(1)
		}
		s.advance(1)
	}
	s.advance(3)
	for !s.eof() && s.src[s.i] == q[0] { // up to two quotes may end the content
		s.advance(1)
	}
}

// array skips an array, over lines, its values of any kind.
func (s *lineScanner) array() { s.group(']', s.value) }

// inlineTable skips an inline table: its keys and their values.
func (s *lineScanner) inlineTable() { s.group('}', s.pair) }

// pair skips a key, its equals sign and its value.
func (s *lineScanner) pair() {
	s.key()
	s.blank(false)
	if s.peek(1) == "=" {
		s.advance(1)
	}
	s.value()
}

// group skips from an opening bracket to the closing end, over lines, each
// item between the commas read by item; an item that reads nothing (a
// stray character) is passed over so that the scan always moves on.
func (s *lineScanner) group(end byte, item func()) {
	s.advance(1)
	for {
		s.blank(true)
		if s.eof() {
			return
		}
		switch s.src[s.i] {
		case end:
			s.advance(1)
			return
		case ',':
			s.advance(1)
		default:
			at := s.i
			item()
			if s.i == at {
				s.advance(1)
			}
		}
	}
}
