// Package demo makes up the history of a busy repair station, for the demo
// command, the store's tests and its benchmarks: years of repair orders as
// a station would have them, every one built with package repair's own
// functions (Move, SetResult, LogContact, SetEstimate, ReturnLoaner), so
// that each obeys the rules of DOMAIN.md O1–O8 and its timeline replays.
//
// Orders(opts) yields them oldest first, received on the days before
// opts.Now over about three years: customers with Chinese names (some in
// Latin letters), mobile and landline phones, businesses and dealers,
// notebooks, desktops, monitors and printers with their faults, serials of
// which about one in ten is a device come back (Previous linked, O7),
// warranty verdicts, promised times and loaners. The newest opts.Open of
// them are still open (a workshop's worth by default, DefaultOpen), spread
// over O1's states: some overdue, some promised for today, ready ones not
// yet told, loaners out. About one repair in ten misses its promise
// (lateShare); the others are ready before it. All older ones are
// closed: picked up mostly, some cancelled or returned unrepaired, each
// with its full history. The same Options give the same orders.
//
// It imports package repair only, never the store: the store's tests use
// it, and the demo command stores what it yields with store.BulkOrders.
package demo

import (
	"iter"
	"math"
	"math/rand/v2"
	"time"

	"frontdesk/repair"
)

// Options say which history to make.
type Options struct {
	Orders int            // how many orders
	Open   int            // how many of the newest are still open; ≤ 0: DefaultOpen(Orders)
	Now    time.Time      // the history ends here; orders are received on the days before its day
	Loc    *time.Location // the station's time zone; nil: Now's
	Seed   uint64         // the same seed, the same orders
}

// Days is how many days before Now the history begins: three years.
const Days = 3*365 + 1

// openDays is how many days the open orders were received over, at most:
// enough for some to be overdue, or waiting for parts for a week.
const openDays = 10

// comebackPool is how many recent devices a comeback (O7) is drawn from.
const comebackPool = 100_000

// DefaultOpen is how many orders of n are open when Options.Open is not
// set: what a station has in its workshop, about workshopDays of its
// intake at the history's rate (in diagnosis, waiting for parts, in repair,
// ready and not yet collected); at least minOpen, so that a small history
// still has every open state and every list of the board, and at most
// maxOpen, a big station's workshop.
func DefaultOpen(n int) int { return min(n, max(minOpen, min(maxOpen, n*workshopDays/Days))) }

// The workshop of DefaultOpen.
const (
	workshopDays = 8
	minOpen      = 40
	maxOpen      = 1000
)

// lateShare is the share of repairs that miss their promise (O2): their
// life takes as long as it takes. The others are made ready before the
// promised time, as a station that keeps its word does.
const lateShare = 0.1

// Orders yields the orders of opts, oldest first. Their ID is 0 (the store
// numbers them in the order given); Number and Claim are set, unique.
func Orders(opts Options) iter.Seq[repair.Order] {
	return func(yield func(repair.Order) bool) {
		g := newGen(opts)
		for i := range g.n {
			if !yield(g.order(i)) {
				return
			}
		}
	}
}

// gen is one run of Orders.
type gen struct {
	cfg         repair.Config // the rules of repair.DefaultConfig, whose words words.go uses
	loc         *time.Location
	now         time.Time
	rng         *rand.Rand
	src         *rand.ChaCha8 // also the claim codes' random bytes
	n, closed   int
	closedStart time.Time // station-local midnight of the first day
	openStart   time.Time // of the first day of the open orders
	closedDays  int
	openDays    int

	day     string // the day of the last order, and its sequence that day
	seq     uint64
	claims  map[string]bool
	devices []device // recent devices, for comebacks; a new one replaces a random one when full
}

// device is a customer's device, remembered for when it comes back (O7).
type device struct {
	in     repair.Intake // the customer, the device and its purchase
	fault  int           // index in faultsOf[kind]
	orders []string      // its order numbers so far
}

func newGen(opts Options) *gen {
	loc := opts.Loc
	if loc == nil {
		loc = opts.Now.Location()
	}
	n := max(opts.Orders, 0)
	open := opts.Open
	if open <= 0 {
		open = DefaultOpen(n)
	}
	open = min(open, n)
	y, m, d := opts.Now.In(loc).Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, loc)
	od := min(openDays, max(1, open/5))
	src := rand.NewChaCha8(seed32(opts.Seed))
	return &gen{
		cfg: repair.DefaultConfig(), loc: loc, now: opts.Now, rng: rand.New(src), src: src,
		n: n, closed: n - open,
		closedStart: today.AddDate(0, 0, -Days), openStart: today.AddDate(0, 0, -od),
		closedDays: Days - od, openDays: od,
		claims: make(map[string]bool, min(n, 1<<20)), devices: make([]device, 0, min(n, comebackPool)),
	}
}

func seed32(s uint64) (out [32]byte) {
	for i := range 4 {
		for j := range 8 {
			out[i*8+j] = byte((s ^ uint64(i)*0x9e3779b97f4a7c15) >> (8 * j))
		}
	}
	return out
}

// received is when order i came in: the closed orders evenly over the days
// before the open ones, the open ones over the last days before today, more
// of them the more recent the day (of an older day's intake more has been
// collected), each day's between 09:00 and 18:00.
func (g *gen) received(i int) time.Time {
	start, days, k, of := g.closedStart, g.closedDays, i, g.closed
	x := float64(k) / float64(of)
	if i >= g.closed {
		start, days, k, of = g.openStart, g.openDays, i-g.closed, g.n-g.closed
		x = math.Sqrt(float64(k) / float64(of))
	}
	f := x * float64(days)
	day := int(f)
	within := time.Duration((f - float64(day)) * float64(9*time.Hour)).Truncate(time.Second)
	return start.AddDate(0, 0, day).Add(9*time.Hour + within)
}

// number is the next order number of the day of t (I13).
func (g *gen) number(t time.Time) string {
	if d := t.Format(time.DateOnly); d != g.day {
		g.day, g.seq = d, 0
	}
	g.seq++
	return repair.OrderNumber(t, g.seq)
}

// claim is a new claim code, drawn as the store draws them.
func (g *gen) claim() string {
	for {
		c, err := repair.NewClaimCode(g.src, g.cfg.ClaimCodeLength)
		if err != nil {
			panic("demo: " + err.Error()) // ChaCha8 never fails to read
		}
		if !g.claims[c] {
			g.claims[c] = true
			return c
		}
	}
}

// order makes order i with its whole life.
func (g *gen) order(i int) repair.Order {
	at := g.received(i)
	dev, place := g.device(at)
	f := faultsOf[dev.in.Device][dev.fault]
	in := dev.in
	in.Fault, in.Part = f.text, f.part
	in.Exclusion = ""
	if f.damage {
		in.Exclusion = repair.ExclusionDamage
	}
	g.intakeDetails(&in)
	promised := g.promise(at)
	in.Promised = promised.Format(repair.MinuteLayout)
	in.LoanerOffered = in.NeedsLoaner(g.cfg, at, g.loc)
	if in.LoanerOffered && g.chance(0.08) {
		in.LoanerAccepted, in.Loaner = true, loanerName(g.rng.IntN(30)+1, in.Device)
	}
	counter, ticket := 1+g.rng.IntN(3), "A"
	if in.Kind == repair.Business {
		counter, ticket = 4, "D"
	}
	o := repair.Order{
		Number: g.number(at), Claim: g.claim(), State: repair.StateReceived, Received: at.UTC(),
		Counter: counter, Engineer: g.pick(engineers), Ticket: ticketNumber(ticket, 1+g.seq%300),
		Intake: in, Verdict: repair.Decide(g.cfg, in, at, g.loc), Promised: promised.UTC(),
		Previous: append([]string(nil), dev.orders...),
	}
	g.remember(dev, place, o.Number)
	l := &life{g: g, o: o, f: f, at: at, onTime: promised.After(at) && !g.chance(lateShare)}
	if i < g.closed {
		l.end = minTime(g.now, at.AddDate(0, 0, 40))
		l.close()
		return l.o
	}
	l.end = g.now.Add(-5 * time.Minute)
	target := g.target(at)
	if l.onTime && promised.Before(l.end) && stage[target] < stage[repair.StateReady] {
		target = repair.StateReady // kept its promise: ready by now
	}
	l.open(target)
	return l.o
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
