package desk

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
)

// BenchmarkKeystrokeWhileScrubbing is BenchmarkBoardKeystroke (10,000
// orders) and BenchmarkIntakeKeystroke with the scrub reading the board's
// database the whole time at its default pace, passes back to back (the
// owner rests ten minutes between them: this is the worst case), and
// without it, in one run: benchstat -col /scrub compares them.
func BenchmarkKeystrokeWhileScrubbing(b *testing.B) {
	board := benchDesk(b, filepath.Join(b.TempDir(), "10000.db"), 10_000)
	st := board.c.Store.(*store.Store)
	intake := drive(atIntake(b, "zh", 80, 24), press(desktest.IntakeCustomer...)...)
	intake = drive(intake, press("enter")...)
	keys := press("down", "up")
	for _, scrub := range []string{"off", "on"} {
		b.Run("screen=board/scrub="+scrub, func(b *testing.B) {
			defer scrubbing(st, scrub == "on")()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				board.Update(keys[i%2])
				_ = board.View()
			}
		})
		b.Run("screen=intake/scrub="+scrub, func(b *testing.B) {
			defer scrubbing(st, scrub == "on")()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c := intake
				c.Update(tea.KeyPressMsg{Code: 'A', Text: "A"})
				_ = c.View()
			}
		})
	}
}

// scrubbing runs the scrub over st, pass after pass, until the returned
// stop is called (on: else nothing runs).
func scrubbing(st *store.Store, on bool) (stop func()) {
	if !on {
		return func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			_, _ = st.Scrub(ctx, store.DefaultScrubPace)
		}
	}()
	return func() { cancel(); wg.Wait() }
}
