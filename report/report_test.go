package report

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
)

// The hand-made history: Monday 2 June 2025 at a station in Shanghai.
var (
	cfg = queue.DefaultConfig()
	loc = cfg.Location
)

// at is a station-local time of 2 June 2025; on is one of another day of
// June, may of May.
func at(hh, mm int) time.Time { return on(2, hh, mm) }

func on(day, hh, mm int) time.Time { return time.Date(2025, 6, day, hh, mm, 0, 0, loc) }

func may(day, hh, mm int) time.Time { return time.Date(2025, 5, day, hh, mm, 0, 0, loc) }

func min_(n int) time.Duration { return time.Duration(n) * time.Minute }

// life steps a ticket through the queue's own functions.
type life struct {
	t *testing.T
	k queue.Ticket
}

func issue(t *testing.T, code string, seq int, when time.Time) *life {
	k, err := queue.NewTicket(cfg, code, seq, false, when)
	if err != nil {
		t.Fatal(err)
	}
	k.ID = uint64(when.Unix()) // unique: no two test tickets are issued at once
	return &life{t: t, k: k}
}

func (l *life) do(err error) *life {
	l.t.Helper()
	if err != nil {
		l.t.Fatal(err)
	}
	return l
}

func (l *life) call(n int, w time.Time) *life   { return l.do(l.k.Call(n, w)) }
func (l *life) start(n int, w time.Time) *life  { return l.do(l.k.Start(n, w)) }
func (l *life) finish(n int, w time.Time) *life { return l.do(l.k.Finish(n, w)) }
func (l *life) noShow(n int, w time.Time) *life { return l.do(l.k.MarkNoShow(n, w)) }

// tickets are the day's twelve tickets and one of the day before, with the
// times of each worked out (w wait, k walk, s service, t total, minutes).
func tickets(t *testing.T) []queue.Ticket {
	a6 := issue(t, "A", 6, at(14, 5)).call(2, at(14, 6)).start(2, at(14, 7))
	a6.do(a6.k.Transfer(cfg, 2, "B", 0, at(14, 17))) // 10 min served at counter 2 so far
	a6.call(3, at(14, 20)).start(3, at(14, 21)).finish(3, at(14, 26))
	b3 := issue(t, "B", 3, at(10, 20)).call(3, at(10, 40)).noShow(3, at(10, 43))
	b3.do(queue.ReturnNoShow(cfg, &b3.k, nil, at(10, 50)))
	b3.call(3, at(11, 0)).start(3, at(11, 1)).finish(3, at(11, 6))
	c2 := issue(t, "C", 2, at(11, 30))
	c2.do(c2.k.Close("auto: day ended", at(18, 0)))
	return []queue.Ticket{
		issue(t, "A", 1, at(9, 0)).call(1, at(9, 5)).start(1, at(9, 6)).finish(1, at(9, 20)).k,       // w5 k1 s14 t20
		issue(t, "A", 2, at(9, 10)).call(1, at(9, 20)).start(1, at(9, 22)).finish(1, at(9, 40)).k,    // w10 k2 s18 t30
		issue(t, "A", 3, at(9, 15)).call(2, at(9, 21)).start(2, at(9, 21)).finish(2, at(9, 51)).k,    // w6 k0 s30 t36
		issue(t, "A", 4, at(9, 30)).call(2, at(9, 45)).noShow(2, at(9, 48)).k,                        // w15, no-show
		issue(t, "A", 5, at(10, 5)).call(1, at(10, 30)).start(1, at(10, 31)).finish(1, at(10, 41)).k, // w25 k1 s10 t36
		issue(t, "B", 1, at(9, 2)).call(3, at(9, 3)).start(3, at(9, 4)).finish(3, at(9, 10)).k,       // w1 k1 s6 t8
		issue(t, "B", 2, at(10, 0)).call(3, at(10, 2)).start(3, at(10, 5)).finish(3, at(10, 13)).k,   // w2 k3 s8 t13
		b3.k, // w20 (to the first call) k1 s5 t46; a no-show by its event
		issue(t, "C", 1, at(11, 10)).call(1, at(11, 12)).finish(1, at(11, 20)).k, // keypad: w2, no walk, s8 (call→end) t10
		c2.k, // never called, closed at the end of the day
		issue(t, "D", 1, at(14, 0)).call(4, at(14, 10)).start(4, at(14, 12)).finish(4, at(14, 52)).k, // w10 k2 s40 t52
		a6.k, // now a B: w1 (first call) k1 (second call→start) s10+5=15 t21
		issue(t, "A", 9, on(1, 9, 0)).call(1, on(1, 9, 1)).start(1, on(1, 9, 2)).finish(1, on(1, 9, 3)).k, // Sunday: not counted
	}
}

// events are who finished what, the no-shows, and events naming orders.
func events(ts []queue.Ticket) []store.Event {
	by := map[string]queue.Ticket{}
	for _, t := range ts {
		by[t.Number] = t
	}
	fin := func(number, who string) store.Event {
		t := by[number]
		return store.Event{Kind: store.KindFinish, Ticket: t.ID, Number: number, At: t.EndedAt, Who: who, Counter: t.Counter}
	}
	return []store.Event{
		{Kind: store.KindCall, Ticket: by["A001"].ID, At: at(9, 5), Who: "王工"},
		fin("A001", "王工"), fin("A002", "王工"), fin("A003", "李工"), fin("A005", "王工"),
		fin("B001", "张工"), fin("B002", "张工"), fin("B003", "张工"), fin("A006", "张工"),
		fin("C001", "keypad"), // D001 has no event: its engineer is unknown
		{Kind: store.KindNoShow, Ticket: by["A004"].ID, At: at(9, 48), Who: "李工", Counter: 2},
		{Kind: store.KindNoShow, Ticket: by["B003"].ID, At: at(10, 43), Who: "张工", Counter: 3},
		{Kind: store.KindOrder, Order: "R2505280001", At: at(10, 0), State: "repairing"},
		{Kind: store.KindOrder, Order: "R2505200009", At: at(12, 0), State: "picked_up"}, // not handed in: Missing
		{Kind: store.KindOrder, Order: "R2505010001", At: on(1, 12, 0)},                  // the day before: not named
	}
}

func state(w time.Time, who string, from, to repair.State, text string) repair.Step {
	return repair.Step{At: w.UTC(), Who: who, Kind: repair.StepState, From: from, To: to, Text: text}
}

// orders are eight orders, each with what it counts for.
func orders() []repair.Order {
	in := func(brand, model, fault string) repair.Intake {
		return repair.Intake{Name: "客户", Brand: brand, Model: model, Fault: fault}
	}
	const (
		rcv, diag, rep, parts, ready, picked, canc = repair.StateReceived, repair.StateDiagnosing, repair.StateRepairing,
			repair.StateWaitParts, repair.StateReady, repair.StatePickedUp, repair.StateCancelled
	)
	return []repair.Order{
		{ // O1: received today, open, promised later: received, open
			ID: 101, Number: "R2506020001", Received: at(9, 20), Engineer: "王工", Counter: 1, Promised: on(4, 18, 0),
			Intake:  in("联想", "ThinkPad X1", "不开机"),
			History: []repair.Step{state(at(10, 0), "王工", rcv, diag, "")},
		},
		{ // O2: a comeback, ready at 16:00 before its 17:00 promise: ready, not late; 6h10m received→ready
			ID: 102, Number: "R2506020002", Received: at(9, 50), Engineer: "李工", Counter: 2, Promised: at(17, 0),
			Intake: in("联想", " ThinkPad  X1 ", "不开机"), Previous: []string{"R2505010003"},
			History: []repair.Step{
				state(at(10, 30), "李工", rcv, diag, ""), state(at(11, 0), "李工", diag, rep, ""),
				state(at(16, 0), "张工", rep, ready, ""),
			},
		},
		{ // O3: received 28 May, promised 30 May; ready 1 June, the inspection fails today at 10:00,
			// ready again at 15:00 (late), collected at 16:30
			ID: 93, Number: "R2505280001", Received: may(28, 10, 0), Engineer: "王工", Counter: 1, Promised: may(30, 18, 0),
			Intake: in("戴尔", "Latitude 5440", "花屏"),
			History: []repair.Step{
				state(may(28, 11, 0), "王工", rcv, diag, ""), state(may(29, 9, 0), "王工", diag, rep, ""),
				state(on(1, 10, 0), "王工", rep, ready, ""),
				state(at(10, 0), "张工", ready, rep, "验机未通过 display: 花屏"),
				state(at(15, 0), "李工", rep, ready, ""), state(at(16, 30), "张工", ready, picked, "客户"),
			},
		},
		{ // O4: received 30 May, promised 1 June, still waiting for parts: overdue and open
			ID: 95, Number: "R2505300002", Received: may(30, 11, 0), Engineer: "李工", Counter: 2, Promised: on(1, 18, 0),
			Intake:  in("华为", "MateBook 14", "电池鼓包"),
			History: []repair.Step{state(may(30, 12, 0), "李工", rcv, diag, ""), state(may(31, 9, 0), "李工", diag, parts, "电池")},
		},
		{ // O5: collected in May; today's return visits: one not reached at 10:00, one reached at 15:00 (4)
			ID: 80, Number: "R2505250001", Received: may(25, 9, 0), Engineer: "王工", Counter: 1, Promised: may(26, 18, 0),
			Intake: in("联想", "小新 Pro", "风扇异响"), Visit: &repair.Visit{At: at(15, 0).UTC(), Reached: true, Satisfied: 4},
			History: []repair.Step{
				state(may(25, 10, 0), "王工", rcv, diag, ""), state(may(25, 11, 0), "王工", diag, rep, ""),
				state(may(26, 10, 0), "王工", rep, ready, ""), state(may(27, 11, 0), "王工", ready, picked, "客户"),
				{At: at(10, 0).UTC(), Kind: repair.StepVisit, Who: "李工", Text: "0"},
				{At: at(15, 0).UTC(), Kind: repair.StepVisit, Who: "李工", Reached: true, Text: "4"},
			},
		},
		{ // O6: a comeback received today and cancelled: received, cancelled
			ID: 103, Number: "R2506020003", Received: at(14, 30), Engineer: "王工", Counter: 1, Promised: on(3, 18, 0),
			Intake: in("惠普", "战66", "键盘失灵"), Previous: []string{"R2501010001", "R2503030003"},
			History: []repair.Step{state(at(16, 0), "王工", rcv, canc, "客户取回")},
		},
		{ // O7: received the next morning: counts for nothing
			ID: 104, Number: "R2506030001", Received: on(3, 9, 0), Engineer: "王工", Counter: 1, Promised: on(3, 10, 0),
			Intake: in("联想", "ThinkPad X1", "不开机"),
		},
		{ // O8: received today, untouched, promised later: received, open
			ID: 105, Number: "R2506020004", Received: at(11, 0), Engineer: "李工", Counter: 2, Promised: on(5, 18, 0),
			Intake: in("联想", "ThinkPad X1", "花屏"),
		},
	}
}

// hand is the report of 2 June, made the next morning.
func hand(t *testing.T) Report {
	p, err := Span("2025-06-02", "2025-06-02", loc)
	if err != nil {
		t.Fatal(err)
	}
	ts := tickets(t)
	return Compute(cfg, p, on(3, 9, 0), ts, orders(), events(ts))
}

func stat(n int, mean, median, p90, longest time.Duration) Stat {
	return Stat{N: n, Mean: mean, Median: median, P90: p90, Max: longest}
}

func TestR1_TicketsOfTheDay(t *testing.T) {
	r := hand(t)
	if r.Period.Kind != KindDay || !r.AsOf.Equal(on(3, 0, 0)) {
		t.Errorf("period %+v as of %v, want a day up to midnight", r.Period, r.AsOf)
	}
	want := TicketStats{
		// 12 tickets of the 2nd (A009 of the 1st is not counted); 10 finished;
		// A004 ended a no-show, B003 was one before it came back; C002 closed.
		Issued: 12, Served: 10, NoShows: 2, Cancelled: 1,
		// Wait of the 11 called: 5 10 6 15 25 1 2 20 2 10 1, sorted
		// 1 1 2 2 5 6 10 10 15 20 25: sum 97; median the ⌈5.5⌉=6th = 6;
		// p90 the ⌈9.9⌉=10th = 20; longest 25.
		Wait: stat(11, min_(97)/11, min_(6), min_(20), min_(25)),
		// Walk of the 9 started: 1 2 0 1 1 3 1 2 1, sorted 0 1 1 1 1 1 2 2 3:
		// sum 12; median the ⌈4.5⌉=5th = 1; p90 the ⌈8.1⌉=9th = 3.
		Walk: stat(9, min_(12)/9, min_(1), min_(3), min_(3)),
		// Service of the 10 finished: 14 18 30 10 6 8 5 8 40 15 (C001 call→end,
		// A006 10 before its transfer + 5), sorted 5 6 8 8 10 14 15 18 30 40:
		// sum 154; median the 5th = 10; p90 the 9th = 30; longest 40.
		Service: stat(10, min_(154)/10, min_(10), min_(30), min_(40)),
		// Total: 20 30 36 36 8 13 46 10 52 21, sorted 8 10 13 20 21 30 36 36 46
		// 52: sum 272; median the 5th = 21; p90 the 9th = 46; longest 52.
		Total: stat(10, min_(272)/10, min_(21), min_(46), min_(52)),
	}
	if r.Tickets != want {
		t.Errorf("tickets\n got %+v\nwant %+v", r.Tickets, want)
	}

	byType := map[string]TicketStats{}
	var codes []string
	for _, ts := range r.Types {
		byType[ts.Code], codes = ts.TicketStats, append(codes, ts.Code)
	}
	if !slices.Equal(codes, []string{"A", "B", "C", "D"}) {
		t.Errorf("types %v, want the configuration's A B C D", codes)
	}
	// A: A001–A005 (A006 ended a B). Wait 5 10 6 15 25 → sorted 5 6 10 15 25,
	// median the 3rd = 10, p90 the ⌈4.5⌉=5th = 25. Service 14 18 30 10 →
	// 10 14 18 30, median the 2nd = 14, p90 the ⌈3.6⌉=4th = 30.
	a := byType["A"]
	if a.Issued != 5 || a.Served != 4 || a.NoShows != 1 || a.Wait.Median != min_(10) || a.Wait.P90 != min_(25) ||
		a.Service.Median != min_(14) || a.Service.P90 != min_(30) {
		t.Errorf("A: %+v", a)
	}
	// B: B001 B002 B003 and A006. Wait 1 2 20 1 → 1 1 2 20: median 2nd = 1, p90 4th = 20.
	b := byType["B"]
	if b.Issued != 4 || b.Served != 4 || b.NoShows != 1 || b.Wait.Median != min_(1) || b.Wait.P90 != min_(20) {
		t.Errorf("B: %+v", b)
	}
	if c := byType["C"]; c.Issued != 2 || c.Served != 1 || c.Cancelled != 1 || c.Wait.N != 1 {
		t.Errorf("C: %+v", c)
	}
	if d := byType["D"]; d.Issued != 1 || d.Served != 1 || d.Service.Max != min_(40) {
		t.Errorf("D: %+v", d)
	}

	// Arrivals: 09h A001 A002 A003 A004 B001; 10h A005 B002 B003; 11h C001
	// C002; 14h D001 A006.
	var hours [24]int
	hours[9], hours[10], hours[11], hours[14] = 5, 3, 2, 2
	if r.Hours != hours {
		t.Errorf("hours %v, want %v", r.Hours, hours)
	}
}

func TestR1_PerCounterAndEngineer(t *testing.T) {
	r := hand(t)
	// Counter 1: A001 A002 A005 C001, service 14 18 10 8 → 8 10 14 18: median
	// 10, p90 the 4th = 18; orders O1 O6. Counter 2: A003 (30), the no-show
	// A004, orders O2 O8 (A006 left it by transfer). Counter 3: B001 B002
	// B003 A006, service 6 8 5 15 → 5 6 8 15, median 6, p90 15; the no-show
	// B003 was missed there. Counter 4: D001 (40).
	want := []CounterStats{
		{Counter: 1, Served: 4, Service: stat(4, min_(50)/4, min_(10), min_(18), min_(18)), Received: 2},
		{Counter: 2, Served: 1, NoShows: 1, Service: stat(1, min_(30), min_(30), min_(30), min_(30)), Received: 2},
		{Counter: 3, Served: 4, NoShows: 1, Service: stat(4, min_(34)/4, min_(6), min_(15), min_(15))},
		{Counter: 4, Served: 1, Service: stat(1, min_(40), min_(40), min_(40), min_(40))},
	}
	if !reflect.DeepEqual(r.Counters, want) {
		t.Errorf("counters\n got %+v\nwant %+v", r.Counters, want)
	}
	// By name in byte order ("keypad" before the Chinese names), the unknown
	// last. 王工 finished A001 A002 A005 and took in O1 O6; 李工 finished
	// A003, took in O2 O8 and made O3 ready; 张工 finished B001 B002 B003
	// A006 (6 8 5 15), made O2 ready and handed O3 over; D001 has no event.
	got := map[string]EngineerStats{}
	var names []string
	for _, e := range r.Engineers {
		got[e.Name], names = e, append(names, e.Name)
	}
	if !slices.Equal(names, []string{"keypad", "张工", "李工", "王工", ""}) {
		t.Errorf("engineers %q", names)
	}
	if z := got["张工"]; z.Served != 4 || z.Service.Median != min_(6) || z.Service.P90 != min_(15) || z.Ready != 1 || z.Collected != 1 {
		t.Errorf("张工 %+v", z)
	}
	if l := got["李工"]; l.Served != 1 || l.Received != 2 || l.Ready != 1 || l.Collected != 0 {
		t.Errorf("李工 %+v", l)
	}
	if w := got["王工"]; w.Served != 3 || w.Received != 2 || w.Ready != 0 {
		t.Errorf("王工 %+v", w)
	}
	if u := got[""]; u.Served != 1 || got["keypad"].Served != 1 {
		t.Errorf("unknown %+v, keypad %+v", u, got["keypad"])
	}
}

func TestR1_OrdersOfTheDay(t *testing.T) {
	r := hand(t)
	want := OrderStats{
		Received:  4,               // O1 O2 O6 O8 (O7 is the 3rd's, O3–O5 May's)
		Ready:     2,               // O2 at 16:00, O3 again at 15:00
		Collected: 1, Cancelled: 1, // O3; O6
		Open:        3, // at midnight: O1 diagnosing, O4 waiting for parts, O8 received
		OverdueOpen: 1, // O4, promised 1 June
		LateReady:   1, // O3, ready on the 2nd after its promise of 30 May
		Overdue:     2,
		// Received→ready: O2 09:50→16:00 = 6h10m; O3 28 May 10:00 → 2 June
		// 15:00 = 5 days 5 h = 125 h. Sorted: median the 1st, p90 the ⌈1.8⌉=2nd.
		ReceivedToReady: stat(2, (6*time.Hour+10*time.Minute+125*time.Hour)/2, 6*time.Hour+10*time.Minute, 125*time.Hour, 125*time.Hour),
		// O3: ready again 15:00 → collected 16:30; received 28 May 10:00 → 126h30m.
		ReadyToCollected:    stat(1, 90*time.Minute, 90*time.Minute, 90*time.Minute, 90*time.Minute),
		ReceivedToCollected: stat(1, 126*time.Hour+30*time.Minute, 126*time.Hour+30*time.Minute, 126*time.Hour+30*time.Minute, 126*time.Hour+30*time.Minute),
	}
	if r.Orders != want {
		t.Errorf("orders\n got %+v\nwant %+v", r.Orders, want)
	}
}

func TestG3_InspectionFailuresAndP5_Visits(t *testing.T) {
	r := hand(t)
	if r.Inspection.Failures != 1 || len(r.Inspection.Latest) != 1 {
		t.Fatalf("inspection %+v", r.Inspection)
	}
	if f := r.Inspection.Latest[0]; f.Number != "R2505280001" || !f.At.Equal(at(10, 0)) || f.Who != "张工" || f.Text != "验机未通过 display: 花屏" {
		t.Errorf("failure %+v", f)
	}
	// O5: not reached at 10:00, reached at 15:00 with 4.
	want := Visits{Reached: 1, NotReached: 1, Satisfaction: [5]int{0, 0, 0, 1, 0}, Mean: 4}
	if r.Visits != want {
		t.Errorf("visits %+v, want %+v", r.Visits, want)
	}
}

func TestR2_RecurringFaultsByModel(t *testing.T) {
	r := hand(t)
	// Received on the 2nd: ThinkPad X1 ×3 (O1, O2 a comeback with 不开机, O8;
	// the spaces of O2's model do not make it another), 战66 ×1 (O6, a
	// comeback). Both have one comeback; more orders come first.
	want := []ModelStats{
		{Model: "联想 ThinkPad X1", Orders: 3, Comebacks: 1, Fault: "不开机"},
		{Model: "惠普 战66", Orders: 1, Comebacks: 1, Fault: "键盘失灵"},
	}
	if !reflect.DeepEqual(r.Models, want) || r.ModelCount != 2 {
		t.Errorf("models %+v (%d)", r.Models, r.ModelCount)
	}
}

// TestBuilderPagesInAnyOrder: the report is the same whatever the order and
// size of the pages, and an order given twice counts once; Missing names
// the orders the events name that were not given.
func TestBuilderPagesInAnyOrder(t *testing.T) {
	want := hand(t)
	p := want.Period
	ts, os := tickets(t), orders()
	es := events(ts)
	b := NewBuilder(cfg, p, on(3, 9, 0))
	for i := len(os) - 1; i >= 0; i-- {
		b.AddOrders(os[i : i+1])
	}
	b.AddOrders(os[2:4]) // again
	b.AddTickets(ts[:5])
	b.AddEvents(es[:4])
	if got := b.Missing(); !slices.Equal(got, nil) {
		t.Errorf("Missing before the order events: %v", got)
	}
	b.AddTickets(ts[5:])
	b.AddEvents(es[4:])
	if got := b.Missing(); !slices.Equal(got, []string{"R2505200009"}) {
		t.Errorf("Missing = %v", got)
	}
	if got := b.Report(); !reflect.DeepEqual(got, want) {
		t.Errorf("paged report differs\n got %+v\nwant %+v", got, want)
	}
}

// TestReportNotOverYet: a report of today made at 12:00 sees what is
// overdue at noon, not at midnight.
func TestReportNotOverYet(t *testing.T) {
	p := Day(at(8, 0), loc)
	r := Compute(cfg, p, at(12, 0), nil, orders(), nil)
	if !r.AsOf.Equal(at(12, 0)) {
		t.Errorf("as of %v", r.AsOf)
	}
	// At noon: O1 (diagnosing), O2 (repairing), O4 (parts), O8 are open; O3
	// was collected only at 16:30 but is in repair again after the failed
	// inspection; O6 not yet cancelled, received 14:30: not yet here.
	if r.Orders.Open != 5 || r.Orders.OverdueOpen != 2 {
		t.Errorf("open %d overdue %d, want 5 and 2 (O3 and O4)", r.Orders.Open, r.Orders.OverdueOpen)
	}
}

func TestPercentileNearestRank(t *testing.T) {
	d := func(ns ...int) []time.Duration {
		var out []time.Duration
		for _, n := range ns {
			out = append(out, time.Duration(n))
		}
		return out
	}
	for _, c := range []struct {
		in      []time.Duration
		p       int
		want    time.Duration
		comment string
	}{
		{nil, 50, 0, "none"},
		{d(7), 50, 7, "one: every percentile is it"},
		{d(7), 90, 7, ""},
		{d(1, 2), 50, 1, "⌈1⌉ = 1st: the lower middle, not 1.5"},
		{d(1, 2), 90, 2, "⌈1.8⌉ = 2nd"},
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90, 9, "⌈9⌉ = 9th"},
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 90, 10, "⌈9.9⌉ = 10th"},
		{d(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 100, 10, "the largest"},
		{d(1, 2, 3), 1, 1, "⌈0.03⌉ = 1st"},
	} {
		if got := Percentile(c.in, c.p); got != c.want {
			t.Errorf("Percentile(%v, %d) = %v, want %v (%s)", c.in, c.p, got, c.want, c.comment)
		}
	}
	if s := Summarize(d(5, 1, 3)); s != (Stat{N: 3, Mean: 3, Median: 3, P90: 5, Max: 5}) {
		t.Errorf("Summarize = %+v", s)
	}
}

func TestStatJSONInSeconds(t *testing.T) {
	s := stat(3, 90*time.Second, time.Minute, 2*time.Minute, time.Hour)
	raw, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != `{"n":3,"mean_seconds":90,"median_seconds":60,"p90_seconds":120,"max_seconds":3600}` {
		t.Errorf("JSON %s", raw)
	}
	var back Stat
	if err := json.Unmarshal(raw, &back); err != nil || back != s {
		t.Errorf("back %+v, %v", back, err)
	}
}

func TestPeriods(t *testing.T) {
	if _, err := Span("2025-06-31", "2025-07-01", loc); err == nil {
		t.Error("31 June accepted")
	}
	if _, err := Span("2025-07-02", "2025-07-01", loc); err == nil {
		t.Error("from after to accepted")
	}
	q := Calendar(KindQuarter, at(12, 0), loc)
	if q.First != "2025-04-01" || q.Last != "2025-06-30" || q.Name() != "2025-Q2" || q.Days() != 91 {
		t.Errorf("quarter %+v %s %d", q, q.Name(), q.Days())
	}
	if n := q.Shift(1); n.First != "2025-07-01" || n.Last != "2025-09-30" {
		t.Errorf("next quarter %+v", n)
	}
	if h := Calendar(KindHalf, at(12, 0), loc).Shift(-1); h.First != "2024-07-01" || h.Last != "2024-12-31" || h.Name() != "2024-H2" {
		t.Errorf("previous half %+v", h)
	}
	if y := Calendar(KindYear, at(12, 0), loc); y.First != "2025-01-01" || y.Last != "2025-12-31" || y.Days() != 365 {
		t.Errorf("year %+v", y)
	}
	d := Day(on(2, 23, 59), loc)
	if d.Shift(-1).First != "2025-06-01" || !d.Contains(on(2, 23, 59)) || d.Contains(on(3, 0, 0)) {
		t.Errorf("day %+v", d)
	}
	r, err := Span("2025-06-01", "2025-06-07", loc)
	if err != nil || r.Kind != KindRange || r.Shift(1).First != "2025-06-08" || r.Shift(1).Last != "2025-06-14" {
		t.Errorf("week %+v %+v %v", r, r.Shift(1), err)
	}
	// Midnight in Shanghai is 16:00 UTC the day before.
	if s := d.Start(); !s.Equal(time.Date(2025, 6, 1, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("start %v", s)
	}
}

// TestHandedBackDevicesAreCountedByReason: the hand-backs of the period are
// counted, by reason, the most frequent first; those outside it are not.
func TestHandedBackDevicesAreCountedByReason(t *testing.T) {
	p := Period{First: "2026-12-04", Last: "2026-12-04", Loc: time.UTC}
	at := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	ev := []store.Event{
		{Kind: store.KindHandBack, At: at, Detail: "scope"},
		{Kind: store.KindHandBack, At: at, Detail: "estimate"},
		{Kind: store.KindHandBack, At: at.Add(time.Hour), Detail: "estimate"},
		{Kind: store.KindHandBack, At: at.Add(-24 * time.Hour), Detail: "terms"}, // the day before
		{Kind: store.KindFinish, At: at},
	}
	r := Compute(queue.DefaultConfig(), p, at.Add(48*time.Hour), nil, nil, ev)
	want := HandBacks{Total: 3, Reasons: []ReasonCount{{"estimate", 2}, {"scope", 1}}}
	if !reflect.DeepEqual(r.HandedBack, want) {
		t.Errorf("handed back %+v, want %+v", r.HandedBack, want)
	}
}
