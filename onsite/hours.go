package onsite

import (
	"slices"
	"time"
)

// scanDays bounds the walk over days of Deadline and ServiceTime: two
// years, more than any limit of S8 and any holiday list can need, so that
// a configuration without a service day left cannot loop for ever.
const scanDays = 2 * 366

// ServiceDay reports whether the station serves on t's date in loc: a
// date in Workdays, or a weekday of Days that is not in Holidays.
func (c Config) ServiceDay(t time.Time, loc *time.Location) bool {
	t = t.In(zone(loc))
	day := t.Format(time.DateOnly)
	switch {
	case slices.Contains(c.Workdays, day):
		return true
	case slices.Contains(c.Holidays, day):
		return false
	}
	return slices.Contains(c.Days, t.Weekday())
}

// hours reports whether c has service hours to count in at all; without
// them (no day, or a close not after the open) its limits count wall time.
func (c Config) hours() bool {
	return c.Open >= 0 && c.Close > c.Open && c.Close <= 24*time.Hour && (len(c.Days) > 0 || len(c.Workdays) > 0)
}

// window is the service hours of t's date in loc, and whether that date is
// a service day. The clock times are made by time.Date, so that they stay
// 08:30 and 17:30 on a day a zone changes its offset.
func (c Config) window(t time.Time, loc *time.Location) (open, close time.Time, ok bool) {
	y, m, d := t.In(loc).Date()
	open = time.Date(y, m, d, 0, 0, 0, int(c.Open), loc)
	close = time.Date(y, m, d, 0, 0, 0, int(c.Close), loc)
	return open, close, c.ServiceDay(open, loc)
}

// nextDay is midnight of the date after t's in loc.
func nextDay(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc)
}

func zone(loc *time.Location) *time.Location {
	if loc == nil {
		return time.UTC
	}
	return loc
}

// Deadline is the time limit of service time after from (S8: "during
// service hours"): only time inside Open–Close of a service day counts, so
// a request at 16:59 with an hour's limit and service ending at 17:00 is
// due at 08:59 of the next service day, and one that arrives outside
// service hours starts counting at the next opening. A limit that ends
// exactly at closing time is due at closing time. A configuration without
// service hours counts wall time.
func (c Config) Deadline(from time.Time, limit time.Duration, loc *time.Location) time.Time {
	loc = zone(loc)
	if !c.hours() {
		return from.Add(limit)
	}
	t, left := from, max(limit, 0)
	for range scanDays {
		open, close, ok := c.window(t, loc)
		if ok {
			if t.Before(open) {
				t = open
			}
			if t.Before(close) {
				if left <= close.Sub(t) {
					return t.Add(left)
				}
				left -= close.Sub(t)
			}
		}
		t = nextDay(t, loc)
	}
	return from.Add(limit)
}

// ServiceTime is how much service time lies between from and to, negative
// when to is before from: what a board shows as left of a limit counted in
// service hours. Without service hours it is wall time.
func (c Config) ServiceTime(from, to time.Time, loc *time.Location) time.Duration {
	loc = zone(loc)
	switch {
	case !c.hours():
		return to.Sub(from)
	case to.Before(from):
		return -c.ServiceTime(to, from, loc)
	}
	var sum time.Duration
	t := from
	for range scanDays {
		if !t.Before(to) {
			break
		}
		if open, close, ok := c.window(t, loc); ok {
			start, end := maxTime(t, open), minTime(to, close)
			if end.After(start) {
				sum += end.Sub(start)
			}
		}
		t = nextDay(t, loc)
	}
	return sum
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
