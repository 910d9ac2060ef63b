package demo

import (
	"iter"
	"math"
	"slices"
	"time"

	"frontdesk/queue"
)

// The take-a-number history of the same years as Orders: Tickets(opts)
// yields, day by day, every ticket a station's queue issued, with its whole
// life as package queue's functions made it. Each day is a simulation: the
// kiosk issues numbers over the opening hours, counters call through
// queue.Next, customers walk up or miss their call, come back, step away,
// are served or sent on to another line, and at the end of the day the
// supervisor closes what is left (Q11). So every ticket obeys Q1–Q11 by
// construction, and its waits are what the counters staffed that day
// made them.
//
// Beside each ticket come the steps of its life in the words of the
// store's event log ("take", "call", "recall", "start", "finish", "noshow",
// "return", "transfer", "away", "back", "close") with the counter, the
// actor and the detail the store's live operations record: the store
// stores them with its BulkTickets. Steps are stamped at distinct times
// (the day-end closes share one), so their order is their times' order.

// DefaultTickets is the ticket history of the benchmarks' station: two
// tickets per order of a million, one to bring the device and one to fetch it.
const DefaultTickets = 2_000_000

// TicketOptions say which ticket history to make.
type TicketOptions struct {
	Tickets int       // how many, over all days; ≤ 0: DefaultTickets
	Now     time.Time // the history covers the Days days before Now's station-local day
	Seed    uint64    // the same options, the same tickets
	// Queue is the station's queue: its types must include A–D of
	// queue.DefaultConfig, its Location is the station's. Without counters
	// it is StationQueue for the number of tickets a day. A queue with too
	// few counters for the tickets gets long waits, as a real one would.
	Queue queue.Config
}

// TicketDay is one day of the queue's history.
type TicketDay struct {
	Day     string       // station-local "2006-01-02"
	Tickets []TicketLife // in issue order
}

// TicketLife is one ticket as the day left it, closed, with the steps of
// its life. Its ID is 0: the store numbers tickets in the order given.
type TicketLife struct {
	Ticket queue.Ticket
	Steps  []TicketStep // oldest first
}

// TicketStep is one change of a ticket as the store logs it (store.Event).
type TicketStep struct {
	At      time.Time // UTC
	Kind    string    // the store's event kind: "take", "call", …
	Counter int       // the counter it happened at; 0 for take, away, back, return
	Who     string    // "kiosk", the engineer at the counter, "close-day"
	Detail  string    // "priority" on a take, "to type X" on a transfer, the reason on a close
}

// service is what the station knows of a service type's customers.
type service struct {
	code     string
	share    float64 // of the arrivals
	priority float64 // share with an appointment (Q9)
	median   time.Duration
	spread   float64 // σ of the log-normal service time
	lo, hi   time.Duration
}

// services are the four lines of queue.DefaultConfig: repair drop-offs and
// pickups make most of the day, about one of each per repair order.
var services = []service{
	{"A", 0.40, 0.05, 10*time.Minute + 30*time.Second, 0.33, 4 * time.Minute, 30 * time.Minute},
	{"B", 0.38, 0.05, 5 * time.Minute, 0.28, 2 * time.Minute, 12 * time.Minute},
	{"C", 0.14, 0.01, 6 * time.Minute, 0.45, 2 * time.Minute, 20 * time.Minute},
	{"D", 0.08, 0.06, 13 * time.Minute, 0.35, 5 * time.Minute, 35 * time.Minute},
}

// The station's day: the kiosk issues numbers from opening to closing,
// the counters call as long as somebody waits, until lastCall at the latest.
const (
	opening  = 8*time.Hour + 30*time.Minute
	closing  = 17*time.Hour + 30*time.Minute
	lastCall = closing + 90*time.Minute
	slot     = 30 * time.Minute
)

// arrivals weighs each half hour from opening: the morning and afternoon
// peaks, fewer at lunch.
var arrivals = []float64{0.7, 1.0, 1.3, 1.5, 1.6, 1.5, 1.2, 0.7, 0.6, 0.9, 1.2, 1.4, 1.5, 1.4, 1.3, 1.1, 0.9, 0.6}

// weekdays weighs the days: busier on Mondays and at weekends.
var weekdays = [7]float64{
	time.Sunday: 1.2, time.Monday: 1.3, time.Tuesday: 1.0, time.Wednesday: 0.95,
	time.Thursday: 0.95, time.Friday: 1.05, time.Saturday: 1.35,
}

// overhead is what a ticket costs a counter beside its service: the walk,
// recalls and the moment before the next call.
const overhead = 70 * time.Second

// busiestDay is how much busier the busiest day of a history is than its
// average: a Saturday near its end (weekday, growth and chance together).
const busiestDay = 1.5

// slack is the counters staffed beyond the customers' expected work, as
// a share of its square root ("square-root staffing"): a few counters of
// a line are busier for their size than many, so a small line gets more
// spare capacity. The peaks of the day still make a queue.
const slack = 0.6

// The actors of the steps that are nobody's at a counter.
const (
	kiosk    = "kiosk"     // the kiosk issues the walk-ins' numbers
	booked   = "script"    // appointments are issued by a script (frontdesk take --priority)
	closer   = "close-day" // frontdesk close-day at the end of the day
	dayEnded = "营业结束"      // the reason it is given
)

// StationQueue is queue.DefaultConfig with as many counters as a station
// that issues perDay tickets on an average day staffs on its busiest:
// counters for A–C (with the preferences of counters 1–3) numbered first,
// then those for business customers (D). Up to about 80 a day it is
// DefaultConfig itself.
func StationQueue(perDay float64) queue.Config {
	cfg := queue.DefaultConfig()
	peak := perDay * busiestDay
	consumer := max(3, counterCount(peak, "A", "B", "C"))
	business := max(1, counterCount(peak, "D"))
	cfg.Counters = nil
	for i := range consumer {
		cfg.Counters = append(cfg.Counters, queue.Counter{
			Number: i + 1,
			Types:  slices.Clone(queue.DefaultConfig().Counters[i%3].Types),
		})
	}
	for i := range business {
		cfg.Counters = append(cfg.Counters, queue.Counter{Number: consumer + i + 1, Types: []string{"D"}})
	}
	return cfg
}

// TicketQueue is the queue the history of opts is made on.
func TicketQueue(opts TicketOptions) queue.Config {
	if len(opts.Queue.Counters) > 0 {
		return opts.Queue
	}
	return StationQueue(float64(ticketCount(opts)) / Days)
}

func ticketCount(opts TicketOptions) int {
	if opts.Tickets <= 0 {
		return DefaultTickets
	}
	return opts.Tickets
}

// counterCount is how many counters a day's customers of the given types
// need: their expected work in counter-days (a lunch break each), and some
// slack.
func counterCount(tickets float64, codes ...string) int {
	var minutes float64
	for _, s := range services {
		if slices.Contains(codes, s.code) {
			minutes += tickets * s.share * s.mean().Minutes()
		}
	}
	work := minutes / (closing - opening - 45*time.Minute).Minutes()
	return int(math.Ceil(work + slack*math.Sqrt(work)))
}

// mean is the expected time a customer of the service holds a counter.
func (s service) mean() time.Duration {
	return time.Duration(float64(s.median)*math.Exp(s.spread*s.spread/2)) + overhead
}

// Tickets yields the history of opts, oldest day first, each day's tickets
// in issue order; a day without tickets is left out. The tickets of all
// days together are opts.Tickets, spread over the days by weekday and a
// slow growth, give or take a tenth.
func Tickets(opts TicketOptions) iter.Seq[TicketDay] {
	return func(yield func(TicketDay) bool) {
		st := newStation(opts)
		for d, n := range st.counts {
			if n == 0 {
				continue
			}
			if !yield(st.simulate(d, n)) {
				return
			}
		}
	}
}
