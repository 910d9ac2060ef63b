package store

import (
	"errors"
	"slices"
	"testing"
	"time"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/staff"
)

// ratingStation is a store on c with the engineer 张工 signed in at
// counter 1 and the supervisor 李主管.
func ratingStation(t *testing.T, c *clock) *Store {
	t.Helper()
	s := openTest(t, c)
	if _, err := s.AddStaff("local root", staff.Member{Name: "张工", Role: staff.Engineer, Keys: []staff.Key{keyOf(t, "ed25519.pub")}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddStaff("local root", staff.Member{Name: "李主管", Role: staff.Supervisor, Keys: []staff.Key{keyOf(t, "rsa.pub")}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SignIn(1, "张工"); err != nil {
		t.Fatal(err)
	}
	return s
}

// serveTicket takes a ticket of code, calls it to counter and finishes it
// there, as 安娜.
func serveTicket(t *testing.T, s *Store, code string, counter int) queue.Ticket {
	t.Helper()
	tk := take(t, s, code)
	if got := must(t)(s.CallNext(counter, "安娜")); got.ID != tk.ID {
		t.Fatalf("counter %d called %s, not %s", counter, got.Number, tk.Number)
	}
	must(t)(s.Start(counter, "安娜"))
	return must(t)(s.Finish(counter, "安娜"))
}

// due is counter's due, which must be there.
func due(t *testing.T, s *Store, counter int) care.Due {
	t.Helper()
	d, found, err := s.RatingDue(counter)
	if err != nil || !found {
		t.Fatalf("RatingDue(%d): %+v %v %v", counter, d, found, err)
	}
	return d
}

// noDue says counter's pad asks about nothing.
func noDue(t *testing.T, s *Store, counter int) {
	t.Helper()
	if d, found, err := s.RatingDue(counter); err != nil || found {
		t.Errorf("RatingDue(%d): %+v %v %v, want none", counter, d, found, err)
	}
}

// ratingEvents are the details of the rating and follow-up events.
func ratingEvents(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	for _, e := range allEvents(t, s) {
		if e.Kind == KindRating || e.Kind == KindFollowUp {
			out = append(out, e.Kind+" "+e.Detail)
		}
	}
	return out
}

// ratingsLogged says the rating and follow-up events are want, and the file
// passes Check.
func ratingsLogged(t *testing.T, s *Store, want ...string) {
	t.Helper()
	if got := ratingEvents(t, s); !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
	checked(t, s)
}

// padRates is the pad's rating of tk at counter, which must be taken.
func padRates(t *testing.T, s *Store, counter int, tk queue.Ticket, score int) care.Rating {
	t.Helper()
	r, err := s.Rate("pad", counter, ticketKey(tk.ID), score)
	if err != nil {
		t.Fatalf("Rate %s %d: %v", tk.Number, score, err)
	}
	return r
}

// readyOrder is an order taken in at counter 1 without a ticket and
// repaired, ready for pickup.
func readyOrder(t *testing.T, s *Store) repair.Order {
	t.Helper()
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	return update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
}

// A finish at a counter asks its pad about the ticket, with the engineer
// signed in there (or who finished it), and names the order taken in with
// the ticket or picked up for it; a pickup from the board asks about the
// order; a pickup for the counter's current ticket waits for its finish.
func TestC1_FinishAsksThePad(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	tk := serveTicket(t, s, "A", 1)
	d := due(t, s, 1)
	want := care.Service{Key: ticketKey(tk.ID), Ticket: tk.Number, Day: tk.Day, Type: "A", Counter: 1, Engineer: "张工", At: c.Now()}
	if d.Service != want || !d.Asking(c.Now()) {
		t.Errorf("due %+v, want %+v asking", d.Service, want)
	}
	noDue(t, s, 2)

	// No one signed in at counter 2: who finished it. The intake finishes
	// its ticket in its own transaction, the order numbered after.
	c.Add(time.Minute)
	in := take(t, s, "A")
	must(t)(s.CallNext(2, "安娜"))
	o := newOrder("李雷", "13900139000", "SN000002")
	o.TicketID = in.ID
	o = saveIntake(t, s, 2, o)
	if d := due(t, s, 2); d.Key != ticketKey(in.ID) || d.Engineer != "安娜" || d.Order != o.Number {
		t.Errorf("due of an intake %+v, want its order %s", d.Service, o.Number)
	}

	// A pickup from the board, with no ticket at counter 2.
	ready := readyOrder(t, s)
	if _, err := s.UpdateOrder("安娜", 2, ready.ID, signedOff(s, "张伟")); err != nil {
		t.Fatal(err)
	}
	if d := due(t, s, 2); d.Key != orderKey(ready.ID) || d.Order != ready.Number || d.Ticket != "" || d.Counter != 2 {
		t.Errorf("due of a pickup from the board %+v", d.Service)
	}

	// A pickup for the ticket at counter 3: asked about at its finish.
	other := readyOrder(t, s)
	b := take(t, s, "B")
	must(t)(s.CallNext(3, "安娜"))
	if _, err := s.UpdateOrder("安娜", 3, other.ID, signedOff(s, "张伟")); err != nil {
		t.Fatal(err)
	}
	noDue(t, s, 3)
	must(t)(s.Finish(3, "安娜"))
	if d := due(t, s, 3); d.Key != ticketKey(b.ID) || d.Order != other.Number {
		t.Errorf("due of a ticket whose order was picked up %+v, want %s", d.Service, other.Number)
	}
	checked(t, s)
}

// One rating per service: the pad's, then the kiosk's refused, and the
// kiosk's, then the pad's; the pad's answer is for the service it asks
// about only.
func TestC1_RateOncePerService(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	tk := serveTicket(t, s, "A", 1)
	if _, err := s.Rate("pad", 1, "T999", 5); !errors.Is(err, care.ErrNotDue) {
		t.Errorf("another key: %v, want ErrNotDue", err)
	}
	if _, err := s.Rate("pad", 2, ticketKey(tk.ID), 5); !errors.Is(err, care.ErrNotDue) {
		t.Errorf("another counter: %v, want ErrNotDue", err)
	}
	r, err := s.Rate("pad", 1, ticketKey(tk.ID), 4)
	if err != nil || r.ID == 0 || r.Score != 4 || r.Channel != care.AtPad || r.Service.Engineer != "张工" || !r.At.Equal(c.Now()) {
		t.Fatalf("Rate: %+v %v", r, err)
	}
	noDue(t, s, 1)
	if _, err := s.Rate("pad", 1, ticketKey(tk.ID), 4); !errors.Is(err, care.ErrRated) {
		t.Errorf("the pad again: %v, want ErrRated", err)
	}
	if _, err := s.RateTicket("kiosk", tk.Number, 5); !errors.Is(err, care.ErrRated) {
		t.Errorf("the kiosk after the pad: %v, want ErrRated", err)
	}

	c.Add(time.Minute)
	k := serveTicket(t, s, "A", 2)
	r, err = s.RateTicket("kiosk", " a002 ", 5)
	if err != nil || r.Channel != care.AtKiosk || r.Service.Key != ticketKey(k.ID) || r.Service.Counter != 2 || r.Service.Engineer != "安娜" {
		t.Fatalf("RateTicket: %+v %v", r, err)
	}
	noDue(t, s, 2) // the pad stops asking
	if _, err := s.Rate("pad", 2, ticketKey(k.ID), 3); !errors.Is(err, care.ErrRated) {
		t.Errorf("the pad after the kiosk: %v, want ErrRated", err)
	}
	ratingsLogged(t, s, "rating rate 4 "+ticketKey(tk.ID)+" pad", "rating rate 5 "+ticketKey(k.ID)+" kiosk")
}

// A rating of 2 opens a follow-up, of 3 not; the snapshot carries it
// until a supervisor, and no one else, closes it with an answer.
func TestC1_LowRatingOpensFollowUp(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	low := serveTicket(t, s, "A", 1)
	padRates(t, s, 1, low, 2)
	fair := serveTicket(t, s, "A", 1)
	padRates(t, s, 1, fair, 3)
	fs, err := s.FollowUps()
	if err != nil || len(fs) != 1 || fs[0].Score != 2 || fs[0].Service.Key != ticketKey(low.ID) || !fs[0].Open() {
		t.Fatalf("FollowUps: %+v %v", fs, err)
	}
	if sn := snap(t, s); len(sn.FollowUps) != 1 || sn.FollowUps[0].ID != fs[0].ID {
		t.Errorf("snapshot's follow-ups %+v", sn.FollowUps)
	}
	id := fs[0].ID
	for who, want := range map[string]error{"张工": staff.ErrNotSupervisor, "nobody": staff.ErrNotSupervisor} {
		if _, err := s.CloseFollowUp(who, id, "已致电道歉"); !errors.Is(err, want) {
			t.Errorf("closed by %s: %v, want %v", who, err, want)
		}
	}
	if _, err := s.CloseFollowUp("李主管", id, "  "); !errors.Is(err, care.ErrAnswer) {
		t.Errorf("closed with no answer: %v", err)
	}
	if _, err := s.CloseFollowUp("李主管", 99, "已致电道歉"); !errors.Is(err, ErrFollowUpUnknown) {
		t.Errorf("closed one there is not: %v", err)
	}
	f, err := s.CloseFollowUp("李主管", id, "已致电道歉,客户接受")
	if err != nil || f.Open() || f.By != "李主管" || f.Answer != "已致电道歉,客户接受" {
		t.Fatalf("CloseFollowUp: %+v %v", f, err)
	}
	if _, err := s.CloseFollowUp("李主管", id, "again"); !errors.Is(err, care.ErrClosed) {
		t.Errorf("closed twice: %v", err)
	}
	if fs, err := s.FollowUps(); err != nil || len(fs) != 0 {
		t.Errorf("FollowUps after: %+v %v", fs, err)
	}
	if sn := snap(t, s); len(sn.FollowUps) != 0 {
		t.Errorf("snapshot's follow-ups after: %+v", sn.FollowUps)
	}
	ratingsLogged(t, s, "rating rate 2 "+ticketKey(low.ID)+" pad", "followup open 1 score 2",
		"rating rate 3 "+ticketKey(fair.ID)+" pad", "followup close 1 by 李主管")
}

// The pad asks for care.DueLife; after it, the due is still read as
// stored but not asking, the pad's answer is refused, and the kiosk still
// takes a rating of the ticket today.
func TestC1_DueExpires(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	tk := serveTicket(t, s, "A", 1)
	c.Add(care.DueLife - time.Second)
	if d := due(t, s, 1); !d.Asking(c.Now()) {
		t.Error("not asking before DueLife")
	}
	c.Add(time.Second)
	if d := due(t, s, 1); d.Asking(c.Now()) || d.Key != ticketKey(tk.ID) {
		t.Errorf("due after DueLife %+v, asking %v", d.Service, d.Asking(c.Now()))
	}
	if _, err := s.Rate("pad", 1, ticketKey(tk.ID), 5); !errors.Is(err, care.ErrNotDue) {
		t.Errorf("the pad too late: %v, want ErrNotDue", err)
	}
	c.Add(time.Hour)
	if r, err := s.RateTicket("kiosk", tk.Number, 5); err != nil || r.Service.Engineer != "张工" {
		t.Errorf("the kiosk later: %+v %v", r, err)
	}
	checked(t, s)
}

// A return visit that reached the customer is a rating of the visit's
// service on the same scale, opening a follow-up when low; one that did
// not reach them is none.
func TestC1_ReturnVisitSatisfactionIsARating(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	o := readyOrder(t, s)
	update(t, s, o.ID, signedOff(s, "张伟"))
	visit := func(v repair.Visit) change {
		return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.RecordVisit(o, v, now) }
	}
	c.Add(24 * time.Hour)
	update(t, s, o.ID, visit(repair.Visit{By: "安娜"}))
	if got := ratingEvents(t, s); len(got) != 0 {
		t.Errorf("a visit that reached nobody rated: %q", got)
	}
	update(t, s, o.ID, visit(repair.Visit{By: "安娜", Reached: true, Satisfied: 1}))
	var rs []care.Rating
	err := s.RatingsBetween(day9, c.Now().Add(time.Second), func(page []care.Rating) error {
		rs = append(rs, page...)
		return nil
	})
	if err != nil || len(rs) != 1 {
		t.Fatalf("RatingsBetween: %+v %v", rs, err)
	}
	r := rs[0]
	if r.Channel != care.AtVisit || r.Score != 1 || r.Service.Key != visitKey(o.ID) || r.Service.Order != o.Number || r.Service.Engineer != "安娜" {
		t.Errorf("the visit's rating %+v", r)
	}
	if fs, _ := s.FollowUps(); len(fs) != 1 || fs[0].Rating != r.ID {
		t.Errorf("follow-ups %+v", fs)
	}
	checked(t, s)
}
