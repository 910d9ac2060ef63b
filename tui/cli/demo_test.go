package cli

import (
	"io"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// The demo run soon after the station's midnight plays a shorter morning,
// of today only: a morning begun the evening before would have its tickets
// closed by the first write after midnight (Q11), and the demo would fail.
func TestDemoSoonAfterMidnight(t *testing.T) {
	cfg := queue.DefaultConfig()
	for _, now := range []time.Time{
		time.Date(2026, 12, 5, 16, 20, 0, 0, time.UTC), // 00:20 in Shanghai
		time.Date(2026, 12, 5, 16, 0, 0, 0, time.UTC),  // midnight itself
		time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC),   // noon: the whole morning
	} {
		var played Clock
		st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: cfg,
			Now: func() time.Time { return played.Or(now) }, NoSync: true, Timeout: time.Second})
		if err != nil {
			t.Fatal(err)
		}
		if err := Demo(Env{Store: st, Text: i18n.New("zh"), Out: io.Discard}, now, 0, played.Set); err != nil {
			t.Fatalf("demo at %s: %v", now.In(time.FixedZone("CST", 8*3600)).Format(time.TimeOnly), err)
		}
		snap, err := st.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range snap.Tickets {
			if tk.Day != cfg.Day(now) {
				t.Errorf("demo at %s: ticket %s of %s", now, tk.Number, tk.Day)
			}
		}
		st.Close()
	}
}

// TestTheDemoStationHasOpenOrdersAndFewLateRepairs: demo --orders 2000,
// read back from the store, is a station to practise on: a workshop's
// share of its orders open, in every open state of O1 (received,
// diagnosing, waiting for parts, repairing, ready for pickup among them),
// and about one repair in ten late against its promise (O2) — made ready
// after the promised time, or still in work past it — the rest on time.
// Its morning of tickets is there too.
func TestTheDemoStationHasOpenOrdersAndFewLateRepairs(t *testing.T) {
	now := time.Date(2026, 12, 5, 4, 0, 0, 0, time.UTC) // noon in Shanghai
	var played Clock
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: queue.DefaultConfig(),
		Now: func() time.Time { return played.Or(now) }, NoSync: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := Demo(Env{Store: st, Text: i18n.New("zh"), Out: io.Discard}, now, 2000, played.Set); err != nil {
		t.Fatal(err)
	}
	var orders []repair.Order
	if err := st.OrdersReceived(time.Time{}, now, func(page []repair.Order) error {
		for _, o := range page {
			if o.Request == "" { // not the on-site day's carry-in (S10)
				orders = append(orders, o)
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(orders) != 2000 {
		t.Fatalf("%d orders read back, want 2000", len(orders))
	}
	open := map[repair.State]int{}
	repairs, late := 0, 0
	for _, o := range orders {
		if !o.State.Final() {
			open[o.State]++
		}
		var ready time.Time
		for _, s := range o.History {
			if s.Kind == repair.StepState && s.To == repair.StateReady {
				ready = s.At
				break
			}
		}
		working := !o.State.Final() && ready.IsZero()
		if ready.IsZero() && !working {
			continue // cancelled or returned unrepaired: not a repair
		}
		repairs++
		if ready.After(o.Promised) || working && o.Promised.Before(now) {
			late++
		}
	}
	total := 0
	for _, n := range open {
		total += n
	}
	if total < 30 || total > 200 {
		t.Errorf("%d of 2000 orders open, want a workshop's share (30–200): %v", total, open)
	}
	for _, s := range []repair.State{repair.StateReceived, repair.StateDiagnosing, repair.StateWaitParts,
		repair.StateRepairing, repair.StateReady} {
		if open[s] < 2 {
			t.Errorf("%d open orders %s, want some: %v", open[s], s, open)
		}
	}
	if share := float64(late) / float64(repairs); share < 0.05 || share > 0.15 {
		t.Errorf("%d of %d repairs late (%.0f %%), want 5–15 %%", late, repairs, 100*share)
	}
	t.Logf("open %d %v; late %d of %d repairs", total, open, late, repairs)
	snap, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Tickets) < 20 {
		t.Errorf("the demo's morning has %d tickets", len(snap.Tickets))
	}
}
