package hotline

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/tui/internal/screentest"
)

// TestGoldenHotline is the screen empty, a known business customer's call
// with their orders and requests shown, and the request form, in both
// languages at 80×24 and 120×40.
func TestGoldenHotline(t *testing.T) {
	for _, screen := range []struct {
		name string
		keys []string
	}{
		{"empty", nil},
		{"known", []string{bizPhone, "enter", "打印机卡纸", "enter"}},
		{"form", []string{bizPhone, "enter", "打印机卡纸", "enter", "3", "1"}},
	} {
		for _, lang := range []string{"zh", "en"} {
			for _, size := range [][2]int{{80, 24}, {120, 40}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", screen.name, lang, size[0], size[1]), func(t *testing.T) {
					s, _ := station(t)
					d := drive(onStation(t, s, lang, size[0], size[1]), screen.keys...)
					v := d.View()
					screentest.CheckFits(t, screen.name, v, size[0], size[1])
					golden.RequireEqual(t, []byte(d.Plain()))
				})
			}
		}
	}
}
