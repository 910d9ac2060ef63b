package owner_test

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/queue"
	"frontdesk/store"
)

// TestManyClientsOneOwner: 8 client processes — 4 kiosks taking tickets,
// 4 desks calling them — hundreds of operations each, through one owner
// that the first of them started: every number issued once, no ticket
// called twice, and the owner's event log agrees with what the clients
// were told.
func TestManyClientsOneOwner(t *testing.T) {
	db := filepath.Join(t.TempDir(), "queue.db")
	takes := envInt("FRONTDESK_TAKES", 300)
	t.Cleanup(func() { stopOwner(t, db) })
	type proc struct {
		role string
		wait func() error
		out  *lockedBuffer
	}
	var procs []proc
	for i := range 8 {
		role, env := "kiosk", "FRONTDESK_TAKES="+strconv.Itoa(takes)
		if i%2 == 1 {
			role, env = "desk", "FRONTDESK_COUNTER="+strconv.Itoa(i/2+1)
		}
		cmd, out, stderr := helper(t, role, db, env, "FRONTDESK_KIOSKS_DONE="+filepath.Join(filepath.Dir(db), "done"))
		procs = append(procs, proc{role: role, out: out, wait: func() error {
			err := cmd.Wait()
			if err != nil {
				t.Logf("%s: %s", role, stderr)
			}
			return err
		}})
	}
	numbers, called := map[string]bool{}, map[string]int{}
	issued := 0
	// The kiosks first; the desks stop once they are done and nobody waits.
	for _, p := range procs {
		if p.role != "kiosk" {
			continue
		}
		if err := p.wait(); err != nil {
			t.Fatalf("a kiosk failed: %v", err)
		}
		for _, l := range p.out.lines() {
			if numbers[l[2]] {
				t.Errorf("number %s issued twice", l[2])
			}
			numbers[l[2]] = true
			issued++
		}
	}
	if err := writeDone(filepath.Join(filepath.Dir(db), "done")); err != nil {
		t.Fatal(err)
	}
	calls := 0
	for _, p := range procs {
		if p.role != "desk" {
			continue
		}
		if err := p.wait(); err != nil {
			t.Fatalf("a desk failed: %v", err)
		}
		for _, l := range p.out.lines() {
			called[l[1]]++
			calls++
		}
	}
	for id, n := range called {
		if n > 1 {
			t.Errorf("ticket %s called %d times", id, n)
		}
	}
	if issued != 4*takes || calls != issued {
		t.Errorf("%d issued (want %d), %d called (want all)", issued, 4*takes, calls)
	}
	// The owner's log of calls is what the desks were told.
	c, err := client.Open(clientOptions(db))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	logged := map[uint64]int{}
	for after := uint64(0); ; {
		es, err := c.Events(after, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			break
		}
		for _, e := range es {
			if e.Kind == "call" {
				logged[e.Ticket]++
			}
			after = e.ID
		}
	}
	for id, n := range logged {
		if n > 1 || called[strconv.FormatUint(id, 10)] != 1 {
			t.Errorf("ticket %d: %d call events, %d calls told", id, n, called[strconv.FormatUint(id, 10)])
		}
	}
	t.Logf("%d tickets taken and called by 8 processes through one owner", issued)
}

func writeDone(path string) error { return writeFile(path, "done") }

func playKiosk(c *client.Client, report func(string, ...any) error) error {
	n := envInt("FRONTDESK_TAKES", 300)
	for i := 0; i < n; {
		tk, _, err := c.Take([]string{"A", "B", "C", "D"}[i%4], false, "kiosk")
		if retry(err) {
			continue
		}
		if err != nil {
			return err
		}
		if err := report("take %d %s", tk.ID, tk.Number); err != nil {
			return err
		}
		i++
	}
	return nil
}

func playDesk(c *client.Client, report func(string, ...any) error) error {
	counter := envInt("FRONTDESK_COUNTER", 1)
	done := getenv("FRONTDESK_KIOSKS_DONE")
	for {
		tk, err := c.FinishAndCallNext(counter, "desk"+strconv.Itoa(counter))
		switch {
		case retry(err):
			continue
		case errors.Is(err, queue.ErrNoneWaiting):
			if exists(done) {
				if snap, err := c.Snapshot(); err == nil && !waiting(snap) {
					_, err := c.Finish(counter, "desk")
					if err != nil && !errors.Is(err, queue.ErrNoCurrent) {
						return err
					}
					return nil
				}
			}
			time.Sleep(2 * time.Millisecond)
			continue
		case err != nil:
			return err
		}
		if err := report("call %d %s", tk.ID, tk.Number); err != nil {
			return err
		}
	}
}

func waiting(s store.Snapshot) bool {
	for _, tk := range s.Tickets {
		if tk.State == queue.Waiting {
			return true
		}
	}
	return false
}

func mustJSON(v any) string {
	data, _ := json.Marshal(v)
	return string(data)
}
