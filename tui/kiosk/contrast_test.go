package kiosk

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/screentest"
)

// screens are what the kiosk shows: the choice (and a failed take on it),
// a ticket, the progress's inputs and its answer.
func screens(t *testing.T, m Model) map[string]Model {
	s := map[string]Model{"choose": m}
	s["ticket"], _ = update(t, m, press("1"), newTicket())
	s["failed"], _ = update(t, m, press("1"), takenMsg{err: errNoStore})
	s["claim"], _ = update(t, m, press("0"))
	s["claim"], _ = update(t, s["claim"], typeIn("abcd-e")...)
	asked, _ := lookUp(t, m, "ABCD-EFGH", "1234")
	s["answer"], _ = update(t, asked, checkedMsg{found: progress{state: repair.StateWaitApproval, promised: promised}})
	return s
}

// TestEveryPairReadsInBothPalettesAndProfiles: every foreground on every
// background the kiosk draws — the buttons' big digits, the ticket's
// number, the waiting counts, the prompt, the help — has a contrast of
// 4.5:1, the digits 7:1, in both palettes and every colour profile.
func TestEveryPairReadsInBothPalettesAndProfiles(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			w, h := size[0], size[1]
			m, _ := update(t, newModel("zh", w, h), screentest.TerminalSays(dark))
			if m.c.Styles.Ground != common.NewStyles(dark).Ground || m.View().BackgroundColor != m.c.Styles.Ground {
				t.Fatalf("%s terminal: the kiosk kept the other palette", screentest.PaletteName(dark))
			}
			blocks := 0
			for name, s := range screens(t, m) {
				what := fmt.Sprintf("%s palette, %s, %d×%d", screentest.PaletteName(dark), name, w, h)
				blocks += screentest.Blocks(screentest.CheckContrast(t, what, s.View().Content, w, h, s.c.Styles.Text, s.c.Styles.Ground))
			}
			if blocks == 0 {
				t.Errorf("%s palette at %d×%d: no big digits checked", screentest.PaletteName(dark), w, h)
			}
		}
	}
}

// TestGoldenColours: the kiosk with its colours, in both palettes and
// languages: the choice and a ticket.
func TestGoldenColours(t *testing.T) {
	for _, dark := range []bool{false, true} {
		for _, lang := range []string{"zh", "en"} {
			for _, name := range []string{"choose", "ticket"} {
				t.Run(fmt.Sprintf("%s_%s_%s", screentest.PaletteName(dark), lang, name), func(t *testing.T) {
					m, _ := update(t, newModel(lang, 80, 24), screentest.TerminalSays(dark))
					golden.RequireEqual(t, []byte(screens(t, m)[name].View().Content))
				})
			}
		}
	}
}
