package store

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/repair"
)

// smallPages makes the period readers read n keys to a transaction for
// the rest of the test, so that a handful of records turns pages.
func smallPages(t *testing.T, n int) {
	old := pageKeys
	pageKeys = n
	t.Cleanup(func() { pageKeys = old })
}

// collect runs a period reader and returns what it handed over, and the
// sizes of its pages.
func collect[T any](t *testing.T, read func(func([]T) error) error) ([]T, []int) {
	t.Helper()
	var all []T
	var sizes []int
	if err := read(func(page []T) error {
		all, sizes = append(all, page...), append(sizes, len(page))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return all, sizes
}

func TestTicketsOfDaysInPages(t *testing.T) {
	smallPages(t, 3)
	c := newClock()
	s := openTest(t, c)
	per := []int{5, 7, 4} // tickets on three days
	var want [3][]uint64
	for d, n := range per {
		for range n {
			c.Add(time.Minute)
			want[d] = append(want[d], take(t, s, "A").ID)
		}
		c.Add(24 * time.Hour)
	}
	day := func(d int) string { return queue.DefaultConfig().Day(day9.AddDate(0, 0, d)) }
	ids := func(ts []queue.Ticket) []uint64 {
		var out []uint64
		for _, tk := range ts {
			out = append(out, tk.ID)
		}
		return out
	}
	got, sizes := collect(t, func(fn func([]queue.Ticket) error) error { return s.TicketsOfDays(day(1), day(2), fn) })
	if w := append(slices.Clone(want[1]), want[2]...); !slices.Equal(ids(got), w) {
		t.Errorf("days 2–3: %v, want %v", ids(got), w)
	}
	if !slices.Equal(sizes, []int{3, 3, 3, 2}) {
		t.Errorf("pages %v, want 3 3 3 2", sizes)
	}
	got, _ = collect(t, func(fn func([]queue.Ticket) error) error { return s.TicketsOfDays(day(0), day(0), fn) })
	if !slices.Equal(ids(got), want[0]) || got[0].Number != "A001" {
		t.Errorf("day 1: %v", ids(got))
	}
	got, _ = collect(t, func(fn func([]queue.Ticket) error) error { return s.TicketsOfDays(day(3), day(9), fn) })
	if len(got) != 0 {
		t.Errorf("days without tickets: %v", ids(got))
	}
}

func TestEventsBetweenExactBounds(t *testing.T) {
	smallPages(t, 4)
	c := newClock()
	s := openTest(t, c)
	for i := range 30 {
		c.Add(time.Duration(1+i%3) * time.Minute)
		take(t, s, "B")
		if i%4 == 0 {
			must(t)(s.FinishAndCallNext(1, "王工"))
		}
	}
	all := allEvents(t, s)
	for _, r := range [][2]time.Time{
		{all[0].At, all[len(all)-1].At.Add(time.Nanosecond)}, // everything
		{all[5].At, all[17].At},                              // from is in, to is out
		{all[5].At.Add(time.Nanosecond), all[17].At.Add(time.Nanosecond)},
		{day9.Add(-time.Hour), day9},                                  // before all
		{all[len(all)-1].At.Add(time.Second), c.Now().Add(time.Hour)}, // after all
		{all[9].At, all[9].At},                                        // empty
	} {
		var want []uint64
		for _, e := range all {
			if !e.At.Before(r[0]) && e.At.Before(r[1]) {
				want = append(want, e.ID)
			}
		}
		got, sizes := collect(t, func(fn func([]Event) error) error { return s.EventsBetween(r[0], r[1], fn) })
		var ids []uint64
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("[%v, %v): %v, want %v", r[0], r[1], ids, want)
		}
		for _, n := range sizes {
			if n > 4 {
				t.Errorf("a page of %d events, more than 4", n)
			}
		}
	}
}

// bulk makes an order received at the given time, with the given id.
func bulk(id uint64, received time.Time) repair.Order {
	o := newOrder(fmt.Sprintf("客户%d", id), fmt.Sprintf("1380000%04d", id), fmt.Sprintf("SN%06d", id))
	o.ID, o.Number, o.Claim, o.Received, o.State = id, fmt.Sprintf("X%06d", id), fmt.Sprintf("C%07d", id), received.UTC(), repair.StateReceived
	return o
}

// stored stores n orders with ids 1…n, received step apart from day9.
func stored(t *testing.T, s *Store, n int, step time.Duration) {
	t.Helper()
	var orders []repair.Order
	for i := range n {
		orders = append(orders, bulk(uint64(i+1), day9.Add(time.Duration(i)*step)))
	}
	if err := s.BulkOrders(orders); err != nil {
		t.Fatal(err)
	}
}

// TestOrdersReceivedBinarySearch: the orders of any time range, found by
// binary search over ids with gaps, equal what a full walk finds, at the
// bounds too (from included, to not), including several orders received at
// the same instant.
func TestOrdersReceivedBinarySearch(t *testing.T) {
	smallPages(t, 5)
	s := openTest(t, newClock())
	rng := rand.New(rand.NewPCG(6, 6))
	var orders []repair.Order
	at, id := day9.AddDate(0, -2, 0), uint64(0)
	for range 120 {
		id += 1 + uint64(rng.IntN(4)) // gaps, as after an import
		if rng.IntN(5) > 0 {
			at = at.Add(time.Duration(rng.IntN(600)) * time.Minute)
		}
		orders = append(orders, bulk(id, at))
	}
	if err := s.BulkOrders(orders); err != nil {
		t.Fatal(err)
	}
	check := func(from, to time.Time) {
		t.Helper()
		var want []uint64
		for _, o := range orders {
			if !o.Received.Before(from) && o.Received.Before(to) {
				want = append(want, o.ID)
			}
		}
		got, _ := collect(t, func(fn func([]repair.Order) error) error { return s.OrdersReceived(from, to, fn) })
		var ids []uint64
		for _, o := range got {
			ids = append(ids, o.ID)
		}
		if !slices.Equal(ids, want) {
			t.Fatalf("[%v, %v): %v, want %v", from, to, ids, want)
		}
	}
	first, last := orders[0].Received, orders[len(orders)-1].Received
	check(first.Add(-time.Hour), last.Add(time.Hour))
	check(first, last)
	check(last, last.Add(time.Nanosecond))
	check(first.Add(-time.Hour), first)
	check(last.Add(time.Nanosecond), last.Add(time.Hour))
	for range 300 {
		a, b := orders[rng.IntN(len(orders))].Received, orders[rng.IntN(len(orders))].Received
		if rng.IntN(2) == 0 {
			a = a.Add(time.Duration(rng.IntN(120)-60) * time.Minute)
		}
		if b.Before(a) {
			a, b = b, a
		}
		check(a, b)
	}
	// An empty database and an empty range read nothing.
	empty := openTest(t, newClock())
	if got, _ := collect(t, func(fn func([]repair.Order) error) error { return empty.OrdersReceived(first, last, fn) }); len(got) != 0 {
		t.Errorf("empty database: %d orders", len(got))
	}
}

func TestOrdersNumberedAndWithIDs(t *testing.T) {
	smallPages(t, 2)
	s := openTest(t, newClock())
	stored(t, s, 7, time.Hour)
	got, sizes := collect(t, func(fn func([]repair.Order) error) error {
		return s.OrdersNumbered([]string{"X000005", "nope", "x000002", "X000007"}, fn)
	})
	if n := numbers(got); !slices.Equal(n, []string{"X000005", "X000002", "X000007"}) || !slices.Equal(sizes, []int{1, 2}) {
		t.Errorf("numbered: %v in pages %v", n, sizes)
	}
	got, _ = collect(t, func(fn func([]repair.Order) error) error { return s.OrdersWithIDs([]uint64{7, 99, 1}, fn) })
	if n := numbers(got); !slices.Equal(n, []string{"X000007", "X000001"}) || got[1].Intake.Name != "客户1" {
		t.Errorf("with ids: %v", n)
	}
}

func TestPeriodReaderStopsAtCallersError(t *testing.T) {
	smallPages(t, 2)
	s := openTest(t, newClock())
	stored(t, s, 9, time.Minute)
	stop := errors.New("enough")
	pages := 0
	err := s.OrdersReceived(day9, day9.Add(time.Hour), func([]repair.Order) error {
		pages++
		if pages == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || pages != 2 {
		t.Errorf("error %v after %d pages, want the caller's after 2", err, pages)
	}
}
