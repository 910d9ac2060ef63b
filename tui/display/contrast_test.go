package display

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/screentest"
	"frontdesk/wire"
)

// states are the screens the display shows: calls (and a flash), no call
// yet, a failed read over the last good one, the database back.
func states(t *testing.T, m Model) map[string]Model {
	s := map[string]Model{}
	s["loading"] = m
	empty := snapshot()
	empty.Calls = nil
	s["idle"], _ = update(t, m, common.SnapshotMsg{Snap: empty})
	calls, _ := update(t, m, common.SnapshotMsg{Snap: snapshot()})
	s["calls"] = calls
	s["flash"], _ = update(t, s["idle"], common.SnapshotMsg{Snap: snapshot()})
	s["error"], _ = update(t, calls, common.SnapshotMsg{Err: &store.PathError{Path: "/data/fd.db", Err: store.ErrLocked}})
	lost, _ := update(t, calls, common.SnapshotMsg{Err: wire.ErrReconnecting})
	s["back"], _ = update(t, lost, common.SnapshotMsg{Snap: snapshot()})
	return s
}

// TestEveryPairReadsInBothPalettesAndProfiles: every foreground on every
// background the display draws — big digits and their flash, the script,
// the recent calls, the waiting counts, the clock, the footer — has a
// contrast of 4.5:1, the digits 7:1, in the light and the dark palette, in
// true colour, 256 and 16 colours.
func TestEveryPairReadsInBothPalettesAndProfiles(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for _, size := range [][2]int{{80, 24}, {160, 48}, {40, 12}} {
			w, h := size[0], size[1]
			m, _ := update(t, newModel("zh", w, h), screentest.TerminalSays(dark))
			if m.c.Styles.Ground != common.NewStyles(dark).Ground {
				t.Fatalf("%s terminal: the display kept the other palette", screentest.PaletteName(dark))
			}
			blocks := 0
			for name, s := range states(t, m) {
				what := fmt.Sprintf("%s palette, %s, %d×%d", screentest.PaletteName(dark), name, w, h)
				blocks += screentest.Blocks(screentest.CheckContrast(t, what, s.View().Content, w, h, s.c.Styles.Text, s.c.Styles.Ground))
			}
			if blocks == 0 && w >= 80 {
				t.Errorf("%s palette at %d×%d: no big digits checked", screentest.PaletteName(dark), w, h)
			}
		}
	}
}

// TestThemeSettingDecides: a theme of "light" or "dark" is the palette
// whatever the terminal answers, and the display does not ask; "auto"
// asks and follows the answer.
func TestThemeSettingDecides(t *testing.T) {
	for _, th := range []string{"light", "dark"} {
		m := newModel("zh", 80, 24)
		m.c.SetTheme(th)
		if m.c.AskBackground() != nil {
			t.Errorf("theme %s: the terminal is asked", th)
		}
		want := common.NewStyles(th == "dark").Ground
		m, _ = update(t, m, screentest.TerminalSays(th != "dark"))
		if m.c.Styles.Ground != want || m.View().BackgroundColor != want {
			t.Errorf("theme %s: the terminal's answer changed the palette", th)
		}
	}
	m := newModel("zh", 80, 24)
	m.c.SetTheme("auto")
	if m.c.AskBackground() == nil {
		t.Fatal("theme auto: the terminal is not asked")
	}
	m, _ = update(t, m, screentest.TerminalSays(false))
	if m.View().BackgroundColor != common.NewStyles(false).Ground {
		t.Error("theme auto: a white terminal does not get the light palette")
	}
}

// TestGoldenColours: the display with its colours, in both palettes and
// languages, calls shown and a new call lit.
func TestGoldenColours(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for _, lang := range []string{"zh", "en"} {
			for _, state := range []string{"calls", "flash"} {
				t.Run(fmt.Sprintf("%s_%s_%s", screentest.PaletteName(dark), lang, state), func(t *testing.T) {
					m, _ := update(t, newModel(lang, 80, 24), screentest.TerminalSays(dark))
					golden.RequireEqual(t, []byte(states(t, m)[state].View().Content))
				})
			}
		}
	}
}
