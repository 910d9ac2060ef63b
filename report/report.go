package report

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// Compute is the report of a period from its tickets, orders and events
// all in hand; now says how much of the period is over.
func Compute(cfg queue.Config, p Period, now time.Time, tickets []queue.Ticket, orders []repair.Order, events []store.Event) Report {
	b := NewBuilder(cfg, p, now)
	b.AddEvents(events)
	b.AddTickets(tickets)
	b.AddOrders(orders)
	return b.Report()
}

// Builder gathers a report page by page: hand it the period's tickets,
// events and orders in any order and any number of calls, then ask for
// the Report. Orders are reduced to their figures as they come; only the
// period's tickets and the events' engineers are kept until the end.
type Builder struct {
	cfg        queue.Config
	p          Period
	start, end time.Time
	asOf       time.Time

	tickets map[uint64]queue.Ticket
	who     map[uint64]actor // ticket → who finished, started or called it
	noShow  map[uint64]bool  // tickets with a no-show event
	handed  map[string]int   // hand-backs by reason
	named   map[string]bool  // order numbers the events name
	seen    map[uint64]bool  // orders added
	numbers map[string]bool  // their numbers

	orders   OrderStats
	turn     [3][]time.Duration // received→ready, ready→collected, received→collected
	failures []Failure
	visits   Visits
	models   map[string]*modelAcc
	counters map[int]*CounterStats
	people   map[string]*EngineerStats

	onsite       OnsiteStats // onsite.go
	requests     map[uint64]bool
	onsitePeople map[string]*OnsiteEngineer
}

type actor struct {
	who  string
	rank int // of the event it is from
}

// rank orders the events that tell a ticket's engineer: who finished it,
// else who started it, else who called it.
var rank = map[string]int{store.KindFinish: 3, store.KindStart: 2, store.KindCall: 1, store.KindRecall: 1}

type modelAcc struct {
	orders, comebacks int
	faults, again     map[string]int // all its faults, and those of comebacks
}

// NewBuilder starts the report of period p; now is the time it is made.
func NewBuilder(cfg queue.Config, p Period, now time.Time) *Builder {
	b := &Builder{
		cfg: cfg, p: p, start: p.Start(), end: p.End(),
		tickets: map[uint64]queue.Ticket{}, who: map[uint64]actor{}, noShow: map[uint64]bool{}, handed: map[string]int{},
		named: map[string]bool{}, seen: map[uint64]bool{}, numbers: map[string]bool{},
		models: map[string]*modelAcc{}, counters: map[int]*CounterStats{}, people: map[string]*EngineerStats{},
	}
	b.asOf = b.end
	if now.Before(b.end) {
		b.asOf = now
	}
	return b
}

func (b *Builder) in(t time.Time) bool { return !t.Before(b.start) && t.Before(b.end) }

// AddTickets adds tickets; those not issued on the period's days are
// passed over, and one given twice counts once.
func (b *Builder) AddTickets(ts []queue.Ticket) {
	for _, t := range ts {
		if t.Day >= b.p.First && t.Day <= b.p.Last {
			b.tickets[t.ID] = t
		}
	}
}

// AddEvents adds events: who finished, started or called each ticket, the
// no-shows, and the orders the events name (see Missing). Events outside
// the period are passed over.
func (b *Builder) AddEvents(es []store.Event) {
	for _, e := range es {
		if !b.in(e.At) {
			continue
		}
		if r := rank[e.Kind]; r > 0 && e.Ticket != 0 && r >= b.who[e.Ticket].rank {
			b.who[e.Ticket] = actor{who: e.Who, rank: r}
		}
		switch e.Kind {
		case store.KindNoShow:
			b.noShow[e.Ticket] = true
		case store.KindHandBack:
			b.handed[e.Detail]++
		case store.KindOrder, store.KindIntake:
			if e.Order != "" {
				b.named[e.Order] = true
			}
		}
	}
}

// Missing lists, sorted, the numbers of the orders the events added so far
// name that have not been added: orders received before the period that
// changed in it, for the caller to read and add.
func (b *Builder) Missing() []string {
	var out []string
	for n := range b.named {
		if !b.numbers[n] {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

func (b *Builder) person(name string) *EngineerStats { return entry(b.people, name, newPerson) }

func (b *Builder) counter(n int) *CounterStats { return entry(b.counters, n, newCounter) }

func newPerson(name string) *EngineerStats { return &EngineerStats{Name: name} }

func newCounter(n int) *CounterStats { return &CounterStats{Counter: n} }

// entry is k's value in m, added by fresh when there is none.
func entry[K comparable, V any](m map[K]*V, k K, fresh func(K) *V) *V {
	if m[k] == nil {
		m[k] = fresh(k)
	}
	return m[k]
}

// clone copies the values of m, so that counting on in the copy leaves m
// as it was.
func clone[K comparable, V any](m map[K]*V) map[K]*V {
	out := make(map[K]*V, len(m))
	for k, v := range m {
		c := *v
		out[k] = &c
	}
	return out
}

// Report is the figures of everything added so far.
func (b *Builder) Report() Report {
	r := Report{Period: b.p, AsOf: b.asOf, Orders: b.orders, Visits: b.visits, Onsite: b.onsiteFigures()}
	b.ticketFigures(&r)
	r.Orders.ReceivedToReady = Summarize(slices.Clone(b.turn[0]))
	r.Orders.ReadyToCollected = Summarize(slices.Clone(b.turn[1]))
	r.Orders.ReceivedToCollected = Summarize(slices.Clone(b.turn[2]))

	for reason, n := range b.handed {
		r.HandedBack.Total += n
		r.HandedBack.Reasons = append(r.HandedBack.Reasons, ReasonCount{Reason: reason, Count: n})
	}
	slices.SortFunc(r.HandedBack.Reasons, func(x, y ReasonCount) int {
		return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Reason, y.Reason))
	})

	failures := slices.Clone(b.failures)
	slices.SortFunc(failures, func(x, y Failure) int { return cmp.Or(y.At.Compare(x.At), cmp.Compare(x.Number, y.Number)) })
	r.Inspection = Inspection{Failures: len(failures), Latest: failures[:min(len(failures), TopFailures)]}

	sum := 0
	for i, n := range r.Visits.Satisfaction {
		sum += (i + 1) * n
	}
	if r.Visits.Reached > 0 {
		r.Visits.Mean = float64(sum) / float64(r.Visits.Reached)
	}

	for name, m := range b.models {
		fault := m.again
		if m.comebacks == 0 {
			fault = m.faults
		}
		r.Models = append(r.Models, ModelStats{Model: name, Orders: m.orders, Comebacks: m.comebacks, Fault: mostOften(fault)})
	}
	slices.SortFunc(r.Models, func(x, y ModelStats) int {
		return cmp.Or(cmp.Compare(y.Comebacks, x.Comebacks), cmp.Compare(y.Orders, x.Orders), cmp.Compare(x.Model, y.Model))
	})
	r.ModelCount = len(r.Models)
	r.Models = r.Models[:min(len(r.Models), TopModels)]
	return r
}

// ticketFigures fills in the queue's figures: overall, per type, per hour,
// per counter and per engineer. The counters and engineers of the orders
// are copied first, so that a Builder can report more than once.
func (b *Builder) ticketFigures(r *Report) {
	counters, people := clone(b.counters), clone(b.people)
	counter := func(n int) *CounterStats { return entry(counters, n, newCounter) }
	person := func(name string) *EngineerStats { return entry(people, name, newPerson) }

	ids := make([]uint64, 0, len(b.tickets))
	for id := range b.tickets {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	all := &ticketAcc{}
	types := map[string]*ticketAcc{}
	var codes []string
	for _, t := range b.cfg.Types {
		types[t.Code], codes = &ticketAcc{}, append(codes, t.Code)
	}
	counterService := map[int][]time.Duration{}
	personService := map[string][]time.Duration{}
	for _, id := range ids {
		t := b.tickets[id]
		acc := types[t.Type]
		if acc == nil {
			acc = &ticketAcc{}
			types[t.Type], codes = acc, append(codes, t.Type)
		}
		noShow := t.State == queue.NoShow || b.noShow[t.ID]
		all.add(t, noShow)
		acc.add(t, noShow)
		r.Hours[t.IssuedAt.In(orUTC(b.p.Loc)).Hour()]++
		if noShow && t.Counter != 0 {
			counter(t.Counter).NoShows++
		}
		if t.State != queue.Finished {
			continue
		}
		service := t.Measure().Service
		counter(t.Counter).Served++
		counterService[t.Counter] = append(counterService[t.Counter], service)
		who := b.who[t.ID].who
		person(who).Served++
		personService[who] = append(personService[who], service)
	}
	r.Tickets = all.stats()
	for _, code := range codes {
		r.Types = append(r.Types, TypeStats{Code: code, TicketStats: types[code].stats()})
	}
	for _, c := range counters {
		c.Service = Summarize(counterService[c.Counter])
		r.Counters = append(r.Counters, *c)
	}
	slices.SortFunc(r.Counters, func(x, y CounterStats) int { return cmp.Compare(x.Counter, y.Counter) })
	for _, p := range people {
		p.Service = Summarize(personService[p.Name])
		r.Engineers = append(r.Engineers, *p)
	}
	// By name, the unknown ("") last.
	slices.SortFunc(r.Engineers, func(x, y EngineerStats) int {
		return cmp.Or(cmp.Compare(boolInt(x.Name == ""), boolInt(y.Name == "")), cmp.Compare(x.Name, y.Name))
	})
}

// ticketAcc gathers the figures of a set of tickets.
type ticketAcc struct {
	s                          TicketStats
	wait, walk, service, total []time.Duration
}

func (a *ticketAcc) add(t queue.Ticket, noShow bool) {
	m := t.Measure()
	a.s.Issued++
	if !t.FirstCalledAt.IsZero() {
		a.wait = append(a.wait, m.Wait)
	}
	if !t.StartedAt.IsZero() {
		a.walk = append(a.walk, m.Walk)
	}
	switch t.State {
	case queue.Finished:
		a.s.Served++
		a.service, a.total = append(a.service, m.Service), append(a.total, m.Total)
	case queue.Cancelled:
		a.s.Cancelled++
	default:
		// Still open, or a no-show (counted below): neither served nor cancelled.
	}
	if noShow {
		a.s.NoShows++
	}
}

func (a *ticketAcc) stats() TicketStats {
	s := a.s
	s.Wait, s.Walk, s.Service, s.Total = Summarize(a.wait), Summarize(a.walk), Summarize(a.service), Summarize(a.total)
	return s
}

// mostOften is the key counted most, the first in order among equals; ""
// when there is none but the empty key.
func mostOften(counts map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		if k != "" && (c > n || c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// joinWords joins the non-empty words with one space each.
func joinWords(words ...string) string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, strings.Fields(w)...)
	}
	return strings.Join(out, " ")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
