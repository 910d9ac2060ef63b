package report

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Kind is what sort of period a report covers: what "previous" and "next"
// mean for it.
type Kind string

// The kinds of period. A Range is any run of days; the others are calendar
// periods, the analysis periods of R2.
const (
	KindDay     Kind = "day"
	KindRange   Kind = "range"
	KindQuarter Kind = "quarter"
	KindHalf    Kind = "half" // a half-year: January–June or July–December
	KindYear    Kind = "year"
)

// Period is a run of whole station-local days, First to Last inclusive.
type Period struct {
	Kind  Kind           `json:"kind"`
	First string         `json:"first"` // "2006-01-02"
	Last  string         `json:"last"`
	Loc   *time.Location `json:"-"` // the station's time zone; nil is UTC
}

// The errors of a period typed on the command line.
var (
	ErrBadDate     = errors.New("not a date of the form 2006-01-02")
	ErrFromAfterTo = errors.New("the first day is after the last")
)

// DateError is a date that could not be read, and which.
type DateError struct{ Text string }

func (e *DateError) Error() string { return fmt.Sprintf("%q: %v", e.Text, ErrBadDate) }
func (e *DateError) Unwrap() error { return ErrBadDate }

// ParseDay reads a station-local date "2006-01-02".
func ParseDay(s string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(s), orUTC(loc))
	if err != nil {
		return time.Time{}, &DateError{Text: s}
	}
	return t, nil
}

// Day is the period of one station-local day, the day of t.
func Day(t time.Time, loc *time.Location) Period {
	d := t.In(orUTC(loc)).Format(time.DateOnly)
	return Period{Kind: KindDay, First: d, Last: d, Loc: loc}
}

// Span is the period from the day first to the day last, both
// "2006-01-02"; a span of one day is a KindDay.
func Span(first, last string, loc *time.Location) (Period, error) {
	a, err := ParseDay(first, loc)
	if err != nil {
		return Period{}, err
	}
	b, err := ParseDay(last, loc)
	if err != nil {
		return Period{}, err
	}
	if b.Before(a) {
		return Period{}, fmt.Errorf("%s > %s: %w", first, last, ErrFromAfterTo)
	}
	p := Period{Kind: KindRange, First: a.Format(time.DateOnly), Last: b.Format(time.DateOnly), Loc: loc}
	if p.First == p.Last {
		p.Kind = KindDay
	}
	return p, nil
}

// Calendar is the calendar period of kind k (quarter, half-year or year)
// that holds the day of t; any other kind is t's day.
func Calendar(k Kind, t time.Time, loc *time.Location) Period {
	loc = orUTC(loc)
	y, m, _ := t.In(loc).Date()
	months := map[Kind]int{KindQuarter: 3, KindHalf: 6, KindYear: 12}[k]
	if months == 0 {
		return Day(t, loc)
	}
	first := time.Date(y, time.Month((int(m)-1)/months*months+1), 1, 0, 0, 0, 0, loc)
	last := first.AddDate(0, months, -1)
	return Period{Kind: k, First: first.Format(time.DateOnly), Last: last.Format(time.DateOnly), Loc: loc}
}

// Start is the first instant of the period: midnight of First.
func (p Period) Start() time.Time {
	t, _ := ParseDay(p.First, p.Loc)
	return t
}

// End is the first instant after the period: midnight after Last.
func (p Period) End() time.Time {
	t, _ := ParseDay(p.Last, p.Loc)
	return t.AddDate(0, 0, 1)
}

// Contains reports whether t falls in the period.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start()) && t.Before(p.End())
}

// Days is how many days the period has. Counted in seconds, not as a
// time.Duration, which ends at 292 years (FuzzSpan found a span of
// 0000-01-01 to 9999-12-31 counted as 106,751 days); rounded, for a time
// zone with summer time.
func (p Period) Days() int {
	return int((p.End().Unix() - p.Start().Unix() + 43200) / 86400)
}

// Shift is the period n periods of the same kind later (earlier when n is
// negative): the next day, quarter, half-year or year; a range moves by its
// own length.
func (p Period) Shift(n int) Period {
	start := p.Start()
	switch p.Kind {
	case KindQuarter, KindHalf, KindYear:
		months := map[Kind]int{KindQuarter: 3, KindHalf: 6, KindYear: 12}[p.Kind]
		return Calendar(p.Kind, start.AddDate(0, n*months, 0), p.Loc)
	case KindRange:
		d := p.Days()
		q, _ := Span(start.AddDate(0, 0, n*d).Format(time.DateOnly), start.AddDate(0, 0, n*d+d-1).Format(time.DateOnly), p.Loc)
		q.Kind = KindRange
		return q
	default:
		return Day(start.AddDate(0, 0, n), p.Loc)
	}
}

// Name is the period as a report's title gives it, without words: the day,
// "2025-Q2", "2025-H1", "2025", or "first – last".
func (p Period) Name() string {
	s := p.Start()
	switch p.Kind {
	case KindDay:
		return p.First
	case KindQuarter:
		return fmt.Sprintf("%d-Q%d", s.Year(), (int(s.Month())-1)/3+1)
	case KindHalf:
		return fmt.Sprintf("%d-H%d", s.Year(), (int(s.Month())-1)/6+1)
	case KindYear:
		return fmt.Sprintf("%d", s.Year())
	default:
		return p.First + " – " + p.Last
	}
}

func orUTC(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}
