package search

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// TestO6_HostileSearchStrings: whatever is typed or pasted — escape
// sequences, bidi overrides, a page of text, format strings — the search
// stays calm, the input keeps its limit and nothing reaches the terminal.
func TestO6_HostileSearchStrings(t *testing.T) {
	s := desktest.MorningStation(t)
	inputs := append([]string{
		strings.Repeat("张", 5000), strings.Repeat("1", 300), "%s%d%x%!", "'; DROP TABLE orders; --",
		"R2611200001\x00", "\u202e1380", "../../etc/passwd", "\ufffd\ufffd", " ", "--", "+86 138",
	}, desktest.HostileNames...)
	for _, in := range inputs {
		d := onStation(t, s, "zh", 80, 24, false)
		d = desktest.Drive(d, tea.PasteMsg{Content: in})
		d = desktest.Drive(d, desktest.Press("x", "enter")...) // typing on, and opening whatever was found
		if d.Sess.Status.Bad {
			t.Errorf("%q: an error was shown: %s", in, d.Sess.Status.Text)
		}
		if n := len([]rune(d.M.input.Value())); n > MaxLen {
			t.Errorf("%q: the input holds %d characters", in, n)
		}
		v := d.M.View()
		desktest.CheckInert(t, "search "+in, v)
		screentest.CheckFits(t, "search "+in, v, 80, 24)
	}
}
