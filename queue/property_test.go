package queue

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// sim is one random day: counters calling through Next (or calling a chosen
// ticket after the checks the store makes), and every other operation tried
// on random tickets by random counters, right or wrong.
type sim struct {
	*day
	r      *rand.Rand
	now    time.Time
	paused map[int]bool
	where  string // seed, step and operation, for failure messages
}

// counter picks a counter number; now and then one that does not exist.
func (s *sim) counter() int {
	if s.r.IntN(20) == 0 {
		return 9
	}
	return s.cfg.Counters[s.r.IntN(len(s.cfg.Counters))].Number
}

// pick returns a random ticket, or nil on an empty day; half the time one
// at a counter, away or a no-show, where most operations have something to do.
func (s *sim) pick() *Ticket {
	if len(s.tickets) == 0 {
		return nil
	}
	if s.r.IntN(2) == 0 {
		var busy []int
		for i, tk := range s.tickets {
			if tk.State == Called || tk.State == Serving || tk.State == NoShow || tk.Away() {
				busy = append(busy, i)
			}
		}
		if len(busy) > 0 {
			return &s.tickets[busy[s.r.IntN(len(busy))]]
		}
	}
	return &s.tickets[s.r.IntN(len(s.tickets))]
}

// current is the ticket counter n holds, or nil.
func (s *sim) current(n int) *Ticket {
	for i := range s.tickets {
		if s.tickets[i].Current(n) {
			return &s.tickets[i]
		}
	}
	return nil
}

// try runs op on tk; a refused operation must leave the ticket unchanged.
func (s *sim) try(tk *Ticket, op func(*Ticket) error) error {
	s.t.Helper()
	before := *tk
	err := op(tk)
	if err != nil && !reflect.DeepEqual(*tk, before) {
		s.t.Fatalf("%s: refused (%v) but changed %s:\n got %+v\nwant %+v", s.where, err, tk.Number, *tk, before)
	}
	return err
}

// callNext is a counter pressing "next": Next, then Call on what it offered.
func (s *sim) callNext(n int) {
	s.t.Helper()
	got, err := Next(s.cfg, n, s.paused[n], s.tickets, s.now)
	k, kerr := s.cfg.Counter(n)
	switch {
	case kerr != nil:
		if !errors.Is(err, ErrUnknownCounter) {
			s.t.Fatalf("%s: Next at unknown counter: %v", s.where, err)
		}
	case s.paused[n]:
		if !errors.Is(err, ErrPaused) {
			s.t.Fatalf("%s: Next at paused counter %d: %v", s.where, n, err)
		}
	case s.current(n) != nil:
		if !errors.Is(err, ErrBusy) {
			s.t.Fatalf("%s: Next at busy counter %d: %v", s.where, n, err)
		}
	case len(Offered(s.cfg, k, s.tickets, s.now)) == 0:
		if !errors.Is(err, ErrNoneWaiting) {
			s.t.Fatalf("%s: Next with nothing offered: %v", s.where, err)
		}
	case err != nil:
		s.t.Fatalf("%s: Next(%d): %v", s.where, n, err)
	default:
		if !got.Queued() || got.Away() || !k.Serves(got.Type) || (got.ToCounter != 0 && got.ToCounter != n) {
			s.t.Fatalf("%s: counter %d offered %+v", s.where, n, got)
		}
		if err := s.try(s.byID(got.ID), func(t *Ticket) error { return t.Call(n, s.now) }); err != nil {
			s.t.Fatalf("%s: calling what Next offered: %v", s.where, err)
		}
	}
}

func (s *sim) byID(id uint64) *Ticket {
	for i := range s.tickets {
		if s.tickets[i].ID == id {
			return &s.tickets[i]
		}
	}
	s.t.Fatalf("%s: no ticket %d", s.where, id)
	return nil
}

// race is two counters pressing "next" on the same snapshot: when both are
// offered the same ticket, the second call must be refused.
func (s *sim) race() {
	s.t.Helper()
	a, b := s.counter(), s.counter()
	ta, erra := Next(s.cfg, a, s.paused[a], s.tickets, s.now)
	tb, errb := Next(s.cfg, b, s.paused[b], s.tickets, s.now)
	if erra != nil || errb != nil || a == b {
		return
	}
	if err := s.try(s.byID(ta.ID), func(t *Ticket) error { return t.Call(a, s.now) }); err != nil {
		s.t.Fatalf("%s: first of two calls: %v", s.where, err)
	}
	err := s.try(s.byID(tb.ID), func(t *Ticket) error { return t.Call(b, s.now) })
	if ta.ID == tb.ID && !errors.Is(err, ErrState) {
		s.t.Fatalf("%s: %s called by counters %d and %d: %v", s.where, ta.Number, a, b, err)
	}
	if ta.ID != tb.ID && err != nil {
		s.t.Fatalf("%s: second of two calls of different tickets: %v", s.where, err)
	}
}

// callChosen is a counter calling one ticket out of order (Q9), after the
// checks a correct caller makes: it serves the type, is open and free.
func (s *sim) callChosen(tk *Ticket) {
	s.t.Helper()
	n := s.counter()
	k, err := s.cfg.Counter(n)
	if err != nil || !k.Serves(tk.Type) || s.paused[n] || s.current(n) != nil {
		return
	}
	var want error
	switch {
	case !tk.Queued():
		want = ErrState
	case tk.State == Transferred && tk.ToCounter != 0 && tk.ToCounter != n:
		want = ErrNotYours
	}
	if err := s.try(tk, func(t *Ticket) error { return t.Call(n, s.now) }); !errors.Is(err, want) {
		s.t.Fatalf("%s: calling %s at %d: %v, want %v", s.where, tk.Number, n, err, want)
	}
}

func (s *sim) step() {
	s.t.Helper()
	s.now = s.now.Add(time.Duration(s.r.IntN(120)) * time.Second)
	tk := s.pick()
	op := s.r.IntN(16)
	s.where += fmt.Sprintf(" op %d", op)
	if tk == nil || op < 2 {
		s.take(s.cfg.Types[s.r.IntN(len(s.cfg.Types))].Code, s.r.IntN(5) == 0, s.now)
		return
	}
	n := s.counter()
	if s.r.IntN(2) == 0 && tk.Counter != 0 {
		n = tk.Counter // mostly the right counter, sometimes another
	}
	types := []string{"", "A", "B", "C", "D", "Z"}
	switch op {
	case 2, 3, 4, 5:
		s.callNext(n)
	case 6:
		s.race()
	case 7:
		s.callChosen(tk)
	case 8:
		s.try(tk, func(t *Ticket) error { return t.Recall(n, s.now) })
	case 9:
		s.try(tk, func(t *Ticket) error { return t.Start(n, s.now) })
	case 10:
		s.try(tk, func(t *Ticket) error { return t.Finish(n, s.now) })
	case 11:
		s.try(tk, func(t *Ticket) error { return t.MarkNoShow(n, s.now) })
	case 12:
		to := []int{0, 0, 1, 2, 3, 4, 9}[s.r.IntN(7)]
		s.try(tk, func(t *Ticket) error { return t.Transfer(s.cfg, n, types[s.r.IntN(len(types))], to, s.now) })
	case 13:
		s.try(tk, func(t *Ticket) error { return ReturnNoShow(s.cfg, t, s.tickets, s.now) })
	case 14:
		if s.r.IntN(2) == 0 {
			s.try(tk, func(t *Ticket) error { return t.StepAway(s.now) })
		} else {
			s.try(tk, func(t *Ticket) error { return t.ComeBack(s.cfg, s.now) })
		}
	case 15:
		if s.r.IntN(10) == 0 {
			s.try(tk, func(t *Ticket) error { return t.Close("left", s.now) })
		} else {
			s.paused[n] = !s.paused[n]
		}
	}
}

// check asserts what must hold after every operation.
func (s *sim) check() {
	s.t.Helper()
	held := map[int]string{}
	numbers := map[string]bool{}
	for _, tk := range s.tickets {
		fail := func(why string) { s.t.Fatalf("%s: %s: %s\n%+v", s.where, tk.Number, why, tk) }
		if numbers[tk.Number] {
			fail("number issued twice")
		}
		numbers[tk.Number] = true
		if tk.State == Called || tk.State == Serving {
			if other, ok := held[tk.Counter]; ok {
				fail(fmt.Sprintf("counter %d also holds %s", tk.Counter, other))
			}
			held[tk.Counter] = tk.Number
			if k, err := s.cfg.Counter(tk.Counter); err != nil || !k.Serves(tk.Type) {
				fail("held by a counter that does not serve its type")
			}
			if tk.Calls < 1 || tk.FirstCalledAt.IsZero() || tk.CalledAt.Before(tk.FirstCalledAt) || !tk.EndedAt.IsZero() || !tk.AwayAt.IsZero() {
				fail("inconsistent call times")
			}
		}
		switch tk.State {
		case Waiting, Transferred:
			if tk.Counter != 0 || !tk.StartedAt.IsZero() || !tk.EndedAt.IsZero() {
				fail("queued but held or ended")
			}
			if tk.State == Waiting && tk.ToCounter != 0 {
				fail("waiting but sent to a counter")
			}
			if k, err := s.cfg.Counter(tk.ToCounter); tk.ToCounter != 0 && (err != nil || !k.Serves(tk.Type)) {
				fail("sent to a counter that does not serve its type")
			}
		case Called:
			if !tk.StartedAt.IsZero() {
				fail("called but started")
			}
		case Serving:
			if tk.StartedAt.Before(tk.CalledAt) {
				fail("started before the call")
			}
		case Finished, NoShow:
			if tk.EndedAt.IsZero() || tk.Counter == 0 {
				fail("ended without time or counter")
			}
		case Cancelled:
			if tk.EndedAt.IsZero() || tk.Reason == "" {
				fail("closed without time or reason")
			}
		}
		if !tk.AwayAt.IsZero() && !tk.Queued() {
			fail("away but not queued")
		}
		m := tk.Measure()
		if m.Wait < 0 || m.Walk < 0 || m.Service < 0 || m.Total < 0 {
			fail(fmt.Sprintf("negative times %+v", m))
		}
		if !tk.EndedAt.IsZero() && m.Wait+m.Walk+m.Service > m.Total {
			fail(fmt.Sprintf("parts exceed the total %+v", m))
		}
	}
}

// TestQ5_RandomDaysOneTicketPerCounter plays many random days: whatever the
// order of operations, a counter never holds two tickets and a ticket is
// never called by two counters, as long as counters call through Next (or
// check before calling a chosen ticket); refused operations change nothing.
func TestQ5_RandomDaysOneTicketPerCounter(t *testing.T) {
	seeds, steps := 300, 400
	if testing.Short() {
		seeds = 30
	}
	for seed := range seeds {
		d := newDay(t, func(c *Config) {
			c.PriorityRatio = 1 + seed%3
			c.NoShowReturnBehind = seed % 4
			c.AwayHold = time.Duration(seed%3) * 10 * time.Minute
		})
		s := &sim{day: d, r: rand.New(rand.NewPCG(uint64(seed), 0x51a7)), now: t0, paused: map[int]bool{}}
		for i := range steps {
			s.where = fmt.Sprintf("seed %d step %d", seed, i)
			s.step()
			s.check()
		}
	}
}
