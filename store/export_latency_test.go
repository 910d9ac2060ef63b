package store

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
)

// exportOrders is how many orders TestExportKeepsDeskUnder50ms exports:
// 200,000 by default (about 880 MB, generated once by package demo and
// cached with the benchmarks' databases, see benchDB),
// FRONTDESK_EXPORT_ORDERS=1000000 for the benchmarks' million.
func exportOrders(t *testing.T) int { return envCount(t, "FRONTDESK_EXPORT_ORDERS", 200_000) }

// maxSaveDuringExport is DESIGN.md's "a few tens of milliseconds": the
// longest a desk's save may take while an export reads the whole file.
const maxSaveDuringExport = 50 * time.Millisecond

// TestExportKeepsDeskUnder50ms: a desk in another process saves intakes
// one after another while this process reads every order, event and
// ticket of a large generated database through the period readers and
// writes them out as CSV. No save made during the export waits 50 ms or
// more for the file, which is what the export's pages decide; and 99 in
// 100 of those saves take less than 50 ms in all. The whole of a save also
// holds the processor's and the disk's own stalls, which no reader
// decides: on this 2-core VM with other work running, one save in some
// thousands took 59 ms where its wait for the file was under 17 ms, so
// the longest is reported rather than held to 50 ms. The desk saves for
// two seconds before the export as well, for the figures to compare with. It runs twice: as a program that opens the file
// for every operation and saves back to back, and lingering as the desk
// does (Options.Linger), saving every lingerGap.
//
// The desk commits without fsync unless FRONTDESK_EXPORT_FSYNC is set:
// what is tested is what the export does to a desk — the waits for the
// file, and the memory and processor they share — and on the small VM this
// was written on fsync alone, with no export running, now and then stalls
// for several hundred milliseconds (a shared disk), which no reader can
// help or make worse.
func TestExportKeepsDeskUnder50ms(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and reads a large database")
	}
	n := exportOrders(t)
	path := workCopy(t, benchDB(t, n)) // the desk writes to it
	for _, desk := range []string{"closing", "lingering"} {
		t.Run(desk, func(t *testing.T) { exportBesideDesk(t, path, n, desk == "lingering") })
	}
}

func exportBesideDesk(t *testing.T, path string, n int, linger bool) {
	var env []string
	if os.Getenv("FRONTDESK_EXPORT_FSYNC") == "" {
		env = append(env, "FRONTDESK_NOSYNC=1")
	}
	if linger {
		env = append(env, "FRONTDESK_LINGER=1")
	}
	desk, stderr := helper(t, "save-timed", path, env...)
	in, err := desk.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	desk.Stdout = &out
	if err := desk.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Second) // the desk alone

	begin := time.Now()
	rows, size, err := exportAll(path)
	end := time.Now()
	in.Close()
	if werr := desk.Wait(); werr != nil {
		t.Fatalf("desk: %v\n%s", werr, stderr)
	}
	if err != nil {
		t.Fatal(err)
	}
	if rows < n {
		t.Fatalf("exported %d rows, want at least the %d orders", rows, n)
	}

	var alone, during, waits []time.Duration
	for _, f := range lines(out.Bytes()) {
		done, _ := strconv.ParseInt(f[1], 10, 64)
		us, _ := strconv.Atoi(f[2])
		waitUS, _ := strconv.Atoi(f[3])
		took := time.Duration(us) * time.Microsecond
		switch at := time.Unix(0, done); {
		case at.Before(begin):
			alone = append(alone, took)
		case !at.Add(-took).After(end):
			during = append(during, took)
			waits = append(waits, time.Duration(waitUS)*time.Microsecond)
		}
	}
	if len(during) < 20 || len(alone) == 0 {
		t.Fatalf("the desk saved %d times alone and %d times during the export", len(alone), len(during))
	}
	t.Logf("export of %d orders (%d rows, %.0f MB of CSV) in %v", n, rows, float64(size)/1e6, end.Sub(begin).Round(time.Millisecond))
	t.Logf("saves of the desk alone: %s", spread(alone))
	t.Logf("saves during the export: %s", spread(during))
	t.Logf("their waits for the file: %s", spread(waits))
	if longest := slices.Max(waits); longest >= maxSaveDuringExport {
		t.Errorf("a save waited %v for the file during the export, want under %v", longest, maxSaveDuringExport)
	}
	if p99 := percentile(during, 0.99); p99 >= maxSaveDuringExport {
		t.Errorf("the 99th percentile of the saves during the export is %v, want under %v", p99, maxSaveDuringExport)
	}
}

// exportAll reads the whole database at path through the period readers
// and writes a CSV line per record to nowhere, as an export does; it
// returns the lines and their bytes.
func exportAll(path string) (rows, size int, err error) {
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig()})
	if err != nil {
		return 0, 0, err
	}
	w := csv.NewWriter(countWriter{&size})
	always := benchNow.AddDate(10, 0, 0)
	err = s.OrdersReceived(time.Time{}, always, func(os []repair.Order) error {
		for _, o := range os {
			rows++
			w.Write([]string{
				o.Number, string(o.State), o.Received.Format(time.DateTime), o.Intake.Name, o.Intake.Phone,
				o.Intake.Brand, o.Intake.Model, o.Intake.Serial, o.Intake.Fault, o.Result.Cause, o.Result.Work,
			})
		}
		return nil
	})
	if err == nil {
		err = s.EventsBetween(time.Time{}, always, func(es []Event) error {
			for _, e := range es {
				rows++
				w.Write([]string{e.At.Format(time.DateTime), e.Kind, e.Who, e.Order, e.Detail})
			}
			return nil
		})
	}
	if err == nil {
		err = s.TicketsOfDays("2000-01-01", "2100-01-01", func(ts []queue.Ticket) error {
			for _, tk := range ts {
				rows++
				w.Write([]string{tk.Number, tk.Day, string(tk.State)})
			}
			return nil
		})
	}
	w.Flush()
	return rows, size, err
}

// spread is how many durations, and their median, 99th percentile and
// longest (nearest rank).
func spread(ds []time.Duration) string {
	return fmt.Sprintf("%d, p50 %v, p99 %v, max %v", len(ds), percentile(ds, 0.5), percentile(ds, 0.99), slices.Max(ds))
}

// percentile is the nearest-rank q-th of ds (0 < q ≤ 1).
func percentile(ds []time.Duration, q float64) time.Duration {
	ds = slices.Sorted(slices.Values(ds))
	return ds[int(math.Ceil(q*float64(len(ds))))-1]
}

// lingerGap is the time between two saves of the lingering desk. Saving
// back to back, a lingering store seldom lets a reader in: it lets go when
// knocked, and its next save takes the file again before the woken reader
// does, which knocked only once (store/linger.go); the reader waits for
// its whole timeout and tries again (lockedRetries). A desk is typed into,
// and 50 ms is faster than anyone types.
const lingerGap = 50 * time.Millisecond

// playSaveTimed saves intakes at counter 1 one after another, each a new
// device, until its stdin closes, and reports "save <unix ns when it
// returned> <µs it took> <µs of that it waited for the file>" for each;
// with FRONTDESK_LINGER it lingers.
func playSaveTimed(s *Store, out *bufio.Writer) error {
	var gap time.Duration
	if os.Getenv("FRONTDESK_LINGER") != "" { // as the desk: see main.go's deskLinger
		opts := s.opts
		opts.Linger = 2 * time.Second
		var err error
		if s, err = Open(opts); err != nil {
			return err
		}
		gap = lingerGap
	}
	stop := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(stop)
	}()
	var waited atomic.Int64 // µs waited for the lock by the save under way
	lockWaited = func(_ bool, d time.Duration) { waited.Add(d.Microseconds()) }
	for i := 0; ; i++ {
		select {
		case <-stop:
			return nil
		default:
		}
		o := newOrder("客户", fmt.Sprintf("139%08d", i), fmt.Sprintf("LAT%06d", i))
		waited.Store(0)
		start := time.Now()
		if _, err := s.SaveIntake("desk", 1, o); err != nil {
			return err
		}
		done := time.Now()
		fmt.Fprintf(out, "save %d %d %d\n", done.UnixNano(), done.Sub(start).Microseconds(), waited.Load())
		time.Sleep(gap)
	}
}

// countWriter counts the bytes written to it.
type countWriter struct{ n *int }

func (c countWriter) Write(p []byte) (int, error) {
	*c.n += len(p)
	return len(p), nil
}
