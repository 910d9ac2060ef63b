package rate

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// The store's Ratings are the pad's Rater: the pad takes them from the
// store the screens get.
var _ Rater = store.Station(nil)

// TestC1_PadOnARealStore: counter 3 finishes A001 on a real database;
// counter 3's pad — rating through the store the screens get — asks about
// it with its number and counter, never the engineer; 5 is stored as the
// pad's rating of that ticket's service; the pad is quiet afterwards and
// asks no more, and counter 1's pad never asked.
func TestC1_PadOnARealStore(t *testing.T) {
	clk := &clock{fixed}
	cfg := queue.DefaultConfig()
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "fd.db"), Queue: cfg, Now: clk.Now, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tk, _, err := st.Take("A", false, "kiosk")
	if err != nil {
		t.Fatal(err)
	}
	must := func(_ queue.Ticket, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SignIn(3, "张三丰"); err != nil {
		t.Fatal(err)
	}
	must(st.CallNext(3, "张三丰"))
	must(st.Start(3, "张三丰"))
	must(st.Finish(3, "张三丰"))

	onStore := func(counter int) Model {
		c := common.New(st, cfg, "zh", true, clk.Now)
		m, _ := update(t, New(c, nil, Options{Counter: counter}), tea.WindowSizeMsg{Width: 80, Height: 24})
		return ask(t, m)
	}
	if other := onStore(1); other.mode != quiet {
		t.Fatalf("counter 1's pad asks about counter 3's service:\n%s", plain(other))
	}
	m := onStore(3)
	v := plain(m)
	if m.mode != asking || !strings.Contains(v, tk.Number+" · 3号接待台") || strings.Contains(v, "张三丰") {
		t.Fatalf("counter 3's pad after the finish (mode %d):\n%s", m.mode, v)
	}
	m, cmd := update(t, m, press("5"))
	if m = run(t, m, cmd); m.mode != thanked {
		t.Fatalf("the store did not take the rating:\n%s", plain(m))
	}
	var got []care.Rating
	err = st.RatingsBetween(fixed.Add(-time.Hour), fixed.Add(time.Hour), func(rs []care.Rating) error {
		got = append(got, rs...)
		return nil
	})
	if err != nil || len(got) != 1 || got[0].Score != 5 || got[0].Channel != care.AtPad || got[0].Service.Ticket != tk.Number {
		t.Fatalf("stored %+v, %v; want A001's 5 at the pad", got, err)
	}
	m, cmd = update(t, m, quietMsg{m.timer})
	if m = run(t, m, cmd); m.mode != quiet {
		t.Fatal("the pad is not quiet after the thanks")
	}
	if m = ask(t, m); m.mode != quiet {
		t.Fatalf("the rated service is asked again:\n%s", plain(m))
	}
}
