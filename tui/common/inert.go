package common

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Inert makes text from outside (the database, a customer, a file) safe to
// draw: escape sequences are removed whole, and every control character (C0,
// DEL, C1), bidi override and other format character is dropped, so a name
// cannot move the cursor, change colours, ring the bell or reorder the line.
// Newlines and tabs become spaces: a field is one line.
func Inert(s string) string {
	s = ansi.Strip(s)
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
