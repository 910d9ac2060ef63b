package gateway

import (
	"strings"
	"unicode/utf8"
)

// maxOutput is how much of a gateway's answer (a response's body, a
// program's output) is read or kept: enough to say why, never a flood
// into the outbox.
const maxOutput = 4 << 10

// capped keeps the first maxOutput bytes written to it and drops the rest,
// still taking all of it, so that a chatty program never blocks on a full
// pipe.
type capped struct{ buf []byte }

func (c *capped) Write(p []byte) (int, error) {
	if room := maxOutput - len(c.buf); room > 0 {
		c.buf = append(c.buf, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

// oneLine is what a gateway said, at most n bytes of it, on one line:
// control characters and runs of white space become one space, and a cut
// falls between characters. An error goes into the outbox's attempts and
// the desk's lists, where a newline or an escape would break the line.
func oneLine(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
		// Drop what the cut left of a character (at most UTFMax-1 bytes).
		for i := 1; i < utf8.UTFMax && len(b) > 0; i++ {
			if r, size := utf8.DecodeLastRune(b); r != utf8.RuneError || size > 1 {
				break
			}
			b = b[:len(b)-1]
		}
	}
	s := strings.ToValidUTF8(string(b), "?")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r <= ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029'
	}), " ")
}
