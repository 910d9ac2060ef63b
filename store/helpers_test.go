package store

import (
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"frontdesk/queue"
)

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

// day9 is 09:00 in Shanghai on a working day, the start of most tests.
var day9 = time.Date(2025, 6, 2, 1, 0, 0, 0, time.UTC)

func newClock() *clock { return &clock{t: day9} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// allTypes is the default queue with every counter serving every type, so
// that any counter may take any ticket.
func allTypes() queue.Config {
	cfg := queue.DefaultConfig()
	for i := range cfg.Counters {
		cfg.Counters[i].Types = []string{"A", "B", "C", "D"}
	}
	return cfg
}

// openTest opens a fresh store in a temporary directory on the clock, with
// the default queue (counter 4 serves D only). NoSync: these tests are about
// the rules on disk, not about durability.
func openTest(t testing.TB, c *clock) *Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "queue.db"), c)
}

func openAt(t testing.TB, path string, c *clock) *Store {
	t.Helper()
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Now: c.Now, NoSync: true, Timeout: time.Second})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	// It holds the file until closed: let go of it when the test ends (a
	// second Close, after the test's own, does nothing).
	t.Cleanup(func() { s.Close() })
	return s
}

func take(t testing.TB, s *Store, code string) queue.Ticket {
	t.Helper()
	tk, _, err := s.Take(code, false, "kiosk")
	if err != nil {
		t.Fatalf("Take(%s): %v", code, err)
	}
	return tk
}

// takeAll takes one ticket of each code, in order.
func takeAll(t testing.TB, s *Store, codes ...string) []queue.Ticket {
	t.Helper()
	var out []queue.Ticket
	for _, code := range codes {
		out = append(out, take(t, s, code))
	}
	return out
}

// must(t)(s.Op(...)) is the ticket of an operation that must succeed.
func must(t testing.TB) func(queue.Ticket, error) queue.Ticket {
	return func(tk queue.Ticket, err error) queue.Ticket {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return tk
	}
}

func wantErr(t testing.TB, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
}

func snap(t testing.TB, s *Store) Snapshot {
	t.Helper()
	sn, err := s.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return sn
}

func rev(t testing.TB, s *Store) uint64 {
	t.Helper()
	r, err := s.Rev()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func allEvents(t testing.TB, s *Store) []Event {
	t.Helper()
	var out []Event
	var after uint64
	for {
		page, err := s.Events(after, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(page) == 0 {
			return out
		}
		out = append(out, page...)
		after = page[len(page)-1].ID
	}
}

func ticketByID(t testing.TB, s *Store, id uint64) queue.Ticket {
	t.Helper()
	for _, tk := range snap(t, s).Tickets {
		if tk.ID == id {
			return tk
		}
	}
	t.Fatalf("ticket %d not in today's snapshot", id)
	return queue.Ticket{}
}
