package queue

import "testing"

// estimateCase is a day set up by setup, and the estimate the kiosk should
// print at minute m for a new ticket of type code.
type estimateCase struct {
	name   string
	setup  func(d *day)
	paused map[int]bool
	code   string
	m      int
	want   Estimate
}

func runEstimates(t *testing.T, tests []estimateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDay(t)
			tt.setup(d)
			got := EstimateFor(d.cfg, tt.code, d.tickets, tt.paused, at(tt.m))
			if got != tt.want {
				t.Errorf("EstimateFor(%s) = %+v, want %+v", tt.code, got, tt.want)
			}
		})
	}
}

// busyABC has counters 1–3 each holding an A ticket taken at minutes 0–2.
func busyABC(d *day) {
	d.arrive(arrival{"A", 0, false}, arrival{"A", 1, false}, arrival{"A", 2, false})
	d.next(1, 3)
	d.next(2, 3)
	d.next(3, 3)
}

func TestQ1_TicketShowsAheadAndEstimate(t *testing.T) {
	tk, err := NewTicket(DefaultConfig(), "A", 12, false, at(0))
	if err != nil || tk.Number != "A012" || tk.State != Waiting {
		t.Fatalf("NewTicket = %+v, %v; want A012 waiting", tk, err)
	}
	threeWaiting := func(d *day) {
		busyABC(d)
		d.arrive(arrival{"A", 4, false}, arrival{"A", 5, false}, arrival{"A", 6, false})
	}
	runEstimates(t, []estimateCase{
		// (3 ahead + 1) × 10 min / 3 counters = 13⅓, rounded up.
		{
			name: "three ahead, three busy counters, default service", setup: threeWaiting,
			code: "A", m: 7, want: Estimate{Ahead: 3, Wait: mins(14)},
		},
		{
			name: "a paused counter does not share the work", setup: threeWaiting,
			paused: map[int]bool{2: true}, code: "A", m: 7, want: Estimate{Ahead: 3, Wait: mins(20)},
		},
		{name: "other types and away customers are not ahead", setup: func(d *day) {
			threeWaiting(d)
			d.arrive(arrival{"B", 7, false}, arrival{"D", 7, false})
			d.do("A006", stepAway(8))
		}, code: "A", m: 9, want: Estimate{Ahead: 2, Wait: mins(10)}},
		{name: "service time learned from today's finished tickets", setup: func(d *day) {
			d.arrive(arrival{"A", 0, false}, arrival{"A", 0, false})
			d.next(1, 0)
			d.do("A001", finish(1, 6)) // held counter 1 for 6 min
			d.next(2, 1)
			d.do("A002", start(2, 2))
			d.do("A002", finish(2, 5)) // walk 1 + service 3 = 4 min
			busyABC(d)                 // A003–A005
			d.arrive(arrival{"A", 7, false}, arrival{"A", 8, false})
		}, code: "A", m: 9, want: Estimate{Ahead: 2, Wait: mins(5)}}, // 3 × 5 / 3
		{name: "keypad finishes (no start) still teach the service time", setup: func(d *day) {
			d.arrive(arrival{"A", 0, false})
			d.serve(1, 0) // call→finish 1 min
			busyABC(d)
		}, code: "A", m: 9, want: Estimate{Ahead: 0, Wait: mins(1)}}, // 1 × 1 / 3, rounded up
		{name: "every counter of the type paused: as if one reopens", setup: func(d *day) {
			d.arrive(arrival{"D", 0, false})
		}, paused: map[int]bool{4: true}, code: "D", m: 1, want: Estimate{Ahead: 1, Wait: mins(20)}},
	})
}

func TestQ1_NobodyWaitingGoesStraight(t *testing.T) {
	runEstimates(t, []estimateCase{
		{
			name: "empty station", setup: func(*day) {}, code: "A", m: 0,
			want: Estimate{Straight: true},
		},
		{name: "business counter free while the consumer queue is long", setup: func(d *day) {
			busyABC(d)
			d.arrive(arrival{"A", 4, false})
		}, code: "D", m: 5, want: Estimate{Straight: true}},
		{name: "a customer who stepped away does not block", setup: func(d *day) {
			d.arrive(arrival{"A", 0, false})
			d.do("A001", stepAway(1))
		}, code: "A", m: 2, want: Estimate{Straight: true}},
		{
			name: "every counter busy", setup: busyABC, code: "A", m: 4,
			want: Estimate{Ahead: 0, Wait: mins(4)},
		},
		{name: "the free counter will call another type first", setup: func(d *day) {
			d.arrive(arrival{"A", 0, false}, arrival{"A", 0, false}, arrival{"B", 1, false})
			d.next(1, 2)
			d.next(2, 2)
		}, code: "A", m: 3, want: Estimate{Ahead: 0, Wait: mins(4)}},
		{name: "the only free counter is paused", setup: func(d *day) {
			d.arrive(arrival{"A", 0, false}, arrival{"A", 0, false})
			d.next(1, 1)
			d.next(2, 1)
		}, paused: map[int]bool{3: true}, code: "A", m: 2, want: Estimate{Ahead: 0, Wait: mins(5)}},
	})
}

func TestQ1_WaitingByTypeCountsQueuedNotAway(t *testing.T) {
	ts := []Ticket{
		{Type: "A", State: Waiting},
		{Type: "A", State: Transferred},
		{Type: "A", State: Waiting, AwayAt: at(1)},
		{Type: "A", State: Called},
		{Type: "B", State: Finished},
		{Type: "C", State: Waiting},
		{Type: "C", State: NoShow},
	}
	if n := WaitingByType(ts); n["A"] != 2 || n["B"] != 0 || n["C"] != 1 || len(n) != 2 {
		t.Fatalf("WaitingByType = %v", n)
	}
	// It is the Ahead of a new ticket, the same count the kiosk prints.
	d := newDay(t)
	busyABC(d)
	d.arrive(arrival{"A", 4, false}, arrival{"A", 5, false}, arrival{"B", 5, false})
	d.do("A005", stepAway(6))
	n := WaitingByType(d.tickets)
	for _, code := range []string{"A", "B", "C", "D"} {
		if e := EstimateFor(d.cfg, code, d.tickets, nil, at(7)); e.Ahead != n[code] {
			t.Errorf("%s: WaitingByType %d, EstimateFor's Ahead %d", code, n[code], e.Ahead)
		}
	}
}
