package cli

import (
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/demo"
	"frontdesk/owner/ownertest"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// BenchmarkExportBesideDesk1M: the owner of a copy of the benchmarks'
// million (see BenchmarkExport1M) serves two clients over its socket, as
// `frontdesk serve` serves a station: a desk that saves an intake every
// 50 ms, and `frontdesk export` of every order, ticket and event (CSV), a
// page per request. The desk saves alone for 3 s first, to compare with.
// It reports the saves during the export — p50, p99 and the longest, which
// DESIGN.md wants under 50 ms — and those alone. With fsync, as a station
// runs. Skipped when the database is not there.
//
//	go test -run '^$' -bench ExportBesideDesk1M -benchtime 1x -timeout 1h ./tui/cli
func BenchmarkExportBesideDesk1M(b *testing.B) {
	src := benchMillion(b)
	path := filepath.Join(b.TempDir(), "orders.db")
	copyFile(b, src, path)
	now := time.Date(2025, 6, 2, 9, 0, 0, 0, queue.DefaultConfig().Location) // where the history ends
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), Now: clock, Timeout: 5 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	connect := ownertest.Serve(b, st)
	desk, exporter := connect(), connect()
	intakes := deskIntakes(now)
	p, err := rpt.Span("2000-01-01", now.Format(time.DateOnly), now.Location())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		exportBesideDesk(b, desk, exporter, intakes, p, func() {
			mu.Lock()
			now = now.Add(time.Second)
			mu.Unlock()
		})
	}
}

// exportBesideDesk is one round: the desk saving alone for 3 s, then the
// export beside it, and the figures. (Written out in the b.Loop body itself,
// it crashes the Go 1.26.8 compiler's keep-alive pass for b.Loop bodies:
// "internal compiler error" at iter.Seq, on a cold build cache.)
func exportBesideDesk(b *testing.B, desk, exporter *client.Client, intakes []repair.Order, p rpt.Period, advance func()) {
	type save struct {
		end  time.Time
		took time.Duration
	}
	var saves []save
	stop, done := make(chan struct{}), make(chan error, 1)
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			case <-tick.C:
			}
			advance()
			start := time.Now()
			if _, err := desk.SaveIntake("desk", 1, intakes[i%len(intakes)]); err != nil {
				done <- err
				return
			}
			end := time.Now()
			saves = append(saves, save{end, end.Sub(start)})
		}
	}()
	time.Sleep(3 * time.Second)
	out := b.TempDir()
	begin := time.Now()
	err := Export(Env{Store: exporter, Text: i18n.New("zh"), Out: io.Discard}, p, ExportOptions{Format: "csv", Dir: out})
	end := time.Now()
	close(stop)
	if derr := <-done; derr != nil {
		b.Fatal(derr)
	}
	if err != nil {
		b.Fatal(err)
	}
	os.RemoveAll(out)
	var alone, during []time.Duration
	for _, s := range saves {
		switch {
		case s.end.Before(begin):
			alone = append(alone, s.took)
		case !s.end.Add(-s.took).After(end):
			during = append(during, s.took)
		}
	}
	if len(during) < 20 || len(alone) == 0 {
		b.Fatalf("the desk saved %d times alone and %d times during the export", len(alone), len(during))
	}
	b.ReportMetric(end.Sub(begin).Seconds(), "export-s")
	b.ReportMetric(float64(len(during)), "saves-during")
	ownertest.ReportMs(b, during, "during-")
	ownertest.ReportMs(b, alone, "alone-")
}

// deskIntakes are the intakes the bench's desk saves, taken from the demo.
// (A range over demo.Orders written in the benchmark itself, beside its
// b.Loop and goroutine, crashes the Go 1.26.8 compiler: "internal compiler
// error" at iter.Seq, on a cold build cache.)
func deskIntakes(now time.Time) []repair.Order {
	var intakes []repair.Order
	for o := range demo.Orders(demo.Options{Orders: 5000, Now: now, Seed: 2}) {
		intakes = append(intakes, repair.Order{Intake: o.Intake, Verdict: o.Verdict, Promised: o.Promised})
	}
	return intakes
}
