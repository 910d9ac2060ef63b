package cli

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// inertJSON writes DEL, the C1 controls (U+0080–U+009F, U+009B among them: a
// terminal's CSI) and the format characters (bidi overrides and isolates,
// zero-width ones) of encoded JSON as \u escapes. encoding/json escapes
// the C0 controls but passes these through, and --json output is read on
// terminals as well as by scripts; a script decodes the same strings
// either way. Outside strings JSON is ASCII, so every such rune is inside
// a string, where an escape means the same.
func inertJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == 0x7f || r >= 0x80 && r <= 0x9f || unicode.Is(unicode.Cf, r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}
