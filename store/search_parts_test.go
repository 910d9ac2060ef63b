package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"frontdesk/repair"
)

// bulkNumbered stores an order for each number, in that order (so their ids
// rise with them), with the dealer of the same place in dealers if any,
// and returns the numbers.
func bulkNumbered(t *testing.T, s *Store, numbers []string, dealers ...string) []string {
	t.Helper()
	var bulk []repair.Order
	for i, n := range numbers {
		o := newOrder("顾客", fmt.Sprintf("1375%03d8888", i%1000), fmt.Sprintf("SN%06d", i)) // no phone ends in a sequence
		o.Number, o.Claim, o.Received = n, fmt.Sprintf("CLAIM%04d", i), day9.Add(-24*time.Hour)
		if i < len(dealers) && dealers[i] != "" {
			o.Intake.ByDealer, o.Intake.Dealer = true, dealers[i]
		}
		bulk = append(bulk, o)
	}
	if err := s.BulkOrders(bulk); err != nil {
		t.Fatal(err)
	}
	return numbers
}

// O6: the beginning of an order number, with or without its "R", in any
// case and in full-width digits, finds the orders numbered so, newest
// first; the day's sequence finds that sequence of every day; the digits
// without the "R" find the one order.
func TestSearchFindsAnOrderByAnyPartOfItsNumber(t *testing.T) {
	s := openTest(t, newClock())
	bulkNumbered(t, s, []string{
		"R2611300001", "R2612010001", "R2612010002", "R2612040001", "R2612040002", "R2701020001",
	})
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"R2612", []string{"R2612040002", "R2612040001", "R2612010002", "R2612010001"}}, // a month
		{"r2612", []string{"R2612040002", "R2612040001", "R2612010002", "R2612010001"}},
		{"2612", []string{"R2612040002", "R2612040001", "R2612010002", "R2612010001"}},
		{"Ｒ２６１２", []string{"R2612040002", "R2612040001", "R2612010002", "R2612010001"}},
		{"R261204", []string{"R2612040002", "R2612040001"}}, // a day
		{"261204", []string{"R2612040002", "R2612040001"}},
		{"R26", []string{"R2612040002", "R2612040001", "R2612010002", "R2612010001", "R2611300001"}}, // a year
		{"2612040001", []string{"R2612040001"}},                                                      // the digits of one number
		{"２６１２０４０００１", []string{"R2612040001"}},
		{"r261204-0001", []string{"R2612040001"}},                                      // as read off a tag
		{"0001", []string{"R2701020001", "R2612040001", "R2612010001", "R2611300001"}}, // the first of every day
		{"０００１", []string{"R2701020001", "R2612040001", "R2612010001", "R2611300001"}},
		{"0002", []string{"R2612040002", "R2612010002"}},
		{"0003", nil},
		{"2613", nil}, // no month 13
		{"R2612050001", nil},
	} {
		got, more := search(t, s, c.query, 0)
		if !slices.Equal(got, c.want) || more {
			t.Errorf("Search(%q) = %v more %v, want %v", c.query, got, more, c.want)
		}
	}
}

// The sequence shared by the orders of many days answers with the newest
// few and how many more there are: exactly while the walk read them all,
// "at least" when it stopped at its bound.
func TestSearchBySequenceSaysHowManyMore(t *testing.T) {
	s := openTest(t, newClock())
	first := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var numbers []string
	for d := range 30 + searchScan {
		numbers = append(numbers, repair.OrderNumber(first.AddDate(0, 0, d), 1), repair.OrderNumber(first.AddDate(0, 0, d), 2))
	}
	bulkNumbered(t, s, numbers)
	res, err := s.Search("0002", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{numbers[len(numbers)-1], numbers[len(numbers)-3]}
	if got := headNumbers(res.Heads); len(got) != DefaultSearchLimit || !slices.Equal(got[:2], want) ||
		res.More != searchScan-DefaultSearchLimit || !res.AtLeast {
		t.Errorf("0002 of %d days: %v more %d at least %v", 30+searchScan, got, res.More, res.AtLeast)
	}
	res, err = s.Search("R2601", 0) // January: 31 days, two a day
	if err != nil {
		t.Fatal(err)
	}
	if got := headNumbers(res.Heads); len(got) != DefaultSearchLimit || got[0] != "R2601310002" ||
		res.More != 62-DefaultSearchLimit || res.AtLeast {
		t.Errorf("a month: %v more %d at least %v", got, res.More, res.AtLeast)
	}
}

// O6: any part of the dealer's name finds the orders the dealer brought,
// newest first, in any case, with or without the spaces between its parts,
// in full-width letters too.
func TestSearchFindsAnOrderByItsDealer(t *testing.T) {
	s := openTest(t, newClock())
	n := bulkNumbered(t, s,
		[]string{"R2612010001", "R2612010002", "R2612010003", "R2612010004", "R2612010005"},
		"中关村电脑城 A 区 12 号", "国美电器(中关村店)", "Best Buy 旗舰店", "", "中关村电脑城 A 区 12 号")
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"中关村", []string{n[4], n[1], n[0]}},
		{"电脑城", []string{n[4], n[0]}},
		{"A 区 12", []string{n[4], n[0]}},
		{"a区12号", []string{n[4], n[0]}},
		{"国美", []string{n[1]}},
		{"中关村店", []string{n[1]}},
		{"best buy", []string{n[2]}},
		{"BESTBUY", []string{n[2]}},
		{"ｂｅｓｔ", []string{n[2]}},
		{"旗舰", []string{n[2]}},
		{"店", []string{n[2], n[1]}},
		{"苏宁", nil},
	} {
		got, more := search(t, s, c.query, 0)
		if !slices.Equal(got, c.want) || more {
			t.Errorf("Search(%q) = %v more %v, want %v", c.query, got, more, c.want)
		}
	}
}
