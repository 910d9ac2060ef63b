package desk

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/demo"
	"frontdesk/internal/benchdb"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// BenchmarkBoardKeystroke is one key on the board screen (↓, then ↑),
// Update and View, as the engineer feels it, on databases of 10,000 and a
// million orders of which a thousand are open: the board holds the open
// orders' heads only, so history must not make it slower.
func BenchmarkBoardKeystroke(b *testing.B) {
	// One database of each size for all the rounds of b.N, removed when
	// the benchmark ends: a copy of the million is 4 GB.
	dir, desks := b.TempDir(), map[int]Model{}
	for _, n := range []int{10_000, 1_000_000} {
		b.Run(fmt.Sprintf("orders=%d", n), func(b *testing.B) {
			m, ok := desks[n]
			if !ok {
				m = benchDesk(b, filepath.Join(dir, fmt.Sprintf("%d.db", n)), n)
				desks[n] = m
			}
			keys := press("down", "up")
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m.Update(keys[i%2]) // on its pointer, as the program does
				_ = m.View()
			}
		})
	}
}

// benchNow is the day the store's benchmark databases end on; the desk's
// clock stands there so that their open orders are as recent as at a
// station.
var benchNow = time.Date(2025, 6, 2, 9, 0, 0, 0, queue.DefaultConfig().Location)

// benchDesk is a desk on the board screen of a database of n orders at
// path, 1,000 of them open: 10,000 generated here with package demo, a
// million copied from the file the store's benchmarks keep, with its two
// million tickets (skipped when it is not there: scripts/bench.sh, or
// go test -run '^$' -bench 'SaveIntake1M' ./store, makes it).
func benchDesk(b *testing.B, path string, n int) Model {
	b.Helper()
	if n == 10_000 {
		st := openBench(b, path)
		var batch []repair.Order
		for o := range demo.Orders(demo.Options{Orders: n, Open: 1000, Now: benchNow, Loc: benchNow.Location(), Seed: 7}) {
			batch = append(batch, o)
		}
		if err := st.BulkOrders(batch); err != nil {
			b.Fatal(err)
		}
		st.Close() // the desk's store below holds the file
	} else {
		size, err := benchdb.OfOrders(n)
		if err != nil {
			b.Fatal(err)
		}
		src := size.Path(store.SchemaVersion())
		if _, err := os.Stat(src); err != nil {
			b.Skipf("no cached database of %d orders: %v", n, err)
		}
		// A hot copy through the store: the cached file is only read.
		cached := openBench(b, src)
		_, err = cached.Backup(path)
		cached.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	c := common.New(openBench(b, path), queue.DefaultConfig(), "zh", true, func() time.Time { return benchNow })
	c.Repair, c.Station = repair.DefaultConfig(), config.Default().Station
	m := New(c, nil, Options{Desk: testDesk, Counter: 3, Engineer: "张工"})
	m = send(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = send(m, parts.ReadBoard(c.Store, 0)()) // at once, however long a first read of a big file takes
	m = send(m, press("o")...)
	if want := 1000; len(m.board.Data().Rows) != want {
		b.Logf("the board shows %d open orders, want %d", len(m.board.Data().Rows), want)
	}
	return m
}

func openBench(b *testing.B, path string) *store.Store {
	st, err := store.Open(store.Options{
		Path: path, Queue: queue.DefaultConfig(), NoSync: true,
		Now: func() time.Time { return benchNow },
	})
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkIntakeKeystroke is one typed character in the intake, Update and
// View, as the engineer feels it.
func BenchmarkIntakeKeystroke(b *testing.B) {
	m := atIntake(b, "zh", 80, 24)
	m = drive(m, press(desktest.IntakeCustomer...)...)
	m = drive(m, press("enter")...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// Every round types into the same desk, as before Update took its
		// pointer: the copy is what the value receiver made.
		c := m
		c.Update(tea.KeyPressMsg{Code: 'A', Text: "A"})
		_ = c.View()
	}
}
