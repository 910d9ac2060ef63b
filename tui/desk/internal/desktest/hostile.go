package desktest

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// HostileNames are words a damaged or malicious database (or the
// --engineer flag) could hold: escape sequences, clipboard writes, bells,
// C1 controls, bidi tricks.
var HostileNames = []string{
	"王\x1b[31m工\x1b[0m",
	"\x1b]52;c;aGVsbG8=\x07李工",
	"张\x1b]52;c;aGVsbG8=\x1b\\工",
	"赵\a\a工",
	"\x9b2J钱工",
	"\u009b31m孙工",
	"\u202e工周",
	"吴\u2066工\u2069\u200f",
	"\x1b]8;;http://evil\x07郑工\x1b]8;;\x07",
	"\x1bP+q\x1b\\冯工",
}

// CheckInert fails when view holds anything but the renderer's styling.
func CheckInert(t testing.TB, what, view string) {
	t.Helper()
	CheckOnlyStyling(t, what, view)
	if strings.Contains(view, "\x1b]") || strings.ContainsRune(view, '\a') {
		t.Errorf("%s: an OSC or a bell reached the screen: %q", what, view)
	}
	if strings.Contains(view, "aGVsbG8") || strings.Contains(view, "evil") {
		t.Errorf("%s: the payload of an escape sequence is drawn: %q", what, view)
	}
	for _, r := range ansi.Strip(view) {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == unicode.ReplacementChar:
			t.Errorf("%s: control %U is left once styling is stripped", what, r)
			return
		case unicode.Is(unicode.Cf, r): // bidi overrides and isolates among them
			t.Errorf("%s: format character %U is left once styling is stripped", what, r)
			return
		}
	}
}

// CheckOnlyStyling fails when the view holds an escape sequence the desk's
// own styling never writes — anything but SGR (ESC [ … m): the rest of
// CheckInert strips every CSI before it looks, so a database's ESC [ 2 J
// (clear the screen) or ESC [ ? 1049 l (leave the alternate screen) would
// pass it.
func CheckOnlyStyling(t testing.TB, what, view string) {
	t.Helper()
	for i := 0; i < len(view); i++ {
		if view[i] != 0x1b {
			continue
		}
		j := i + 2
		for j < len(view) && (view[j] < 0x40 || view[j] > 0x7e) {
			j++
		}
		if i+1 >= len(view) || view[i+1] != '[' || j >= len(view) || view[j] != 'm' {
			t.Errorf("%s: an escape sequence that is not styling: %q", what, view[i:min(j+1, len(view))])
			return
		}
		i = j
	}
}
