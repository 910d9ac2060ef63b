package onsiteboard

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/internal/screentest"
)

// sizes are the goldens' terminals: the smallest the desk supports, and a
// large one.
var sizes = [][2]int{{80, 24}, {120, 40}}

// TestGoldenOnsiteBoard is the board on a realistic Monday morning.
func TestGoldenOnsiteBoard(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				v := board(lang, newFake(now, day()...), size[0], size[1]).View()
				screentest.CheckFits(t, "the on-site board", v, size[0], size[1])
				golden.RequireEqual(t, []byte(desktest.Plain(v)))
			})
		}
	}
}

// TestGoldenOnsiteRequest is the request rescheduled after a clash, with
// its timeline, opened from the board.
func TestGoldenOnsiteRequest(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range sizes {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := board(lang, newFake(now, day()...), size[0], size[1])
				m = desktest.Drive(m, desktest.Press("down", "down", "down", "enter")...)
				if m.detail == nil || m.detail.r.ID != 4 {
					t.Fatalf("request 4 not opened")
				}
				v := m.View()
				screentest.CheckFits(t, "the on-site request", v, size[0], size[1])
				golden.RequireEqual(t, []byte(desktest.Plain(v)))
			})
		}
	}
}
