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
// demo), the newest of them open on the board. The same seed gives the
// same day and the same orders.
func Demo(e Env, now time.Time, orders int) error {
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
	clock := now.Add(-150 * time.Minute).Truncate(time.Minute)
	st, err := store.Open(store.Options{Path: e.Store.Path(), Queue: cfg, Now: func() time.Time { return clock }})
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	engineers := []string{"王工", "李工", "张工", "赵工"}
	var counters []*demoCounter
	for i, k := range cfg.Counters {
		if err := st.SignIn(k.Number, engineers[i%len(engineers)]); err != nil {
			return err
		}
		counters = append(counters, &demoCounter{n: k.Number})
	}
	var lastNoShow, awayDone uint64
	onBreak := false
	taken := 0
	for ; clock.Before(now); clock = clock.Add(time.Minute) {
		left := now.Sub(clock)
		rate := 0.22
		if left < 45*time.Minute {
			rate = 0.75 // the late-morning rush
		}
		for rng.Float64() < rate {
			rate -= 1
			code := pickType(rng)
			t, _, err := st.Take(code, rng.Float64() < 0.06, "kiosk")
			if err != nil {
				return err
			}
			taken++
			if awayDone == 0 && taken == 40 {
				if _, err := st.StepAway(t.ID, "kiosk"); err != nil {
					return err
				}
				awayDone = t.ID
			}
		}
		if !onBreak && left <= 20*time.Minute {
			onBreak = true
			if err := st.SetPaused(cfg.Counters[len(cfg.Counters)-1].Number, true, "demo"); err != nil {
				return err
			}
		}
		if lastNoShow != 0 && rng.Float64() < 0.1 {
			if _, err := st.ReturnNoShow(lastNoShow, "demo"); err == nil {
				lastNoShow = 0
			}
		}
		for _, c := range counters {
			id, err := c.step(st, rng, clock, left)
			if err != nil {
				return err
			}
			if id != 0 {
				lastNoShow = id
			}
		}
	}
	snap, err = e.Store.Snapshot()
	if err != nil {
		return err
	}
	human := e.Text.T("cli.demo", len(snap.Tickets), e.Store.Path())
	if orders > 0 {
		human = e.Text.T("cli.demo.orders", made.Orders, made.Open, made.Seconds) + "\n" + human
	}
	return e.print(struct {
		Tickets int `json:"tickets"`
		demoOrders
	}{len(snap.Tickets), made}, human)
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
func (c *demoCounter) step(st *store.Store, rng *rand.Rand, clock time.Time, left time.Duration) (uint64, error) {
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
