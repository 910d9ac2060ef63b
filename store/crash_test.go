package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/queue"
	"frontdesk/repair"
)

// The crash test: writer processes do random real operations and report
// each one on stdout only after the store returned it saved; the test kills
// them with SIGKILL at random moments, again and again, and after every kill
// checks the file with bbolt's own consistency check, finds every reported
// operation in it, and checks the invariants that tie the buckets together.
//
//	go test -run TestCrashKillsLoseNothing -v ./store                         # CI: 25 kills
//	FRONTDESK_CRASH_KILLS=1000 go test -run TestCrashKillsLoseNothing -v -timeout 2h ./store
//
// A kill of a process cannot lose what the kernel already has (the page
// cache outlives the process), so this proves the store's own part: one
// transaction per operation, nothing reported before its commit returned,
// and no state that a half-done sequence of operations could leave behind.

// crashWriters is how many writer processes run at once, each at its own
// counter.
const crashWriters = 3

func TestCrashKillsLoseNothing(t *testing.T) {
	kills := 25
	if n := envInt("FRONTDESK_CRASH_KILLS"); n > 0 {
		kills = n
	}
	path := filepath.Join(t.TempDir(), "queue.db")
	s := openAt(t, path, newClock()) // create it before the writers race to
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))

	type writer struct {
		cmd    *exec.Cmd
		out    *lockedBuffer
		stderr *bytes.Buffer
		done   chan error
	}
	start := func(counter int) *writer {
		w := &writer{out: &lockedBuffer{}, done: make(chan error, 1)}
		w.cmd, w.stderr = helper(t, "crash", path, "FRONTDESK_COUNTER="+strconv.Itoa(counter),
			"FRONTDESK_SEED="+strconv.FormatUint(rng.Uint64(), 10),
			// The first writer lingers, as a desk does: killed with the
			// file open, and knocked at by the others all the time.
			"FRONTDESK_LINGER="+strconv.FormatBool(counter == 1))
		w.cmd.Stdout = w.out
		if err := w.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { w.done <- w.cmd.Wait() }()
		return w
	}
	writers := make([]*writer, crashWriters)
	for i := range writers {
		writers[i] = start(i + 1)
	}
	var logs []string // every line of every killed writer
	for k := range kills {
		time.Sleep(time.Duration(20+rng.IntN(250)) * time.Millisecond)
		i := rng.IntN(len(writers))
		w := writers[i]
		w.cmd.Process.Signal(syscall.SIGKILL)
		if err := <-w.done; err == nil || !strings.Contains(err.Error(), "killed") {
			t.Fatalf("writer %d ended by itself before kill %d: %v\n%s", i+1, k, err, w.stderr)
		}
		logs = append(logs, completeLines(w.out.Bytes())...)
		// The running writers' reports so far are checked too: each was
		// made after its commit, so it must be in what is read after it.
		all := append([]string(nil), logs...)
		for j, o := range writers {
			if j != i {
				all = append(all, completeLines(o.out.Bytes())...)
			}
		}
		checkCrashDB(t, s, all)
		writers[i] = start(i + 1)
	}
	for _, w := range writers {
		w.cmd.Process.Signal(syscall.SIGKILL)
		<-w.done
		logs = append(logs, completeLines(w.out.Bytes())...)
	}
	checked := checkCrashDB(t, s, logs)
	t.Logf("%d kills survived, %d reported operations checked, 0 lost", kills, checked)
}

// lockedBuffer is a bytes.Buffer the child's stdout copier writes while
// the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]byte(nil), l.b.Bytes()...)
}

// completeLines are the lines of out that end in a newline: a kill may cut
// the last one short, and a report cut short was not made.
func completeLines(out []byte) []string {
	if i := bytes.LastIndexByte(out, '\n'); i >= 0 {
		return strings.Split(string(out[:i]), "\n")
	} else {
		return nil
	}
}

// playCrash is a crash-test writer at counter FRONTDESK_COUNTER: random
// operations until it is killed, each reported after it returned saved:
//
//	take <ticket id>            call <ticket id>
//	intake <order id> <number>  step <order id> <history length> <state>
func playCrash(out *bufio.Writer) error {
	opts := Options{Path: os.Getenv("FRONTDESK_DB"), Queue: allTypes(), Now: childClock(), Timeout: 10 * time.Second}
	if os.Getenv("FRONTDESK_LINGER") == "true" {
		opts.Linger = time.Second
	}
	s, err := Open(opts)
	if err != nil {
		return err
	}
	counter := envInt("FRONTDESK_COUNTER")
	seed, _ := strconv.ParseUint(os.Getenv("FRONTDESK_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, uint64(counter)))
	report := func(format string, args ...any) error {
		fmt.Fprintf(out, format+"\n", args...)
		return out.Flush() // at once: the next moment may be the kill
	}
	for i := 0; ; i++ {
		var err error
		switch r := rng.IntN(10); {
		case r < 3:
			var tk queue.Ticket
			if tk, _, err = s.Take([]string{"A", "B", "C", "D"}[rng.IntN(4)], false, "kiosk"); err == nil {
				err = report("take %d", tk.ID)
			}
		case r < 5:
			var tk queue.Ticket
			if tk, err = s.FinishAndCallNext(counter, "desk"); err == nil {
				err = report("call %d", tk.ID)
			}
		case r < 7:
			o := newOrder("客户", fmt.Sprintf("139%04d%04d", counter, i%10000), fmt.Sprintf("K%dS%d", counter, i%50))
			var saved repair.Order
			if saved, err = s.SaveIntake("desk", counter, o); err == nil {
				err = report("intake %d %s", saved.ID, saved.Number)
			}
		default:
			err = crashStep(s, counter, rng, report)
		}
		if err != nil && !crashExpected(err) {
			return err
		}
	}
}

// crashStep moves a random open order one step on: the repair result first
// where ready needs it, and a pickup from ready.
func crashStep(s *Store, counter int, rng *rand.Rand, report func(string, ...any) error) error {
	heads, err := s.Board()
	if err != nil || len(heads) == 0 {
		return err
	}
	h := heads[rng.IntN(len(heads))]
	o, err := s.UpdateOrder("desk", counter, h.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		if o.State == repair.StateReady {
			p := repair.Pickup{
				Verification:    repair.Verification{By: "desk", At: now, ClaimCode: true},
				SerialConfirmed: true, SignedBy: "客户", Staff: "desk",
			}
			kind, _ := repair.DefaultConfig().Device(o.Intake.Device)
			for range repair.InspectionRounds {
				var r repair.Round
				for _, it := range kind.Inspection {
					r = append(r, repair.Inspected{Item: it.Key, Mark: repair.MarkPass})
				}
				p.Rounds = append(p.Rounds, r)
			}
			return repair.SignOff(o, p, repair.DefaultConfig(), allTypes().Location, now)
		}
		next := o.State.Next()
		if len(next) == 0 {
			return o, ErrOrderUnchanged
		}
		to := next[rng.IntN(len(next))]
		if to == repair.StateReady && len(o.Result.Missing()) > 0 {
			o, _ = repair.SetResult(o, repair.Result{Cause: "因", Work: "修", Parts: "无", Advice: "议"}, "desk", now)
		}
		if to == repair.StateWaitApproval {
			var err error
			if o, err = repair.SetEstimate(o, "主板 100", "", "desk", now); err != nil {
				return o, err
			}
		}
		return repair.Move(o, to, "desk", now, "原因")
	})
	if err != nil {
		return err
	}
	return report("step %d %d %s", o.ID, len(o.History), o.State)
}

// crashExpected are the refusals two writers racing for the same tickets
// and orders run into; anything else ends the writer and fails the test.
func crashExpected(err error) bool {
	var me *repair.MoveError
	return errors.As(err, &me) || errors.Is(err, ErrOrderUnchanged) || errors.Is(err, queue.ErrNoneWaiting) ||
		errors.Is(err, queue.ErrNoCurrent) || errors.Is(err, queue.ErrState) || errors.Is(err, repair.ErrClosed) ||
		errors.Is(err, repair.ErrNotApproved) || errors.Is(err, repair.ErrLoanerOut)
}

// checkCrashDB checks the file after a kill and returns how many reports
// it checked.
func checkCrashDB(t *testing.T, s *Store, logs []string) int {
	t.Helper()
	err := s.view(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return fmt.Errorf("bbolt check: %w", err)
		}
		return checkCrashInvariants(tx, logs)
	})
	if err != nil {
		t.Fatal(err)
	}
	return len(logs)
}

func checkCrashInvariants(tx *bolt.Tx, logs []string) error {
	tickets := map[uint64]queue.Ticket{}
	numbers := map[string]uint64{}
	err := tx.Bucket(bucketTickets).ForEach(func(k, v []byte) error {
		var tk queue.Ticket
		if err := decodeJSON(k, v, &tk); err != nil {
			return err
		}
		key := tk.Day + " " + tk.Number
		if other, dup := numbers[key]; dup {
			return fmt.Errorf("ticket number %s issued twice: %d and %d", key, other, tk.ID)
		}
		numbers[key], tickets[tk.ID] = tk.ID, tk
		return nil
	})
	if err != nil {
		return err
	}
	calls := map[string]int{}
	if err := tx.Bucket(bucketCalls).ForEach(func(k, v []byte) error {
		var c Call
		if err := decodeJSON(k, v, &c); err != nil {
			return err
		}
		if !c.Recall {
			calls[c.At.Format(time.DateOnly)+" "+c.Number]++
		}
		return nil
	}); err != nil {
		return err
	}
	for k, n := range calls {
		if n > 1 {
			return fmt.Errorf("ticket %s called %d times", k, n)
		}
	}
	orders := map[uint64]repair.Order{}
	if err := tx.Bucket(bucketOrders).ForEach(func(k, v []byte) error {
		var o repair.Order
		if err := decodeJSON(k, v, &o); err != nil {
			return err
		}
		orders[o.ID] = o
		return checkOrder(tx, o)
	}); err != nil {
		return err
	}
	if err := checkOrderEvents(tx, orders); err != nil {
		return err
	}
	for _, line := range logs {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("report %q", line)
		}
		id, _ := strconv.ParseUint(f[1], 10, 64)
		switch f[0] {
		case "take":
			if _, ok := tickets[id]; !ok {
				return fmt.Errorf("lost: %s", line)
			}
		case "call":
			if tk, ok := tickets[id]; !ok || tk.State == queue.Waiting {
				return fmt.Errorf("lost: %s (%+v)", line, tk)
			}
		case "intake":
			if o, ok := orders[id]; !ok || o.Number != f[2] {
				return fmt.Errorf("lost: %s", line)
			}
		case "step":
			n, _ := strconv.Atoi(f[2])
			o, ok := orders[id]
			if !ok || n < 1 || len(o.History) < n || string(o.History[n-1].To) != f[3] {
				return fmt.Errorf("lost: %s", line)
			}
		default:
			return fmt.Errorf("report %q", line)
		}
	}
	return nil
}

// checkOrder: a valid state that its timeline's last change of state
// agrees with, a board head exactly while the order is on the board, and
// its head as it stands.
func checkOrder(tx *bolt.Tx, o repair.Order) error {
	if !o.State.Valid() {
		return fmt.Errorf("order %s: state %q", o.Number, o.State)
	}
	want := repair.StateReceived
	for _, st := range o.History {
		if st.Kind == repair.StepState {
			want = st.To
		}
	}
	if o.State != want {
		return fmt.Errorf("order %s: state %s, its timeline says %s", o.Number, o.State, want)
	}
	if onBoard := tx.Bucket(bucketActive).Get(u64(o.ID)) != nil; onBoard != o.OnBoard() {
		return fmt.Errorf("order %s: on the board %v, should be %v", o.Number, onBoard, o.OnBoard())
	}
	var h repair.Head
	if found, err := getJSON(tx.Bucket(bucketHeads), u64(o.ID), &h); err != nil || !found || h != o.Head() {
		return fmt.Errorf("order %s: head %+v (%v), should be %+v", o.Number, h, err, o.Head())
	}
	return nil
}

// checkOrderEvents: every order has its intake event, and the state the
// last of its order events logged is the order's.
func checkOrderEvents(tx *bolt.Tx, orders map[uint64]repair.Order) error {
	intake := map[string]bool{}
	last := map[string]string{}
	if err := tx.Bucket(bucketEvents).ForEach(func(k, v []byte) error {
		var e Event
		if err := decodeJSON(k, v, &e); err != nil {
			return err
		}
		switch e.Kind {
		case KindIntake:
			intake[e.Order] = true
		case KindOrder:
			last[e.Order] = e.State
		}
		return nil
	}); err != nil {
		return err
	}
	for _, o := range orders {
		if !intake[o.Number] {
			return fmt.Errorf("order %s: no intake event", o.Number)
		}
		if st, ok := last[o.Number]; ok && st != string(o.State) {
			return fmt.Errorf("order %s: state %s, its events say %s", o.Number, o.State, st)
		}
	}
	return nil
}
