package store

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestManyProcessesSaveIntakes: 4 desk processes take devices in at once on
// one file, with real fsync. Every order gets its own id, number and claim
// code, the numbers of the day have no gap, and each intake of the device
// they all share saw exactly the orders of it saved before it (O7).
func TestManyProcessesSaveIntakes(t *testing.T) {
	const desks, intakes = 4, 30
	path := filepath.Join(t.TempDir(), "queue.db")
	type proc struct {
		cmd    *exec.Cmd
		out    bytes.Buffer
		stderr *bytes.Buffer
	}
	var procs []*proc
	for n := 1; n <= desks; n++ {
		p := &proc{}
		p.cmd, p.stderr = helper(t, "intake", path, "FRONTDESK_N="+strconv.Itoa(intakes), "FRONTDESK_COUNTER="+strconv.Itoa(n))
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
				t.Errorf("%v\n%s", err, p.stderr)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if t.Failed() {
		t.FailNow()
	}

	type told struct{ number, claim, serial, previous string }
	byID := map[uint64]told{}
	seen := map[string]uint64{}
	for _, p := range procs {
		for _, f := range lines(p.out.Bytes()) {
			id, _ := strconv.ParseUint(f[1], 10, 64)
			o := told{f[2], f[3], f[4], f[5]}
			if _, dup := byID[id]; dup {
				t.Errorf("order id %d issued twice", id)
			}
			for _, unique := range []string{"number " + o.number, "claim " + o.claim} {
				if other, dup := seen[unique]; dup {
					t.Errorf("%s issued to orders %d and %d", unique, other, id)
				}
				seen[unique] = id
			}
			byID[id] = o
		}
	}
	if len(byID) != desks*intakes {
		t.Fatalf("%d orders reported, want %d", len(byID), desks*intakes)
	}

	s, err := Open(Options{Path: path, Queue: allTypes(), Now: func() time.Time { return day9 }})
	if err != nil {
		t.Fatal(err)
	}
	var shared []string // the shared device's orders, in id order
	for id := uint64(1); id <= desks*intakes; id++ {
		o, ok := byID[id]
		if want := fmt.Sprintf("R250602%04d", id); !ok || o.number != want {
			t.Errorf("order %d is %+v, want number %s", id, o, want)
		}
		got, found, err := s.OrderByClaim(o.claim)
		if !found || err != nil || got.ID != id || got.Number != o.number {
			t.Errorf("claim %s finds %+v %v %v, want order %d", o.claim, got.Number, found, err, id)
		}
		if o.serial != sharedSerial {
			continue
		}
		want := strings.Join(shared, ",")
		if want == "" {
			want = "-"
		}
		if o.previous != want {
			t.Errorf("order %d of the shared device saw previous %s, want %s", id, o.previous, want)
		}
		shared = append(shared, o.number)
	}
	hist, err := s.OrdersBySerial(sharedSerial, 1000)
	slices.Reverse(shared)
	if err != nil || !slices.Equal(numbers(hist), shared) {
		t.Errorf("history of the shared device %v %v, want %v", numbers(hist), err, shared)
	}
	t.Logf("%d processes saved %d intakes in %v with fsync", desks, len(byID), elapsed.Round(time.Millisecond))
}
