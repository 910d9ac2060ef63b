package store

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
)

func TestTakeNumbersEstimatesAndEvents(t *testing.T) {
	s := openTest(t, newClock())
	if r := rev(t, s); r != 0 {
		t.Fatalf("rev of a new database = %d, want 0", r)
	}
	a1, e1, err := s.Take("A", false, "kiosk")
	if err != nil {
		t.Fatal(err)
	}
	a2, e2, _ := s.Take("A", true, "kiosk")
	b1 := take(t, s, "B")

	for _, c := range []struct {
		got  queue.Ticket
		num  string
		id   uint64
		prio bool
	}{{a1, "A001", 1, false}, {a2, "A002", 2, true}, {b1, "B001", 3, false}} {
		if c.got.Number != c.num || c.got.ID != c.id || c.got.Priority != c.prio ||
			c.got.State != queue.Waiting || c.got.Day != "2025-06-02" {
			t.Errorf("ticket %+v, want %s id %d priority %v waiting on 2025-06-02", c.got, c.num, c.id, c.prio)
		}
	}
	if !e1.Straight || e1.Ahead != 0 {
		t.Errorf("first ticket estimate %+v, want straight to a counter", e1)
	}
	if e2.Ahead != 1 || e2.Straight {
		t.Errorf("second ticket estimate %+v, want 1 ahead (itself not counted)", e2)
	}
	if r := rev(t, s); r != 3 {
		t.Errorf("rev = %d after three takes, want 3", r)
	}
	ev := allEvents(t, s)
	if len(ev) != 3 || ev[0].Kind != KindTake || ev[0].Number != "A001" || ev[0].Who != "kiosk" ||
		ev[1].Detail != "priority" || !ev[2].At.Equal(day9) || ev[2].Ticket != 3 {
		t.Errorf("events %+v", ev)
	}
}

func TestNumberingRestartsNextDayAndYesterdayIsClosed(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	takeAll(t, s, "A", "A")
	must(t)(s.CallNext(1, "ann"))
	take(t, s, "B")

	c.Add(24 * time.Hour)
	next := take(t, s, "A")
	if next.Number != "A001" || next.Day != "2025-06-03" || next.ID != 4 {
		t.Fatalf("first ticket of the next day %+v, want A001 of 2025-06-03 with id 4", next)
	}
	sn := snap(t, s)
	if len(sn.Tickets) != 1 || sn.Day != "2025-06-03" {
		t.Fatalf("snapshot of the new day holds %d tickets of %s", len(sn.Tickets), sn.Day)
	}
	closes := 0
	for _, e := range allEvents(t, s) {
		if e.Kind == KindClose {
			closes++
			if e.Detail != dayEndReason || !e.At.Equal(c.Now()) {
				t.Errorf("close event %+v", e)
			}
		}
	}
	if closes != 3 {
		t.Errorf("%d close events, want 3 (two waiting, one called)", closes)
	}
	// The called ticket of yesterday no longer holds counter 1.
	if got := must(t)(s.CallNext(1, "ann")); got.ID != next.ID {
		t.Errorf("counter 1 called %s, want today's A001", got.Number)
	}
	if n, err := s.CloseDay("done", "boss"); err != nil || n != 1 {
		t.Errorf("CloseDay = %d, %v; want only today's one open ticket left", n, err)
	}
}

func TestCallNextAndItsRefusals(t *testing.T) {
	s := openTest(t, newClock())
	a := take(t, s, "A")
	got, err := s.CallNext(1, "ann")
	if err != nil || got.ID != a.ID || got.State != queue.Called || got.Counter != 1 || got.Calls != 1 {
		t.Fatalf("CallNext = %+v, %v", got, err)
	}
	before := rev(t, s)
	_, err = s.CallNext(1, "ann")
	wantErr(t, err, queue.ErrBusy)
	_, err = s.CallNext(2, "bob")
	wantErr(t, err, queue.ErrNoneWaiting)
	take(t, s, "A")
	_, err = s.CallNext(4, "dan") // serves business customers only
	wantErr(t, err, queue.ErrNoneWaiting)
	_, err = s.CallNext(9, "x")
	wantErr(t, err, queue.ErrUnknownCounter)
	if r := rev(t, s); r != before+1 {
		t.Errorf("rev %d, want %d: only the take committed", r, before+1)
	}
	sn := snap(t, s)
	if len(sn.Calls) != 1 || sn.Calls[0] != (Call{Number: "A001", Type: "A", Counter: 1, At: day9}) {
		t.Errorf("calls %+v", sn.Calls)
	}
}

func TestFinishAndCallNext(t *testing.T) {
	s := openTest(t, newClock())
	a := takeAll(t, s, "A", "A")
	a1, a2 := a[0], a[1]

	got := must(t)(s.FinishAndCallNext(2, "bob")) // nothing to finish yet
	if got.ID != a1.ID {
		t.Fatalf("called %s, want A001", got.Number)
	}
	got = must(t)(s.FinishAndCallNext(2, "bob"))
	if got.ID != a2.ID || ticketByID(t, s, a1.ID).State != queue.Finished {
		t.Fatalf("second press: called %s; A001 is %s", got.Number, ticketByID(t, s, a1.ID).State)
	}

	// Nobody waits: the finish is kept and the caller told.
	r := rev(t, s)
	_, err := s.FinishAndCallNext(2, "bob")
	wantErr(t, err, queue.ErrNoneWaiting)
	if ticketByID(t, s, a2.ID).State != queue.Finished || rev(t, s) != r+1 {
		t.Errorf("A002 is %s, rev %d→%d: the finish must commit", ticketByID(t, s, a2.ID).State, r, rev(t, s))
	}
	// Nothing to finish and nobody waits: nothing at all changes.
	_, err = s.FinishAndCallNext(2, "bob")
	wantErr(t, err, queue.ErrNoneWaiting)
	if rev(t, s) != r+1 {
		t.Errorf("an idle press committed")
	}
	kinds := ""
	for _, e := range allEvents(t, s) {
		kinds += e.Kind + " "
	}
	if kinds != "take take call finish call finish " {
		t.Errorf("events %q", kinds)
	}
}

func TestCurrentTicketActions(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	takeAll(t, s, "A", "A")
	_, err := s.Recall(1, "ann")
	wantErr(t, err, queue.ErrNoCurrent)
	_, err = s.Finish(7, "ann")
	wantErr(t, err, queue.ErrUnknownCounter)

	must(t)(s.CallNext(1, "ann"))
	c.Add(time.Minute)
	if got := must(t)(s.Recall(1, "ann")); got.Calls != 2 {
		t.Errorf("recall: %d calls", got.Calls)
	}
	if calls := snap(t, s).Calls; len(calls) != 2 || !calls[0].Recall || calls[1].Recall {
		t.Errorf("calls newest first %+v", calls)
	}
	c.Add(time.Minute)
	if got := must(t)(s.Start(1, "ann")); got.State != queue.Serving || !got.StartedAt.Equal(c.Now()) {
		t.Errorf("start: %+v", got)
	}
	r := rev(t, s)
	_, err = s.NoShow(1, "ann") // the customer is here: a served ticket cannot be a no-show
	wantErr(t, err, queue.ErrState)
	if rev(t, s) != r {
		t.Errorf("a refused no-show committed")
	}
	if got := must(t)(s.Finish(1, "ann")); got.State != queue.Finished {
		t.Errorf("finish: %+v", got)
	}
	must(t)(s.CallNext(1, "ann"))
	if got := must(t)(s.NoShow(1, "ann")); got.State != queue.NoShow {
		t.Errorf("no-show: %+v", got)
	}
	_, err = s.NoShow(1, "ann")
	wantErr(t, err, queue.ErrNoCurrent)
}

func TestTransferGoesToTheTargetCounterOnly(t *testing.T) {
	s := openTest(t, newClock())
	a := take(t, s, "A")
	must(t)(s.CallNext(1, "ann"))
	got := must(t)(s.Transfer(1, "B", 3, "ann"))
	if got.State != queue.Transferred || got.Type != "B" || got.ToCounter != 3 {
		t.Fatalf("transferred %+v", got)
	}
	_, err := s.CallNext(1, "ann")
	wantErr(t, err, queue.ErrNoneWaiting)
	if got := must(t)(s.CallNext(3, "cat")); got.ID != a.ID {
		t.Errorf("counter 3 called %s", got.Number)
	}
	_, err = s.Transfer(3, "", 0, "cat")
	wantErr(t, err, queue.ErrSameTarget)
	ev := allEvents(t, s)
	if e := ev[2]; e.Kind != KindTransfer || e.Counter != 1 || e.Detail != "to type B, counter 3" {
		t.Errorf("transfer event %+v", e)
	}
}

func TestReturnNoShowStepAwayComeBack(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	first := take(t, s, "A")
	for range 4 {
		c.Add(time.Minute)
		take(t, s, "A")
	}
	must(t)(s.CallNext(1, "ann"))
	must(t)(s.NoShow(1, "ann"))
	got := must(t)(s.ReturnNoShow(first.ID, "ann"))
	if got.State != queue.Waiting || !got.IssuedAt.Equal(first.IssuedAt) {
		t.Fatalf("returned %+v", got)
	}
	// Behind NoShowReturnBehind (2) of the queue: A002, A003, then A001.
	var order []string
	for range 3 {
		order = append(order, must(t)(s.FinishAndCallNext(1, "ann")).Number)
	}
	if strings.Join(order, " ") != "A002 A003 A001" {
		t.Errorf("call order %v", order)
	}

	_, err := s.ReturnNoShow(999, "ann")
	wantErr(t, err, queue.ErrNotFound)
	_, err = s.ReturnNoShow(first.ID, "ann") // served now, not a no-show
	wantErr(t, err, queue.ErrState)

	away := must(t)(s.StepAway(5, "kiosk"))
	if away.AwayAt.IsZero() {
		t.Fatalf("step away: %+v", away)
	}
	must(t)(s.Finish(1, "ann"))
	_, err = s.CallNext(1, "ann") // A004 is away: only A005 is offered
	if got := ticketByID(t, s, 4); err != nil || got.State != queue.Called {
		t.Fatalf("CallNext with A005 away: %v; A004 %s", err, got.State)
	}
	must(t)(s.Finish(1, "ann"))
	_, err = s.CallNext(1, "ann")
	wantErr(t, err, queue.ErrNoneWaiting)
	if back := must(t)(s.ComeBack(5, "kiosk")); !back.AwayAt.IsZero() {
		t.Errorf("came back: %+v", back)
	}
	if got := must(t)(s.CallNext(1, "ann")); got.ID != 5 {
		t.Errorf("called %s after the customer came back", got.Number)
	}

	c.Add(24 * time.Hour)
	_, err = s.StepAway(5, "kiosk") // yesterday's ticket is not today's
	wantErr(t, err, queue.ErrNotFound)
}

func TestCallTicketOutOfOrder(t *testing.T) {
	s := openTest(t, newClock())
	take(t, s, "A")
	b := take(t, s, "B")
	if got := must(t)(s.CallTicket(2, b.ID, "bob")); got.ID != b.ID || got.Counter != 2 {
		t.Fatalf("called %+v", got)
	}
	_, err := s.CallTicket(2, 1, "bob")
	wantErr(t, err, queue.ErrBusy)
	_, err = s.CallTicket(1, b.ID, "ann") // held by counter 2
	wantErr(t, err, queue.ErrState)
	_, err = s.CallTicket(1, 42, "ann")
	wantErr(t, err, queue.ErrNotFound)
	_, err = s.CallTicket(4, 1, "dan") // counter 4 serves business customers only
	wantErr(t, err, queue.ErrNotServed)
	if err := s.SetPaused(3, true, "cat"); err != nil {
		t.Fatal(err)
	}
	_, err = s.CallTicket(3, 1, "cat")
	wantErr(t, err, queue.ErrPaused)
}

func TestPauseAndSignIn(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	if err := s.SignIn(1, "安娜"); err != nil {
		t.Fatal(err)
	}
	c.Add(time.Minute)
	if err := s.SetPaused(1, true, "安娜"); err != nil {
		t.Fatal(err)
	}
	_, err := s.CallNext(1, "安娜")
	wantErr(t, err, queue.ErrPaused)
	r := rev(t, s)
	if err := s.SetPaused(1, true, "安娜"); err != nil || rev(t, s) != r {
		t.Errorf("pausing a paused counter: %v, rev %d→%d", err, r, rev(t, s))
	}
	want := []CounterState{{Number: 1, Paused: true, Engineer: "安娜", Since: c.Now()}, {Number: 2}, {Number: 3}, {Number: 4}}
	if got := snap(t, s).Counters; len(got) != 4 || got[0] != want[0] || got[3] != want[3] {
		t.Errorf("counters %+v", got)
	}
	wantErr(t, s.SetPaused(0, true, "x"), queue.ErrUnknownCounter)
	wantErr(t, s.SignIn(100, "x"), queue.ErrUnknownCounter)

	if err := s.SetPaused(1, false, "安娜"); err != nil {
		t.Fatal(err)
	}
	must(t)(s.CallNext(1, "安娜"))
	var kinds []string
	for _, e := range allEvents(t, s) {
		if e.Counter == 1 && e.Ticket == 0 {
			kinds = append(kinds, e.Kind+":"+e.Who)
		}
	}
	if strings.Join(kinds, " ") != "signin:安娜 pause:安娜 resume:安娜" {
		t.Errorf("counter events %v", kinds)
	}
}

func TestCloseDayClosesEveryOpenTicket(t *testing.T) {
	s := openTest(t, newClock())
	takeAll(t, s, "A", "A", "D")
	must(t)(s.CallNext(1, "ann"))
	must(t)(s.Finish(1, "ann"))
	must(t)(s.CallNext(1, "ann"))
	_, err := s.CloseDay("", "boss")
	wantErr(t, err, queue.ErrReason)

	n, err := s.CloseDay("power cut", "boss")
	if err != nil || n != 2 {
		t.Fatalf("CloseDay = %d, %v; want 2", n, err)
	}
	for _, tk := range snap(t, s).Tickets {
		if tk.Open() || (tk.State == queue.Cancelled) != (tk.Reason == "power cut") {
			t.Errorf("after closing: %+v", tk)
		}
	}
	r := rev(t, s)
	if n, err := s.CloseDay("again", "boss"); n != 0 || err != nil || rev(t, s) != r {
		t.Errorf("closing a closed day: %d, %v, rev %d→%d", n, err, r, rev(t, s))
	}
	_, err = s.CallNext(1, "ann") // not ErrBusy: the close freed the counter
	wantErr(t, err, queue.ErrNoneWaiting)
}

func TestSnapshotCallsAreTodaysLatestTen(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	for range 3 {
		take(t, s, "A")
		must(t)(s.FinishAndCallNext(1, "ann"))
	}
	c.Add(24 * time.Hour)
	if calls := snap(t, s).Calls; len(calls) != 0 {
		t.Fatalf("yesterday's calls shown today: %+v", calls)
	}
	for range 12 {
		c.Add(time.Minute)
		take(t, s, "A")
		must(t)(s.FinishAndCallNext(1, "ann"))
	}
	calls := snap(t, s).Calls
	if len(calls) != 10 || calls[0].Number != "A012" || calls[9].Number != "A003" {
		t.Errorf("calls %+v", calls)
	}
}

func TestEventsPages(t *testing.T) {
	s := openTest(t, newClock())
	for range 5 {
		take(t, s, "C")
	}
	page, err := s.Events(2, 2)
	if err != nil || len(page) != 2 || page[0].ID != 3 || page[1].ID != 4 {
		t.Fatalf("Events(2, 2) = %+v, %v", page, err)
	}
	if page, _ := s.Events(5, 10); len(page) != 0 {
		t.Errorf("past the end: %+v", page)
	}
}

// Every refused operation leaves the file exactly as it was: the error
// rolls the transaction back, the rev included.
func TestFailedOperationsChangeNothing(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	take(t, s, "A")
	must(t)(s.CallNext(1, "ann"))
	take(t, s, "D")
	c.Add(24 * time.Hour) // and today's first write would close yesterday's tickets
	failing := map[string]func() error{
		"take unknown type": func() error { _, _, err := s.Take("Z", false, "k"); return err },
		"call, none waits":  func() error { _, err := s.CallNext(2, "b"); return err },
		"call unknown":      func() error { _, err := s.CallNext(5, "b"); return err },
		"recall, none":      func() error { _, err := s.Recall(2, "b"); return err },
		"start, none":       func() error { _, err := s.Start(3, "b"); return err },
		"transfer, none":    func() error { _, err := s.Transfer(1, "B", 0, "b"); return err },
		"return unknown":    func() error { _, err := s.ReturnNoShow(1, "b"); return err },
		"come back unknown": func() error { _, err := s.ComeBack(2, "b"); return err },
		"call ticket gone":  func() error { _, err := s.CallTicket(2, 2, "b"); return err },
		"close, no reason":  func() error { _, err := s.CloseDay("", "b"); return err },
		"sign in unknown":   func() error { return s.SignIn(0, "b") },
	}
	before, err := os.ReadFile(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	for name, op := range failing {
		if op() == nil {
			t.Errorf("%s: no error", name)
		}
		if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
			t.Fatalf("%s changed the file", name)
		}
	}
}

func TestAStrandedTicketCanBeServedOutOfType(t *testing.T) {
	s := openTest(t, newClock())
	d := take(t, s, "D")
	a := take(t, s, "A")
	if err := s.OpenDesk(3, "cat", "desk3", false); err != nil {
		t.Fatal(err)
	}
	// Counter 4, the only one for D, is closed: counter 3 may serve D001.
	got := must(t)(s.CallOutOfType(3, d.ID, "cat"))
	if got.State != queue.Called || got.Counter != 3 || got.Type != "D" {
		t.Fatalf("called out of type: %+v", got)
	}
	ev := allEvents(t, s)
	if e := ev[len(ev)-1]; e.Kind != KindCall || e.Detail != DetailOutOfType {
		t.Errorf("call event %+v", e)
	}
	must(t)(s.Finish(3, "cat"))

	// A ticket of the counter's own type is called as CallTicket calls it.
	if got := must(t)(s.CallOutOfType(3, a.ID, "cat")); got.ID != a.ID {
		t.Errorf("called %s", got.Number)
	}
	if e := allEvents(t, s); e[len(e)-1].Detail != "" {
		t.Errorf("an ordinary call says %q", e[len(e)-1].Detail)
	}
	must(t)(s.Finish(3, "cat"))

	// With counter 4 open, a D ticket is its to call.
	d2 := take(t, s, "D")
	if err := s.OpenDesk(4, "dan", "desk4", false); err != nil {
		t.Fatal(err)
	}
	_, err := s.CallOutOfType(3, d2.ID, "cat")
	wantErr(t, err, queue.ErrServedElsewhere)
	_, err = s.CallTicket(3, d2.ID, "cat")
	wantErr(t, err, queue.ErrNotServed)
	// Paused, counter 4 calls nobody: D002 is stranded again.
	if err := s.SetPaused(4, true, "dan"); err != nil {
		t.Fatal(err)
	}
	if got := must(t)(s.CallOutOfType(3, d2.ID, "cat")); got.Counter != 3 {
		t.Errorf("called %+v", got)
	}
}
