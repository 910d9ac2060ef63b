package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
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
	for _, k := range []repair.StepKind{
		repair.StepNote, repair.StepContact, repair.StepEstimate, repair.StepEscalation,
		repair.StepComplaint, repair.StepLoaner, repair.StepVisit, repair.StepResult, repair.StepKind(p),
	} {
		o.History = append(o.History, repair.Step{
			At: at, Who: bad("王工"), Kind: k, Text: bad("记录"), Answer: bad("答复"),
			Contact: repair.ContactKind(p), Escalation: repair.EscalationKind(p),
		})
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
func hostileStation(t *testing.T, p string) *desktest.Station {
	t.Helper()
	clean := desktest.MorningStation(t)
	last, err := clean.St.LastOrderID()
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]uint64, last)
	for i := range ids {
		ids[i] = uint64(i + 1)
	}
	var orders []repair.Order
	err = clean.St.OrdersWithIDs(ids, func(os []repair.Order) error {
		for _, o := range os {
			orders = append(orders, poison(o, p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	odd := orders[len(orders)-1] // received this morning, open
	odd.ID, odd.Number, odd.Claim = 0, hostileOrder+p, desktest.ClaimOf(hostileOrder)+p
	// Failed at its inspection this morning (G3): the report lists it by
	// its number.
	odd.History = append(odd.History, repair.Step{
		At: fixed.Add(-time.Hour), Who: "王工" + p, Kind: repair.StepState,
		From: repair.StateReady, To: repair.StateRepairing, Text: "屏幕" + p,
	})
	s := desktest.NewStation(t)
	s.Store(append(orders, odd)...)
	for _, k := range []int{1, 2, 4} {
		if err := s.St.SignIn(k, fmt.Sprintf("%d号%s工", k, p)); err != nil {
			t.Fatal(err)
		}
	}
	// Another customer's intake, left half done at this counter.
	draft := store.Draft{Counter: 3, Engineer: p, TicketID: 9999, Ticket: "A099" + p, Intake: orders[len(orders)-1].Intake}
	if err := s.St.SaveDraft(draft); err != nil {
		t.Fatal(err)
	}
	var a queue.Ticket
	for _, code := range []string{"A", s.St.Config().PickupType} {
		tk, _, err := s.St.Take(code, false, "kiosk"+p)
		if err != nil {
			t.Fatal(err)
		}
		if code == "A" {
			a = tk
		}
	}
	if _, err := s.St.CallTicket(3, a.ID, "张工"+p); err != nil {
		t.Fatal(err)
	}
	return s
}
