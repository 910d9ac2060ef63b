package queue

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"
)

// t0 is 09:00 in Shanghai on 2026-11-23, the station's day in most tests.
// Tests never read the wall clock: every instant is t0 plus minutes.
var t0 = time.Date(2026, 11, 23, 1, 0, 0, 0, time.UTC)

// at is m minutes after t0.
func at(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }

// mins is m minutes, for expected durations.
func mins(m int) time.Duration { return time.Duration(m) * time.Minute }

// arrival is a ticket taken at the kiosk m minutes after t0.
type arrival struct {
	code string
	m    int
	prio bool
}

// day is one day of a station's tickets, kept as the store keeps them: a
// slice in ID order, numbered per type.
type day struct {
	t       *testing.T
	cfg     Config
	tickets []Ticket
	seq     map[string]int
}

// newDay starts a day on DefaultConfig changed by the tweaks (nil ones are
// skipped).
func newDay(t *testing.T, tweaks ...func(*Config)) *day {
	t.Helper()
	cfg := DefaultConfig()
	for _, f := range tweaks {
		if f != nil {
			f(&cfg)
		}
	}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("config: %v", err)
	}
	return &day{t: t, cfg: cfg, seq: map[string]int{}}
}

// arrive issues tickets as the kiosk would and returns their numbers.
func (d *day) arrive(as ...arrival) []string {
	d.t.Helper()
	var nums []string
	for _, a := range as {
		nums = append(nums, d.take(a.code, a.prio, at(a.m)))
	}
	return nums
}

// take issues the next ticket of a type at now, with the next ID, and
// returns its number.
func (d *day) take(code string, prio bool, now time.Time) string {
	d.t.Helper()
	d.seq[code]++
	tk, err := NewTicket(d.cfg, code, d.seq[code], prio, now)
	if err != nil {
		d.t.Fatalf("NewTicket(%s): %v", code, err)
	}
	tk.ID = uint64(len(d.tickets) + 1)
	d.tickets = append(d.tickets, tk)
	return tk.Number
}

// get is the ticket with the given number, in place.
func (d *day) get(number string) *Ticket {
	d.t.Helper()
	for i := range d.tickets {
		if d.tickets[i].Number == number {
			return &d.tickets[i]
		}
	}
	d.t.Fatalf("no ticket %s", number)
	return nil
}

// do runs op on a ticket and fails the test if it is refused.
func (d *day) do(number string, op func(*Ticket) error) {
	d.t.Helper()
	if err := op(d.get(number)); err != nil {
		d.t.Fatalf("%s: %v", number, err)
	}
}

// next lets counter n call the ticket Next picks at minute m, as the store
// does, and returns its number ("" when none waits for the counter).
func (d *day) next(n, m int) string {
	d.t.Helper()
	tk, err := Next(d.cfg, n, false, d.tickets, at(m))
	if errors.Is(err, ErrNoneWaiting) {
		return ""
	}
	if err != nil {
		d.t.Fatalf("Next(%d): %v", n, err)
	}
	d.do(tk.Number, func(t *Ticket) error { return t.Call(n, at(m)) })
	return tk.Number
}

// serve calls the next ticket at counter n at minute m and finishes it a
// minute later, as a caller keypad does; it returns the number served.
func (d *day) serve(n, m int) string {
	d.t.Helper()
	num := d.next(n, m)
	if num != "" {
		d.do(num, func(t *Ticket) error { return t.Finish(n, at(m+1)) })
	}
	return num
}

// offered is the order in which counter n would call the waiting tickets.
func (d *day) offered(n, m int) []string {
	d.t.Helper()
	k, err := d.cfg.Counter(n)
	if err != nil {
		d.t.Fatal(err)
	}
	return numbers(Offered(d.cfg, k, d.tickets, at(m)))
}

func numbers(ts []Ticket) []string {
	out := []string{}
	for _, t := range ts {
		out = append(out, t.Number)
	}
	return out
}

// Operations on one ticket, for tables.
func call(n, m int) func(*Ticket) error { return func(t *Ticket) error { return t.Call(n, at(m)) } }

func recall(n, m int) func(*Ticket) error { return func(t *Ticket) error { return t.Recall(n, at(m)) } }

func start(n, m int) func(*Ticket) error { return func(t *Ticket) error { return t.Start(n, at(m)) } }

func finish(n, m int) func(*Ticket) error { return func(t *Ticket) error { return t.Finish(n, at(m)) } }

func noShow(n, m int) func(*Ticket) error {
	return func(t *Ticket) error { return t.MarkNoShow(n, at(m)) }
}

func stepAway(m int) func(*Ticket) error { return func(t *Ticket) error { return t.StepAway(at(m)) } }

func transfer(cfg Config, n int, toType string, toCounter, m int) func(*Ticket) error {
	return func(t *Ticket) error { return t.Transfer(cfg, n, toType, toCounter, at(m)) }
}

func comeBack(cfg Config, m int) func(*Ticket) error {
	return func(t *Ticket) error { return t.ComeBack(cfg, at(m)) }
}

func closeTicket(reason string, m int) func(*Ticket) error {
	return func(t *Ticket) error { return t.Close(reason, at(m)) }
}

// refused runs op on a copy of tk and checks that it fails with want and
// leaves the ticket exactly as it was.
func refused(t *testing.T, what string, tk Ticket, want error, op func(*Ticket) error) {
	t.Helper()
	got := tk
	err := op(&got)
	if !errors.Is(err, want) {
		t.Errorf("%s: err = %v, want %v", what, err, want)
	}
	if !reflect.DeepEqual(got, tk) {
		t.Errorf("%s: refused operation changed the ticket:\n got %+v\nwant %+v", what, got, tk)
	}
}

// wantOrder compares two lists of ticket numbers.
func wantOrder(t *testing.T, what string, got, want []string) {
	t.Helper()
	if want == nil {
		want = []string{}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}
