package demo

import (
	"iter"
	"math"
	"slices"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// The on-site requests of a station's years (DOMAIN.md S), beside the
// orders of Orders: the hotline's callers, the demo's companies and people,
// about the devices and faults the counter sees, each request's life made
// with package onsite's rules (Check, Guide, CalledBack, Schedule,
// RecordAhead, Stamp, SetRecord, Inspect, Finish, Cancel, Escalate), so
// that its timeline replays. Almost all are closed: solved on the phone,
// done on site, cancelled, or escalated to a carry-in repair — an order of
// the history, which names the request back (S10). A share of the calls
// come from the businesses of the orders before them, with the same phone,
// about a device they brought in. The newest (one in a hundred) are open:
// logged, guided, scheduled, an engineer on site now. The same options and
// orders give the same requests.

// RequestOptions say which on-site history to make.
type RequestOptions struct {
	Requests int            // how many requests, about
	Orders   int            // how many orders Orders yields beside them (its Options.Orders)
	Open     int            // how many of the newest are still open; ≤ 0: one in a hundred, at least one
	Now      time.Time      // the history ends here, as the orders' does
	Loc      *time.Location // the station's time zone; nil: Now's
	Seed     uint64         // the same seed, the same requests
}

// The shares of the on-site history.
const (
	escalatedShare  = 0.08 // of the requests: taken back as an order of the history
	solvedShare     = 0.32 // of the others closed: solved at the call-back
	cancelledShare  = 0.14 // withdrawn; the rest are done on site
	overlapShare    = 0.3  // of the callers: a business of the orders before, same phone and device
	requestOpenDays = 4    // the open ones came in over the days before Now's
	visitLength     = 2 * time.Hour
)

// RequestHistory makes the requests beside the orders it is given
// (RequestHistory.Orders), then has them (Requests).
type RequestHistory struct {
	g    *gen
	cfg  onsite.Config
	opts RequestOptions
	loc  *time.Location

	escalate      int // how many to escalate to orders
	grid          int // the others: requests that come in on their own
	closed        int // of grid, closed
	made          int // of grid, made so far
	seen, linked  int // orders seen, and linked to a request
	openStart     time.Time
	closedStart   time.Time
	closedDays    int
	seq           map[string]uint64    // day → the last number given
	business      []repair.Intake      // recent businesses' intakes, for their calls
	next          map[string]time.Time // each engineer's next free time, for the open visits
	openScheduled int
	out           []onsite.Request
}

// NewRequestHistory begins the on-site history of opts.
func NewRequestHistory(opts RequestOptions) *RequestHistory {
	loc := opts.Loc
	if loc == nil {
		loc = opts.Now.Location()
	}
	n := max(opts.Requests, 0)
	esc := min(int(math.Round(float64(n)*escalatedShare)), max(opts.Orders, 0))
	open := opts.Open
	if open <= 0 {
		open = max(1, n/100)
	}
	open = min(open, n-esc)
	y, m, d := opts.Now.In(loc).Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return &RequestHistory{
		g:   newGen(Options{Now: opts.Now, Loc: loc, Seed: opts.Seed ^ 0x5e5e}),
		cfg: onsite.DefaultConfig(), opts: opts, loc: loc,
		escalate: esc, grid: n - esc, closed: n - esc - open,
		openStart: today.AddDate(0, 0, -requestOpenDays), closedStart: today.AddDate(0, 0, -Days),
		// The closed ones' lives end before the open ones begin.
		closedDays: Days - requestOpenDays - 7,
		seq:        map[string]uint64{}, next: map[string]time.Time{},
	}
}

// Orders yields the orders as given, a day at a time, each one a request
// was escalated to with its Request set: store them as yielded. The
// requests of each day are made as its orders go by.
func (h *RequestHistory) Orders(orders iter.Seq[repair.Order]) iter.Seq[repair.Order] {
	return func(yield func(repair.Order) bool) {
		var day []repair.Order
		flush := func() bool {
			h.day(day)
			for _, o := range day {
				if !yield(o) {
					return false
				}
			}
			day = day[:0]
			return true
		}
		for o := range orders {
			if len(day) > 0 && h.midnight(o.Received) != h.midnight(day[0].Received) && !flush() {
				return
			}
			day = append(day, o)
		}
		if len(day) > 0 {
			flush()
		}
	}
}

// Requests is every request, oldest first, their IDs 0 (the store numbers
// them in the order given), their numbers set: after Orders has yielded
// every order.
func (h *RequestHistory) Requests() []onsite.Request {
	h.number(h.upTo(h.opts.Now))
	return h.out
}

// day makes the requests of the day of orders and of the days before it
// not made yet, links the day's escalated requests to their orders, and
// numbers them.
func (h *RequestHistory) day(orders []repair.Order) {
	batch := h.upTo(h.midnight(orders[0].Received).AddDate(0, 0, 1))
	linked := map[int]int{} // order → request in batch
	for i := range orders {
		h.seen++
		o := &orders[i]
		if h.linked >= h.escalate*h.seen/max(1, h.opts.Orders) || !h.canEscalate(*o) {
			continue
		}
		h.linked++
		linked[len(batch)] = i
		batch = append(batch, h.escalated(*o))
	}
	index := make([]int, len(batch))
	for i := range index {
		index[i] = i
	}
	slices.SortStableFunc(index, func(a, b int) int { return batch[a].Received.Compare(batch[b].Received) })
	sorted := make([]onsite.Request, len(batch))
	for to, from := range index {
		sorted[to] = batch[from]
	}
	start := len(h.out)
	h.number(sorted)
	for to, from := range index {
		if i, ok := linked[from]; ok {
			orders[i].Request = h.out[start+to].Number
		}
	}
	for _, o := range orders {
		if o.Intake.Kind == repair.Business && !o.Intake.ByDealer {
			h.rememberBusiness(o.Intake)
		}
	}
}

// number gives each request of rs, oldest first, the next number of its
// day and keeps it.
func (h *RequestHistory) number(rs []onsite.Request) {
	for _, r := range rs {
		at := r.Received.In(h.loc)
		d := at.Format(time.DateOnly)
		h.seq[d]++
		r.Number = onsite.RequestNumber(at, h.seq[d])
		h.out = append(h.out, r)
	}
}

// upTo makes the requests that come in on their own before t.
func (h *RequestHistory) upTo(t time.Time) []onsite.Request {
	var out []onsite.Request
	for h.made < h.grid {
		at := h.received(h.made)
		if !at.Before(t) {
			break
		}
		out = append(out, h.request(at, h.made >= h.closed))
		h.made++
	}
	return out
}

// received is when the k-th request on its own came in: the closed ones
// evenly over the days, the open ones over the last days before today,
// more of them the more recent the day, each day's in service hours.
func (h *RequestHistory) received(k int) time.Time {
	start, days, x := h.closedStart, h.closedDays, float64(k)/float64(max(1, h.closed))
	if k >= h.closed {
		start, days = h.openStart, requestOpenDays
		x = math.Sqrt(float64(k-h.closed) / float64(max(1, h.grid-h.closed)))
	}
	f := x * float64(days)
	d := int(f)
	within := time.Duration((f - float64(d)) * float64(h.cfg.Close-h.cfg.Open)).Truncate(time.Second)
	return start.AddDate(0, 0, d).Add(h.cfg.Open + within)
}

// request is a request that came in at `at` with its life: closed in one of
// the states, or open.
func (h *RequestHistory) request(at time.Time, open bool) onsite.Request {
	g := h.g
	r := h.logged(at, h.caller())
	switch x := g.rng.Float64(); {
	case open:
		h.openLife(&r, x)
	case x < solvedShare:
		h.solve(&r)
	case x < solvedShare+cancelledShare:
		h.cancel(&r)
	default:
		h.visit(&r)
	}
	return r
}

// caller is who calls about what: a business of the orders before (same
// phone and device), or one of the demo's people or companies.
func (h *RequestHistory) caller() onsite.Request {
	g := h.g
	var r onsite.Request
	if len(h.business) > 0 && g.chance(overlapShare) {
		in := h.business[g.rng.IntN(len(h.business))]
		r.Customer = onsite.Customer{Kind: repair.Business, Name: in.Name, Company: in.Company,
			Position: g.pick(positions), Phone: in.Phone, Address: h.address(true)}
		r.Device = onsite.Device{Kind: in.Device, Model: in.Brand + " " + in.Model, Serial: in.Serial}
	} else {
		m := models[g.rng.IntN(len(models))]
		r.Device = onsite.Device{Kind: m.kind, Model: m.brand + " " + m.model, Serial: g.serial(m.brand)}
		r.Customer = onsite.Customer{Kind: repair.Consumer, Name: g.name(), Phone: g.mobile()}
		if g.chance(0.45) {
			r.Customer.Kind, r.Customer.Company, r.Customer.Position = repair.Business, g.pick(companies), g.pick(positions)
		}
		if g.chance(0.4) {
			r.Customer.Landline = g.landline()
		}
		r.Customer.Address = h.address(r.Customer.Kind == repair.Business)
	}
	f := faultsOf[r.Device.Kind]
	r.Fault = f[g.rng.IntN(len(f))].text
	r.Device.Verdict = repair.Verdict{Covered: g.chance(0.75)}
	r.Network, r.NetworkAsked = g.chance(0.8), true
	return r
}

// logged is the request r taken on the phone at `at`, answered within
// minutes, as onsite.Check leaves it.
func (h *RequestHistory) logged(at time.Time, r onsite.Request) onsite.Request {
	r.Received = at
	r.Answered = at.Add(h.between(20, 240, time.Second))
	checked, ps := onsite.Check(r, r.Answered)
	h.must(ps.OK(), ps)
	checked.Taker = h.g.pick(coordinators)
	checked.Updated = checked.Answered
	return checked
}

// escalated is the request whose visit took the device of order o back
// to the station (S10): the order's customer and device, called in about
// three hours before the order was received, the engineer there within
// the hour.
func (h *RequestHistory) escalated(o repair.Order) onsite.Request {
	in := o.Intake
	r := onsite.Request{
		Customer: onsite.Customer{Kind: in.Kind, Name: in.Name, Company: in.Company, Phone: in.Phone,
			Address: h.address(in.Kind == repair.Business)},
		Device: onsite.Device{Kind: in.Device, Model: in.Brand + " " + in.Model, Serial: in.Serial,
			Verdict: repair.Verdict{Covered: o.Verdict.Covered}},
		Fault: in.Fault, Network: true, NetworkAsked: true,
	}
	if in.Kind == repair.Business {
		r.Customer.Position = h.g.pick(positions)
	}
	r = h.logged(o.Received.Add(-h.between(165, 195, time.Minute)), r)
	eng := h.g.pick(engineers)
	start := h.schedule(&r, eng, r.Answered.Add(3*time.Minute), r.Answered.Add(25*time.Minute))
	h.arrive(&r, eng, start)
	done := r.Record.Started.Add(h.between(20, 35, time.Minute))
	h.must(onsite.SetRecord(&r, h.found(r), "设备带回站内检测维修,已向客户出具设备交接单", "0", r.Customer.Name, eng, done).OK(), "record")
	h.must(onsite.Stamp(&r, onsite.FieldDeparted, time.Time{}, eng, done.Add(10*time.Minute)) == nil, "departed")
	h.must(onsite.Escalate(&r, o.Number, eng, o.Received) == nil, "escalate")
	return r
}

// canEscalate: an order a visit could have brought in that day — on a
// service day, from midday to the late afternoon (the visit, some three
// hours before, fits in the service hours), not a dealer's.
func (h *RequestHistory) canEscalate(o repair.Order) bool {
	at := o.Received.In(h.loc)
	clock := at.Sub(h.midnight(at))
	return !o.Intake.ByDealer && h.cfg.ServiceDay(at, h.loc) && clock >= 11*time.Hour+50*time.Minute &&
		clock <= 17*time.Hour+15*time.Minute && o.Received.Before(h.opts.Now)
}
