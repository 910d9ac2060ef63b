package main

import (
	"bytes"
	"context"

	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// TestDamageIsRefusedNeverServed plays a station's failing disk: on a demo
// database of FRONTDESK_FAULT_ORDERS orders (default 20,000), compacted as
// a station's would be after its import, FRONTDESK_FAULTS times (default
// 40; scripts/faults.sh runs 500) a random run of 1–64 bytes is overwritten
// at a random offset past the meta pages, and every read command runs on
// it as its own process: status, find by number, by the last four digits
// of a phone and by name, report, export and check. Each must answer as on
// the undamaged file or refuse with the damage message: never a crash or a
// stack trace, never past its timeout, never a different answer; and check
// must refuse every damaged copy. The bytes are put back between damages.
func TestDamageIsRefusedNeverServed(t *testing.T) {
	if testing.Short() {
		t.Skip("plays hundreds of processes")
	}
	orders, faults := envInt(t, "FRONTDESK_FAULT_ORDERS", 20000), envInt(t, "FRONTDESK_FAULTS", 40)
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	t.Setenv("FRONTDESK_CONFIG", "")
	if code, _, e := frontdesk(t, "--db", db, "demo", "--orders", strconv.Itoa(orders)); code != 0 {
		t.Fatal(e)
	}
	stopOwner(t, db)
	number, tail, name := queriesOf(t, db)

	now := time.Now()
	from, to := now.AddDate(-4, 0, 0).Format(time.DateOnly), now.Format(time.DateOnly)
	out := filepath.Join(dir, "export")
	commands := [][]string{
		{"status"}, {"find", number}, {"find", tail}, {"find", name},
		{"report", "--from", from, "--to", to},
		{"export", "--from", from, "--to", to, "--out", out},
		{"check"},
	}
	run := func(args []string) answer { return runAsProcess(t, db, out, args) }
	want := make([]answer, len(commands))
	for i, c := range commands {
		if want[i] = run(c); want[i].code != 0 || want[i].crashed() {
			t.Fatalf("%v on the undamaged file: %+v", c, want[i])
		}
	}
	stopOwner(t, db)

	pristine, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	unread := pagesNoReadTouches(t, db)
	rng := rand.New(rand.NewPCG(20, uint64(orders)))
	var tally struct{ identical, refused, wrong, crashed, checkPassed, unreadPassed int }
	for f := range faults {
		off, run1 := damageAt(rng, pristine)
		if err := writeAt(db, off, run1); err != nil {
			t.Fatal(err)
		}
		// An answer can change with the clock alone (a promise passes the
		// hour, an order becomes overdue): one that differs is compared
		// with the undamaged file's answer again, now, before it counts as
		// wrong.
		undamagedNow := func(c []string) answer {
			stopOwner(t, db)
			if err := writeAt(db, off, pristine[off:off+int64(len(run1))]); err != nil {
				t.Fatal(err)
			}
			a := run(c)
			stopOwner(t, db)
			if err := writeAt(db, off, run1); err != nil {
				t.Fatal(err)
			}
			return a
		}
		for i, c := range commands {
			got := run(c)
			if !got.crashed() && (got.code != want[i].code || got.out != want[i].out) && got.code == 0 {
				if now := undamagedNow(c); now.code == 0 && !now.crashed() {
					want[i] = now
				}
			}
			switch {
			case got.crashed():
				tally.crashed++
				t.Errorf("damage %d (%d bytes at %d): %v crashed or hung: %+v", f, len(run1), off, c, got)
			case got.code == want[i].code && got.out == want[i].out:
				tally.identical++
				if c[0] == "check" && unread(off, len(run1)) {
					tally.unreadPassed++ // a free page, or past the last: nothing reads it
				} else if c[0] == "check" {
					tally.checkPassed++
					t.Errorf("damage %d (%d bytes at %d, page %d): check passed it", f, len(run1), off, off/4096)
					keepCopy(t, db, f)
				}
			case got.code == 1 && strings.Contains(got.err, "已损坏"):
				tally.refused++
			default:
				tally.wrong++
				t.Errorf("damage %d (%d bytes at %d): %v answered otherwise:\n%s\n%s", f, len(run1), off, c, got.out, got.err)
				keepCopy(t, db, f)
			}
		}
		stopOwner(t, db)
		if err := writeAt(db, off, pristine[off:off+int64(len(run1))]); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d orders, %d damages, %d answers: %d identical, %d refusals, %d wrong answers, %d crashes; "+
		"check passed %d damaged copies, and %d whose damage is only in free pages or past the last page, which nothing reads",
		orders, faults, faults*len(commands), tally.identical, tally.refused, tally.wrong, tally.crashed, tally.checkPassed, tally.unreadPassed)
}

// answer is what a command process did.
type answer struct {
	code     int
	out, err string
	timedOut bool
}

// crashed: killed by a signal, a code of Go's runtime, a stack trace, or
// no answer in time.
func (a answer) crashed() bool {
	return a.timedOut || a.code != 0 && a.code != 1 ||
		strings.Contains(a.err, "goroutine ") || strings.Contains(a.err, "panic:") || strings.Contains(a.err, "fatal error")
}

// runAsProcess runs the command line on db as a process of its own (this
// test binary as frontdesk, see TestMain), with a timeout; an export's
// files are read into its answer.
func runAsProcess(t *testing.T, db, exportDir string, args []string) answer {
	t.Helper()
	os.RemoveAll(exportDir)
	os.MkdirAll(exportDir, 0o700)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, self, append([]string{"--db", db}, args...)...)
	cmd.Env = append(os.Environ(), "FRONTDESK_RUN_AS_MAIN=1", "FRONTDESK_CONFIG=", "LANG=zh_CN.UTF-8")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	a := answer{code: cmd.ProcessState.ExitCode(), out: asOf.ReplaceAllString(out.String(), ""), err: errOut.String(), timedOut: ctx.Err() != nil}
	if err != nil && a.code < 0 {
		a.code = -1 // killed by a signal
	}
	if args[0] == "export" {
		files, _ := filepath.Glob(filepath.Join(exportDir, "*"))
		for _, f := range files {
			b, _ := os.ReadFile(f)
			a.out += "\n" + filepath.Base(f) + "\n" + string(b)
		}
	}
	return a
}

// asOf is the time a report is made, which is not the file's to answer.
var asOf = regexp.MustCompile(`截至 [0-9-]+ [0-9:]+`)

// pagesNoReadTouches returns whether a damage at off of n bytes lies
// wholly in pages the undamaged file has free, or past its last page: bytes
// that no read of the database touches, so that no check can see them.
func pagesNoReadTouches(t *testing.T, db string) func(off int64, n int) bool {
	t.Helper()
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	unread := map[int64]bool{}
	var hwm int64
	bdb.View(func(tx *bolt.Tx) error {
		hwm = tx.Size() / 4096
		for id := range hwm {
			if p, err := tx.Page(int(id)); err == nil && p != nil && p.Type == "free" {
				unread[id] = true
			}
		}
		return nil
	})
	return func(off int64, n int) bool {
		for p := off / 4096; p <= (off+int64(n)-1)/4096; p++ {
			if p < hwm && !unread[p] {
				return false
			}
		}
		return true
	}
}

// queriesOf picks, from the middle order of the demo, what an engineer
// types into find: its number, the last four digits of its phone, its name.
func queriesOf(t *testing.T, db string) (number, tail, name string) {
	o := middleOrder(t, db)
	return o.Number, o.Intake.Phone[len(o.Intake.Phone)-4:], o.Intake.Name
}

// middleOrder is the order of the demo at db halfway through its ids.
func middleOrder(t *testing.T, db string) repair.Order {
	t.Helper()
	st, err := store.Open(store.Options{Path: db, Queue: queue.DefaultConfig()})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	last, err := st.LastOrderID()
	if err != nil {
		t.Fatal(err)
	}
	o, ok, err := st.Order(last / 2)
	if !ok || err != nil {
		t.Fatalf("order %d: %v %v", last/2, ok, err)
	}
	return o
}

// damageAt draws a run of 1–64 random bytes, each unlike the byte it
// overwrites, and where it goes: past the two meta pages.
func damageAt(rng *rand.Rand, file []byte) (int64, []byte) {
	n := 1 + rng.IntN(64)
	off := 2*4096 + rng.IntN(len(file)-2*4096-n)
	run := make([]byte, n)
	for i := range run {
		run[i] = file[off+i] ^ byte(1+rng.IntN(255))
	}
	return int64(off), run
}

// keepCopy keeps a damaged copy that was answered otherwise or that check
// passed, for study,
// in the folder that FRONTDESK_FAULT_KEEP names (none: nothing is kept).
func keepCopy(t *testing.T, db string, f int) {
	dir := os.Getenv("FRONTDESK_FAULT_KEEP")
	if dir == "" {
		return
	}
	b, err := os.ReadFile(db)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "damage-"+strconv.Itoa(f)+".db"), b, 0o600)
	}
	if err != nil {
		t.Logf("keeping damage %d: %v", f, err)
	}
}

func writeAt(path string, off int64, b []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteAt(b, off); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func envInt(t *testing.T, name string, def int) int {
	t.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		t.Fatalf("%s=%q: want a positive number", name, s)
	}
	return n
}
