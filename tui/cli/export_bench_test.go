package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/internal/benchdb"
	"frontdesk/queue"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// BenchmarkExport1M is `frontdesk export` of every order of the store
// benchmarks' cached database of a million (three years of orders with
// their whole history, and two million tickets with their events, 7.4 GB;
// scripts/bench.sh, or go test -run '^$' -bench SaveIntake1M ./store, makes
// it in $FRONTDESK_BENCH_DIR, default the temporary directory's
// frontdesk-bench), as CSV and as XLSX, on a copy of it. It
// reports the time of one export, MB/s of the files written and of the
// database read, and orders/s. Skipped when the database is not there.
//
//	go test -run '^$' -bench Export1M -benchtime 1x ./tui/cli
func BenchmarkExport1M(b *testing.B) {
	src := benchMillion(b)
	info, err := os.Stat(src)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "orders.db")
	copyFile(b, src, path)
	loc := queue.DefaultConfig().Location
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig()})
	if err != nil {
		b.Fatal(err)
	}
	p, err := rpt.Span("2000-01-01", "2025-06-02", loc) // the history ends on 2 June 2025
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"csv", "xlsx"} {
		b.Run(format, func(b *testing.B) {
			var orders int
			var written int64
			var took time.Duration
			for b.Loop() {
				out := b.TempDir()
				var said bytes.Buffer
				e := Env{Store: st, Text: i18n.New("zh"), Out: &said, JSON: true}
				start := time.Now()
				if err := Export(e, p, ExportOptions{Format: format, Dir: out}); err != nil {
					b.Fatal(err)
				}
				took += time.Since(start)
				var res struct{ Orders int }
				if err := json.Unmarshal(said.Bytes(), &res); err != nil {
					b.Fatal(err)
				}
				orders, written = res.Orders, dirSize(b, out)
				os.RemoveAll(out)
			}
			b.SetBytes(written)
			s := took.Seconds() / float64(b.N)
			b.ReportMetric(float64(written)/1e6, "file-MB")
			b.ReportMetric(float64(info.Size())/1e6/s, "db-MB/s")
			b.ReportMetric(float64(orders)/s, "orders/s")
		})
	}
}

func dirSize(b *testing.B, dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			b.Fatal(err)
		}
		n += info.Size()
	}
	return n
}

// benchMillion is the store benchmarks' cached database of a million
// orders — or of FRONTDESK_BENCH_ORDERS (and FRONTDESK_BENCH_TICKETS,
// default twice as many), as the store benchmarks make a smaller one for a
// quick check; the benchmark is skipped when it is not there.
func benchMillion(b *testing.B) string {
	size, err := benchdb.FromEnv()
	if err != nil {
		b.Fatal(err)
	}
	src := size.Path(store.SchemaVersion())
	if _, err := os.Stat(src); err != nil {
		b.Skipf("no cached database of a million orders: %v", err)
	}
	return src
}

// copyFile makes a hot copy of the database at src through a store that
// holds it for the copy alone: the cached file is only read.
func copyFile(b *testing.B, src, dst string) {
	cached, err := store.Open(store.Options{Path: src, Queue: queue.DefaultConfig()})
	if err != nil {
		b.Fatal(err)
	}
	defer cached.Close()
	if _, err := cached.Backup(dst); err != nil {
		b.Fatal(err)
	}
}
