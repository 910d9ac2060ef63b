package desk

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// hostilePayloads are what a database written by something else (an
// import, another program, a damaged file) may hold in any text: each is
// put into every free text of every order of the morning station.
var hostilePayloads = []struct{ name, s string }{
	{"CSI", "\x1b[2J\x1b[H\x1b[31m红\x1b[0m\x1b[?1049l"},
	{"OSC 8 hyperlink", "\x1b]8;;http://evil.example/\x07链接\x1b]8;;\x07"},
	{"OSC 52 clipboard", "\x1b]52;c;aGVsbG8=\x07剪\x1b]52;c;aGVsbG8=\x1b\\贴"},
	{"BEL NUL C0 DEL", "响\a\a\x00\x08\x7f\r\n\t\x0b\x0c铃"},
	{"C1 controls", "\u0085\u0090q\u009c\u009b31m\u009d0;t\u009c\u0084C\u0080"},
	{"raw C1 bytes", "\x9b31m\x9d0;t\x9c\x85"},
	{"bidi", "\u202e反向\u202c\u202d\u2066隔\u2069\u2067\u2068离\u2069\u200e\u200f\u061c"},
	{"zero-width", "\u200b零\u200c\u200d\u2060\ufeff\u00ad\U000E0041\u180e"},
	{"long", strings.Repeat("很长的故障描述", 60) + "\x1b[5m" + strings.Repeat("W", 600) + "\u202e"},
}

// hostileOrder is the number of the order added to the station whose
// number, claim code and ticket are hostile too.
const hostileOrder = "R2611220002"

// poison puts p after every free text of o: the customer, the company and
// dealer, the device, fault, extras, condition, accessories, estimate,
// loaner, engineers, the result, the part awaited, earlier orders, every
// step of the timeline (with a step of each kind more), the pickup and the
// return visit. The phone keeps its digits — the index and the pickup's
// last 4 read them — among controls and bidi marks without digits; the
// ready order keeps its serial and accessories, which the pickup checks.
func poison(o repair.Order, p string) repair.Order {
	bad := func(s string) string { return s + p }
	phone := func(s string) string { return "\u202e\a" + s + "\u0085\u2066\x00\x1b[m" }
	in := &o.Intake
	in.Name, in.Phone = bad(in.Name), phone(in.Phone)
	in.Kind, in.Company = repair.Business, bad("公司")
	in.ByDealer, in.Dealer, in.DealerPhone = true, bad("经销商"), phone("13512345678")
	in.Brand, in.Model, in.Fault = bad(in.Brand), bad(in.Model), bad(in.Fault)
	in.Extras, in.ExtrasLeft, in.ConditionNote = bad("鼠标"), true, bad("外壳划痕")
	in.Purchased, in.FactoryMonth = bad(in.Purchased), bad(in.FactoryMonth)
	in.Estimate, in.Fee = bad("主板 1200"), bad("50")
	if in.Loaner != "" {
		in.Loaner = bad(in.Loaner)
	}
	in.Condition = append(in.Condition, p)
	if o.Number != readyOrder {
		in.Serial = bad(in.Serial)
		in.Accessories = append(in.Accessories, p)
	}
	o.Engineer, o.Ticket = bad(o.Engineer), bad(o.Ticket)
	o.Estimate = append(o.Estimate, repair.Line{Part: bad("硬盘"), Price: 45000})
	for i := range o.Estimate {
		o.Estimate[i].Part = bad(o.Estimate[i].Part)
	}
	if o.AwaitedPart != "" {
		o.AwaitedPart = bad(o.AwaitedPart)
	}
	for i := range o.Previous {
		o.Previous[i] = bad(o.Previous[i])
	}
	r := &o.Result
	for _, f := range []*string{&r.Cause, &r.Work, &r.Parts, &r.Advice} {
		if *f != "" {
			*f = bad(*f)
		}
	}
	for i := range o.History {
		s := &o.History[i]
		s.Who, s.Text = bad(s.Who), bad(s.Text)
		if s.Answer != "" {
			s.Answer = bad(s.Answer)
		}
	}
	at := o.Received
	for _, k := range []repair.StepKind{repair.StepNote, repair.StepContact, repair.StepEstimate, repair.StepEscalation,
		repair.StepComplaint, repair.StepLoaner, repair.StepVisit, repair.StepResult, repair.StepKind(p)} {
		o.History = append(o.History, repair.Step{At: at, Who: bad("王工"), Kind: k, Text: bad("记录"), Answer: bad("答复"),
			Contact: repair.ContactKind(p), Escalation: repair.EscalationKind(p)})
	}
	if pk := o.Pickup; pk != nil {
		pk.SignedBy, pk.Staff = bad(pk.SignedBy), bad(pk.Staff)
		pk.Verification.By, pk.Verification.Supervisor, pk.Verification.IDLast4 = bad("张工"), bad("李主任"), bad("123X")
		pk.Returned = append(pk.Returned, p)
	}
	if v := o.Visit; v != nil {
		v.By, v.Remarks = bad(v.By), bad(v.Remarks)
	}
	return o
}

// hostileStation is the morning station with every text of its orders
// poisoned with p, stored as given (store.BulkOrders: the intake's checks
// would refuse them) in a fresh database, with one order more whose
// number, claim code and ticket are p too and which failed its inspection
// this morning; engineers signed in at the other counters under names with
// p; another customer's draft of p left at counter 3; a pickup ticket
// waiting, and a repair drop-off called to counter 3 by an engineer named
// with p.
func hostileStation(t *testing.T, p string) *station {
	t.Helper()
	clean := morningStation(t)
	last, err := clean.st.LastOrderID()
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]uint64, last)
	for i := range ids {
		ids[i] = uint64(i + 1)
	}
	var orders []repair.Order
	err = clean.st.OrdersWithIDs(ids, func(os []repair.Order) error {
		for _, o := range os {
			orders = append(orders, poison(o, p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	odd := orders[len(orders)-1] // received this morning, open
	odd.ID, odd.Number, odd.Claim = 0, hostileOrder+p, claimOf(hostileOrder)+p
	// Failed at its inspection this morning (G3): the report lists it by
	// its number.
	odd.History = append(odd.History, repair.Step{At: fixed.Add(-time.Hour), Who: "王工" + p, Kind: repair.StepState,
		From: repair.StateReady, To: repair.StateRepairing, Text: "屏幕" + p})
	s := newStation(t)
	s.store(append(orders, odd)...)
	for _, k := range []int{1, 2, 4} {
		if err := s.st.SignIn(k, fmt.Sprintf("%d号%s工", k, p)); err != nil {
			t.Fatal(err)
		}
	}
	// Another customer's intake, left half done at this counter.
	draft := store.Draft{Counter: 3, Engineer: p, TicketID: 9999, Ticket: "A099" + p, Intake: orders[len(orders)-1].Intake}
	if err := s.st.SaveDraft(draft); err != nil {
		t.Fatal(err)
	}
	var a queue.Ticket
	for _, code := range []string{"A", pickupType} {
		tk, _, err := s.st.Take(code, false, "kiosk"+p)
		if err != nil {
			t.Fatal(err)
		}
		if code == "A" {
			a = tk
		}
	}
	if _, err := s.st.CallTicket(3, a.ID, "张工"+p); err != nil {
		t.Fatal(err)
	}
	return s
}

// steady drives a desk as drive does, on a machine under load: a command
// that answers after drive would have stopped waiting for it (a read or a
// save held up by another process) is not dropped — its message reaches the
// desk before the next keys — and await lets such answers arrive until a
// step has led where it must.
type steady struct {
	t    *testing.T
	m    Model
	late chan tea.Msg
}

// steadyDesk is station.desk, signed in at counter 3, driven steadily
// until the queue and the board are read. The configuration file's words
// hold p too: the names of the service types, the station's name and
// phone, and of every device kind its name, accessories, condition and
// inspection items, and the warranty's part categories.
func (s *station) steadyDesk(t *testing.T, lang string, w, h int, p string) *steady {
	t.Helper()
	c := common.New(s.st, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	for i := range c.Cfg.Types {
		c.Cfg.Types[i].Name.ZH += p
		c.Cfg.Types[i].Name.EN += p
	}
	c.Station.Name, c.Station.Phone = c.Station.Name+p, c.Station.Phone+p
	bad := func(items []repair.Item) {
		for i := range items {
			items[i].ZH, items[i].EN = items[i].ZH+p, items[i].EN+p
		}
	}
	for i := range c.Repair.Devices {
		d := &c.Repair.Devices[i]
		d.ZH, d.EN = d.ZH+p, d.EN+p
		bad(d.Accessories)
		bad(d.Condition)
		bad(d.Inspection)
	}
	for i := range c.Repair.Warranty {
		r := &c.Repair.Warranty[i]
		r.ZH, r.EN = r.ZH+p, r.EN+p
	}
	m := New(c, nil, Options{DB: s.path, Counter: 3, Engineer: "张工"})
	d := &steady{t: t, m: send(m, tea.WindowSizeMsg{Width: w, Height: h}), late: make(chan tea.Msg, 4096)}
	d.run(d.m.Init(), 0)
	d.await("the desk", func(m Model) bool { return m.cur != nil && m.board.loaded })
	return d
}

// fork is a copy of the desk to walk on from here, leaving d where it is.
// Their forms are shared: a fork must not go on in a form d has open.
func (d *steady) fork() *steady {
	d.flush()
	return &steady{t: d.t, m: d.m, late: make(chan tea.Msg, 4096)}
}

func (d *steady) keys(keys ...string) *steady { return d.send(press(keys...)...) }

func (d *steady) send(msgs ...tea.Msg) *steady {
	for _, msg := range msgs {
		d.flush()
		d.deliver(msg, 0)
	}
	return d
}

func (d *steady) deliver(msg tea.Msg, depth int) {
	if msg == nil || depth > 50 {
		return
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			d.run(c, depth)
		}
		return
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.run(cmd, depth+1)
}

// run waits a moment for cmd's message, as execute does; a later one is
// kept for the next step (timers among them: the cursor's blink, the
// draft's debounce).
func (d *steady) run(cmd tea.Cmd, depth int) {
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		d.deliver(msg, depth)
	case <-time.After(20 * time.Millisecond):
		late := d.late
		go func() { late <- <-ch }()
	}
}

func (d *steady) flush() {
	for {
		select {
		case msg := <-d.late:
			d.deliver(msg, 0)
		default:
			return
		}
	}
}

// await lets late answers arrive until ok holds, for at most 10 seconds.
func (d *steady) await(what string, ok func(Model) bool) *steady {
	d.t.Helper()
	deadline := time.After(10 * time.Second)
	for d.flush(); !ok(d.m); d.flush() {
		select {
		case msg := <-d.late:
			d.deliver(msg, 0)
		case <-deadline:
			d.t.Fatalf("%s: never got there: %s\n%s", what, d.m.status, plain(d.m))
		}
	}
	return d
}

func (d *steady) check(what string) *steady {
	d.t.Helper()
	checkInert(d.t, what, d.m.View().Content) // styling only, too
	return d
}

// down is the keys that move a list's cursor n rows down and open the row.
func down(n int) []string {
	keys := make([]string, n, n+1)
	for i := range keys {
		keys[i] = "down"
	}
	return append(keys, "enter")
}

// TestQ8_HostileTextThroughEveryDeskScreen: whatever the database holds in
// an order's words, an engineer's name, a ticket or a draft, every screen
// of the desk draws it inert — the queue with its board panel; the intake
// from another customer's draft, and filled in from a returning customer's
// and a returning device's earlier orders; each of the board's eight
// lists, every order opened from them with its timeline, contact log,
// previous orders and each action's form; the search and its results; the
// return visit; the report over every period; the claim slip screen; the
// lost slip's identity check; the pickup (claim code, tag, inspection,
// explanation, accessories, sign-off, done). Each payload is walked small
// in Chinese or large in English, by turns, and all of them at once both
// ways.
func TestQ8_HostileTextThroughEveryDeskScreen(t *testing.T) {
	sizes := []struct {
		lang string
		w, h int
	}{{"zh", 80, 24}, {"en", 160, 48}} // 160: the report stands in two columns
	var all strings.Builder
	for _, p := range hostilePayloads {
		all.WriteString(p.s)
	}
	table := append(slices.Clone(hostilePayloads), struct{ name, s string }{"all at once", all.String()})
	for i, p := range table {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel() // mostly waiting for commands that never answer (timers)
			for j, z := range sizes {
				if p.name != "all at once" && i%2 != j {
					continue
				}
				s := hostileStation(t, p.s)
				what := func(screen string) string { return fmt.Sprintf("%s %d×%d %s", z.lang, z.w, z.h, screen) }
				d := s.steadyDesk(t, z.lang, z.w, z.h, p.s).check(what("queue, A called"))
				walkIntake(d, what)
				if tk, err := s.st.FinishAndCallNext(3, "张工"+p.s); err != nil || tk.Type != pickupType {
					t.Fatalf("called %+v: %v", tk, err)
				}
				d = s.steadyDesk(t, z.lang, z.w, z.h, p.s).check(what("queue, B called"))
				walkBoard(d.fork(), what)
				walkSearch(d.fork(), what)
				walkReport(d.fork(), what)
				walkSlipScreen(d.fork(), s, p.s, what)
				walkLostSlip(d.fork(), what)
				walkPickup(d, what) // last: it signs the ready order off
			}
		})
	}
}

// walkIntake opens the intake of the called A ticket: first the offer of
// another customer's draft, taken over (its texts in the form); then
// fresh intakes where the phone of a poisoned order fills in the name (a
// returning customer) and the serial of another its device and purchase
// (a comeback, O7).
func walkIntake(d *steady, what func(string) string) {
	d.t.Helper()
	offer := d.keys("i").await(what("intake"), func(m Model) bool { return m.screen == screenDraftOffer }).check(what("draft offer"))
	taken := offer.fork().keys("y").check(what("intake from the draft"))
	for range 12 {
		taken.keys("enter").check(what("intake from the draft, on"))
	}
	// The name filled in shows at the next key (end: to the end of it).
	offer.fork().keys("n", "enter", "13600002222", "enter").
		await(what("intake"), func(m Model) bool { return m.form.customer != nil }).
		send(tea.KeyPressMsg{Code: tea.KeyEnd}).check(what("intake, returning customer"))
	comeback := offer.fork().keys("n", "enter", "13700009999", "enter", "张三", "enter", "enter", "HP66CM21", "enter").
		await(what("intake"), func(m Model) bool { return m.form.history != nil }).check(what("intake, comeback"))
	for range 4 {
		comeback.keys("enter").check(what("intake, comeback, on"))
	}
}

// walkBoard opens each of the board's lists, and from them every order
// (its screen scrolled to the end, and each action's form) and the
// return visit.
func walkBoard(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("o").check(what("board"))
	seen := map[uint64]bool{}
	for _, list := range []string{"1", "2", "3", "4", "5", "6", "7", "8"} {
		at := d.keys(list).check(what("list " + list))
		if len(at.m.board.rows) == 0 {
			d.t.Errorf("%s: list %s is empty", what("board"), list)
		}
		for i, row := range at.m.board.rows {
			opened := at.fork().keys(down(i)...)
			if list == "8" {
				opened.await(what("list 8"), func(m Model) bool { return m.screen == screenVisit && m.visit.loaded }).check(what("visit"))
				opened.fork().keys("n").check(what("visit, not reached"))
				opened.fork().keys("y").check(what("visit, reached"))
				continue
			}
			opened.await(what("list "+list), func(m Model) bool { return m.screen == screenOrder && m.order.loaded })
			if !seen[row.id] {
				seen[row.id] = true
				walkOrder(opened, what("order "+row.number))
			}
		}
	}
}

// walkOrder checks an open order scrolled to its end and each action's form.
func walkOrder(d *steady, what string) {
	d.t.Helper()
	d.check(what)
	for scrolled := d.fork(); scrolled.m.order.scroll < scrolled.m.maxScroll(); {
		scrolled.keys("pgdown").check(what + " scrolled")
	}
	for _, k := range []string{"s", "r", "c", "e", "n", "x", "t", "b"} {
		d.fork().keys(k).check(what + " form " + k)
	}
}

// walkSearch finds orders by a phone (the three of one device, one after
// the other) and opens each result.
func walkSearch(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("/", "13911110000").await(what("search"), func(m Model) bool { return len(m.search.rows) == 3 }).check(what("search"))
	for i, row := range d.m.search.rows {
		opened := d.fork().keys(down(i)...).
			await(what("search"), func(m Model) bool { return m.screen == screenOrder && m.order.loaded })
		walkOrder(opened, what("search result "+row.number))
	}
}

// walkReport shows the station's report over each period it offers,
// scrolled through: the engineers, the inspection failures and the
// recurring faults by model come from the poisoned orders.
func walkReport(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("m").await(what("report"), func(m Model) bool { return m.screen == screenReport })
	for period := range 5 {
		d.check(what(fmt.Sprintf("report, period %d", period)))
		for range 6 {
			d.keys("pgdown").check(what(fmt.Sprintf("report, period %d, scrolled", period)))
		}
		d.keys("v")
	}
}

// walkSlipScreen shows the slip screen as an intake of the poisoned ready
// order would, with a file name and a print error from outside.
func walkSlipScreen(d *steady, s *station, p string, what func(string) string) {
	d.t.Helper()
	o := s.stored(d.t, readyOrder)
	c := d.m.c
	text := slip.Render(o, c.Repair, c.Station, c.Text, 48, c.Cfg.Location)
	for _, msg := range []intakeSavedMsg{
		{order: o, slip: text, file: "/tmp/slips/" + p + ".txt"},
		{order: o, slip: text, file: p, fileErr: errors.New("disk " + p)},
		{order: o, slip: text, file: p, printErr: errors.New("lp: " + p)},
	} {
		next, _ := d.m.intakeSaved(msg)
		shown := &steady{t: d.t, m: next.(Model), late: make(chan tea.Msg, 4096)}
		if shown.m.screen != screenSlip {
			d.t.Fatalf("%s: no slip screen:\n%s", what("slip"), plain(shown.m))
		}
		shown.check(what("slip")).keys("pgdown", "pgdown").check(what("slip, scrolled"))
	}
}

// walkLostSlip opens the pickup, then the identity check of a lost slip
// for the ready order found by its customer's phone.
func walkLostSlip(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("g").send(ctrl('l')).keys("13600002222").
		await(what("lost slip"), func(m Model) bool { return m.screen == screenSearch && len(m.search.rows) > 0 }).
		check(what("lost slip, search")).keys("enter").
		await(what("lost slip"), func(m Model) bool { return m.screen == screenPickup && m.pickup.stage == stageLost }).
		check(what("lost slip"))
}

// walkPickup takes the ready order through the whole pickup: the claim
// code, the tag, two rounds of inspection, the explanation, the
// accessories, the sign-off with the name as on the intake, done.
func walkPickup(d *steady, what func(string) string) {
	d.t.Helper()
	stage := func(s pickupStage) func(Model) bool { return func(m Model) bool { return m.pickup.stage == s } }
	d.keys("g").check(what("pickup, claim code"))
	d.send(claimKeys(slipCode(readyOrder), "2222")...).await(what("pickup"), stage(stageFetch)).check(what("pickup, tag"))
	d.keys("HP66CM21", "enter").await(what("pickup"), stage(stageInspect)).check(what("pickup, inspection"))
	d.keys("a").check(what("pickup, inspection round 2"))
	d.keys("a").await(what("pickup"), stage(stageExplain)).check(what("pickup, explanation"))
	d.keys("enter").check(what("pickup, accessories"))
	d.send(space, space).keys("enter").check(what("pickup, sign-off"))
	d.keys("enter").await(what("pickup"), stage(stageDone)).check(what("pickup, done"))
}
