package display

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/q8"
)

// TestQ8_DemoDayShowsNumbersOnly: on the demo's busy morning, with its
// hundreds of orders in the same database, the queue display — loading,
// after its first read, lit by a new call made at a counter, and after the
// flash — shows none of the customers' names, phones, companies, dealers,
// serials or devices, nor the engineers' names, in either language, small
// or large.
func TestQ8_DemoDayShowsNumbersOnly(t *testing.T) {
	st := q8.DemoDay(t, fixed)
	secrets := q8.Secrets(t, st, q8.Orders(t, st))
	cfg := queue.DefaultConfig()
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {200, 60}} {
			what := fmt.Sprintf("%s %d×%d", lang, size[0], size[1])
			c := common.New(st, cfg, lang, true, func() time.Time { return fixed })
			m, _ := update(t, New(c, nil), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			q8.CheckNoSecret(t, "display", what+" loading", m.View().Content, secrets)

			m, _ = update(t, m, q8.ReadOf(t, m.Init()))
			call := m.live.Snap.Calls[0]
			if v := plain(m); !strings.Contains(v, call.Number) {
				t.Fatalf("%s: the call of %s is not on the display:\n%s", what, call.Number, v)
			}
			q8.CheckNoSecret(t, "display", what+" first read", m.View().Content, secrets)

			// A counter finishes its customer and calls the next: the
			// display reads again on the change and lights the call.
			called := false
			for _, k := range cfg.Counters {
				if _, err := st.FinishAndCallNext(k.Number, "demo"); err == nil {
					called = true
					break
				}
			}
			if !called {
				t.Fatalf("%s: no counter could call a ticket", what)
			}
			rev, err := st.Rev()
			if err != nil {
				t.Fatal(err)
			}
			m, cmd := update(t, m, common.ChangedMsg{Rev: rev})
			m, _ = update(t, m, q8.ReadOf(t, cmd))
			if !m.lit {
				t.Fatalf("%s: the new call is not lit", what)
			}
			q8.CheckNoSecret(t, "display", what+" new call", m.View().Content, secrets)

			m, _ = update(t, m, flashOffMsg{seq: m.flash})
			q8.CheckNoSecret(t, "display", what+" after the flash", m.View().Content, secrets)
		}
	}
}
