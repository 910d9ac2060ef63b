package store

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/demo"
	"frontdesk/queue"
)

// A history loaded with BulkTickets reads back as the live operations
// leave it: the same tickets, events, announcements and numbering as the
// same days made by Take, CallNext, Recall, Start, Finish, NoShow,
// ReturnNoShow, Transfer, StepAway, ComeBack and CloseDay at the times of
// their steps, every call of which picks the ticket the history called.
// The last day, read as today, shows the same screen; a take goes on
// numbering after it.
func TestBulkTicketsAsTheDaysLeftThem(t *testing.T) {
	days := historyDays(t, demo.TicketOptions{Tickets: 80 * demo.Days, Now: day9, Seed: 3, Queue: queue.DefaultConfig()})
	first, last := days[0], days[len(days)-1]
	liveClock, bulkClock := newClock(), newClock()
	live, bulk := openTest(t, liveClock), openTest(t, bulkClock)
	replay(t, live, liveClock, days)
	n := 0
	for _, d := range days {
		if err := bulk.BulkTickets(livesOf(d)); err != nil {
			t.Fatal(err)
		}
		n += len(d.Tickets)
	}

	want, got := ticketsOf(t, live, first.Day, last.Day), ticketsOf(t, bulk, first.Day, last.Day)
	if len(got) != n || !reflect.DeepEqual(got, want) {
		t.Fatalf("%d tickets stored of %d; differ from the live ones: %v", len(got), n, !reflect.DeepEqual(got, want))
	}
	wantEvents, gotEvents := allEvents(t, live), allEvents(t, bulk)
	t.Logf("%d days, %d tickets, %d events", len(days), n, len(gotEvents))
	if !reflect.DeepEqual(gotEvents, wantEvents) {
		for i := range min(len(gotEvents), len(wantEvents)) {
			if gotEvents[i] != wantEvents[i] {
				t.Fatalf("event %d of %d (%d live):\n got %+v\nwant %+v", i, len(gotEvents), len(wantEvents), gotEvents[i], wantEvents[i])
			}
		}
		t.Fatalf("%d events, %d live", len(gotEvents), len(wantEvents))
	}
	for _, b := range [][]byte{bucketCalls, bucketSeq, bucketOpen} {
		if w, g := pairs(t, live, b), pairs(t, bulk, b); !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %d keys, %d live", b, len(g), len(w))
		}
	}
	if open := pairs(t, bulk, bucketOpen); len(open) != 0 {
		t.Errorf("%d tickets of days gone by are open", len(open))
	}
	var between int
	err := bulk.EventsBetween(gotEvents[0].At, gotEvents[len(gotEvents)-1].At.Add(time.Nanosecond), func(es []Event) error {
		between += len(es)
		return nil
	})
	if err != nil || between != len(gotEvents) {
		t.Errorf("EventsBetween the first and the last: %d of %d events, %v", between, len(gotEvents), err)
	}

	// The last day, read as today after its close: the screen is the live one.
	evening := gotEvents[len(gotEvents)-1].At.Add(time.Minute)
	setClock(liveClock, evening)
	setClock(bulkClock, evening)
	ws, gs := snap(t, live), snap(t, bulk)
	if gs.Day != last.Day || len(gs.Tickets) != len(last.Tickets) || len(gs.Calls) == 0 ||
		!reflect.DeepEqual(gs.Tickets, ws.Tickets) || !reflect.DeepEqual(gs.Calls, ws.Calls) {
		t.Errorf("today %s: %d tickets (%d loaded), %d calls; differ from live: %v",
			gs.Day, len(gs.Tickets), len(last.Tickets), len(gs.Calls), !reflect.DeepEqual(gs, ws))
	}
	lastB := 0
	for _, l := range last.Tickets {
		if strings.HasPrefix(l.Ticket.Number, "B") {
			lastB = max(lastB, l.Ticket.Seq)
		}
	}
	if tk := take(t, bulk, "B"); lastB == 0 || tk.Number != queue.Format("B", lastB+1) {
		t.Errorf("a take after %d B tickets is %s", lastB, tk.Number)
	}
}

// BulkTickets refuses what is not history as the live operations leave
// it, and a day older than the log, and then stores nothing.
func TestBulkTicketsRefuses(t *testing.T) {
	var days []demo.TicketDay
	for d := range demo.Tickets(demo.TicketOptions{Tickets: 80 * demo.Days, Now: day9, Seed: 4, Queue: queue.DefaultConfig()}) {
		if days = append(days, d); len(days) == 2 {
			break
		}
	}
	s := openTest(t, newClock())
	plain := slices.IndexFunc(days[0].Tickets, func(l demo.TicketLife) bool {
		return l.Ticket.Type == "A" && len(l.Steps) == 4 // take, call, start, finish
	})
	for _, c := range []struct {
		name   string
		change func(*TicketLife)
	}{
		{"still open", func(l *TicketLife) { l.Ticket.State = queue.Waiting }},
		{"numbered", func(l *TicketLife) { l.Ticket.ID = 7 }},
		{"another day's number", func(l *TicketLife) { l.Ticket.Day = days[1].Day }},
		{"without its take", func(l *TicketLife) { l.Events = l.Events[1:] }},
		{"another type than its transfers", func(l *TicketLife) { l.Ticket.Type = "D" }},
		{"a counter's event", func(l *TicketLife) { l.Events[1].Kind = KindPause }},
		{"events out of order", func(l *TicketLife) { l.Events[1].At, l.Events[2].At = l.Events[2].At, l.Events[1].At }},
	} {
		lives := livesOf(days[0])
		c.change(&lives[plain])
		before := rev(t, s)
		if err := s.BulkTickets(lives); err == nil || rev(t, s) != before {
			t.Errorf("%s: stored (%v)", c.name, err)
		}
	}
	if err := s.BulkTickets(livesOf(days[1])); err != nil {
		t.Fatal(err)
	}
	before := rev(t, s)
	if err := s.BulkTickets(livesOf(days[0])); err == nil || !strings.Contains(err.Error(), "older") || rev(t, s) != before {
		t.Errorf("a day before the log: %v", err)
	}

	// A live number before the history's of the same day.
	c := newClock()
	s = openTest(t, c)
	setClock(c, days[0].Tickets[0].Ticket.IssuedAt.Add(-time.Hour))
	take(t, s, days[0].Tickets[0].Ticket.Type)
	if err := s.BulkTickets(livesOf(days[0])); err == nil || !strings.Contains(err.Error(), "already") {
		t.Errorf("a number taken already: %v", err)
	}
}

// historyDays picks days of a generated history, oldest first, each
// adding a kind of event the days before it lacked, until every kind and
// a priority ticket are there.
func historyDays(t *testing.T, opts demo.TicketOptions) []demo.TicketDay {
	t.Helper()
	seen := map[string]bool{}
	var out []demo.TicketDay
	scanned := 0
	for d := range demo.Tickets(opts) {
		adds := false
		for _, l := range d.Tickets {
			for _, st := range l.Steps {
				kind := st.Kind
				if st.Detail == "priority" {
					kind = "priority take"
				}
				adds = adds || !seen[kind]
				seen[kind] = true
			}
		}
		if adds {
			out = append(out, d)
		}
		if scanned++; len(seen) == len(ticketKinds)+1 || scanned == 365 {
			break
		}
	}
	if len(seen) != len(ticketKinds)+1 {
		t.Fatalf("a year of history has only the events %v", seen)
	}
	return out
}

// replay makes the days through the live operations at the times of their
// steps and checks that each picks the ticket the history says.
func replay(t *testing.T, s *Store, c *clock, days []demo.TicketDay) {
	t.Helper()
	type step struct {
		demo.TicketStep
		i int
	}
	for _, d := range days {
		var steps []step
		for i, l := range d.Tickets {
			for _, st := range l.Steps {
				steps = append(steps, step{st, i})
			}
		}
		slices.SortStableFunc(steps, func(a, b step) int { return a.At.Compare(b.At) })
		ids := make([]uint64, len(d.Tickets))
		var closed time.Time
		for _, st := range steps {
			setClock(c, st.At)
			want := d.Tickets[st.i].Ticket
			var got queue.Ticket
			var err error
			switch st.Kind {
			case KindTake:
				got, _, err = s.Take(strings.TrimRight(want.Number, "0123456789"), want.Priority, st.Who)
				ids[st.i] = got.ID
			case KindCall:
				got, err = s.CallNext(st.Counter, st.Who)
			case KindRecall:
				got, err = s.Recall(st.Counter, st.Who)
			case KindStart:
				got, err = s.Start(st.Counter, st.Who)
			case KindFinish:
				got, err = s.Finish(st.Counter, st.Who)
			case KindNoShow:
				got, err = s.NoShow(st.Counter, st.Who)
			case KindTransfer:
				got, err = s.Transfer(st.Counter, transferredTo(st.Detail), 0, st.Who)
			case KindReturn:
				got, err = s.ReturnNoShow(ids[st.i], st.Who)
			case KindAway:
				got, err = s.StepAway(ids[st.i], st.Who)
			case KindBack:
				got, err = s.ComeBack(ids[st.i], st.Who)
			case KindClose: // one CloseDay closes all that are left
				if !st.At.Equal(closed) {
					_, err = s.CloseDay(st.Detail, st.Who)
				}
				got, closed = want, st.At
				got.ID = ids[st.i]
			default:
				t.Fatalf("%s: a step the live operations do not make: %+v", want.Number, st)
			}
			if err != nil || got.ID != ids[st.i] || got.Number != want.Number {
				t.Fatalf("%s %s of %s at %v: live %s, %v", st.Kind, want.Number, d.Day, st.At, got.Number, err)
			}
		}
	}
}

// livesOf is a day of history as BulkTickets takes it.
func livesOf(d demo.TicketDay) []TicketLife {
	out := make([]TicketLife, len(d.Tickets))
	for i, l := range d.Tickets {
		out[i] = lifeOf(l)
	}
	return out
}

func setClock(c *clock, t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func ticketsOf(t *testing.T, s *Store, first, last string) []queue.Ticket {
	t.Helper()
	var out []queue.Ticket
	if err := s.TicketsOfDays(first, last, func(ts []queue.Ticket) error {
		out = append(out, ts...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// pairs is what a bucket holds, key and value.
func pairs(t *testing.T, s *Store, bucket []byte) [][2][]byte {
	t.Helper()
	var out [][2][]byte
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucket).ForEach(func(k, v []byte) error {
			out = append(out, [2][]byte{bytes.Clone(k), bytes.Clone(v)})
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
