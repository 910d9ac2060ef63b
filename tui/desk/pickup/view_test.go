package pickup

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// TestViewMatchesTheDeskGoldens: the screen draws, byte for byte, what the
// desk's golden files of the pickup hold (tui/desk's TestGoldenPickup
// makes them with the whole desk around the screen).
func TestViewMatchesTheDeskGoldens(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, step := range []struct {
			name string
			at   func(t *testing.T, s *desktest.Station) desk
		}{
			{"claim", func(t *testing.T, s *desktest.Station) desk {
				return drive(atPickup(t, s, lang, 80, 24), press("gd7k-")...)
			}},
			{"inspection", func(t *testing.T, s *desktest.Station) desk {
				// Mid-round 1: three passed, the cursor moved on, two not applicable.
				msgs := append([]tea.Msg{space}, press("enter")...)
				msgs = append(append(msgs, space), press("down", "n", "n")...)
				return drive(inspecting(t, s, lang, 80, 24), msgs...)
			}},
			{"explanation", func(t *testing.T, s *desktest.Station) desk { return explaining(t, s, lang, 80, 24) }},
		} {
			t.Run(lang+"_"+step.name, func(t *testing.T) {
				want, err := os.ReadFile(filepath.Join("..", "testdata", "TestGoldenPickup", lang+"_"+step.name+".golden"))
				if err != nil {
					t.Skip("the desk's golden file is gone:", err)
				}
				v := step.at(t, desktest.MorningStation(t)).M.View()
				screentest.CheckFits(t, "the view", v, 80, 24)
				if got := ansi.Strip(v); got != string(want) {
					t.Errorf("the view differs from the desk's golden file:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}

// TestEveryStepFits: each step of the pickup, in both languages, fits the
// smallest terminal the desk draws for and a usual one.
func TestEveryStepFits(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {40, 12}} {
			w, h := size[0], size[1]
			s := desktest.MorningStation(t)
			d := inspecting(t, s, lang, w, h)
			check := func(what string) {
				t.Helper()
				screentest.CheckFits(t, lang+" "+what, d.M.View(), w, h)
			}
			check("inspection")
			d = drive(d, press("f")...)
			check("fail note")
			d = drive(d, press("x", "enter")...)
			check("fail confirm")
			d = drive(d, press("n", "a", "a")...)
			check("explanation")
			d = drive(d, press("enter")...)
			check("return")
			d = drive(d, space, space, press("enter")[0])
			check("sign")
			d = drive(d, press("esc")...)
			check("abandon?")
			d = drive(d, press("n", "enter")...)
			check("done")
			if d.M.stage != stageDone {
				t.Fatalf("%s %dx%d: not done: %s", lang, w, h, d.Status())
			}
		}
	}
}

// TestQ8_HostileOrderOnThePickup: the words of a damaged or hostile
// database reach the pickup's screens inert.
func TestQ8_HostileOrderOnThePickup(t *testing.T) {
	s := desktest.NewStation(t)
	bad := "王\x1b[31m工\x1b[0m" // tui/desk's desktest.HostileNames[0]
	o := s.Order(desktest.Brought{
		Number: "R2611220001", Received: "2026-11-22 09:00", Promised: "2026-11-22 10:00",
		Name: "客户", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "X1", Serial: "PF2XK9A1", Fault: "坏了",
	})
	o.State, o.Result = repair.StateReady, repair.Result{Cause: bad, Work: bad, Parts: bad, Advice: bad}
	o.Intake.Brand, o.Intake.Model, o.Intake.Extras, o.Intake.ExtrasLeft = bad, bad, bad, true
	s.Store(o)
	d := drive(atPickup(t, s, "zh", 80, 24), claimKeys(slipCode("R2611220001"), "8000")...)
	desktest.CheckInert(t, "tag", d.M.View())
	d = drive(d, press("PF2XK9A1", "enter", "a", "a")...)
	desktest.CheckInert(t, "explain", d.M.View())
	d = drive(d, press("enter")...)
	desktest.CheckInert(t, "return", d.M.View())
}
