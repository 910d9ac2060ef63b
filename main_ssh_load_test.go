package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"frontdesk/owner/ownertest"
	"frontdesk/staff"
	"frontdesk/store"
)

// The station over SSH under load (issue 17): 30 sessions at once against
// one server process for a while — 10 queue displays, 8 engineers' desks
// calling and finishing, 6 keypads taking tickets and 5 calling, and one
// probe that takes a B ticket and calls it at counter 15 every half
// second — then the log is read: no number issued twice or lost, no ticket
// called twice, no session stuck; and how long each probe's call took from
// its commit (the event's time) to each display's screen (read off an
// emulated terminal's cells).

// loadToml is a station of 15 counters: 1–14 serve repairs (A), 15 the
// other types, which only the probe takes.
func loadToml() string {
	var b strings.Builder
	b.WriteString("[station]\nname = \"海淀维修服务站\"\nphone = \"010-62345678\"\n")
	for n := 1; n <= 15; n++ {
		types := `["A"]`
		if n == 15 {
			types = `["B", "C", "D"]`
		}
		fmt.Fprintf(&b, "\n[[queue.counters]]\nnumber = %d\ntypes = %s\n", n, types)
	}
	return b.String()
}

const (
	loadDisplays = 10
	loadDesks    = 8
	loadTakers   = 6
	loadCallers  = 5 // at counters 9–13
)

func loadMembers(idle int) []sshMember {
	var ms []sshMember
	add := func(prefix string, n int, role staff.Role, counter func(i int) int) {
		for i := 1; i <= n; i++ {
			ms = append(ms, sshMember{name: prefix + strconv.Itoa(i), role: role, counter: counter(i)})
		}
	}
	none := func(int) int { return 0 }
	add("屏", loadDisplays, staff.Display, none)
	add("工", loadDesks, staff.Engineer, func(i int) int { return i })
	add("取号键", loadTakers, staff.Keypad, none)
	add("呼叫器", loadCallers, staff.Keypad, none)
	add("探针", 1, staff.Keypad, none)
	add("闲", idle, staff.Engineer, none)
	return ms
}

// loadResult is what a run found.
type loadResult struct {
	latencies          []time.Duration // probe call → each display's screen
	takes, calls, keys int
	missed             int      // probe calls a display never showed
	problems           []string // lost, doubled, stuck
}

func (r *loadResult) problem(format string, args ...any) {
	r.problems = append(r.problems, fmt.Sprintf(format, args...))
}

// numberOf reads the ticket number of a take's or a call's --json answer.
func numberOf(out string) string {
	var v struct {
		Number string `json:"number"`
		Ticket struct {
			Number string `json:"number"`
		} `json:"ticket"`
	}
	if json.Unmarshal([]byte(out), &v) != nil {
		return ""
	}
	if v.Number != "" {
		return v.Number
	}
	return v.Ticket.Number
}

func runLoad(tb testing.TB, s *sshStation, d time.Duration) *loadResult {
	r := &loadResult{}
	var mu sync.Mutex // r and what follows
	probed := map[string]bool{}
	seen := make([]map[string]time.Time, loadDisplays)
	var displays []*terminal
	for i := range loadDisplays {
		seen[i] = map[string]time.Time{}
		t, err := s.terminal("屏"+strconv.Itoa(i+1), 100, 30, func(screen string, at time.Time) {
			mu.Lock()
			defer mu.Unlock()
			for n := range probed {
				if _, ok := seen[i][n]; !ok && strings.Contains(screen, n) {
					seen[i][n] = at
				}
			}
		})
		if err != nil {
			tb.Fatal(err)
		}
		defer t.close()
		displays = append(displays, t)
	}
	var desks []*terminal
	for i := range loadDesks {
		t, err := s.terminal("工"+strconv.Itoa(i+1), 100, 30, nil)
		if err != nil {
			tb.Fatal(err)
		}
		defer t.close()
		if !t.waitFor(fmt.Sprintf("%d号接待台 · 工%d", i+1, i+1), 10*time.Second) {
			tb.Fatalf("desk %d never signed in:\n%s", i+1, t.screen())
		}
		desks = append(desks, t)
	}
	for _, t := range displays {
		if !t.waitFor("正在等候", 10*time.Second) {
			tb.Fatalf("a display never drew:\n%s", t.screen())
		}
	}

	end := time.Now().Add(d)
	var wg sync.WaitGroup
	var takes, calls [][]string // per loop, the numbers it was given
	loop := func(body func() bool) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(end) && body() {
			}
		}()
	}
	for i, t := range desks {
		keys := 0
		loop(func() bool {
			for _, k := range []string{"n", "f"} {
				before := time.Now()
				if _, err := t.in.Write([]byte(k)); err != nil {
					mu.Lock()
					r.problem("desk %d: %v", i+1, err)
					mu.Unlock()
					return false
				}
				keys++
				for t.lastOutput().Before(before) {
					if time.Since(before) > 5*time.Second {
						mu.Lock()
						r.problem("desk %d stuck: no answer to %q in 5 s", i+1, k)
						mu.Unlock()
						return false
					}
					time.Sleep(5 * time.Millisecond)
				}
				time.Sleep(400 * time.Millisecond)
			}
			mu.Lock()
			r.keys += 2
			mu.Unlock()
			return true
		})
	}
	command := func(who, cmd string, into *[]string) bool {
		start := time.Now()
		out, err := s.command(who, cmd)
		mu.Lock()
		defer mu.Unlock()
		switch n := numberOf(out); {
		case err != nil:
			r.problem("%s %q: %v (%s)", who, cmd, err, out)
			return false
		case time.Since(start) > 10*time.Second:
			r.problem("%s %q stuck for %v", who, cmd, time.Since(start))
		case n != "":
			*into = append(*into, n)
		}
		return true
	}
	takes = make([][]string, loadTakers+1)
	calls = make([][]string, loadCallers+1)
	for i := range loadTakers {
		loop(func() bool { return command("取号键"+strconv.Itoa(i+1), "take A --json", &takes[i]) })
	}
	for i := range loadCallers {
		loop(func() bool {
			ok := command("呼叫器"+strconv.Itoa(i+1), "call --json --counter "+strconv.Itoa(9+i), &calls[i])
			time.Sleep(300 * time.Millisecond)
			return ok
		})
	}
	loop(func() bool {
		before := len(takes[loadTakers])
		if !command("探针1", "take B --json", &takes[loadTakers]) || len(takes[loadTakers]) == before {
			return false
		}
		n := takes[loadTakers][before]
		mu.Lock()
		probed[n] = true
		mu.Unlock()
		if !command("探针1", "call --json --counter 15", &calls[loadCallers]) {
			return false
		}
		time.Sleep(500 * time.Millisecond)
		return true
	})
	wg.Wait()
	time.Sleep(time.Second) // the last probe's call reaches the displays
	for i, t := range displays {
		if time.Since(t.lastOutput()) > 5*time.Second && len(probed) > 0 {
			r.problem("display %d stuck: nothing drawn for %v", i+1, time.Since(t.lastOutput()).Round(time.Millisecond))
		}
	}

	// The log: every number given once, none lost; no ticket called twice.
	events := s.events(tb)
	issued := map[string]int{}
	called := map[uint64]int{}
	callAt := map[string]time.Time{}
	for _, e := range events {
		switch e.Kind {
		case store.KindTake:
			issued[e.Number]++
		case store.KindCall:
			called[e.Ticket]++
			callAt[e.Number] = e.At
		}
	}
	for n, c := range issued {
		if c > 1 {
			r.problem("number %s issued %d times", n, c)
		}
	}
	for id, c := range called {
		if c > 1 {
			r.problem("ticket %d called %d times", id, c)
		}
	}
	for _, l := range takes {
		for _, n := range l {
			r.takes++
			if issued[n] == 0 {
				r.problem("take %s answered but not in the log", n)
			}
		}
	}
	for _, l := range calls {
		r.calls += len(l)
	}
	mu.Lock()
	defer mu.Unlock()
	for n := range probed {
		at, ok := callAt[n]
		if !ok {
			continue // taken as the run ended, never called
		}
		for i := range displays {
			if shown, ok := seen[i][n]; ok {
				r.latencies = append(r.latencies, shown.Sub(at))
			} else {
				r.missed++
			}
		}
	}
	return r
}

// TestThirtySSHSessions is a short run of the load, for its correctness:
// nothing lost or doubled, no session stuck, every probe on every display.
func TestThirtySSHSessions(t *testing.T) {
	if testing.Short() {
		t.Skip("a load of 30 SSH sessions")
	}
	s := newSSHStation(t, loadToml(), loadMembers(0))
	r := runLoad(t, s, loadDuration(5*time.Second))
	for _, p := range r.problems {
		t.Error(p)
	}
	if r.missed > 0 || len(r.latencies) == 0 || r.takes == 0 || r.calls == 0 {
		t.Errorf("probes seen %d, missed %d; takes %d, calls %d", len(r.latencies), r.missed, r.takes, r.calls)
	}
	t.Logf("%d takes, %d calls, %d desk keys; %d probe sightings", r.takes, r.calls, r.keys, len(r.latencies))
}

func loadDuration(d time.Duration) time.Duration {
	if v, err := time.ParseDuration(os.Getenv("FRONTDESK_LOAD_FOR")); err == nil {
		return v
	}
	return d
}

// BenchmarkSSHThirtySessions runs the load for a minute (FRONTDESK_LOAD_FOR)
// and reports the display's call latency; first it measures the server's
// memory per idle session: its resident set with 30 desks open at the
// sign-in, against none.
func BenchmarkSSHThirtySessions(b *testing.B) {
	const idle = 30
	for range b.N {
		s := newSSHStation(b, loadToml(), loadMembers(idle))
		time.Sleep(time.Second)
		before := rss(b, s.server.Process.Pid)
		var open []*terminal
		for i := range idle {
			t, err := s.terminal("闲"+strconv.Itoa(i+1), 100, 30, nil)
			if err != nil {
				b.Fatal(err)
			}
			open = append(open, t)
		}
		for _, t := range open {
			if !t.waitFor("按您的 SSH 密钥登记", 10*time.Second) {
				b.Fatalf("an idle desk never drew:\n%s", t.screen())
			}
		}
		time.Sleep(2 * time.Second)
		after := rss(b, s.server.Process.Pid)
		for _, t := range open {
			t.close()
		}
		b.ReportMetric(float64(after-before)/idle, "idle-session-kB")
		r := runLoad(b, s, loadDuration(time.Minute))
		for _, p := range r.problems {
			b.Error(p)
		}
		ownertest.ReportMs(b, r.latencies, "display-call-")
		b.ReportMetric(float64(r.missed), "missed")
		b.ReportMetric(float64(r.takes), "takes")
		b.ReportMetric(float64(r.calls+r.keys/2), "calls")
	}
}

// rss is a process's resident set, in kB.
func rss(tb testing.TB, pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	tb.Fatal("no VmRSS")
	return 0
}
