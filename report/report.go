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

// Report is the station's figures for one period (R1, R2). Which tickets
// and orders each figure counts is in the package doc.
type Report struct {
	Period Period    `json:"period"`
	AsOf   time.Time `json:"as_of"` // the end of the period, or now when it is not over

	Tickets TicketStats `json:"tickets"`
	Types   []TypeStats `json:"types"` // every configured type, in the configuration's order
	// Hours are the arrivals (tickets issued) per station-local hour of the
	// day, summed over the period's days: Hours[9] is 09:00–09:59.
	Hours     [24]int         `json:"arrivals_per_hour"`
	Counters  []CounterStats  `json:"counters"`
	Engineers []EngineerStats `json:"engineers"`

	Orders OrderStats `json:"orders"`
	// HandedBack is the devices handed back at intake without an order
	// opened, by reason (store.KindHandBack events in the period).
	HandedBack HandBacks  `json:"handed_back"`
	Inspection Inspection `json:"inspection"`
	Visits     Visits     `json:"visits"`
	// Models are the recurring faults (R2): the models of the orders
	// received in the period with the most comebacks, then orders; at most
	// TopModels of ModelCount.
	Models     []ModelStats `json:"models"`
	ModelCount int          `json:"model_count"`
}

// Lookback is how long before a period the orders received are read with
// it (tui/report's Load): an order made ready, collected or overdue in the
// period was received before it. The period's events name every order that
// changed in it, and the board every order still open, so Lookback matters
// only for orders stored without events (BulkOrders: imports, the demo),
// whose changes in the period count when they were received at most this
// long before it — the demo's orders are closed within 40 days.
const Lookback = 40 * 24 * time.Hour

// TopModels is how many models a report lists.
const TopModels = 10

// TopFailures is how many inspection failures a report lists, newest first.
const TopFailures = 10

// TicketStats are the queue's figures for a set of tickets (R1, Q11).
type TicketStats struct {
	Issued    int  `json:"issued"`
	Served    int  `json:"served"`    // finished
	NoShows   int  `json:"no_shows"`  // see the package doc
	Cancelled int  `json:"cancelled"` // closed at the end of the day (Q11)
	Wait      Stat `json:"wait"`      // issue → first call, of the tickets called
	Walk      Stat `json:"walk"`      // call → start, of the tickets started
	Service   Stat `json:"service"`   // start → finish, of the tickets finished
	Total     Stat `json:"total"`     // issue → finish, of the tickets finished
}

// TypeStats are one service type's figures.
type TypeStats struct {
	Code string `json:"code"`
	TicketStats
}

// CounterStats are one counter's figures: tickets finished and missed there
// and repair orders taken in there.
type CounterStats struct {
	Counter  int  `json:"counter"`
	Served   int  `json:"served"`
	NoShows  int  `json:"no_shows"`
	Service  Stat `json:"service"`
	Received int  `json:"orders_received"`
}

// EngineerStats are one engineer's figures: tickets finished, repair
// orders taken in, made ready and handed over.
type EngineerStats struct {
	Name      string `json:"name"`
	Served    int    `json:"served"`
	Service   Stat   `json:"service"`
	Received  int    `json:"orders_received"`
	Ready     int    `json:"orders_ready"`
	Collected int    `json:"orders_handed_over"`
}

// OrderStats are the repair orders' figures (R1, O1, O2).
type OrderStats struct {
	Received  int `json:"received"`
	Ready     int `json:"ready"` // made ready: finished
	Collected int `json:"collected"`
	Cancelled int `json:"cancelled"`
	Returned  int `json:"returned"` // handed back unrepaired
	Open      int `json:"open"`     // still open at AsOf: not ready, not closed
	// Overdue counts each order once that is OverdueOpen, LateReady or both.
	Overdue     int `json:"overdue"`
	OverdueOpen int `json:"overdue_open"` // open at AsOf past the promised time
	LateReady   int `json:"late_ready"`   // made ready in the period after the promised time

	ReceivedToReady     Stat `json:"received_to_ready"`
	ReadyToCollected    Stat `json:"ready_to_collected"`
	ReceivedToCollected Stat `json:"received_to_collected"`
}

// HandBacks are the intakes that ended with the device handed back, and
// why: Reasons by count, most first, then by reason.
type HandBacks struct {
	Total   int           `json:"total"`
	Reasons []ReasonCount `json:"reasons"`
}

// ReasonCount is how often one reason (a repair.HandBackReason) was given.
type ReasonCount struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// Inspection is the golden-key inspections that failed in the period (G3).
type Inspection struct {
	Failures int       `json:"failures"`
	Latest   []Failure `json:"latest"` // at most TopFailures, newest first
}

// Failure is one failed inspection: the order sent back to repair, and why.
type Failure struct {
	Number string    `json:"order"`
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Text   string    `json:"text"`
}

// Visits are the return visits made in the period (P5).
type Visits struct {
	Reached    int `json:"reached"`
	NotReached int `json:"not_reached"`
	// Satisfaction counts the reached visits by the customer's answer:
	// Satisfaction[0] is 1 (very unhappy) … Satisfaction[4] is 5.
	Satisfaction [5]int  `json:"satisfaction"`
	Mean         float64 `json:"mean_satisfaction"`
}

// ModelStats are one model's orders received in the period (R2).
type ModelStats struct {
	Model     string `json:"model"`     // brand and model as taken in
	Orders    int    `json:"orders"`    // received in the period
	Comebacks int    `json:"comebacks"` // of them, devices seen before (O7)
	Fault     string `json:"fault"`     // the fault most often described, among the comebacks if any
}

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

// AddOrders adds orders, each once however often it is given.
func (b *Builder) AddOrders(os []repair.Order) {
	for _, o := range os {
		if !b.seen[o.ID] {
			b.seen[o.ID], b.numbers[o.Number] = true, true
			b.addOrder(o)
		}
	}
}

// addOrder reduces one order to the figures it takes part in.
func (b *Builder) addOrder(o repair.Order) {
	if b.in(o.Received) {
		b.orders.Received++
		b.person(o.Engineer).Received++
		b.counter(o.Counter).Received++
		b.model(o)
	}
	state, readyAt := b.history(o)
	b.lateness(o, state, readyAt)
}

// history counts the steps of o's timeline that fall in the period, and
// returns o's state as of b.asOf and its first ready in the period.
func (b *Builder) history(o repair.Order) (state repair.State, readyAt time.Time) {
	state = repair.StateReceived
	var lastReady time.Time // the latest ready so far
	for _, st := range o.History {
		in := b.in(st.At)
		if st.Kind == repair.StepVisit && in {
			b.visit(o, st)
		}
		if st.Kind != repair.StepState {
			continue
		}
		if st.At.Before(b.asOf) {
			state = st.To
		}
		switch {
		case st.To == repair.StateReady:
			if in && readyAt.IsZero() {
				readyAt = st.At
				b.orders.Ready++
				b.person(st.Who).Ready++
				b.turn[0] = append(b.turn[0], st.At.Sub(o.Received))
			}
			lastReady = st.At
		case in:
			b.stateStep(o, st, lastReady)
		}
	}
	return state, readyAt
}

// stateStep counts a change of state in the period other than to ready:
// a pickup (with its turnaround from the latest ready), a cancellation, a
// return unrepaired, a failed inspection (ready back to repairing, G3).
func (b *Builder) stateStep(o repair.Order, st repair.Step, lastReady time.Time) {
	switch {
	case st.To == repair.StatePickedUp:
		b.orders.Collected++
		b.person(st.Who).Collected++
		if !lastReady.IsZero() {
			b.turn[1] = append(b.turn[1], st.At.Sub(lastReady))
		}
		b.turn[2] = append(b.turn[2], st.At.Sub(o.Received))
	case st.To == repair.StateCancelled:
		b.orders.Cancelled++
	case st.To == repair.StateReturned:
		b.orders.Returned++
	case st.From == repair.StateReady && st.To == repair.StateRepairing:
		b.failures = append(b.failures, Failure{Number: o.Number, At: st.At, Who: st.Who, Text: st.Text})
	}
}

// lateness counts o as open, overdue while open, or ready after its
// promise, as of b.asOf.
func (b *Builder) lateness(o repair.Order, state repair.State, readyAt time.Time) {
	open := o.Received.Before(b.asOf) && state != repair.StateReady && !state.Final()
	late := !readyAt.IsZero() && !o.Promised.IsZero() && readyAt.After(o.Promised)
	overdueOpen := open && !o.Promised.IsZero() && o.Promised.Before(b.asOf)
	if open {
		b.orders.Open++
	}
	if overdueOpen {
		b.orders.OverdueOpen++
	}
	if late {
		b.orders.LateReady++
	}
	if overdueOpen || late {
		b.orders.Overdue++
	}
}

// visit counts a return-visit step in the period: one that reached the
// customer is the order's Visit, with its satisfaction.
func (b *Builder) visit(o repair.Order, st repair.Step) {
	if !st.Reached {
		b.visits.NotReached++
		return
	}
	b.visits.Reached++
	if o.Visit != nil && o.Visit.Satisfied >= 1 && o.Visit.Satisfied <= 5 {
		b.visits.Satisfaction[o.Visit.Satisfied-1]++
	}
}

// model counts an order received in the period under its model (R2).
func (b *Builder) model(o repair.Order) {
	name := joinWords(o.Intake.Brand, o.Intake.Model)
	if name == "" {
		name = joinWords(o.Intake.Device)
	}
	m := b.models[name]
	if m == nil {
		m = &modelAcc{faults: map[string]int{}, again: map[string]int{}}
		b.models[name] = m
	}
	m.orders++
	fault := joinWords(o.Intake.Fault)
	m.faults[fault]++
	if len(o.Previous) > 0 {
		m.comebacks++
		m.again[fault]++
	}
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
	r := Report{Period: b.p, AsOf: b.asOf, Orders: b.orders, Visits: b.visits}
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
