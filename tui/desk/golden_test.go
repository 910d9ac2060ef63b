package desk

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// The golden screens of the desk, each reached by the keys an engineer
// presses, through the root and the screens' packages as they run.

func TestGoldenDesk(t *testing.T) {
	s := desktest.MorningStation(t)
	board := parts.ReadBoard(s.St, 0)()
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := newDesk(t, lang, size[0], size[1], morning())
				m = send(m, board)
				v := m.View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

func TestGoldenSetup(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := New(desktest.Common(lang), nil, Options{Desk: testDesk})
			m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
			v := m.View().Content
			checkFits(t, v, 80, 24)
			golden.RequireEqual(t, []byte(ansi.Strip(v)))
		})
	}
}

func TestGoldenBoard(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := drive(stationDesk(s, lang, size[0], size[1]), press("o", "down", "down", "down")...)
				v := m.View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// atIntake is a desk at counter 3 whose called A ticket has its intake open.
func atIntake(t testing.TB, lang string, w, h int) Model {
	t.Helper()
	m := drive(newDesk(t, lang, w, h, morning()), press("i")...)
	if m.screen != screenIntake {
		t.Fatalf("intake did not open: %s", plain(m))
	}
	return m
}

func TestGoldenIntake(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, step := range desktest.IntakeSteps() {
			t.Run(lang+"_"+step.Name, func(t *testing.T) {
				m := drive(atIntake(t, lang, 80, 24), press(step.Keys...)...)
				v := m.View().Content
				checkFits(t, v, 80, 24)
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// atOrder is a desk showing one order of the station, opened from the board.
func atOrder(t *testing.T, s *desktest.Station, lang string, w, h int, number string) Model {
	t.Helper()
	m := stationDesk(s, lang, w, h)
	m = run(m, m.openOrder(s.IDs[number], screenBoard))
	if m.screen != screenOrder || !strings.Contains(plain(m), number) {
		t.Fatalf("%s not shown: %s", number, plain(m))
	}
	return m
}

func TestGoldenOrder(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				v := atOrder(t, s, lang, size[0], size[1], "R2611180001").View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// TestGoldenOrderMove is the state picker as it opens.
func TestGoldenOrderMove(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := atOrder(t, s, lang, 80, 24, "R2611200001")
			v := drive(m, press("s")...).View().Content
			checkFits(t, v, 80, 24)
			golden.RequireEqual(t, []byte(ansi.Strip(v)))
		})
	}
}

// readyOrder is the morning station's order ready and not yet told.
const readyOrder = "R2611210001"

// space is the spacebar.
var space = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}

// calledB takes a pickup ticket at the kiosk and calls it to counter 3.
func calledB(t testing.TB, s *desktest.Station) {
	t.Helper()
	pickupType := s.St.Config().PickupType
	if _, _, err := s.St.Take(pickupType, false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	if tk, err := s.St.CallNext(3, "张工"); err != nil || tk.Type != pickupType {
		t.Fatalf("called %+v: %v", tk, err)
	}
}

// atPickup is a desk at counter 3 of the station, a pickup ticket called,
// the pickup open at the claim code.
func atPickup(t *testing.T, s *desktest.Station, lang string, w, h int) Model {
	t.Helper()
	calledB(t, s)
	m := drive(stationDesk(s, lang, w, h), press("g")...)
	if m.screen != screenPickup {
		t.Fatalf("the pickup did not open: %s", plain(m))
	}
	return m
}

// claimKeys type a claim code and the phone's last 4 digits, each then enter.
func claimKeys(code, last4 string) []tea.Msg { return press(code, "enter", last4, "enter") }

// slipCode is the claim code of an order as a customer might type it from
// the slip: lower case, with the dash.
func slipCode(number string) string {
	return strings.ToLower(repair.FormatClaim(desktest.ClaimOf(number)))
}

// inspecting is the pickup of readyOrder at the first item of round 1.
func inspecting(t *testing.T, s *desktest.Station, lang string, w, h int) Model {
	t.Helper()
	m := drive(atPickup(t, s, lang, w, h), claimKeys(slipCode(readyOrder), "2222")...)
	return drive(m, press("hp66cm21", "enter")...)
}

func TestGoldenPickup(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, step := range []struct {
			name string
			at   func(t *testing.T, s *desktest.Station) Model
		}{
			{"claim", func(t *testing.T, s *desktest.Station) Model {
				return drive(atPickup(t, s, lang, 80, 24), press("gd7k-")...)
			}},
			{"inspection", func(t *testing.T, s *desktest.Station) Model {
				// Mid-round 1: three passed, the cursor moved on, two not applicable.
				msgs := append([]tea.Msg{space}, press("enter")...)
				msgs = append(append(msgs, space), press("down", "n", "n")...)
				return drive(inspecting(t, s, lang, 80, 24), msgs...)
			}},
			{"explanation", func(t *testing.T, s *desktest.Station) Model {
				return drive(inspecting(t, s, lang, 80, 24), press("a", "a")...)
			}},
		} {
			t.Run(lang+"_"+step.name, func(t *testing.T) {
				v := step.at(t, desktest.MorningStation(t)).View().Content
				checkFits(t, v, 80, 24)
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}
