package queue

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"
)

func TestQ2_DailyNumberingPerTypeInStationZone(t *testing.T) {
	utc := func(c *Config) { c.Location = time.UTC }
	newYork, err := time.LoadLocation("America/New_York")
	if err != nil {
		newYork = time.FixedZone("EST", -5*3600)
	}
	tests := []struct {
		name     string
		tweak    func(*Config)
		code     string
		seq      int
		now      time.Time
		day, num string
		err      error
	}{
		{name: "morning in Shanghai", code: "A", seq: 1, now: t0, day: "2026-11-23", num: "A001"},
		{
			name: "one second before Shanghai midnight", code: "B", seq: 87,
			now: time.Date(2026, 11, 22, 15, 59, 59, 0, time.UTC), day: "2026-11-22", num: "B087",
		},
		{
			name: "Shanghai midnight starts the new day", code: "B", seq: 1,
			now: time.Date(2026, 11, 22, 16, 0, 0, 0, time.UTC), day: "2026-11-23", num: "B001",
		},
		{
			name: "16:30Z is already the 23rd in Shanghai", code: "D", seq: 1,
			now: time.Date(2026, 11, 22, 16, 30, 0, 0, time.UTC), day: "2026-11-23", num: "D001",
		},
		{
			name: "the caller's zone does not matter", code: "C", seq: 2,
			now: time.Date(2026, 11, 22, 11, 30, 0, 0, newYork), day: "2026-11-23", num: "C002",
		},
		{
			name: "a station on UTC", tweak: utc, code: "A", seq: 1,
			now: time.Date(2026, 11, 22, 16, 30, 0, 0, time.UTC), day: "2026-11-22", num: "A001",
		},
		{name: "past 999", code: "A", seq: 1000, now: t0, day: "2026-11-23", num: "A1000"},
		{name: "unknown type", code: "E", seq: 1, now: t0, err: ErrUnknownType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			if tt.tweak != nil {
				tt.tweak(&cfg)
			}
			tk, err := NewTicket(cfg, tt.code, tt.seq, false, tt.now)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tk.Day != tt.day || tk.Number != tt.num || tk.Type != tt.code || tk.Seq != tt.seq {
				t.Errorf("ticket = %s %s (type %s, seq %d), want %s %s", tk.Day, tk.Number, tk.Type, tk.Seq, tt.day, tt.num)
			}
			if tk.IssuedAt.Location() != time.UTC || !tk.IssuedAt.Equal(tt.now) || !tk.QueuedAt.Equal(tk.IssuedAt) {
				t.Errorf("issued %v queued %v, want the UTC instant %v", tk.IssuedAt, tk.QueuedAt, tt.now)
			}
		})
	}

	t.Run("sequence below 1", func(t *testing.T) {
		if _, err := NewTicket(DefaultConfig(), "A", 0, false, t0); err == nil {
			t.Error("NewTicket(seq 0) = nil error")
		}
	})
	t.Run("each type numbers on its own, business kept apart", func(t *testing.T) {
		d := newDay(t)
		got := d.arrive(arrival{"A", 0, false}, arrival{"B", 1, false}, arrival{"A", 2, false}, arrival{"D", 3, false})
		wantOrder(t, "numbers", got, []string{"A001", "B001", "A002", "D001"})
		for _, k := range d.cfg.Counters {
			if k.Serves("D") != (k.Number == 4) || (k.Number == 4 && len(k.Types) != 1) {
				t.Errorf("counter %d serves %v: business (D) must have a counter of its own", k.Number, k.Types)
			}
		}
	})
}

// ticketView is the part of a ticket the life-cycle tests look at.
type ticketView struct {
	State                     State
	Type, Number              string
	Counter, ToCounter, Calls int
	FirstCalledAt, CalledAt   time.Time
	StartedAt, EndedAt        time.Time
	ServedBefore              time.Duration
	IssuedAt, QueuedAt        time.Time
	Measure                   Times
}

func view(t Ticket) ticketView {
	return ticketView{
		State: t.State, Type: t.Type, Number: t.Number,
		Counter: t.Counter, ToCounter: t.ToCounter, Calls: t.Calls,
		FirstCalledAt: t.FirstCalledAt, CalledAt: t.CalledAt, StartedAt: t.StartedAt, EndedAt: t.EndedAt,
		ServedBefore: t.ServedBefore, IssuedAt: t.IssuedAt, QueuedAt: t.QueuedAt, Measure: t.Measure(),
	}
}

// lifeCase runs steps on a day where A001 was taken at minute 0 and B001 at
// minute 1, then compares A001 with want.
type lifeCase struct {
	name  string
	steps func(d *day)
	want  ticketView
}

func runLives(t *testing.T, tests []lifeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t)
			d.arrive(arrival{"A", 0, false}, arrival{"B", 1, false})
			tt.steps(d)
			if got := view(*d.get("A001")); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("A001:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// life is the view of A001 with the given state and counter; the other
// fields are filled in by the cases.
func life(s State, counter int) ticketView {
	return ticketView{State: s, Type: "A", Number: "A001", Counter: counter, IssuedAt: at(0), QueuedAt: at(0)}
}

func TestQ5_RecallNoShowTransferFinish(t *testing.T) {
	runLives(t, []lifeCase{
		{"recall announces again, the wait stays measured to the first call", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", recall(1, 4))
		}, with(life(Called, 1), func(v *ticketView) {
			v.Calls, v.FirstCalledAt, v.CalledAt = 2, at(2), at(4)
			v.Measure = Times{Wait: mins(2)}
		})},
		{"no-show after two recalls", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", recall(1, 3))
			d.do("A001", recall(1, 4))
			d.do("A001", noShow(1, 6))
		}, with(life(NoShow, 1), func(v *ticketView) {
			v.Calls, v.FirstCalledAt, v.CalledAt, v.EndedAt = 3, at(2), at(4), at(6)
			v.Measure = Times{Wait: mins(2), Total: mins(6)}
		})},
		{"start and finish", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", start(1, 3))
			d.do("A001", finish(1, 10))
		}, with(life(Finished, 1), func(v *ticketView) {
			v.Calls, v.FirstCalledAt, v.CalledAt, v.StartedAt, v.EndedAt = 1, at(2), at(2), at(3), at(10)
			v.Measure = Times{Wait: mins(2), Walk: mins(1), Service: mins(7), Total: mins(10)}
		})},
		{"finish straight from called (keypad)", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", finish(1, 5))
		}, with(life(Finished, 1), func(v *ticketView) {
			v.Calls, v.FirstCalledAt, v.CalledAt, v.EndedAt = 1, at(2), at(2), at(5)
			v.Measure = Times{Wait: mins(2), Service: mins(3), Total: mins(5)}
		})},
		{"transfer to another type keeps the number and the service given", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", start(1, 3))
			d.do("A001", transfer(d.cfg, 1, "B", 0, 7))
		}, with(life(Transferred, 0), func(v *ticketView) {
			v.Type, v.Calls, v.FirstCalledAt, v.CalledAt, v.ServedBefore = "B", 1, at(2), at(2), mins(4)
			v.Measure = Times{Wait: mins(2), Service: mins(4)}
		})},
		{"transfer to one counter before the customer came", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", transfer(d.cfg, 1, "", 3, 3))
		}, with(life(Transferred, 0), func(v *ticketView) {
			v.ToCounter, v.Calls, v.FirstCalledAt, v.CalledAt = 3, 1, at(2), at(2)
			v.Measure = Times{Wait: mins(2)}
		})},
		{"transferred, then served and finished at the target counter", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", start(1, 3))
			d.do("A001", transfer(d.cfg, 1, "B", 3, 7))
			if got := d.next(3, 8); got != "A001" {
				t.Errorf("counter 3 called %s first, want the ticket sent to it", got)
			}
			d.do("A001", start(3, 10))
			d.do("A001", finish(3, 15))
		}, with(life(Finished, 3), func(v *ticketView) {
			v.Type, v.Calls, v.ServedBefore = "B", 2, mins(4)
			v.FirstCalledAt, v.CalledAt, v.StartedAt, v.EndedAt = at(2), at(8), at(10), at(15)
			v.Measure = Times{Wait: mins(2), Walk: mins(2), Service: mins(9), Total: mins(15)}
		})},
	})

	t.Run("transferred tickets go first, only where they were sent", func(t *testing.T) {
		d := newDay(t)
		d.arrive(arrival{"B", 0, false}, arrival{"A", 1, false}, arrival{"A", 2, false}, arrival{"B", 3, false})
		d.do("A001", call(1, 4))
		d.do("A001", transfer(d.cfg, 1, "B", 0, 5))
		d.do("A002", call(2, 5))
		d.do("A002", transfer(d.cfg, 2, "", 3, 6))
		wantOrder(t, "counter 1", d.offered(1, 7), []string{"A001", "B001", "B002"})
		wantOrder(t, "counter 3", d.offered(3, 7), []string{"A001", "A002", "B001", "B002"})
		wantOrder(t, "counter 4", d.offered(4, 7), nil)
	})
}

// with returns v changed by f, for tables of expected tickets.
func with(v ticketView, f func(*ticketView)) ticketView {
	f(&v)
	return v
}

func TestQ5_NoShowReturnsNearFrontKeepsArrival(t *testing.T) {
	a := func(m int) arrival { return arrival{"A", m, false} }
	tests := []struct {
		name   string
		behind int
		prio   bool // the no-show A001 is a priority ticket
		others []arrival
		steps  func(d *day)
		want   []string // counter 1's order after A001 returned
	}{
		{
			name: "behind two of five", behind: 2, others: []arrival{a(2), a(3), a(4), a(5), a(6)},
			want: []string{"A002", "A003", "A001", "A004", "A005", "A006"},
		},
		{
			name: "exactly two waiting: at the back", behind: 2, others: []arrival{a(2), a(3)},
			want: []string{"A002", "A003", "A001"},
		},
		{
			name: "fewer waiting than the place: at the back", behind: 2, others: []arrival{a(2)},
			want: []string{"A002", "A001"},
		},
		{name: "nobody waiting", behind: 2, want: []string{"A001"}},
		{
			name: "place 0 is the very front", behind: 0, others: []arrival{a(2), a(3)},
			want: []string{"A001", "A002", "A003"},
		},
		{
			name: "other types do not count", behind: 2,
			others: []arrival{a(2), {"B", 3, false}, {"B", 4, false}, a(5), a(6)},
			want:   []string{"A002", "B001", "B002", "A003", "A001", "A004"},
		},
		{
			name: "customers away do not count", behind: 2, others: []arrival{a(2), a(3), a(4), a(5)},
			steps: func(d *day) { d.do("A002", stepAway(7)) },
			want:  []string{"A003", "A004", "A001", "A005"},
		},
		{
			name: "a priority no-show returns among priority tickets", behind: 1, prio: true,
			others: []arrival{a(2), {"A", 3, true}, {"A", 4, true}},
			want:   []string{"A003", "A001", "A004", "A002"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t, func(c *Config) { c.NoShowReturnBehind = tt.behind })
			d.arrive(arrival{"A", 0, tt.prio})
			d.do("A001", call(1, 1))
			d.do("A001", noShow(1, 2))
			d.arrive(tt.others...)
			if tt.steps != nil {
				tt.steps(d)
			}
			if err := ReturnNoShow(d.cfg, d.get("A001"), d.tickets, at(8)); err != nil {
				t.Fatal(err)
			}
			wantOrder(t, "counter 1", d.offered(1, 8), tt.want)
			want := with(life(Waiting, 0), func(v *ticketView) {
				v.QueuedAt = d.get("A001").QueuedAt // checked through the order above
				v.Calls, v.FirstCalledAt, v.CalledAt = 1, at(1), at(1)
				v.Measure = Times{Wait: mins(1)}
			})
			if got := view(*d.get("A001")); !reflect.DeepEqual(got, want) {
				t.Errorf("returned A001:\n got %+v\nwant %+v", got, want)
			}
			// Called again, the wait still ends at the first call.
			d.do("A001", call(2, 9))
			if got := d.get("A001").Measure().Wait; got != mins(1) {
				t.Errorf("wait after the second call = %v, want 1m", got)
			}
		})
	}
}

func TestQ5_TicketCalledByOneCounterOnly(t *testing.T) {
	d := newDay(t)
	d.arrive(arrival{"A", 0, false}, arrival{"A", 1, false}, arrival{"B", 2, false})

	// Two counters press "next" on the same snapshot: both are offered A001,
	// only the first call takes it.
	one, err1 := Next(d.cfg, 1, false, d.tickets, at(3))
	two, err2 := Next(d.cfg, 2, false, d.tickets, at(3))
	if err1 != nil || err2 != nil || one.Number != "A001" || two.Number != "A001" {
		t.Fatalf("Next = %s %v, %s %v; want A001 for both", one.Number, err1, two.Number, err2)
	}
	d.do("A001", call(1, 3))
	held := *d.get("A001")
	refused(t, "second counter calls it", held, ErrState, call(2, 3))
	if got := d.next(2, 3); got != "A002" {
		t.Errorf("counter 2 then calls %s, want A002", got)
	}
	if _, err := Next(d.cfg, 1, false, d.tickets, at(4)); !errors.Is(err, ErrBusy) {
		t.Errorf("Next for counter 1 holding A001: err = %v, want ErrBusy", err)
	}

	for _, tt := range []struct {
		what string
		op   func(*Ticket) error
	}{
		{"recall", recall(2, 4)},
		{"start", start(2, 4)},
		{"finish", finish(2, 4)},
		{"no-show", noShow(2, 4)},
		{"transfer", transfer(d.cfg, 2, "B", 0, 4)},
	} {
		refused(t, "counter 2 "+tt.what+"s counter 1's ticket", held, ErrNotYours, tt.op)
	}

	// Sent to counter 3, no other counter is offered it or may call it.
	d.do("A001", transfer(d.cfg, 1, "B", 3, 5))
	refused(t, "counter 1 calls a ticket sent to counter 3", *d.get("A001"), ErrNotYours, call(1, 6))
	if got := d.next(1, 6); got != "B001" {
		t.Errorf("counter 1 calls %s, want B001 (A001 is counter 3's)", got)
	}
	if got := d.next(3, 6); got != "A001" {
		t.Errorf("counter 3 calls %s, want A001", got)
	}
}

func TestQ11_CloseDayWithReasonAndTimes(t *testing.T) {
	t.Run("close day", func(t *testing.T) {
		d := newDay(t)
		d.arrive(arrival{"A", 0, false}, arrival{"A", 0, false}, arrival{"A", 0, false}, arrival{"A", 0, false},
			arrival{"A", 0, false}, arrival{"A", 0, false}, arrival{"B", 0, false}, arrival{"C", 0, false})
		d.serve(1, 1) // A001 finished
		d.do("A002", call(1, 3))
		d.do("A002", noShow(1, 4))
		d.do("A003", call(1, 5))
		d.do("A003", start(1, 6))
		d.do("A004", call(2, 5))
		d.do("A006", stepAway(5))
		d.do("B001", call(3, 5))
		d.do("B001", transfer(d.cfg, 3, "A", 0, 6))
		d.do("C001", closeTicket("left", 7))
		// Left open by a day that was not closed: closed with this one.
		yesterday, err := NewTicket(d.cfg, "A", 40, false, at(-24*60))
		if err != nil {
			t.Fatal(err)
		}
		d.tickets = append(d.tickets, yesterday)
		before := append([]Ticket(nil), d.tickets...)

		if got, err := CloseDay(d.cfg, d.tickets, "", at(600)); !errors.Is(err, ErrReason) || got != nil {
			t.Errorf("CloseDay without reason = %v, %v; want ErrReason", got, err)
		}
		closed, err := CloseDay(d.cfg, d.tickets, "day closed", at(600))
		if err != nil {
			t.Fatal(err)
		}
		wantOrder(t, "closed", numbers(closed), []string{"A003", "A004", "A005", "A006", "B001", "A040"})
		for _, c := range closed {
			if c.State != Cancelled || c.Reason != "day closed" || !c.EndedAt.Equal(at(600)) || !c.AwayAt.IsZero() {
				t.Errorf("%s closed as %s %q at %v (away %v)", c.Number, c.State, c.Reason, c.EndedAt, c.AwayAt)
			}
		}
		if !reflect.DeepEqual(d.tickets, before) {
			t.Error("CloseDay changed the tickets passed in; it returns changed copies")
		}
		tomorrow, err := NewTicket(d.cfg, "A", 1, false, at(24*60))
		if err != nil || tomorrow.Number != "A001" || tomorrow.Day != "2026-11-24" {
			t.Errorf("first ticket of tomorrow = %s of %s, %v; want A001 of 2026-11-24", tomorrow.Number, tomorrow.Day, err)
		}
	})

	measures := []struct {
		name  string
		steps func(d *day)
		want  Times
	}{
		{"waiting", func(*day) {}, Times{}},
		{
			"gave up before the call", func(d *day) { d.do("A001", closeTicket("left", 30)) },
			Times{Total: mins(30)},
		},
		{"served: walk from the last call", func(d *day) {
			d.do("A001", call(1, 5))
			d.do("A001", recall(1, 7))
			d.do("A001", start(1, 8))
			d.do("A001", finish(1, 20))
		}, Times{Wait: mins(5), Walk: mins(1), Service: mins(12), Total: mins(20)}},
		{"being served", func(d *day) {
			d.do("A001", call(1, 5))
			d.do("A001", start(1, 6))
		}, Times{Wait: mins(5), Walk: mins(1)}},
		{"no-show", func(d *day) {
			d.do("A001", call(1, 5))
			d.do("A001", noShow(1, 8))
		}, Times{Wait: mins(5), Total: mins(8)}},
		{"no-show who came back", func(d *day) {
			d.do("A001", call(1, 2))
			d.do("A001", noShow(1, 4))
			d.do("A001", func(t *Ticket) error { return ReturnNoShow(d.cfg, t, d.tickets, at(6)) })
			d.do("A001", call(2, 10))
			d.do("A001", start(2, 11))
			d.do("A001", finish(2, 15))
		}, Times{Wait: mins(2), Walk: mins(1), Service: mins(4), Total: mins(15)}},
		{"closed while served at the end of the day", func(d *day) {
			d.do("A001", call(1, 5))
			d.do("A001", start(1, 6))
			d.do("A001", closeTicket("day closed", 9))
		}, Times{Wait: mins(5), Walk: mins(1), Service: mins(3), Total: mins(9)}},
		{"transferred twice: service at every counter adds up", func(d *day) {
			d.do("A001", call(1, 5))
			d.do("A001", start(1, 6))
			d.do("A001", transfer(d.cfg, 1, "B", 0, 10)) // 4 min
			d.do("A001", call(3, 12))
			d.do("A001", start(3, 13))
			d.do("A001", transfer(d.cfg, 3, "C", 0, 15)) // 2 min
			d.do("A001", call(2, 16))
			d.do("A001", start(2, 18))
			d.do("A001", finish(2, 21)) // 3 min
		}, Times{Wait: mins(5), Walk: mins(2), Service: mins(9), Total: mins(21)}},
	}
	for _, tt := range measures {
		t.Run("measure/"+tt.name, func(t *testing.T) {
			d := newDay(t)
			d.arrive(arrival{"A", 0, false})
			tt.steps(d)
			if got := d.get("A001").Measure(); got != tt.want {
				t.Errorf("Measure() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// ticketIn returns a day holding A001 (and B001) brought into one state.
var ticketIn = map[string]func(d *day){
	"waiting":        func(*day) {},
	"away":           func(d *day) { d.do("A001", stepAway(1)) },
	"called":         func(d *day) { d.do("A001", call(1, 1)) },
	"serving":        func(d *day) { d.do("A001", call(1, 1)); d.do("A001", start(1, 2)) },
	"finished":       func(d *day) { d.do("A001", call(1, 1)); d.do("A001", finish(1, 2)) },
	"noshow":         func(d *day) { d.do("A001", call(1, 1)); d.do("A001", noShow(1, 2)) },
	"cancelled":      func(d *day) { d.do("A001", closeTicket("left", 1)) },
	"sent to 3":      func(d *day) { d.do("A001", call(1, 1)); d.do("A001", transfer(d.cfg, 1, "", 3, 2)) },
	"sent to type B": func(d *day) { d.do("A001", call(1, 1)); d.do("A001", transfer(d.cfg, 1, "B", 0, 2)) },
}

func TestTicket_InvalidTransitionsLeaveTicketUnchanged(t *testing.T) {
	cfg := DefaultConfig()
	returnAt := func(m int) func(*Ticket) error {
		return func(t *Ticket) error { return ReturnNoShow(cfg, t, nil, at(m)) }
	}
	// Each operation, the error it gives by default, and the states where it
	// gives another result (nil: allowed).
	ops := []struct {
		name   string
		op     func(*Ticket) error
		def    error
		except map[string]error
	}{
		{"call at 1", call(1, 5), ErrState, map[string]error{"waiting": nil, "away": nil, "sent to type B": nil, "sent to 3": ErrNotYours}},
		{"call at 3", call(3, 5), ErrState, map[string]error{"waiting": nil, "away": nil, "sent to type B": nil, "sent to 3": nil}},
		{"call at 0", call(0, 5), ErrUnknownCounter, nil},
		{"recall", recall(1, 5), ErrState, map[string]error{"called": nil}},
		{"recall by another counter", recall(2, 5), ErrState, map[string]error{"called": ErrNotYours}},
		{"start", start(1, 5), ErrState, map[string]error{"called": nil}},
		{"start by another counter", start(2, 5), ErrState, map[string]error{"called": ErrNotYours}},
		{"finish", finish(1, 5), ErrState, map[string]error{"called": nil, "serving": nil}},
		{"finish by another counter", finish(2, 5), ErrState, map[string]error{"called": ErrNotYours, "serving": ErrNotYours}},
		{"no-show", noShow(1, 5), ErrState, map[string]error{"called": nil}},
		{"no-show by another counter", noShow(2, 5), ErrState, map[string]error{"called": ErrNotYours}},
		{"transfer to B", transfer(cfg, 1, "B", 0, 5), ErrState, map[string]error{"called": nil, "serving": nil}},
		{"transfer by another counter", transfer(cfg, 2, "B", 0, 5), ErrState, map[string]error{"called": ErrNotYours, "serving": ErrNotYours}},
		{"transfer to an unknown type", transfer(cfg, 1, "Z", 0, 5), ErrState, map[string]error{"called": ErrUnknownType, "serving": ErrUnknownType}},
		{"transfer to an unknown counter", transfer(cfg, 1, "", 9, 5), ErrState, map[string]error{"called": ErrUnknownCounter, "serving": ErrUnknownCounter}},
		{"transfer to a counter not serving the type", transfer(cfg, 1, "A", 4, 5), ErrState, map[string]error{"called": ErrNotServed, "serving": ErrNotServed}},
		{"transfer to the same queue", transfer(cfg, 1, "", 0, 5), ErrState, map[string]error{"called": ErrSameTarget, "serving": ErrSameTarget}},
		{"transfer to the same counter", transfer(cfg, 1, "A", 1, 5), ErrState, map[string]error{"called": ErrSameTarget, "serving": ErrSameTarget}},
		{"step away", stepAway(5), ErrState, map[string]error{"waiting": nil, "sent to 3": nil, "sent to type B": nil}},
		{"come back", comeBack(cfg, 5), ErrState, map[string]error{"away": nil}},
		{"close without reason", closeTicket("", 5), ErrReason, nil},
		{"close", closeTicket("day closed", 5), nil, map[string]error{"finished": ErrState, "noshow": ErrState, "cancelled": ErrState}},
		{"return no-show", returnAt(5), ErrState, map[string]error{"noshow": nil}},
		{"return no-show the next day", returnAt(24 * 60), ErrState, map[string]error{"noshow": ErrNotFound}},
	}
	for _, o := range ops {
		for _, state := range slices.Sorted(maps.Keys(ticketIn)) {
			setup := ticketIn[state]
			want, ok := o.except[state]
			if !ok {
				want = o.def
			}
			t.Run(o.name+"/"+state, func(t *testing.T) {
				d := newDay(t)
				d.arrive(arrival{"A", 0, false}, arrival{"B", 0, false})
				setup(d)
				tk := *d.get("A001")
				if want != nil {
					refused(t, o.name, tk, want, o.op)
					return
				}
				if err := o.op(&tk); err != nil {
					t.Errorf("%s: %v, want it allowed", o.name, err)
				}
			})
		}
	}
}
