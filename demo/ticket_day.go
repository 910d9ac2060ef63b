package demo

import (
	"container/heap"
	"errors"
	"slices"
	"time"

	"frontdesk/queue"
)

// day is the simulation of one day at the station.
type day struct {
	st       *station
	midnight time.Time
	tickets  []queue.Ticket // their ID is their index + 1 while the day runs
	steps    [][]TicketStep
	open     []int // the tickets still open
	called   []int // the tickets called, in the order of their first call
	desks    []desk
	agenda   agenda
	last     time.Time // the latest step: every next one is later
	seq      map[string]int
	buf      []queue.Ticket
}

// desk is a counter and the engineer at it.
type desk struct {
	k           queue.Counter
	who         string // "": not staffed today
	lunch, back time.Time
	cur         int    // the ticket it holds, -1 none
	plan        []move // what happens next with it
	idle        bool   // nobody to call: the next arrival wakes it
}

// move is a step planned at a desk: "recall", "start", "noshow", "finish",
// or "transfer" to the line to.
type move struct {
	at       time.Time
	kind, to string
}

// simulate runs day d with its n tickets.
func (st *station) simulate(d, n int) TicketDay {
	dy := &day{
		st: st, midnight: st.first.AddDate(0, 0, d), seq: map[string]int{},
		tickets: make([]queue.Ticket, 0, n), steps: make([][]TicketStep, 0, n),
	}
	dy.staff(n)
	for _, at := range dy.arrivalTimes(n) {
		dy.agenda.add(at, evArrive, 0)
	}
	for dy.agenda.Len() > 0 {
		e := heap.Pop(&dy.agenda).(event)
		dy.handle(e)
	}
	dy.closeDay()
	out := TicketDay{Day: st.cfg.Day(dy.midnight), Tickets: make([]TicketLife, len(dy.tickets))}
	for i, t := range dy.tickets {
		t.ID = 0
		out.Tickets[i] = TicketLife{Ticket: t, Steps: dy.steps[i]}
	}
	return out
}

// staff opens as many counters of each group as the day's customers need,
// with an engineer each, and staggers their lunch breaks.
func (dy *day) staff(n int) {
	st := dy.st
	dy.desks = make([]desk, len(st.cfg.Counters))
	perm := st.rng.Perm(len(st.roster))
	next := 0
	for _, g := range st.groups {
		want := min(max(counterCount(float64(n), st.cfg.Counters[g[0]].Types...), 1), len(g))
		for j, i := range g {
			dk := &dy.desks[i]
			dk.k, dk.cur = st.cfg.Counters[i], -1
			if j >= want {
				continue
			}
			dk.who, next = st.roster[perm[next%len(perm)]], next+1
			waves := min(want, 3) // a third of the counters at lunch at most
			lunch := 12*time.Hour + time.Duration(j%waves*2-waves+1)*25*time.Minute
			dk.lunch = dy.midnight.Add(lunch + st.between(0, 10*time.Minute))
			dk.back = dk.lunch.Add(45 * time.Minute)
			dk.idle = true
		}
	}
}

// arrivalTimes draws n arrivals over the opening hours, by the weight of
// each half hour, in order.
func (dy *day) arrivalTimes(n int) []time.Time {
	var sum float64
	for _, w := range arrivals {
		sum += w
	}
	out := make([]time.Time, n)
	for i := range out {
		r, h := dy.st.rng.Float64()*sum, 0
		for ; h < len(arrivals)-1 && r >= arrivals[h]; h++ {
			r -= arrivals[h]
		}
		out[i] = dy.midnight.Add(opening + time.Duration(h)*slot + dy.st.between(0, slot))
	}
	slices.SortFunc(out, time.Time.Compare)
	return out
}

// stamp is the time of a step due at t: t, or just after the step before.
func (dy *day) stamp(t time.Time) time.Time {
	if !t.After(dy.last) {
		t = dy.last.Add(time.Millisecond)
	}
	dy.last = t
	return t.UTC()
}

// log records a step of ticket i.
func (dy *day) log(i int, at time.Time, kind string, counter int, who, detail string) {
	dy.steps[i] = append(dy.steps[i], TicketStep{At: at, Kind: kind, Counter: counter, Who: who, Detail: detail})
}

// handle runs one event of the agenda.
func (dy *day) handle(e event) {
	st, t := dy.st, e.at
	switch e.what {
	case evArrive:
		dy.arrive(t)
	case evAway:
		if tk := &dy.tickets[e.i]; tk.Queued() && !tk.Away() && t.Before(dy.midnight.Add(closing)) {
			at := dy.stamp(t)
			mustDo(tk.StepAway(at))
			dy.log(e.i, at, "away", 0, dy.engineerFor(tk.Type), "")
			if st.chance(0.85) {
				dy.agenda.add(at.Add(st.draw(10*time.Minute, 0.7, 2*time.Minute, time.Hour)), evBack, e.i)
			}
		}
	case evBack:
		if tk := &dy.tickets[e.i]; tk.Away() && dy.stillOpen(t) {
			at := dy.stamp(t)
			mustDo(tk.ComeBack(st.cfg, at))
			dy.log(e.i, at, "back", 0, dy.engineerFor(tk.Type), "")
			dy.wake(at, tk.Type)
		}
	case evReturn:
		if tk := &dy.tickets[e.i]; tk.State == queue.NoShow && dy.stillOpen(t) {
			at := dy.stamp(t)
			mustDo(queue.ReturnNoShow(st.cfg, tk, dy.queued(), at))
			dy.open = append(dy.open, e.i)
			dy.log(e.i, at, "return", 0, dy.engineerFor(tk.Type), "")
			dy.wake(at, tk.Type)
		}
	case evDesk:
		dk := &dy.desks[e.i]
		if len(dk.plan) > 0 {
			dy.act(e.i, dk.plan[0])
		} else {
			dy.call(e.i, t)
		}
	}
}

// stillOpen: a customer coming back finds the station still serving.
func (dy *day) stillOpen(t time.Time) bool {
	return t.Before(dy.midnight.Add(closing + 15*time.Minute))
}

// arrive issues the next number at the kiosk (Q1, Q2).
func (dy *day) arrive(t time.Time) {
	st := dy.st
	r, s := st.rng.Float64(), services[len(services)-1]
	for _, c := range services {
		if r < c.share {
			s = c
			break
		}
		r -= c.share
	}
	priority := st.chance(s.priority)
	at := dy.stamp(t)
	dy.seq[s.code]++
	tk, err := queue.NewTicket(st.cfg, s.code, dy.seq[s.code], priority, at)
	mustDo(err)
	i := len(dy.tickets)
	tk.ID = uint64(i + 1)
	dy.tickets, dy.steps, dy.open = append(dy.tickets, tk), append(dy.steps, nil), append(dy.open, i)
	who, detail := kiosk, ""
	if priority {
		who, detail = booked, "priority"
	}
	dy.log(i, at, "take", 0, who, detail)
	if st.chance(0.03) {
		dy.agenda.add(at.Add(st.between(2*time.Minute, 15*time.Minute)), evAway, i)
	}
	dy.wake(at, s.code)
}

// wake sends the idle desks that serve the line to call, each after its
// own moment.
func (dy *day) wake(t time.Time, code string) {
	for i := range dy.desks {
		if dk := &dy.desks[i]; dk.idle && dk.k.Serves(code) {
			dk.idle = false
			dy.agenda.add(t.Add(dy.st.between(3*time.Second, 20*time.Second)), evDesk, i)
		}
	}
}

// engineerFor is who at the desk handles a waiting customer of the line:
// one of the engineers at a counter serving it.
func (dy *day) engineerFor(code string) string {
	var who []string
	for _, dk := range dy.desks {
		if dk.who != "" && dk.k.Serves(code) {
			who = append(who, dk.who)
		}
	}
	return who[dy.st.rng.IntN(len(who))]
}

// queued is the day's tickets waiting to be called.
func (dy *day) queued() []queue.Ticket {
	out := dy.buf[:0]
	for _, i := range dy.open {
		if dy.tickets[i].Queued() {
			out = append(out, dy.tickets[i])
		}
	}
	dy.buf = out
	return out
}

// offered is what queue.Next needs of the day to choose for counter k: the
// queued tickets of its types, and the last PriorityRatio tickets of its
// types first called and not queued again, which is as far back as a run
// of priority calls counts (Q9). Next picks from these what it would pick
// from the whole day, and the day's thousands of tickets are not sorted at
// every call.
func (dy *day) offered(k queue.Counter) []queue.Ticket {
	out := dy.buf[:0]
	for _, i := range dy.open {
		if t := &dy.tickets[i]; t.Queued() && k.Serves(t.Type) {
			out = append(out, *t)
		}
	}
	for j, run := len(dy.called)-1, 0; j >= 0 && run < dy.st.cfg.PriorityRatio; j-- {
		if t := &dy.tickets[dy.called[j]]; !t.Queued() && k.Serves(t.Type) {
			out, run = append(out, *t), run+1
		}
	}
	dy.buf = out
	return out
}

// call has desk d call its next customer (Q3, Q9), unless it is at lunch
// or the day is over.
func (dy *day) call(d int, t time.Time) {
	dk := &dy.desks[d]
	switch {
	case dk.who == "" || t.After(dy.midnight.Add(lastCall)):
		return
	case !t.Before(dk.lunch) && t.Before(dk.back):
		dy.agenda.add(dk.back, evDesk, d)
		return
	}
	at := dy.stamp(t)
	next, err := queue.Next(dy.st.cfg, dk.k.Number, false, dy.offered(dk.k), at)
	if errors.Is(err, queue.ErrNoneWaiting) {
		dk.idle = true
		return
	}
	mustDo(err)
	i := int(next.ID - 1)
	tk := &dy.tickets[i]
	first := tk.FirstCalledAt.IsZero()
	mustDo(tk.Call(dk.k.Number, at))
	dy.log(i, at, "call", dk.k.Number, dk.who, "")
	dk.cur = i
	if first {
		dy.called = append(dy.called, i)
	}
	dy.plan(d, at, first)
}

// plan decides how the called customer answers: walks up, after a recall
// or two when slow, or has gone, the likelier the longer the wait (Q5).
func (dy *day) plan(d int, at time.Time, first bool) {
	st, dk := dy.st, &dy.desks[d]
	gone := 0.01
	if first {
		waited := at.Sub(dy.tickets[dk.cur].IssuedAt)
		gone = 0.025 + 0.1*min(1, waited.Minutes()/40)
	}
	if st.chance(gone) {
		dk.plan = append(dk.plan, move{at: at.Add(st.between(50*time.Second, 80*time.Second)), kind: "recall"})
		if st.chance(0.7) {
			dk.plan = append(dk.plan, move{at: at.Add(st.between(110*time.Second, 150*time.Second)), kind: "recall"})
		}
		dk.plan = append(dk.plan, move{at: at.Add(st.between(170*time.Second, 240*time.Second)), kind: "noshow"})
	} else {
		walk := st.draw(35*time.Second, 0.5, 8*time.Second, 4*time.Minute)
		if walk > 75*time.Second {
			dk.plan = append(dk.plan, move{at: at.Add(st.between(55*time.Second, 70*time.Second)), kind: "recall"})
		}
		if walk > 150*time.Second {
			dk.plan = append(dk.plan, move{at: at.Add(st.between(120*time.Second, 140*time.Second)), kind: "recall"})
		}
		dk.plan = append(dk.plan, move{at: at.Add(walk), kind: "start"})
	}
	dy.agenda.add(dk.plan[0].at, evDesk, d)
}

// act makes desk d's next planned move.
func (dy *day) act(d int, m move) {
	st, dk := dy.st, &dy.desks[d]
	dk.plan = dk.plan[1:]
	i, n := dk.cur, dk.k.Number
	tk := &dy.tickets[i]
	at, detail := dy.stamp(m.at), ""
	switch m.kind {
	case "recall":
		mustDo(tk.Recall(n, at))
	case "start":
		mustDo(tk.Start(n, at))
		dk.plan = append(dk.plan, dy.service(tk, at))
	case "noshow":
		mustDo(tk.MarkNoShow(n, at))
		if st.chance(0.3) {
			dy.agenda.add(at.Add(st.draw(10*time.Minute, 0.6, 3*time.Minute, 40*time.Minute)), evReturn, i)
		}
	case "finish":
		mustDo(tk.Finish(n, at))
	case "transfer":
		mustDo(tk.Transfer(st.cfg, n, m.to, 0, at))
		detail = "to type " + m.to
	}
	dy.log(i, at, m.kind, n, dk.who, detail)
	if !tk.Open() {
		dy.open = slices.DeleteFunc(dy.open, func(j int) bool { return j == i })
	}
	if len(dk.plan) > 0 {
		dy.agenda.add(dk.plan[0].at, evDesk, d)
		return
	}
	dk.cur = -1
	if tk.Queued() { // transferred: waiting in its new line
		dy.wake(at, tk.Type)
	}
	dy.agenda.add(at.Add(st.between(5*time.Second, 40*time.Second)), evDesk, d)
}

// service is how the customer's service ends: finished after the line's
// time, or, now and then, sent on to another line (Q5): a consultation
// that becomes a repair, a business customer who queued as a consumer.
func (dy *day) service(tk *queue.Ticket, at time.Time) move {
	st := dy.st
	var s service
	for _, c := range services {
		if c.code == tk.Type {
			s = c
		}
	}
	switch {
	case tk.ServedBefore > 0: // served once already, in another line
	case tk.Type == "C" && st.chance(0.15):
		return move{at: at.Add(st.between(2*time.Minute, 5*time.Minute)), kind: "transfer", to: "A"}
	case tk.Type == "A" && st.chance(0.01):
		return move{at: at.Add(st.between(time.Minute, 3*time.Minute)), kind: "transfer", to: "D"}
	}
	return move{at: at.Add(st.draw(s.median, s.spread, s.lo, s.hi)), kind: "finish"}
}

// closeDay closes what is left open with the day's reason (Q11): customers
// who stepped away and did not come back, and any queue the counters did
// not get through before the last call.
func (dy *day) closeDay() {
	if len(dy.open) == 0 {
		return
	}
	slices.Sort(dy.open)
	open := make([]queue.Ticket, len(dy.open))
	for j, i := range dy.open {
		open[j] = dy.tickets[i]
	}
	end := dy.midnight.Add(closing)
	if dy.last.After(end) {
		end = dy.last
	}
	at := dy.stamp(end.Add(dy.st.between(10*time.Minute, 20*time.Minute)))
	closed, err := queue.CloseDay(dy.st.cfg, open, dayEnded, at)
	mustDo(err)
	for j, t := range closed {
		i := dy.open[j]
		dy.tickets[i] = t
		dy.log(i, at, "close", t.Counter, closer, dayEnded)
	}
	dy.open = nil
}

// The events of a day's agenda.
const (
	evArrive = iota // a customer takes a number
	evAway          // a waiting customer steps away (Q10)
	evBack          // and comes back
	evReturn        // a no-show comes back (Q5)
	evDesk          // a desk's next move, or its next call
)

type event struct {
	at   time.Time
	n    int // the order events of the same time are handled in
	what int
	i    int // the ticket, or for evDesk the desk
}

// agenda is the day's events, the earliest first; of the same time, the
// one added first.
type agenda struct {
	events []event
	added  int
}

func (a *agenda) add(at time.Time, what, i int) {
	a.added++
	heap.Push(a, event{at: at, n: a.added, what: what, i: i})
}

func (a *agenda) Len() int { return len(a.events) }
func (a *agenda) Less(i, j int) bool {
	if !a.events[i].at.Equal(a.events[j].at) {
		return a.events[i].at.Before(a.events[j].at)
	}
	return a.events[i].n < a.events[j].n
}
func (a *agenda) Swap(i, j int) { a.events[i], a.events[j] = a.events[j], a.events[i] }
func (a *agenda) Push(x any)    { a.events = append(a.events, x.(event)) }
func (a *agenda) Pop() any {
	e := a.events[len(a.events)-1]
	a.events = a.events[:len(a.events)-1]
	return e
}
