package store

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"
)

// TestManyProcessesOneFile is the store's promise to a station running
// several programs on one file: 4 kiosk processes and 4 desk processes hammer
// one database at once, with real fsync, and afterwards every number was
// issued once, every ticket was called by one counter only, and the file
// agrees with what the processes were told.
func TestManyProcessesOneFile(t *testing.T) {
	const kiosks, takes, desks, rounds = 4, 300, 4, 150
	path := filepath.Join(t.TempDir(), "queue.db") // created by whichever child comes first

	type proc struct {
		name   string
		cmd    *exec.Cmd
		out    bytes.Buffer
		stderr *bytes.Buffer
	}
	var procs []*proc
	for i := range kiosks + desks {
		p := &proc{}
		if i < kiosks {
			p.name = "kiosk " + strconv.Itoa(i+1)
			p.cmd, p.stderr = helper(t, "kiosk", path, "FRONTDESK_N="+strconv.Itoa(takes))
		} else {
			n := i - kiosks + 1
			p.name = "desk " + strconv.Itoa(n)
			p.cmd, p.stderr = helper(t, "desk", path, "FRONTDESK_N="+strconv.Itoa(rounds), "FRONTDESK_COUNTER="+strconv.Itoa(n))
		}
		p.cmd.Stdout = &p.out
		procs = append(procs, p)
	}
	start := time.Now()
	for _, p := range procs {
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for _, p := range procs {
		wg.Go(func() {
			if err := p.cmd.Wait(); err != nil {
				t.Errorf("%s: %v\n%s", p.name, err, p.stderr)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if t.Failed() {
		t.FailNow()
	}

	// What the processes were told.
	type ticket struct{ day, number string }
	issued := map[uint64]ticket{}
	numbers := map[ticket]uint64{}
	calledBy := map[uint64]int{}
	var slowest time.Duration
	for _, p := range procs {
		for _, f := range lines(p.out.Bytes()) {
			// take <id> <day> <number> <µs> | call <counter> <id> <number> <µs>
			id, _ := strconv.ParseUint(f[map[string]int{"take": 1, "call": 2}[f[0]]], 10, 64)
			took, _ := strconv.Atoi(f[len(f)-1])
			slowest = max(slowest, time.Duration(took)*time.Microsecond)
			switch f[0] {
			case "take":
				tk := ticket{f[2], f[3]}
				if _, dup := issued[id]; dup {
					t.Errorf("ticket id %d issued twice", id)
				}
				if other, dup := numbers[tk]; dup {
					t.Errorf("number %s of %s issued twice: ids %d and %d", tk.number, tk.day, other, id)
				}
				issued[id], numbers[tk] = tk, id
			case "call":
				counter, _ := strconv.Atoi(f[1])
				if other, dup := calledBy[id]; dup {
					t.Errorf("ticket %d called by counter %d and counter %d", id, other, counter)
				}
				calledBy[id] = counter
			}
		}
	}
	if len(issued) != kiosks*takes {
		t.Errorf("%d tickets reported, want %d", len(issued), kiosks*takes)
	}

	// What the file says.
	s, err := Open(Options{Path: path, Queue: allTypes(), Now: func() time.Time { return day9 }})
	if err != nil {
		t.Fatal(err)
	}
	inDB := snap(t, s).Tickets
	if len(inDB) != len(issued) {
		t.Errorf("%d tickets in the database, %d reported taken", len(inDB), len(issued))
	}
	for _, tk := range inDB {
		if issued[tk.ID] != (ticket{tk.Day, tk.Number}) {
			t.Errorf("ticket %d is %s %s in the database, reported %v", tk.ID, tk.Day, tk.Number, issued[tk.ID])
		}
		if counter, called := calledBy[tk.ID]; called != !tk.FirstCalledAt.IsZero() || called && tk.Counter != counter {
			t.Errorf("ticket %s at counter %d in the database, reported called by %d (%v)", tk.Number, tk.Counter, counter, called)
		}
	}
	callEvents := map[uint64]int{}
	takeEvents := 0
	for _, e := range allEvents(t, s) {
		switch e.Kind {
		case KindTake:
			takeEvents++
		case KindCall:
			callEvents[e.Ticket]++
			if calledBy[e.Ticket] != e.Counter {
				t.Errorf("call event %+v, reported called by counter %d", e, calledBy[e.Ticket])
			}
		}
	}
	for id, n := range callEvents {
		if n != 1 {
			t.Errorf("ticket %d has %d call events", id, n)
		}
	}
	if takeEvents != len(issued) || len(callEvents) != len(calledBy) {
		t.Errorf("%d take and %d call events; %d takes and %d calls reported", takeEvents, len(callEvents), len(issued), len(calledBy))
	}
	t.Logf("8 processes, %d tickets, %d called, %d write commits in %v with fsync; slowest take or call %v",
		len(issued), len(calledBy), rev(t, s), elapsed.Round(time.Millisecond), slowest.Round(time.Microsecond))
}
