package queuepanel

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// hostileNames are engineer names a damaged or malicious database (or the
// --engineer flag) could hold: escape sequences, clipboard writes, bells, C1
// controls, bidi tricks.
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

// TestQ8_HostileEngineerNames: whatever the database says about who signed
// in, the queue screen draws only its own styling.
func TestQ8_HostileEngineerNames(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, name := range hostileNames {
			snap := desktest.Morning()
			for i := range snap.Counters {
				snap.Counters[i].Engineer = name
			}
			checkInert(t, lang+" counters "+name, newDesk(t, lang, 120, 36, snap).m.View())

			s := desktest.Session()
			s.Engineer = name
			m, _ := New(desktest.Common(lang), s)
			m.SetSize(100, 30)
			m, _ = m.Update(common.SnapshotMsg{Snap: snap})
			checkInert(t, lang+" signed in as "+name, m.View())
		}
	}
}

// TestQ8_HostileTicketFields: a damaged database could hold anything in a
// ticket's number and type; the screen cleans them once, when they arrive.
func TestQ8_HostileTicketFields(t *testing.T) {
	for _, name := range hostileNames {
		snap := desktest.Morning()
		for i := range snap.Tickets {
			snap.Tickets[i].Number = name
		}
		snap.Tickets[3].Type = "\x1b]52;c;aGVsbG8=\x07"
		d := newDesk(t, "zh", 120, 36, snap)
		checkInert(t, "ticket number "+name, d.m.View())
		// The refusals and the picker name the ticket too.
		d.keys("i")
		checkInert(t, "intake refused for "+name, parts.StatusLine(d.m.c, d.sess.Status, 120))
		d.keys("t")
		checkInert(t, "picker for "+name, d.m.View())
	}
}

// checkInert fails when view holds anything but the renderer's styling.
func checkInert(t *testing.T, what, view string) {
	t.Helper()
	checkOnlyStyling(t, what, view)
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

// checkOnlyStyling fails when the view holds an escape sequence the desk's
// own styling never writes — anything but SGR (ESC [ … m).
func checkOnlyStyling(t *testing.T, what, view string) {
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
