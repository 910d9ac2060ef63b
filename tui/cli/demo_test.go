package cli

import (
	"io"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/queue"
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
