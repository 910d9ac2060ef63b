package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"frontdesk/queue"
)

// station is one run of Tickets.
type station struct {
	cfg    queue.Config
	rng    *rand.Rand
	first  time.Time // station-local midnight of the first day
	counts []int     // tickets of each day
	roster []string  // the engineers who take turns at the counters
	groups [][]int   // indexes of counters serving the same types, staffed together
}

func newStation(opts TicketOptions) *station {
	cfg := TicketQueue(opts)
	if err := cfg.Validate(); err != nil {
		panic("demo: " + err.Error())
	}
	for _, s := range services {
		if _, err := cfg.Type(s.code); err != nil {
			panic("demo: the ticket history needs the service types A–D: " + err.Error())
		}
	}
	loc := cfg.Location
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := opts.Now.In(loc).Date()
	st := &station{
		cfg: cfg, rng: rand.New(rand.NewChaCha8(seed32(opts.Seed ^ 0x7469636b657473))), // "tickets"
		first: time.Date(y, m, d, 0, 0, 0, 0, loc).AddDate(0, 0, -Days),
	}
	st.counts = st.spread(ticketCount(opts))
	groups := map[string]int{}
	for i, k := range cfg.Counters {
		key := strings.Join(slices.Sorted(slices.Values(k.Types)), "")
		if _, ok := groups[key]; !ok {
			groups[key] = len(st.groups)
			st.groups = append(st.groups, nil)
		}
		st.groups[groups[key]] = append(st.groups[groups[key]], i)
	}
	st.roster = slices.Clone(engineers)
	for _, s := range surnames {
		if len(st.roster) >= len(cfg.Counters)*3/2 {
			break
		}
		if name := string(s) + "工"; !slices.Contains(st.roster, name) {
			st.roster = append(st.roster, name)
		}
	}
	return st
}

// spread divides n tickets among the days by their weights, rounding the
// running total so that the days add up to exactly n.
func (st *station) spread(n int) []int {
	w := make([]float64, Days)
	var sum float64
	for d := range w {
		growth := 1 + 0.2*float64(d)/Days
		w[d] = weekdays[st.first.AddDate(0, 0, d).Weekday()] * growth * (0.9 + 0.2*st.rng.Float64())
		sum += w[d]
	}
	counts := make([]int, Days)
	var run float64
	done := 0
	for d := range w {
		run += w[d]
		upto := int(math.Round(float64(n) * run / sum))
		if d == Days-1 {
			upto = n
		}
		counts[d], done = upto-done, upto
	}
	return counts
}

// draw is a log-normal duration around median, within [lo, hi], to the
// millisecond.
func (st *station) draw(median time.Duration, spread float64, lo, hi time.Duration) time.Duration {
	d := time.Duration(float64(median) * math.Exp(spread*st.rng.NormFloat64()))
	return min(max(d, lo), hi).Truncate(time.Millisecond)
}

// between is a duration in [lo, hi), to the millisecond.
func (st *station) between(lo, hi time.Duration) time.Duration {
	return lo + time.Duration(st.rng.Int64N(int64(hi-lo)/1e6))*time.Millisecond
}

func (st *station) chance(p float64) bool { return st.rng.Float64() < p }

// mustDo is for what the generator only does when the rules allow it.
func mustDo(err error) {
	if err != nil {
		panic(fmt.Sprintf("demo: a ticket step the queue refused: %v", err))
	}
}
