package desk

import (
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/tui/common"
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
// in, the desk draws only its own styling. The raw view carries no OSC and
// no bell at all; without the renderer's own SGR styling nothing is left of
// escapes, C0 and C1 controls or bidi formatting.
func TestQ8_HostileEngineerNames(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, name := range hostileNames {
			snap := morning()
			for i := range snap.Counters {
				snap.Counters[i].Engineer = name
			}
			checkInert(t, lang+" counters "+name, newDesk(t, lang, 120, 36, snap).View().Content)

			m := New(testCommon(lang), nil, Options{Counter: 3, Engineer: name})
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, common.SnapshotMsg{Snap: snap})
			checkInert(t, lang+" signed in as "+name, m.View().Content)
		}
	}
}

// TestQ8_HostileNameInSetupForm: a name from --engineer or the prefs file
// waits in the setup form when no counter is known yet. The text input drops
// ESC and BEL but keeps bidi overrides (U+202E, U+2066…) and shows the rest
// of an escape sequence as text.
func TestQ8_HostileNameInSetupForm(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, name := range hostileNames {
			m := New(testCommon(lang), nil, Options{Engineer: name})
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, common.SnapshotMsg{Snap: morning()})
			checkInert(t, lang+" setup with "+name, m.View().Content)
		}
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

// TestQ8_HostileTicketFields: a damaged database could hold anything in a
// ticket's number and type; the desk cleans them once, when they arrive.
func TestQ8_HostileTicketFields(t *testing.T) {
	for _, name := range hostileNames {
		snap := morning()
		for i := range snap.Tickets {
			snap.Tickets[i].Number = name
		}
		snap.Tickets[3].Type = "\x1b]52;c;aGVsbG8=\x07"
		checkInert(t, "ticket number "+name, newDesk(t, "zh", 120, 36, snap).View().Content)
	}
}

// checkOnlyStyling fails when the view holds an escape sequence the desk's
// own styling never writes — anything but SGR (ESC [ … m): the rest of
// checkInert strips every CSI before it looks, so a database's ESC [ 2 J
// (clear the screen) or ESC [ ? 1049 l (leave the alternate screen) would
// pass it.
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
