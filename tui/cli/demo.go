package cli

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"frontdesk/queue"
	"frontdesk/store"
)

// demoCounter is one simulated counter's progress through its customers.
type demoCounter struct {
	n      int
	phase  queue.State // "" idle, Called, Serving
	until  time.Time
	noShow bool
}

// Demo fills the database with a realistic busy morning that ends now: about
// two and a half hours of arrivals at four counters, a rush at the end so
// that some customers have waited past the threshold, a few priority
// customers, no-shows (one of whom comes back), a transfer, a customer who
// stepped away, and counter 4 on a break. With orders > 0 it first adds
// that many repair orders of about three years before today (package
// demo), the newest of them open on the board. Around the morning it plays
// an on-site day (demo_onsite.go): the last service day's visits, closed,
// and today's requests and hotline calls, open on the on-site board. The
// same seed gives the same day and the same orders. e.Store is a store in this process, on a
// clock that setClock sets (the zero time: the real clock again), which
// the morning moves a minute at a time.
func Demo(e Env, now time.Time, orders int, setClock func(time.Time)) error {
	snap, err := e.Store.Snapshot()
	if err != nil {
		return err
	}
	if len(snap.Tickets) > 0 {
		// A station's real day is never mixed with made-up customers.
		return errors.New(e.Text.T("cli.demo.notEmpty"))
	}
	var made demoOrders
	if orders > 0 {
		if made, err = demoHistory(e, now, orders); err != nil {
			return err
		}
	}
	cfg := e.Store.Config()
	// The morning is the 150 minutes before now, but of today only: the
	// store closes an earlier day's tickets at the first write after
	// midnight (Q11), so a demo run soon after midnight has a shorter one.
	clock := now.Add(-150 * time.Minute).Truncate(time.Minute)
	for cfg.Day(clock) != cfg.Day(now) {
		clock = clock.Add(time.Minute)
	}
	st := e.Store
	defer setClock(time.Time{})
	day, err := demoOnsiteDay(e, now, setClock)
	if err != nil {
		return err
	}
	if err := day.play(clock.Add(-time.Minute)); err != nil { // the on-site day's steps before the morning
		return err
	}
	setClock(clock)
	m := &demoMorning{st: st, cfg: cfg, rng: rand.New(rand.NewPCG(2026, 11))}
	engineers := []string{"王工", "李工", "张工", "赵工"}
	for i, k := range cfg.Counters {
		if err := st.SignIn(k.Number, engineers[i%len(engineers)]); err != nil {
			return err
		}
		m.counters = append(m.counters, &demoCounter{n: k.Number})
	}
	for ; clock.Before(now); clock = clock.Add(time.Minute) {
		setClock(clock)
		if err := day.play(clock); err != nil {
			return err
		}
		if err := m.minute(clock, now.Sub(clock)); err != nil {
			return err
		}
	}
	if err := day.play(now); err != nil {
		return err
	}
	snap, err = e.Store.Snapshot()
	if err != nil {
		return err
	}
	human := e.Text.T("cli.demo.onsite", day.made.Requests, day.made.Calls) + "\n" +
		e.Text.T("cli.demo", len(snap.Tickets), e.Store.Path())
	if orders > 0 {
		human = e.Text.T("cli.demo.orders", made.Orders, made.Open, made.Seconds) + "\n" + human
	}
	return e.print(struct {
		Tickets int `json:"tickets"`
		demoOrders
		demoMade
	}{len(snap.Tickets), made, day.made}, human)
}

// Clock is a store's clock for the demo: the time the demo sets, or
// another time while it sets none. Not for concurrent use, as the demo is
// not.
type Clock struct{ at time.Time }

// Or is the time set, or else when none is.
func (c *Clock) Or(otherwise time.Time) time.Time {
	if c.at.IsZero() {
		return otherwise
	}
	return c.at
}

// Set sets it; the zero time unsets it.
func (c *Clock) Set(t time.Time) { c.at = t }

// demoMorning is the made-up morning as it is played, a minute at a time,
// on the store whose clock the caller moves.
type demoMorning struct {
	st                   store.Queue
	cfg                  queue.Config
	rng                  *rand.Rand
	counters             []*demoCounter
	lastNoShow, awayDone uint64 // the latest no-show, who may come back; the one who stepped away
	onBreak              bool   // the last counter has gone on its break
	taken                int
}

// minute plays one minute, left before now: the customers who arrive, the
// last counter's break near the end, a no-show coming back now and then,
// and every counter's next move.
func (m *demoMorning) minute(clock time.Time, left time.Duration) error {
	if err := m.arrivals(left); err != nil {
		return err
	}
	if !m.onBreak && left <= 20*time.Minute {
		m.onBreak = true
		if err := m.st.SetPaused(m.cfg.Counters[len(m.cfg.Counters)-1].Number, true, "demo"); err != nil {
			return err
		}
	}
	if m.lastNoShow != 0 && m.rng.Float64() < 0.1 {
		if _, err := m.st.ReturnNoShow(m.lastNoShow, "demo"); err == nil {
			m.lastNoShow = 0
		}
	}
	for _, c := range m.counters {
		id, err := c.step(m.st, m.rng, clock, left)
		if err != nil {
			return err
		}
		if id != 0 {
			m.lastNoShow = id
		}
	}
	return nil
}

// arrivals takes the tickets of the customers who arrive this minute, more
// in the late-morning rush; the 40th customer steps away.
func (m *demoMorning) arrivals(left time.Duration) error {
	rate := 0.22
	if left < 45*time.Minute {
		rate = 0.75 // the late-morning rush
	}
	for m.rng.Float64() < rate {
		rate--
		code := pickType(m.rng)
		t, _, err := m.st.Take(code, m.rng.Float64() < 0.06, "kiosk")
		if err != nil {
			return err
		}
		m.taken++
		if m.awayDone == 0 && m.taken == 40 {
			if _, err := m.st.StepAway(t.ID, "kiosk"); err != nil {
				return err
			}
			m.awayDone = t.ID
		}
	}
	return nil
}

func pickType(rng *rand.Rand) string {
	switch r := rng.Float64(); {
	case r < 0.45:
		return "A"
	case r < 0.75:
		return "B"
	case r < 0.9:
		return "C"
	}
	return "D"
}

// step moves one counter on by a minute; it returns a no-show's ticket id.
func (c *demoCounter) step(st store.Queue, rng *rand.Rand, clock time.Time, left time.Duration) (uint64, error) {
	if clock.Before(c.until) {
		return 0, nil
	}
	who := fmt.Sprintf("demo-%d", c.n)
	switch c.phase {
	case "":
		if left < 3*time.Minute && rng.Float64() < 0.5 {
			return 0, nil // leave some counters calling, some serving at the end
		}
		_, err := st.CallNext(c.n, who)
		if errors.Is(err, queue.ErrNoneWaiting) || errors.Is(err, queue.ErrPaused) {
			return 0, nil
		}
		c.phase, c.until, c.noShow = queue.Called, clock.Add(time.Duration(1+rng.IntN(2))*time.Minute), rng.Float64() < 0.06
		return 0, err
	case queue.Called:
		if c.noShow {
			t, err := st.NoShow(c.n, who)
			c.phase = ""
			return t.ID, err
		}
		_, err := st.Start(c.n, who)
		c.phase, c.until = queue.Serving, clock.Add(time.Duration(4+rng.IntN(9))*time.Minute)
		return 0, err
	default:
		var err error
		transfer := rng.Float64() < 0.04
		if transfer {
			_, err = st.Transfer(c.n, "A", 0, who) // sent on to a repair drop-off
		}
		if !transfer || errors.Is(err, queue.ErrSameTarget) {
			_, err = st.Finish(c.n, who)
		}
		c.phase = ""
		return 0, err
	}
}
