package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"frontdesk/care"
	"frontdesk/queue"
)

// The kiosk rates today's finished tickets by number only: an unknown
// number, one waiting, a no-show and yesterday's are refused. A ticket
// whose counter's pad asks about another since is rated with its service
// made again from the log: the engineer signed in, the order taken in.
func TestC1_RateTicketAtKiosk(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	yesterday := serveTicket(t, s, "C", 1)
	c.Add(24 * time.Hour)
	if _, err := s.RateTicket("kiosk", yesterday.Number, 5); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("yesterday's %s: %v, want ErrNotFound", yesterday.Number, err)
	}
	if _, err := s.RateTicket("kiosk", "A099", 5); !errors.Is(err, queue.ErrNotFound) {
		t.Errorf("an unknown number: %v, want ErrNotFound", err)
	}
	gone := take(t, s, "A")
	must(t)(s.CallNext(2, "安娜"))
	must(t)(s.NoShow(2, "安娜"))
	waiting := take(t, s, "C")
	for _, tk := range []queue.Ticket{gone, waiting} {
		if _, err := s.RateTicket("kiosk", tk.Number, 5); !errors.Is(err, care.ErrNotDue) {
			t.Errorf("%s %s: %v, want ErrNotDue", tk.State, tk.Number, err)
		}
	}
	must(t)(s.CallNext(2, "安娜"))
	must(t)(s.Finish(2, "安娜"))

	in := take(t, s, "A")
	must(t)(s.CallNext(1, "安娜"))
	o := newOrder("李雷", "13900139000", "SN000002")
	o.TicketID = in.ID
	o = saveIntake(t, s, 1, o)
	// The next customer's intake, at the same instant: the log tells the
	// two services apart by their tickets' events.
	next := take(t, s, "A")
	must(t)(s.CallNext(1, "安娜"))
	o2 := newOrder("韩梅梅", "13700137000", "SN000003")
	o2.TicketID = next.ID
	o2 = saveIntake(t, s, 1, o2)
	if d := due(t, s, 1); d.Key != ticketKey(next.ID) || d.Order != o2.Number {
		t.Errorf("the pad asks about %+v, want %s with %s", d.Service, next.Number, o2.Number)
	}
	c.Add(time.Hour)
	r, err := s.RateTicket("kiosk", strings.ToLower(in.Number), 4)
	if err != nil {
		t.Fatal(err)
	}
	if sv := r.Service; sv.Key != ticketKey(in.ID) || sv.Order != o.Number || sv.Engineer != "张工" || sv.Counter != 1 || sv.Ticket != in.Number {
		t.Errorf("the service made again %+v", sv)
	}
	if d := due(t, s, 1); d.Key != ticketKey(next.ID) {
		t.Errorf("the other ticket's due went: %+v", d.Service)
	}
	checked(t, s)
}

// A score off the scale changes nothing: not the rev, not the due.
func TestC1_BadScoreChangesNothing(t *testing.T) {
	c := newClock()
	s := ratingStation(t, c)
	tk := serveTicket(t, s, "A", 1)
	r := rev(t, s)
	for _, score := range []int{0, 6, -1} {
		if _, err := s.Rate("pad", 1, ticketKey(tk.ID), score); !errors.Is(err, care.ErrScore) {
			t.Errorf("the pad's %d: %v, want ErrScore", score, err)
		}
		if _, err := s.RateTicket("kiosk", tk.Number, score); !errors.Is(err, care.ErrScore) {
			t.Errorf("the kiosk's %d: %v, want ErrScore", score, err)
		}
	}
	if rev(t, s) != r || len(ratingEvents(t, s)) != 0 {
		t.Error("a refused score changed the file")
	}
	if d := due(t, s, 1); !d.Asking(c.Now()) {
		t.Error("a refused score stopped the pad")
	}
}

// RatingsBetween reads a range of ratings, oldest first, in pages.
func TestC1_RatingsBetweenPages(t *testing.T) {
	smallPages(t, 2)
	c := newClock()
	s := ratingStation(t, c)
	var at []time.Time
	for range 7 {
		tk := serveTicket(t, s, "A", 1)
		padRates(t, s, 1, tk, 5)
		at = append(at, c.Now())
		c.Add(time.Minute)
	}
	var got []uint64
	pages := 0
	err := s.RatingsBetween(at[1], at[6], func(rs []care.Rating) error {
		pages++
		for _, r := range rs {
			got = append(got, r.ID)
		}
		return nil
	})
	if err != nil || len(got) != 5 || got[0] != 2 || got[4] != 6 || pages < 3 {
		t.Errorf("RatingsBetween: %v in %d pages, %v", got, pages, err)
	}
	stop := errors.New("enough")
	if err := s.RatingsBetween(at[0], at[6], func([]care.Rating) error { return stop }); err != stop {
		t.Errorf("a page's error: %v", err)
	}
}

// Check names a rating missing from ratings_by_service, an index entry
// naming another rating, an open follow-up missing from followups_open,
// and a due under another counter.
func TestC1_InvariantsCatchABrokenIndex(t *testing.T) {
	for name, c := range map[string]struct {
		tamper func(w *wtx) error
		want   string
	}{
		"index entry gone": {func(w *wtx) error {
			return tab(w.tx, bucketRatingsBy).delete([]byte("T1"))
		}, "not in ratings_by_service"},
		"index names another": {func(w *wtx) error {
			return tab(w.tx, bucketRatingsBy).put([]byte("T1"), u64(7))
		}, "whose service it is not"},
		"open list lost one": {func(w *wtx) error {
			return tab(w.tx, bucketFollowUpsOpen).delete(u64(1))
		}, "not in followups_open"},
		"due moved": {func(w *wtx) error {
			d, _, err := ratingDueAt(w.tx, 2)
			if err != nil {
				return err
			}
			return tab(w.tx, bucketRatingDue).putJSON(counterKey(3), d)
		}, "rating_due of counter 3"},
	} {
		t.Run(name, func(t *testing.T) {
			s := ratingStation(t, newClock())
			tk := serveTicket(t, s, "A", 1)
			padRates(t, s, 1, tk, 1)
			serveTicket(t, s, "A", 2)
			checked(t, s)
			if err := s.write("test", false, c.tamper); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Check(); !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Check: %v, want %q", err, c.want)
			}
		})
	}
}
