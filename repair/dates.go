package repair

import (
	"strings"
	"time"
)

// The layouts of the dates and times an intake holds as text.
const (
	DayLayout    = time.DateOnly // purchase date
	MonthLayout  = "2006-01"     // factory month from the voucher's barcode
	MinuteLayout = "2006-01-02 15:04"
)

// ParseDay reads a date "2006-01-02" as midnight of that day in loc (the
// station's zone; nil is UTC).
func ParseDay(s string, loc *time.Location) (time.Time, error) {
	return parse(s, DayLayout, loc, ErrDate)
}

// ParseMonth reads a month "2006-01" as midnight of its first day in loc.
func ParseMonth(s string, loc *time.Location) (time.Time, error) {
	return parse(s, MonthLayout, loc, ErrMonth)
}

// ParseMinute reads a station time "2006-01-02 15:04" in loc.
func ParseMinute(s string, loc *time.Location) (time.Time, error) {
	return parse(s, MinuteLayout, loc, ErrTime)
}

func parse(s, layout string, loc *time.Location, bad error) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.TrimSpace(Fold(s))
	if s == "" {
		return time.Time{}, ErrRequired
	}
	t, err := time.ParseInLocation(layout, s, loc)
	if err != nil {
		return time.Time{}, bad
	}
	return t, nil
}

// DaysSince is the number of calendar days from the sale to today, both
// taken as dates in loc: 0 on the day of the sale, 7 a week later. The
// period "within 7 days" of 三包 starts on the day after the sale (see the
// package doc), so it is DaysSince 0 to 7.
func DaysSince(sale, today time.Time, loc *time.Location) int {
	return dayNumber(today, loc) - dayNumber(sale, loc)
}

// dayNumber numbers the date of t in loc, one per calendar day.
func dayNumber(t time.Time, loc *time.Location) int {
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := t.In(loc).Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// monthNumber numbers the month of t in loc.
func monthNumber(t time.Time, loc *time.Location) int {
	if loc == nil {
		loc = time.UTC
	}
	y, m, _ := t.In(loc).Date()
	return y*12 + int(m) - 1
}
