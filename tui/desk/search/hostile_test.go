package search

import (
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// hostileNames are names a damaged or malicious database (or a paste)
// could hold: escape sequences, clipboard writes, bells, C1 controls, bidi
// tricks. (A copy of tui/desk's, for desktest to take.)
var hostileNames = []string{
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

// TestO6_HostileSearchStrings: whatever is typed or pasted — escape
// sequences, bidi overrides, a page of text, format strings — the search
// stays calm, the input keeps its limit and nothing reaches the terminal.
func TestO6_HostileSearchStrings(t *testing.T) {
	s := desktest.MorningStation(t)
	inputs := append([]string{
		strings.Repeat("张", 5000), strings.Repeat("1", 300), "%s%d%x%!", "'; DROP TABLE orders; --",
		"R2611200001\x00", "\u202e1380", "../../etc/passwd", "\ufffd\ufffd", " ", "--", "+86 138",
	}, hostileNames...)
	for _, in := range inputs {
		d := onStation(t, s, "zh", 80, 24, false)
		d = desktest.Drive(d, tea.PasteMsg{Content: in})
		d = desktest.Drive(d, desktest.Press("x", "enter")...) // typing on, and opening whatever was found
		if d.sess.Status.Bad {
			t.Errorf("%q: an error was shown: %s", in, d.sess.Status.Text)
		}
		if n := len([]rune(d.m.input.Value())); n > MaxLen {
			t.Errorf("%q: the input holds %d characters", in, n)
		}
		v := d.m.View()
		checkInert(t, "search "+in, v)
		screentest.CheckFits(t, "search "+in, v, 80, 24)
	}
}

// checkInert fails when view holds anything but the renderer's styling.
// (A copy of tui/desk's, for desktest to take.)
func checkInert(t *testing.T, what, view string) {
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
