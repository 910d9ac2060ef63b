package demo

import (
	"hash/fnv"
	"iter"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
)

// smallStation is a history queue.DefaultConfig's four counters serve at
// about the waits of a bigger station.
func smallStation(seed uint64) TicketOptions {
	return TicketOptions{Tickets: 80 * Days, Now: now, Seed: seed, Queue: queue.DefaultConfig()}
}

// firstDays is the first n days of a history.
func firstDays(opts TicketOptions, n int) []TicketDay {
	var out []TicketDay
	for d := range Tickets(opts) {
		if out = append(out, d); len(out) == n {
			break
		}
	}
	return out
}

// Every day replays through package queue's functions, each call on the
// whole day's tickets, to the tickets yielded: numbered from 1 per type,
// called as queue.Next calls, every life a valid one that ends closed. A
// station that calls a normal ticket after every priority one (Q9's N:1
// at 1:1) makes the priority rule decide many calls.
func TestTicketsObeyTheQueue(t *testing.T) {
	oneToOne := smallStation(1)
	oneToOne.Queue.PriorityRatio, oneToOne.Queue.PriorityMaxWait = 1, 0
	for _, c := range []struct {
		opts TicketOptions
		days int
	}{{smallStation(1), 60}, {oneToOne, 60}, {TicketOptions{Now: now, Seed: 1}, 3}} {
		cfg := TicketQueue(c.opts)
		for _, d := range firstDays(c.opts, c.days) {
			replayDay(t, cfg, d)
		}
	}
}

// replayDay makes day d again from its steps, in their order, and checks
// each ticket against what it yielded.
func replayDay(t *testing.T, cfg queue.Config, d TicketDay) {
	t.Helper()
	type step struct {
		TicketStep
		i int
	}
	var steps []step
	for i, l := range d.Tickets {
		for _, st := range l.Steps {
			steps = append(steps, step{st, i})
		}
	}
	slices.SortStableFunc(steps, func(a, b step) int { return a.At.Compare(b.At) })
	today := make([]queue.Ticket, 0, len(d.Tickets))
	seq := map[string]int{}
	for j, st := range steps {
		if j > 0 && !st.At.After(steps[j-1].At) && !(st.Kind == "close" && steps[j-1].Kind == "close") {
			t.Fatalf("%s: step %+v not after the one before", d.Day, st)
		}
		want := d.Tickets[st.i].Ticket
		if st.Kind == "take" {
			if st.i != len(today) {
				t.Fatalf("%s: %s issued out of order", d.Day, want.Number)
			}
			code := strings.TrimRight(want.Number, "0123456789") // its type when issued
			seq[code]++
			tk, err := queue.NewTicket(cfg, code, seq[code], st.Detail == "priority", st.At)
			if err != nil || tk.Number != want.Number || tk.Seq != seq[code] {
				t.Fatalf("%s: take %s: %v, the day's %d-th of %s", d.Day, want.Number, err, seq[code], code)
			}
			tk.ID = uint64(st.i + 1)
			today = append(today, tk)
			continue
		}
		tk := &today[st.i]
		var err error
		switch st.Kind {
		case "call":
			var next queue.Ticket
			if next, err = queue.Next(cfg, st.Counter, false, today, st.At); err == nil && next.ID != tk.ID {
				t.Fatalf("%s: counter %d called %s, Next says %s", d.Day, st.Counter, tk.Number, next.Number)
			}
			if err == nil {
				err = tk.Call(st.Counter, st.At)
			}
		case "recall":
			err = tk.Recall(st.Counter, st.At)
		case "start":
			err = tk.Start(st.Counter, st.At)
		case "finish":
			err = tk.Finish(st.Counter, st.At)
		case "noshow":
			err = tk.MarkNoShow(st.Counter, st.At)
		case "transfer":
			err = tk.Transfer(cfg, st.Counter, strings.TrimPrefix(st.Detail, "to type "), 0, st.At)
		case "return":
			err = queue.ReturnNoShow(cfg, tk, today, st.At)
		case "away":
			err = tk.StepAway(st.At)
		case "back":
			err = tk.ComeBack(cfg, st.At)
		case "close":
			err = tk.Close(st.Detail, st.At)
		default:
			t.Fatalf("%s: a step of no known kind: %+v", d.Day, st)
		}
		if err != nil || st.Who == "" {
			t.Fatalf("%s: %s of %s by %q: %v", d.Day, st.Kind, tk.Number, st.Who, err)
		}
	}
	if len(today) != len(d.Tickets) {
		t.Fatalf("%s: %d tickets taken of %d", d.Day, len(today), len(d.Tickets))
	}
	for i, tk := range today {
		tk.ID = 0
		if got := d.Tickets[i].Ticket; !reflect.DeepEqual(got, tk) {
			t.Fatalf("%s: %s does not replay:\n got %+v\nwant %+v", d.Day, tk.Number, got, tk)
		}
		checkClosed(t, cfg, d.Day, tk)
	}
}

// checkClosed: a ticket as a day leaves it, its times in order.
func checkClosed(t *testing.T, cfg queue.Config, day string, tk queue.Ticket) {
	t.Helper()
	m := tk.Measure()
	local := tk.IssuedAt.In(cfg.Location)
	clock := time.Duration(local.Hour())*time.Hour + time.Duration(local.Minute())*time.Minute
	ordered := func(ts ...time.Time) bool {
		for i := 1; i < len(ts); i++ {
			if !ts[i].IsZero() && ts[i].Before(ts[i-1]) {
				return false
			}
		}
		return true
	}
	if tk.Open() || tk.Day != day || clock < opening || clock >= closing || tk.EndedAt.IsZero() ||
		!ordered(tk.IssuedAt, tk.FirstCalledAt, tk.CalledAt, tk.StartedAt, tk.EndedAt) ||
		m.Wait < 0 || m.Walk < 0 || m.Service < 0 || m.Total < m.Wait {
		t.Fatalf("%s: not a ticket a day leaves: %+v, %+v", day, tk, m)
	}
	if tk.State == queue.Cancelled && tk.Reason != dayEnded {
		t.Fatalf("%s: %s cancelled for %q", day, tk.Number, tk.Reason)
	}
}

// The history is exactly the tickets asked for, on every day of the years
// before today, oldest first, more of them on Mondays and at weekends.
func TestTicketsCountAndDays(t *testing.T) {
	const n = 54_321
	opts := TicketOptions{Tickets: n, Now: now, Seed: 2}
	loc := TicketQueue(opts).Location
	day := time.Date(2025, 6, 2, 0, 0, 0, 0, loc).AddDate(0, 0, -Days)
	total := 0
	var perDay [7][]int
	for d := range Tickets(opts) {
		if want := day.Format(time.DateOnly); d.Day != want {
			t.Fatalf("day %s after %s, want %s", d.Day, day.AddDate(0, 0, -1).Format(time.DateOnly), want)
		}
		total += len(d.Tickets)
		perDay[day.Weekday()] = append(perDay[day.Weekday()], len(d.Tickets))
		day = day.AddDate(0, 0, 1)
	}
	if total != n || day.Format(time.DateOnly) != "2025-06-02" {
		t.Errorf("%d tickets up to %s, want %d up to today", total, day.AddDate(0, 0, -1).Format(time.DateOnly), n)
	}
	mean := func(days ...time.Weekday) float64 {
		var sum, k int
		for _, w := range days {
			for _, c := range perDay[w] {
				sum, k = sum+c, k+1
			}
		}
		return float64(sum) / float64(k)
	}
	midweek := mean(time.Tuesday, time.Wednesday, time.Thursday)
	for _, busy := range []time.Weekday{time.Monday, time.Saturday, time.Sunday} {
		if mean(busy) < 1.1*midweek {
			t.Errorf("%v: %.1f tickets a day, midweek %.1f", busy, mean(busy), midweek)
		}
	}
	if got := len(slices.Collect(Tickets(TicketOptions{Tickets: 7, Now: now}))); got < 1 || got > 7 {
		t.Errorf("7 tickets on %d days", got)
	}
}

// A station manager reading the history finds plausible figures: waits of
// a few minutes, longer at the peaks; repair intakes of 5–20 minutes,
// pickups of 3–8; a few no-shows, some priority customers, transfers,
// customers who stepped away; fewer arrivals at lunch. At a small station
// most customers find a counter free: the median wait is short.
func TestTicketsLikeAStation(t *testing.T) {
	for _, c := range []struct {
		opts       TicketOptions
		medianWait time.Duration // at least
	}{{TicketOptions{Now: now, Seed: 5}, time.Minute}, {smallStation(5), 0}} {
		opts, cfg := c.opts, TicketQueue(c.opts)
		var waits, peak []time.Duration
		service := map[string][]time.Duration{}
		var tickets, noShows, priority, cancelled int
		steps := map[string]int{}
		var hours [24]int
		who := map[string]bool{}
		for _, d := range firstDays(opts, 28) {
			for _, l := range d.Tickets {
				tk, m := l.Ticket, l.Ticket.Measure()
				tickets++
				h := tk.IssuedAt.In(cfg.Location).Hour()
				hours[h]++
				if !tk.FirstCalledAt.IsZero() {
					waits = append(waits, m.Wait)
					if h == 10 || h == 11 || h == 14 || h == 15 {
						peak = append(peak, m.Wait)
					}
				}
				if tk.State == queue.Finished {
					service[tk.Type] = append(service[tk.Type], m.Service)
				}
				priority += boolInt(tk.Priority)
				cancelled += boolInt(tk.State == queue.Cancelled)
				seen := map[string]bool{}
				for _, st := range l.Steps {
					steps[st.Kind]++
					seen[st.Kind] = true
					who[st.Who] = true
				}
				noShows += boolInt(seen["noshow"])
			}
		}
		share := func(k int) float64 { return float64(k) / float64(tickets) }
		for _, c := range []struct {
			what   string
			got    time.Duration
			lo, hi time.Duration
		}{
			{"median wait", pct(waits, 50), c.medianWait, 6 * time.Minute},
			{"90th percentile wait at the peaks", pct(peak, 90), 8 * time.Minute, 30 * time.Minute},
			{"median repair intake", pct(service["A"], 50), 8 * time.Minute, 13 * time.Minute},
			{"10th percentile repair intake", pct(service["A"], 10), 5 * time.Minute, 9 * time.Minute},
			{"90th percentile repair intake", pct(service["A"], 90), 13 * time.Minute, 20 * time.Minute},
			{"median pickup", pct(service["B"], 50), 4 * time.Minute, 6 * time.Minute},
			{"90th percentile pickup", pct(service["B"], 90), 6 * time.Minute, 8 * time.Minute},
		} {
			if c.got < c.lo || c.got > c.hi {
				t.Errorf("%d counters: %s %v, want %v–%v", len(cfg.Counters), c.what, c.got, c.lo, c.hi)
			}
		}
		if ns, p, cc := share(noShows), share(priority), share(cancelled); ns < 0.02 || ns > 0.06 || p < 0.03 || p > 0.07 || cc > 0.01 {
			t.Errorf("%d counters: %.1f%% no-shows, %.1f%% priority, %.1f%% cancelled", len(cfg.Counters), 100*ns, 100*p, 100*cc)
		}
		for _, kind := range []string{"recall", "transfer", "return", "away", "back"} {
			if steps[kind] == 0 || steps[kind] > tickets/5 {
				t.Errorf("%d counters: %d %s steps of %d tickets", len(cfg.Counters), steps[kind], kind, tickets)
			}
		}
		if hours[12] >= hours[10] || hours[12] >= hours[15] {
			t.Errorf("%d counters: arrivals by hour %v: no fewer at lunch", len(cfg.Counters), hours)
		}
		if len(who) < len(cfg.Counters)+2 { // the engineers, the kiosk, close-day
			t.Errorf("%d counters, %d actors: %v", len(cfg.Counters), len(who), who)
		}
	}
}

func TestSameSeedSameTickets(t *testing.T) {
	sum := func(seed uint64) uint64 {
		h := fnv.New64a()
		for _, d := range firstDays(smallStation(seed), 5) {
			h.Write([]byte(asJSON(d)))
		}
		return h.Sum64()
	}
	if a, b, c := sum(3), sum(3), sum(4); a != b || a == c {
		t.Errorf("seed 3: %x, again %x; seed 4: %x", a, b, c)
	}
}

// StationQueue is DefaultConfig for a small station, and grows with the
// tickets a day.
func TestStationQueue(t *testing.T) {
	if got := StationQueue(80); !reflect.DeepEqual(got, queue.DefaultConfig()) {
		t.Errorf("a station of 80 tickets a day has %+v", got.Counters)
	}
	big := StationQueue(DefaultTickets / Days)
	served := map[string]int{}
	for _, k := range big.Counters {
		for _, code := range k.Types {
			served[code]++
		}
	}
	if err := big.Validate(); err != nil || served["A"] < 20 || served["D"] < 3 || served["D"] > served["A"]/4 {
		t.Errorf("a station of %d tickets a day: %v, counters serving each type %v", DefaultTickets/Days, err, served)
	}
}

// BenchmarkTickets is the generator alone, per ticket, at the benchmarks'
// station.
func BenchmarkTickets(b *testing.B) {
	next, stop := iter.Pull(Tickets(TicketOptions{Now: now}))
	defer stop()
	var left []TicketLife
	for b.Loop() {
		if len(left) == 0 {
			d, _ := next()
			left = d.Tickets
		}
		left = left[1:]
	}
}

// pct is the p-th percentile, nearest rank, as package report has it.
func pct(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	d = slices.Sorted(slices.Values(d))
	return d[max((p*len(d)+99)/100, 1)-1]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
