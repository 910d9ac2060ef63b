package desk

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

// TestQ8_HostileNameInSetupForm: a name from --engineer or the prefs file
// waits in the setup form when no counter is known yet. The text input drops
// ESC and BEL but keeps bidi overrides (U+202E, U+2066…) and shows the rest
// of an escape sequence as text.
func TestQ8_HostileNameInSetupForm(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, name := range desktest.HostileNames {
			m := New(desktest.Common(lang), nil, Options{Desk: testDesk, Engineer: name})
			m = send(m, tea.WindowSizeMsg{Width: 100, Height: 30}, common.SnapshotMsg{Snap: morning()})
			if m.screen != screenSetup {
				t.Fatalf("%s: no counter known, yet the setup form is not shown:\n%s", lang, plain(m))
			}
			desktest.CheckInert(t, lang+" setup with "+name, m.View().Content)
		}
	}
}
