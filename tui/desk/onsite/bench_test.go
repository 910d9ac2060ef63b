package onsiteboard

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkOnsiteBoardKeystroke is one key on the board — Update and View
// — with 100 and 10,000 open requests: the lists and clocks are computed
// per read and minute, so a keystroke draws only the window's rows.
func BenchmarkOnsiteBoardKeystroke(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			st := newFake(now)
			engineers := []string{"张工", "李工", "王工"}
			// n requests over the last day, every tenth with a visit today.
			for i := range n {
				r := req(uint64(i+1), "08:30", fmt.Sprintf("客户%d", i), "")
				r.Received = now.Add(-time.Duration(i%1440) * time.Minute)
				r.Answered = r.Received
				if i%10 == 0 {
					start := at("09:00", 0).Add(time.Duration(i%8) * time.Hour)
					r = visitOf(r, engineers[i%3], "09:00", "10:00", 0)
					r.Visit.Start, r.Visit.End = start, start.Add(time.Hour)
				}
				st.reqs = append(st.reqs, r)
			}
			m := board("zh", st, 80, 24)
			keys := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m, _ = m.Update(keys[i%2])
				_ = m.View()
			}
		})
	}
}
