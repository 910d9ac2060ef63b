package store

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/demo"
	"frontdesk/internal/benchdb"
	"frontdesk/queue"
	"frontdesk/repair"
)

// The benchmarks of a station's database after years of use. The database
// is generated once, by package demo (three years of orders with their
// whole history, the newest 1,000 of a million open, and the queue's
// tickets of the same years, two per order, with every event of their
// lives: bench_tickets_test.go), stored with BulkOrders and BulkTickets
// and compacted, and kept in $FRONTDESK_BENCH_DIR (default: the system's
// temporary directory, "frontdesk-bench") for the runs after, its name
// carrying the counts and the schema version; FRONTDESK_BENCH_ORDERS (and
// FRONTDESK_BENCH_TICKETS) make a smaller one for a quick check. A million
// orders take about 3½ minutes and 4.8 GB: an order with its history,
// pickup and visit is ~3.3 kB of JSON, and bbolt puts at least two values
// on a leaf, so each pair of orders takes two 4 kB pages; two million
// tickets with their 8.4 million events about 2 minutes and 2.6 GB more.
//
//	go test -run '^$' -bench 'SaveIntake1M|BareCommit' -benchtime 200x -count 3 ./store
//
// Where the time of an intake goes, beyond the bare commit (measured on a
// 2-core VM, on the 1,282 MB file of schema 2's orders without history): each commit writes ~28 pages scattered over the
// file (the order's path in a 4-deep tree, five index paths 3–4 deep, the
// day's counter, the log, root, freelist) against the bare commit's 3, and
// fdatasync there costs with the number of scattered pages; and each
// operation maps the file afresh (DESIGN.md: nobody keeps it open), so every
// page it reads is a page fault. BenchmarkSaveIntakeKeptOpen1M shows the
// first alone.

const benchBatch = 20_000 // orders per BulkOrders transaction while generating

// benchNow is where the generated history ends, 09:00 of a Monday: the
// orders were received over the three years before (package demo), the
// open ones are on the board now, and the benchmarks take their intakes
// from here on.
var benchNow = time.Date(2025, 6, 2, 9, 0, 0, 0, queue.DefaultConfig().Location)

func benchDir(b testing.TB) string {
	dir := benchdb.Dir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	return dir
}

func benchOrders(b testing.TB) int { return envCount(b, "FRONTDESK_BENCH_ORDERS", 1_000_000) }

// envCount is the positive number in the environment variable name, or
// def when it is not set (benchdb.Count).
func envCount(t testing.TB, name string, def int) int {
	n, err := benchdb.Count(name, def)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// benchDB returns the cached database of n orders, generating it first if
// it is not there.
func benchDB(b testing.TB, n int) string {
	size, err := benchdb.OfOrders(n)
	if err != nil {
		b.Fatal(err)
	}
	tickets, requests := size.Tickets, size.Requests
	benchDir(b)
	path := size.Path(schemaVersion)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".tmp"
	os.Remove(tmp)
	// NoSync while generating: a crash only means generating again.
	s, err := Open(Options{Path: tmp, Queue: queue.DefaultConfig(), NoSync: true, Now: benchLoadClock})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	batch := make([]repair.Order, 0, benchBatch)
	var bytes, i int
	onsite := benchRequestHistory(n, requests, 1)
	for o := range onsite.Orders(demo.Orders(benchHistory(n, 1))) {
		batch = append(batch, o)
		if i%1000 == 0 {
			raw, _ := json.Marshal(o)
			bytes += len(raw)
		}
		if i++; len(batch) == benchBatch || i == n {
			if err := s.BulkOrders(batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
			if i%100_000 < benchBatch || i == n {
				b.Logf("generated %d of %d orders in %v", i, n, time.Since(start).Round(time.Second))
			}
		}
	}
	b.Logf("an order is %d bytes of JSON on average", bytes/((n+999)/1000))
	benchTickets(b, s, tickets)
	benchRequests(b, s, onsite)
	logHeld(b, s)
	// As the demo or an import must: the batches' rewritten pages would
	// otherwise stay on the freelist, read and written by every operation.
	info, err := s.Compact()
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("compacted in %v", info.Took.Round(time.Millisecond))
	if err := s.Close(); err != nil { // let go of it before it is renamed into the cache
		b.Fatal(err)
	}
	if err := syncFile(tmp); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// benchHistory is the history of n orders that ends at benchNow, the
// newest of them open (one in a thousand: 1,000 of a million).
func benchHistory(n int, seed uint64) demo.Options {
	return demo.Options{Orders: n, Now: benchNow, Loc: benchNow.Location(), Seed: seed}
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// workCopy returns the database the benchmarks of one process write to: a
// copy of the cached database src beside it, "work-" and its name, made and
// synced once per process, so that every -count starts from (nearly) the
// same file on the same disk and the copy's own writing is in no commit's
// fsync. It is left there for the next run to overwrite.
func workCopy(b testing.TB, src string) string {
	workMu.Lock()
	defer workMu.Unlock()
	if work[src] != "" {
		return work[src]
	}
	dst := filepath.Join(filepath.Dir(src), "work-"+filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Sync(); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
	work[src] = dst
	return dst
}

var (
	workMu sync.Mutex
	work   = map[string]string{}
)

// logFile reports the size of a database no store holds and its free pages.
func logFile(b testing.TB, path string) {
	// Read-write, as only then bbolt reads the freelist; nothing is written.
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	logDB(b, db)
}

// logHeld is logFile of the database s holds, read through its handle.
func logHeld(b testing.TB, s *Store) {
	s.gate.RLock()
	defer s.gate.RUnlock()
	if s.db == nil {
		b.Fatal("the store does not hold its file")
	}
	logDB(b, s.db)
}

func logDB(b testing.TB, db *bolt.DB) {
	info, err := os.Stat(db.Path())
	if err != nil {
		b.Fatal(err)
	}
	var orders int
	db.View(func(tx *bolt.Tx) error {
		orders = tx.Bucket(bucketOrders).Stats().KeyN
		return nil
	})
	st := db.Stats()
	b.Logf("%s: %d orders, %.1f MB, %d free pages (%d pending)", filepath.Base(db.Path()), orders,
		float64(info.Size())/1e6, st.FreePageN, st.PendingPageN)
}

// intakeRun is what the intakes of one process go on with across -count
// runs: the clock, from 09:00 of the day after the generated orders and one
// second per intake, so that order numbers go on too; and new intakes, made
// before the timer runs, each saved once (a pool of 10,000; a longer run
// takes devices in again, which is realistic too).
type intakeRun struct {
	clock *clock
	pool  []repair.Order
	next  int
}

func (r *intakeRun) order() repair.Order {
	o := r.pool[r.next%len(r.pool)]
	r.next++
	return o
}

var (
	intakeRunsMu sync.Mutex
	intakeRuns   = map[int]*intakeRun{}
)

func intakesAfter(n int) *intakeRun {
	intakeRunsMu.Lock()
	defer intakeRunsMu.Unlock()
	if r := intakeRuns[n]; r != nil {
		return r
	}
	r := &intakeRun{clock: &clock{t: benchNow}}
	for o := range demo.Orders(benchHistory(10_000, 2)) {
		// The intake as repair.Check leaves it; the rest is the store's to give.
		r.pool = append(r.pool, repair.Order{Intake: o.Intake, Verdict: o.Verdict, Promised: o.Promised})
	}
	intakeRuns[n] = r
	return r
}

// BenchmarkSaveIntake1M is one intake saved at the desk, with fsync, on a
// database that already holds a million orders, by the store that holds
// it: one transaction through every index, commit.
func BenchmarkSaveIntake1M(b *testing.B) {
	n := benchOrders(b)
	src := benchDB(b, n)
	logFile(b, src)
	path := workCopy(b, src)
	run := intakesAfter(n)
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: run.clock.Now})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		run.clock.Add(time.Second)
		if _, err := s.SaveIntake("bench", 1, run.order()); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	logHeld(b, s)
	if st, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(st.Size())/1e6, "file-MB")
	}
}

// BenchmarkSaveIntakeKeptOpen1M is SaveIntake's transaction alone, in the
// bbolt handle the store keeps open, as the bare commit's is: what the
// layout costs, without the store's gate, cache and feed around it. It also
// reports the pages each commit writes.
func BenchmarkSaveIntakeKeptOpen1M(b *testing.B) {
	n := benchOrders(b)
	path := workCopy(b, benchDB(b, n))
	run := intakesAfter(n)
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: run.clock.Now})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	db := s.db // the store's own handle: it holds the file, nobody else may open it
	before := db.Stats().TxStats
	commits := 0
	for b.Loop() {
		run.clock.Add(time.Second)
		o := run.order()
		err := db.Update(func(tx *bolt.Tx) error {
			now := run.clock.Now().UTC()
			w := &wtx{reader: s.reader(tx), cfg: s.opts.Queue, opts: &s.opts, now: now, day: s.opts.Queue.Day(now), who: "bench"}
			_, err := w.saveIntake(1, o, s.claimRand(), s.opts.ClaimLength)
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		commits++
	}
	after := db.Stats().TxStats
	b.ReportMetric(float64(after.GetPageCount()-before.GetPageCount())/float64(commits), "pages/commit")
}

// BenchmarkBareCommit is what SaveIntake1M is measured against: bbolt
// itself, the file kept open, one small key put per commit, with fsync, on
// the same disk.
func BenchmarkBareCommit(b *testing.B) {
	dir, err := os.MkdirTemp(benchDir(b), "bare-")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := bolt.Open(filepath.Join(dir, "bare.db"), 0o644, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	name := []byte("k")
	if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket(name); return err }); err != nil {
		b.Fatal(err)
	}
	var i uint64
	for b.Loop() {
		i++
		err := db.Update(func(tx *bolt.Tx) error { return tx.Bucket(name).Put(u64(i), []byte("v")) })
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBareCommitReopened1M is the bare commit made the way every
// operation of a shared file is made (DESIGN.md): bbolt opened on the
// million-order file, one small key put in a bucket of its own, commit with
// fsync, close. It is the floor under any write of frontdesk on that file,
// before the store's own lock file and before any work of an intake.
func BenchmarkBareCommitReopened1M(b *testing.B) {
	path := workCopy(b, benchDB(b, benchOrders(b)))
	name := []byte("bench_bare")
	var i uint64
	for b.Loop() {
		i++
		db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
		if err != nil {
			b.Fatal(err)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists(name)
			if err != nil {
				return err
			}
			return bk.Put(u64(i), []byte("v"))
		})
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}
