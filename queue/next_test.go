package queue

import (
	"errors"
	"reflect"
	"testing"
)

func TestQ3_CallsOldestOfCounterTypes(t *testing.T) {
	mixed := []arrival{{"D", 0, false}, {"C", 1, false}, {"B", 2, false}, {"A", 3, false}, {"A", 4, false}}
	tests := []struct {
		name     string
		arrivals []arrival
		steps    func(d *day)
		counter  int
		want     string
		err      error
	}{
		{name: "oldest of the counter's types", arrivals: mixed, counter: 1, want: "C001"},
		{name: "oldest first whatever the preference", arrivals: mixed, counter: 3, want: "C001"},
		{name: "business counter calls business only", arrivals: mixed, counter: 4, want: "D001"},
		{name: "arrival order within a type", arrivals: []arrival{{"A", 0, false}, {"A", 1, false}}, counter: 2, want: "A001"},
		{name: "a tie goes to the preferred type (A first)", arrivals: []arrival{{"B", 5, false}, {"A", 5, false}}, counter: 1, want: "A001"},
		{name: "a tie goes to the preferred type (B first)", arrivals: []arrival{{"A", 5, false}, {"B", 5, false}}, counter: 3, want: "B001"},
		{name: "nothing of the counter's types", arrivals: []arrival{{"A", 0, false}}, counter: 4, err: ErrNoneWaiting},
		{name: "nobody at all", counter: 1, err: ErrNoneWaiting},
		{name: "no such counter", arrivals: mixed, counter: 9, err: ErrUnknownCounter},
		{
			name: "counter still holds a ticket", arrivals: mixed, counter: 1,
			steps: func(d *day) { d.do("A001", call(1, 5)) }, err: ErrBusy,
		},
		{
			name: "counter still serves a ticket", arrivals: mixed, counter: 1,
			steps: func(d *day) { d.do("A001", call(1, 5)); d.do("A001", start(1, 5)) }, err: ErrBusy,
		},
		{
			name: "counter free again after a finish", arrivals: mixed, counter: 1,
			steps: func(d *day) { d.do("A001", call(1, 5)); d.do("A001", finish(1, 6)) }, want: "C001",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t)
			d.arrive(tt.arrivals...)
			if tt.steps != nil {
				tt.steps(d)
			}
			got, err := Next(d.cfg, tt.counter, false, d.tickets, at(10))
			if !errors.Is(err, tt.err) || got.Number != tt.want {
				t.Fatalf("Next(%d) = %q, %v; want %q, %v", tt.counter, got.Number, err, tt.want, tt.err)
			}
			if err != nil {
				return
			}
			// The call, and the script it is announced with.
			d.do(got.Number, call(tt.counter, 10))
			tk := d.get(got.Number)
			if tk.State != Called || tk.Counter != tt.counter || tk.Calls != 1 || !tk.CalledAt.Equal(at(10)) || !tk.FirstCalledAt.Equal(at(10)) {
				t.Errorf("called ticket = %+v", *tk)
			}
			if s := ScriptsFor(d.cfg, tk, d.tickets, at(10)); !reflect.DeepEqual(s, []Script{ScriptCall}) {
				t.Errorf("scripts while called = %v, want the call announcement", s)
			}
		})
	}
}

func TestQ9_PriorityFirstButNeverStarves(t *testing.T) {
	n := func(code string, m int) arrival { return arrival{code, m, false} }
	p := func(code string, m int) arrival { return arrival{code, m, true} }
	ratio := func(r int) func(*Config) { return func(c *Config) { c.PriorityRatio = r } }
	// Two normal tickets at minute 0, six priority ones at minute 1.
	rush := []arrival{n("A", 0), n("A", 0), p("A", 1), p("A", 1), p("A", 1), p("A", 1), p("A", 1), p("A", 1)}
	tests := []struct {
		name     string
		tweaks   []func(*Config)
		arrivals []arrival
		counters []int // who calls, in turn, one call a minute from minute `from`
		from     int
		want     []string
	}{
		{
			name: "priority goes first", arrivals: []arrival{n("A", 0), p("A", 1)},
			counters: []int{1}, from: 2, want: []string{"A002", "A001"},
		},
		{
			name: "across the counter's types", arrivals: []arrival{n("A", 0), p("B", 1), n("C", 1)},
			counters: []int{1}, from: 2, want: []string{"B001", "A001", "C001"},
		},
		{
			name: "3:1 — a normal ticket after three priority ones", arrivals: rush,
			counters: []int{1}, from: 2,
			want: []string{"A003", "A004", "A005", "A001", "A006", "A007", "A008", "A002"},
		},
		{
			name: "the ratio counts the calls of every counter", arrivals: rush,
			counters: []int{1, 2, 3}, from: 2,
			want: []string{"A003", "A004", "A005", "A001", "A006", "A007", "A008", "A002"},
		},
		{
			name: "1:1", tweaks: []func(*Config){ratio(1)}, arrivals: rush[:5],
			counters: []int{2}, from: 2, want: []string{"A003", "A001", "A004", "A002", "A005"},
		},
		{
			name:     "business priority calls do not count for consumer counters",
			arrivals: []arrival{n("A", 0), n("A", 0), p("D", 0), p("D", 0), p("D", 0), p("D", 0), p("A", 1), p("A", 1)},
			counters: []int{4, 4, 4, 4, 1}, from: 2,
			want: []string{"D001", "D002", "D003", "D004", "A003", "A004", "A001", "A002"},
		},
		{
			name: "the wait cap: past 20 minutes the normal ticket goes first", tweaks: []func(*Config){ratio(10)},
			arrivals: []arrival{n("A", 0), p("A", 0), p("A", 0), p("A", 0), p("A", 0)},
			counters: []int{1}, from: 18, want: []string{"A002", "A003", "A001", "A004", "A005"},
		},
		// Overloaded: every normal ticket has waited past the cap. The
		// priority ticket is not put behind all of them (hours, on such a
		// day): it is called once it has waited as long as the oldest.
		{
			name: "overloaded: priority no later than in arrival order", tweaks: []func(*Config){ratio(10)},
			arrivals: []arrival{n("A", 0), n("A", 1), n("A", 2), p("A", 3), n("A", 4), n("A", 5), n("A", 6)},
			counters: []int{1}, from: 30, want: []string{"A001", "A002", "A003", "A004", "A005", "A006", "A007"},
		},
		{
			name: "no cap when it is zero: the ratio alone", tweaks: []func(*Config){ratio(10), func(c *Config) { c.PriorityMaxWait = 0 }},
			arrivals: []arrival{n("A", 0), p("A", 0), p("A", 0), p("A", 0), p("A", 0)},
			counters: []int{1}, from: 60, want: []string{"A002", "A003", "A004", "A005", "A001"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t, tt.tweaks...)
			d.arrive(tt.arrivals...)
			var got []string
			for i, idle := 0, 0; idle < len(tt.counters); i++ {
				num := d.serve(tt.counters[i%len(tt.counters)], tt.from+i)
				if num == "" {
					idle++
					continue
				}
				idle = 0
				got = append(got, num)
			}
			wantOrder(t, "calls", got, tt.want)
		})
	}
}

func TestQ9_CallSpecificTicket(t *testing.T) {
	d := newDay(t)
	d.arrive(arrival{"A", 0, false}, arrival{"A", 1, false}, arrival{"C", 2, false}, arrival{"A", 3, true})

	d.do("C001", call(1, 4)) // out of order: A003 (priority) and A001 are ahead
	wantOrder(t, "counter 2 after the out-of-order call", d.offered(2, 4), []string{"A003", "A001", "A002"})

	d.do("A002", stepAway(5))
	d.do("A002", call(2, 6)) // the customer is back at the counter: calling ends the step-away
	if tk := d.get("A002"); tk.State != Called || tk.Counter != 2 || !tk.AwayAt.IsZero() {
		t.Errorf("A002 called while away = %+v", *tk)
	}
	refused(t, "calling a ticket already called", *d.get("C001"), ErrState, call(3, 7))
	refused(t, "calling at counter 0", *d.get("A001"), ErrUnknownCounter, call(0, 7))
}

func TestQ10_PausedCounterOfferedNothing(t *testing.T) {
	d := newDay(t)
	d.arrive(arrival{"A", 0, false}, arrival{"A", 1, false})
	d.do("A001", call(1, 2))
	d.do("A001", transfer(d.cfg, 1, "", 2, 3)) // sent to counter 2 of all counters
	for _, tt := range []struct {
		counter int
		paused  bool
		want    string
		err     error
	}{
		{counter: 2, paused: true, err: ErrPaused},
		{counter: 9, paused: true, err: ErrUnknownCounter},
		{counter: 1, paused: true, err: ErrPaused},
		{counter: 1, paused: false, want: "A002"},
		{counter: 2, paused: false, want: "A001"},
	} {
		got, err := Next(d.cfg, tt.counter, tt.paused, d.tickets, at(4))
		if !errors.Is(err, tt.err) || got.Number != tt.want {
			t.Errorf("Next(%d, paused %v) = %q, %v; want %q, %v", tt.counter, tt.paused, got.Number, err, tt.want, tt.err)
		}
	}
	e := EstimateFor(d.cfg, "A", d.tickets, map[int]bool{1: true, 2: true, 3: true}, at(4))
	if e.Straight || e.Ahead != 2 {
		t.Errorf("estimate with every counter paused = %+v, want 2 ahead and no walking up", e)
	}
}

func TestQ10_StepAwayKeepsPlaceWithinHold(t *testing.T) {
	tests := []struct {
		name string
		hold int // minutes
		back int // minute of coming back; 0: still away
		want []string
	}{
		{name: "while away the ticket is skipped", hold: 30, want: []string{"A002", "A003"}},
		{name: "back within the hold: same place", hold: 30, back: 20, want: []string{"A001", "A002", "A003"}},
		{name: "back exactly at the hold: same place", hold: 30, back: 33, want: []string{"A001", "A002", "A003"}},
		{name: "back after the hold: the back of the queue", hold: 30, back: 34, want: []string{"A002", "A003", "A001"}},
		{name: "no hold: back at once keeps the place", hold: 0, back: 3, want: []string{"A001", "A002", "A003"}},
		{name: "no hold: any absence loses it", hold: 0, back: 4, want: []string{"A002", "A003", "A001"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t, func(c *Config) { c.AwayHold = mins(tt.hold) })
			d.arrive(arrival{"A", 0, false}, arrival{"A", 1, false}, arrival{"A", 2, false})
			d.do("A001", stepAway(3))
			if !d.get("A001").Away() {
				t.Fatal("A001 not away after stepping away")
			}
			now := 40
			if tt.back != 0 {
				d.do("A001", comeBack(d.cfg, tt.back))
				if tk := d.get("A001"); tk.Away() || !tk.AwayAt.IsZero() || !tk.IssuedAt.Equal(at(0)) {
					t.Errorf("A001 after coming back = %+v; want present, arrival kept", *tk)
				}
			}
			wantOrder(t, "counter 1", d.offered(1, now), tt.want)
			if got := d.next(1, now); got != tt.want[0] {
				t.Errorf("Next = %s, want %s", got, tt.want[0])
			}
		})
	}
}
