package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// aRequest is a business customer's request as the hotline screen checks
// it: a notebook that will not start, at an office with a network.
func aRequest() onsite.Request {
	return onsite.Request{
		Customer: onsite.Customer{Name: "王经理", Company: "华联商贸有限公司", Position: "行政经理",
			Phone: "13912345678", Address: "北京市海淀区中关村大街 1 号 5 层"},
		Device:  onsite.Device{Model: "ThinkPad T14", Serial: "PF2ABC12"},
		Fault:   "开机无显示",
		Network: true,
	}
}

// step is r moved to state with a step, as package onsite's moves do.
func step(r onsite.Request, to onsite.State, kind string, at time.Time) onsite.Request {
	r.History = append(slices.Clone(r.History), onsite.Step{At: at, Who: "张工", Kind: kind, From: r.State, To: to})
	r.State = to
	return r
}

// TestS1_ARequestIsNumberedIndexedAndLogged: OpenRequest numbers the day's
// requests from 1, stamps who took the call and when it came in, finds them
// by number, phone, serial and company, lists them on the board, and logs
// each as a KindRequest event.
func TestS1_ARequestIsNumberedIndexedAndLogged(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	a, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	other := aRequest()
	other.Customer.Phone, other.Device.Serial, other.Customer.Company = "13800001111", "PF9ZZZ99", ""
	b, err := s.OpenRequest("李工", other)
	if err != nil {
		t.Fatal(err)
	}
	if a.Number != "S2506020001" || b.Number != "S2506020002" || a.Taker != "张工" || !a.Received.Equal(day9) || a.State != onsite.StateNew {
		t.Errorf("opened %+v and %s", a, b.Number)
	}
	for _, tc := range []struct {
		name string
		find func() ([]onsite.Request, error)
		want []string
	}{
		{"phone", func() ([]onsite.Request, error) { return s.RequestsByPhone("139 1234 5678", 0) }, []string{a.Number}},
		{"serial", func() ([]onsite.Request, error) { return s.RequestsBySerial("pf2abc12", 0) }, []string{a.Number}},
		{"company", func() ([]onsite.Request, error) { return s.RequestsByCompany("华联商贸有限公司", 0) }, []string{a.Number}},
		{"board", s.OpenRequests, []string{a.Number, b.Number}},
	} {
		got, err := tc.find()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var numbers []string
		for _, r := range got {
			numbers = append(numbers, r.Number)
		}
		if !slices.Equal(numbers, tc.want) {
			t.Errorf("by %s: %v, want %v", tc.name, numbers, tc.want)
		}
	}
	if r, ok, err := s.RequestByNumber(" s2506020002 "); err != nil || !ok || r.ID != b.ID {
		t.Errorf("by number: %v %v %v", r.Number, ok, err)
	}
	evs, err := s.Events(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	var logged []string
	for _, e := range evs {
		if e.Kind == KindRequest {
			logged = append(logged, e.Who+" "+e.Request)
		}
	}
	if want := []string{"张工 " + a.Number, "李工 " + b.Number}; !slices.Equal(logged, want) {
		t.Errorf("events %v, want %v", logged, want)
	}
}

// TestS1_ARequestsArrivalMustBeTheLastDays: a request said to have come in
// in the future, or two days ago, is refused and nothing is saved.
func TestS1_ARequestsArrivalMustBeTheLastDays(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	for _, at := range []time.Time{day9.Add(time.Minute), day9.Add(-48 * time.Hour)} {
		r := aRequest()
		r.Received = at
		if _, err := s.OpenRequest("张工", r); !errors.Is(err, ErrReceivedTime) {
			t.Errorf("received %s: %v", at, err)
		}
	}
	if open, _ := s.OpenRequests(); len(open) != 0 {
		t.Errorf("saved %d", len(open))
	}
}

// TestS1_AChangeIsCheckedLoggedAndReindexed: a change adds to the
// timeline and is logged per step; a changed phone is found by the new
// number only; a change made to a request another terminal changed since
// is refused; a change that rewrites the timeline or adds nothing is
// refused; a closed request leaves the board.
func TestS1_AChangeIsCheckedLoggedAndReindexed(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	r, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	moved := step(r, onsite.StateGuided, "guided", c.Now())
	moved.Customer.Phone = "13700002222"
	saved, err := s.ReplaceRequest("张工", r, moved)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.RequestsByPhone("13912345678", 0); len(got) != 0 {
		t.Errorf("the old phone still finds %d", len(got))
	}
	if got, _ := s.RequestsByPhone("13700002222", 0); len(got) != 1 {
		t.Errorf("the new phone finds %d", len(got))
	}
	if _, err := s.ReplaceRequest("李工", r, step(r, onsite.StateCancelled, "cancelled", c.Now())); !errors.Is(err, ErrRequestConflict) {
		t.Errorf("a change of a stale request: %v", err)
	}
	rewritten := saved
	rewritten.History = []onsite.Step{{At: c.Now(), Who: "x", Kind: "forged"}, {At: c.Now(), Who: "x", Kind: "forged"}}
	if _, err := s.ReplaceRequest("张工", saved, rewritten); err == nil {
		t.Error("a rewritten timeline was saved")
	}
	if _, err := s.ReplaceRequest("张工", saved, saved); err == nil {
		t.Error("a change that adds nothing was saved")
	}
	done := step(saved, onsite.StateSolved, "solved", c.Now())
	if _, err := s.ReplaceRequest("张工", saved, done); err != nil {
		t.Fatal(err)
	}
	if open, _ := s.OpenRequests(); len(open) != 0 {
		t.Errorf("a solved request is still on the board: %v", open)
	}
	n := 0
	evs, _ := s.Events(0, 0)
	for _, e := range evs {
		if e.Kind == KindRequest {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d request events, want 3: open, guided, solved", n)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// TestH1_EveryCallStaysWithItsOwnerUntilClosed: a logged call is on its
// owner's list, and on nobody else's; handed over, it moves to the new
// owner's list; closed, it leaves every list; each change is an event.
func TestH1_EveryCallStaysWithItsOwnerUntilClosed(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	call, err := s.LogCall("张工", onsite.Call{Direction: onsite.Inbound, Phone: "13912345678", Topic: "问维修进度"})
	if err != nil {
		t.Fatal(err)
	}
	owned := func(who string) int {
		cs, err := s.CallsOwned(who)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}
	if call.Owner != "张工" || owned("张工") != 1 || owned("李工") != 0 || owned("") != 1 {
		t.Fatalf("after logging: owner %q, lists 张工 %d 李工 %d", call.Owner, owned("张工"), owned("李工"))
	}
	handed := call
	handed.Owner, handed.Result = "李工", onsite.ResultHandedOff
	handed.History = []onsite.Step{{At: c.Now(), Who: "张工", Kind: "handed", Text: "需要查配件"}}
	handed, err = s.ReplaceCall("张工", call, handed)
	if err != nil {
		t.Fatal(err)
	}
	if owned("张工") != 0 || owned("李工") != 1 {
		t.Errorf("after the hand-over: 张工 %d, 李工 %d", owned("张工"), owned("李工"))
	}
	if _, err := s.ReplaceCall("张工", call, handed); !errors.Is(err, ErrCallConflict) {
		t.Errorf("a change of a stale call: %v", err)
	}
	closed := handed
	closed.Result, closed.Closed = onsite.ResultSolved, c.Now()
	closed.History = append(slices.Clone(handed.History), onsite.Step{At: c.Now(), Who: "李工", Kind: "solved"})
	if _, err := s.ReplaceCall("李工", handed, closed); err != nil {
		t.Fatal(err)
	}
	if owned("") != 0 {
		t.Errorf("a closed call is still open")
	}
	if got, ok, err := s.HotlineCall(call.ID); err != nil || !ok || got.Result != onsite.ResultSolved {
		t.Errorf("the call as read: %+v %v %v", got, ok, err)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// TestS10_AnIntakeFromARequestLinksBothWays: the carry-in intake opened
// from a request on site escalates it in the same transaction — the
// request closed escalated naming the order, the order naming the
// request, the step logged with the order's number — and an intake from
// a request not on site is refused whole: no order, the request as it was.
func TestS10_AnIntakeFromARequestLinksBothWays(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	r, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	o := newOrder("王经理", "13912345678", "PF2ABC12")
	o.Request = r.Number
	if _, err := s.SaveIntake("张工", 1, o); err == nil {
		t.Fatal("an intake from a request not on site was saved")
	}
	if last, _ := s.LastOrderID(); last != 0 {
		t.Fatalf("an order was saved: %d", last)
	}
	on := step(step(r, onsite.StateScheduled, "scheduled", c.Now()), onsite.StateOnSite, "arrived", c.Now())
	if _, err := s.ReplaceRequest("张工", r, on); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Hour)
	saved, err := s.SaveIntake("张工", 1, o)
	if err != nil {
		t.Fatal(err)
	}
	got, _, _ := s.Request(r.ID)
	if saved.Request != r.Number || got.Order != saved.Number || got.State != onsite.StateEscalated || got.Open() {
		t.Errorf("order %s names %q; request %s names %q, %s", saved.Number, saved.Request, got.Number, got.Order, got.State)
	}
	evs, _ := s.Events(0, 0)
	last := evs[len(evs)-1]
	if last.Kind != KindIntake {
		t.Errorf("the intake's event is not last: %+v", last)
	}
	var escalation Event
	for _, e := range evs {
		if e.Kind == KindRequest && e.State == string(onsite.StateEscalated) {
			escalation = e
		}
	}
	if escalation.Order != saved.Number || escalation.Request != r.Number {
		t.Errorf("the escalation's event %+v", escalation)
	}
	if _, err := s.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
	if _, err := s.ReplaceOrder("张工", 1, saved, func() repair.Order { x := saved; x.Request = ""; return x }()); err == nil {
		t.Error("an order's request link was changed")
	}
}

// TestS1_TheSearchBoxFindsRequests: the desk's one search box (O6) finds a
// request by its number, the phone's beginning and last four digits, the
// customer's name, the company and the serial, beside the orders it finds.
func TestS1_TheSearchBoxFindsRequests(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	r, err := s.OpenRequest("张工", aRequest())
	if err != nil {
		t.Fatal(err)
	}
	saveIntake(t, s, 1, newOrder("王经理", "13912345678", "PF2ABC12"))
	for _, q := range []string{r.Number, "s2506020001", "139 1234", "5678", "王经理", "华联", "PF2ABC"} {
		res, err := s.Search(q, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Requests) != 1 || res.Requests[0].ID != r.ID {
			t.Errorf("%q finds requests %v", q, res.Requests)
		}
	}
	if res, _ := s.Search("李雷", 0); len(res.Requests) != 0 {
		t.Errorf("another name finds %v", res.Requests)
	}
}

// TestS1_RequestsAndCallsAreReadByPeriod: the reports' readers give the
// requests received and the calls logged in a range, oldest first.
func TestS1_RequestsAndCallsAreReadByPeriod(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	var numbers []string
	for range 5 {
		r, err := s.OpenRequest("张工", aRequest())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.LogCall("张工", onsite.Call{Direction: onsite.Inbound, Phone: "13912345678", Topic: "报修", Result: onsite.ResultRequest, Request: r.Number, Closed: c.Now()}); err != nil {
			t.Fatal(err)
		}
		numbers = append(numbers, r.Number)
		c.Add(time.Hour)
	}
	var got []string
	if err := s.RequestsReceived(day9.Add(time.Hour), day9.Add(4*time.Hour), func(rs []onsite.Request) error {
		for _, r := range rs {
			got = append(got, r.Number)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, numbers[1:4]) {
		t.Errorf("requests of 10:00–13:00: %v, want %v", got, numbers[1:4])
	}
	var calls []string
	if err := s.CallsBetween(day9, day9.Add(2*time.Hour), func(cs []onsite.Call) error {
		for _, c := range cs {
			calls = append(calls, c.Request)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(calls, numbers[:2]) {
		t.Errorf("calls of 09:00–11:00: %v", calls)
	}
	if open, _ := s.CallsOwned(""); len(open) != 0 {
		t.Errorf("closed calls on a list: %v", open)
	}
}
