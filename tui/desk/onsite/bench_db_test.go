package onsiteboard

import (
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/internal/benchdb"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// BenchmarkOnsiteBoardKeystroke1M is BenchmarkOnsiteBoardKeystroke on the
// store's benchmark database (a million orders, two million tickets and
// 200,000 on-site requests, one in a hundred open: store's
// orders_bench_test.go makes it; skipped when it is not there), with the
// desk's clock where its history ends. "read" is what the board does on
// every change: the open requests and the engineers read from the store
// (Reload), and the answer taken in; "keystroke" one key, Update and View,
// on the board so read, as with the fake store.
//
//	go test -run '^$' -bench OnsiteBoardKeystroke -count 3 ./tui/desk/onsite
func BenchmarkOnsiteBoardKeystroke1M(b *testing.B) {
	st := openBenchDB(b)
	m, cmd := New(benchCommon(st), parts.Session{Counter: 3, Engineer: "刘调度"})
	m.SetSize(80, 24)
	m = desktest.Run(m, cmd)
	open := len(m.reqs)
	if open == 0 {
		b.Fatal("no open request on the board")
	}
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			m = desktest.Run(m, m.Reload())
		}
		b.ReportMetric(float64(len(m.reqs)), "open")
	})
	b.Run("keystroke", func(b *testing.B) {
		keys := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
		for i := 0; b.Loop(); i++ {
			m, _ = m.Update(keys[i%2])
			_ = m.View()
		}
		b.ReportMetric(float64(open), "open")
	})
}

// benchNow is where the benchmark database's history ends (store's
// benchNow): its open requests are as recent as at a station.
var benchNow = time.Date(2025, 6, 2, 9, 0, 0, 0, queue.DefaultConfig().Location)

// openBenchDB opens the cached benchmark database of FRONTDESK_BENCH_ORDERS
// orders (default a million) in FRONTDESK_BENCH_DIR, named as the store's
// benchmarks name it, on the desk's clock; it is only read.
func openBenchDB(b *testing.B) *store.Store {
	size, err := benchdb.FromEnv()
	if err != nil {
		b.Fatal(err)
	}
	path := size.Path(store.SchemaVersion())
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no cached benchmark database: %v (go test -run '^$' -bench RequestsByPhone1M ./store makes it)", err)
	}
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), NoSync: true,
		Now: func() time.Time { return benchNow }})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// benchCommon is the desk's common on st at benchNow.
func benchCommon(st *store.Store) common.Common {
	c := desktest.Common("zh")
	c.Now = func() time.Time { return benchNow }
	c.Onsite, c.Repair = onsite.DefaultConfig(), repair.DefaultConfig()
	c.Store = st
	return c
}
