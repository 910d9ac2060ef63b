package owner_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/owner"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/wire"
)

// The crash test of the owner: 3 client processes do random real
// operations (take, call, intake, a step of an order, an on-site request
// opened, moved or escalated, a hotline call: crash_requests_test.go) and report each on
// stdout only after the owner answered it saved; the test kills the owner
// with SIGKILL at random moments, again and again. The clients start a
// new owner by themselves and go on; after every kill, the new owner's
// check of the file (bbolt's and the store's own) passes, every reported
// operation is in it, and every client has done something since.
//
//	go test -run TestOwnerKilledLosesNothing -v ./owner                         # CI: 25 kills
//	FRONTDESK_CRASH_KILLS=200 go test -run TestOwnerKilledLosesNothing -v -timeout 30m ./owner
func TestOwnerKilledLosesNothing(t *testing.T) {
	kills := envInt("FRONTDESK_CRASH_KILLS", 25)
	db := filepath.Join(t.TempDir(), "queue.db")
	t.Cleanup(func() { stopOwner(t, db) })
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var writers []*lockedBuffer
	for counter := 1; counter <= 3; counter++ {
		cmd, out, stderr := helper(t, "crash", db, "FRONTDESK_COUNTER="+strconv.Itoa(counter),
			"FRONTDESK_SEED="+strconv.FormatUint(rng.Uint64(), 10))
		writers = append(writers, out)
		t.Cleanup(func() {
			_ = cmd.Process.Kill()
			if err := cmd.Wait(); err != nil && cmd.ProcessState.ExitCode() > 0 {
				t.Errorf("writer %d failed: %s", counter, stderr)
			}
		})
	}
	check, err := client.Open(clientOptions(db))
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	var recovery []time.Duration
	start := time.Now()
	for k := 0; k < kills; k++ {
		// Every client goes on after the last kill: it has reported
		// something since.
		before := make([]int, len(writers))
		for i, w := range writers {
			before[i] = len(w.lines())
		}
		time.Sleep(time.Duration(20+rng.IntN(180)) * time.Millisecond)
		h := waitOwner(t, db)
		for i, w := range writers {
			waitFor(t, fmt.Sprintf("writer %d to go on after kill %d", i+1, k), func() bool { return len(w.lines()) > before[i] })
		}
		if f, err := os.OpenFile(db+".owners", os.O_APPEND|os.O_WRONLY, 0o600); err == nil {
			fmt.Fprintf(f, "kill %d %s\n", h.PID, time.Now().Format("15:04:05.000000"))
			f.Close()
		}
		if err := syscall.Kill(h.PID, syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		killed := time.Now()
		waitGone(t, h.PID)
		next := waitOwner(t, db)
		recovery = append(recovery, time.Since(killed))
		if next.PID == h.PID {
			t.Fatal("the killed owner still answers")
		}
		checkAcknowledged(t, check, writers, k, start)
		if (k+1)%25 == 0 {
			t.Logf("%d kills so far, %v", k+1, time.Since(start).Round(time.Second))
		}
		if t.Failed() {
			kept := filepath.Join(os.TempDir(), fmt.Sprintf("frontdesk-crash-%d.db", os.Getpid()))
			if _, err := check.Backup(kept); err == nil {
				t.Logf("the database is kept for a look at %s", kept)
			}
			data, _ := os.ReadFile(db + ".owners")
			t.Fatalf("owners:\n%s", data)
		}
	}
	t.Logf("%d kills; a new owner answered after %v (median), %v (max)", kills, median(recovery), maxOf(recovery))
}

// waitOwner waits for an owner of db to answer.
func waitOwner(t *testing.T, db string) wire.Hello {
	var h wire.Hello
	waitFor(t, "an owner to answer", func() bool {
		var err error
		h, err = owner.Running(wire.SocketPath(db))
		return err == nil
	})
	return h
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !ok(); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("waited 10s for %s", what)
		}
	}
}

// checkAcknowledged runs the owner's check of the file, then finds every
// operation a writer reported: its ticket, its order, its order's step.
func checkAcknowledged(t *testing.T, c *client.Client, writers []*lockedBuffer, kill int, began time.Time) {
	t.Helper()
	// What the writers reported before the check starts is all committed
	// before the check reads: they go on writing meanwhile.
	reported := make([][][]string, len(writers))
	for i, w := range writers {
		reported[i] = w.lines()
	}
	if err := retrying(func() error { _, err := c.Check(); return err }); err != nil {
		t.Fatalf("after kill %d the check fails: %v", kill, err)
	}
	// Every day the test ran: the station's day may turn at midnight
	// meanwhile, and a snapshot has today's tickets only.
	cfg := c.Config()
	tickets := map[string]queue.Ticket{}
	err := retrying(func() error {
		return c.TicketsOfDays(cfg.Day(began), cfg.Day(time.Now()), func(page []queue.Ticket) error {
			for _, tk := range page {
				tickets[strconv.FormatUint(tk.ID, 10)] = tk
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	orders := reportedOrders(t, c, reported)
	for _, lines := range reported {
		for _, l := range lines {
			switch l[0] {
			case "take":
				if _, ok := tickets[l[1]]; !ok {
					t.Errorf("after kill %d: ticket %s was acknowledged and is gone", kill, l[1])
				}
			case "call":
				if tk, ok := tickets[l[1]]; !ok || tk.State == queue.Waiting {
					t.Errorf("after kill %d: the call of ticket %s was acknowledged and is gone (%+v)", kill, l[1], tk)
				}
			case "intake", "step":
				o, ok := orders[l[1]]
				steps := 0
				if l[0] == "step" {
					steps, _ = strconv.Atoi(l[2])
				}
				if !ok || (l[0] == "intake" && o.Number != l[2]) || len(o.History) < steps {
					t.Errorf("after kill %d: %v was acknowledged; the order is %v %v (%d steps)", kill, l, ok, o.Number, len(o.History))
				}
			default:
				checkRequestsAcknowledged(t, c, kill, l)
			}
		}
	}
}

// reportedOrders reads every order the writers reported, in one stream of
// pages (one request per order would make the check grow with the square
// of the kills).
func reportedOrders(t *testing.T, c *client.Client, reported [][][]string) map[string]repair.Order {
	t.Helper()
	var ids []uint64
	seen := map[uint64]bool{}
	for _, lines := range reported {
		for _, l := range lines {
			if l[0] != "intake" && l[0] != "step" {
				continue
			}
			if id, err := strconv.ParseUint(l[1], 10, 64); err == nil && !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	var orders map[string]repair.Order
	err := retrying(func() error {
		orders = map[string]repair.Order{}
		return c.OrdersWithIDs(ids, func(page []repair.Order) error {
			for _, o := range page {
				orders[strconv.FormatUint(o.ID, 10)] = o
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return orders
}

// retrying runs op again while the link is down, for at most 10 s.
func retrying(op func() error) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := op()
		if !retry(err) || time.Now().After(deadline) {
			return err
		}
	}
}

func playCrash(c *client.Client, report func(string, ...any) error) error {
	counter := envInt("FRONTDESK_COUNTER", 1)
	seed, _ := strconv.ParseUint(os.Getenv("FRONTDESK_SEED"), 10, 64)
	rng := rand.New(rand.NewPCG(seed, uint64(counter)))
	for i := 0; ; i++ {
		var err error
		switch r := rng.IntN(12); {
		case r < 3:
			var tk queue.Ticket
			if tk, _, err = c.Take([]string{"A", "B", "C", "D"}[rng.IntN(4)], false, "kiosk"); err == nil {
				err = report("take %d", tk.ID)
			}
		case r < 5:
			var tk queue.Ticket
			if tk, err = c.FinishAndCallNext(counter, "desk"); err == nil {
				err = report("call %d", tk.ID)
			}
		case r < 7:
			o := repair.Order{Intake: repair.Intake{
				Name: "客户", Phone: fmt.Sprintf("139%04d%04d", counter, i%10000), Serial: fmt.Sprintf("K%dS%d", counter, i%50),
				Kind: repair.Consumer, Device: "notebook", Brand: "联想", Model: "ThinkPad X1",
				Fault: "开机无显示，风扇转", Reproduced: repair.ReproducedYes,
			}}
			var saved repair.Order
			if saved, err = c.SaveIntake("desk", counter, o); err == nil {
				err = report("intake %d %s", saved.ID, saved.Number)
			}
		case r < 9:
			err = crashStep(c, counter, rng, report)
		case r < 10:
			err = crashHotline(c, counter, i, report)
		default:
			err = crashRequest(c, counter, i, rng, report)
		}
		if err != nil && !retry(err) && !crashExpected(err) {
			return err
		}
	}
}

// crashStep moves a random open order one step on.
func crashStep(c *client.Client, counter int, rng *rand.Rand, report func(string, ...any) error) error {
	heads, err := c.Board()
	if err != nil || len(heads) == 0 {
		return err
	}
	h := heads[rng.IntN(len(heads))]
	o, err := c.UpdateOrder("desk", counter, h.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		next := o.State.Next()
		if len(next) == 0 || o.State == repair.StateReady {
			return o, store.ErrOrderUnchanged
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

// crashExpected are the refusals writers racing for the same tickets and
// orders run into.
func crashExpected(err error) bool {
	var me *repair.MoveError
	return errors.As(err, &me) || errors.Is(err, store.ErrOrderUnchanged) || errors.Is(err, queue.ErrNoneWaiting) ||
		errors.Is(err, queue.ErrNoCurrent) || errors.Is(err, queue.ErrState) || errors.Is(err, repair.ErrClosed) ||
		errors.Is(err, repair.ErrNotApproved) || errors.Is(err, repair.ErrLoanerOut) || errors.Is(err, store.ErrOrderConflict) ||
		requestRefused(err)
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

func maxOf(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return slices.Max(ds)
}
