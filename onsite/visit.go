package onsite

import (
	"fmt"
	"slices"
	"time"
)

// Slot is a stretch of an engineer's day.
type Slot struct{ Start, End time.Time }

// ClashError is a visit refused because its engineer has another then
// (S6): With is the other request, Next the start of the first free slot
// of the visit's length that day from now on (zero when the day has none
// left), to offer the customer with Reschedule.
type ClashError struct {
	With Request
	Next time.Time
}

func (e *ClashError) Error() string {
	return fmt.Sprintf("%v: %s %s–%s", ErrClash, e.With.Number,
		e.With.Visit.Start.Format("15:04"), e.With.Visit.End.Format("15:04"))
}

func (e *ClashError) Unwrap() error { return ErrClash }

// Schedule agrees r's visit with engineer from start to end (S4, S6), the
// time the customer gave (AgreeTime). Refused: no engineer; an end not
// after the start; a start in the past; a visit not inside one service
// day's hours in loc; a paid visit the customer has not accepted (S3); and
// a visit that overlaps another of the same engineer's scheduled or
// under-way visits among others (r itself, when among them, left out) — a
// *ClashError with the next free slot, since the engineer takes only a
// time they can keep. Travel is the
// engineer's to weigh: end is the time they keep for the visit, the way
// there included. A new request moves to scheduled; a scheduled one is
// rescheduled, with another engineer too (S10's tech-need and ability
// escalations send another engineer so). On error r is unchanged.
func Schedule(r *Request, engineer string, start, end time.Time, others []Request, cfg Config, loc *time.Location, who string, now time.Time) error {
	loc = zone(loc)
	engineer, err := cleanLine(engineer, MaxPerson, false)
	switch {
	case r.State != StateNew && r.State != StateScheduled:
		return &MoveError{From: r.State, To: StateScheduled, Err: allowedMove(r.State, StateScheduled)}
	case err != nil:
		return Problem{Field: FieldEngineer, Err: err, Limit: MaxPerson}
	case engineer == "":
		return Problem{Field: FieldEngineer, Err: ErrNoEngineer}
	case !end.After(start):
		return Problem{Field: FieldEnd, Err: ErrEndBeforeStart}
	case start.Before(now):
		return Problem{Field: FieldStart, Err: ErrPast}
	case !cfg.within(start, end, loc):
		return Problem{Field: FieldStart, Err: ErrOutsideHours}
	case r.Paid != nil && !r.Paid.Accepted:
		return ErrPaidOpen
	}
	others = slices.DeleteFunc(slices.Clone(others), func(o Request) bool {
		return o.ID != 0 && o.ID == r.ID || o.Number != "" && o.Number == r.Number
	})
	for _, o := range busy(engineer, others) {
		if start.Before(o.Visit.End) && o.Visit.Start.Before(end) {
			return &ClashError{With: o, Next: NextFree(engineer, end.Sub(start), now, start, others, cfg, loc)}
		}
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepSchedule,
		Text: engineer + " " + start.In(loc).Format("2006-01-02 15:04") + "–" + end.In(loc).Format("15:04")})
	c.Visit = Visit{Engineer: engineer, Start: start.UTC(), End: end.UTC()}
	if c.State == StateNew {
		if err := move(&c, StateScheduled, who, now, ""); err != nil {
			return err
		}
	}
	*r = c
	return nil
}

// within reports whether start–end lies inside the service hours of one
// service day; without service hours any time is.
func (c Config) within(start, end time.Time, loc *time.Location) bool {
	if !c.hours() {
		return true
	}
	open, close, ok := c.window(start, loc)
	return ok && !start.Before(open) && !end.After(close)
}

// busy is engineer's visits among others that hold their time, scheduled
// or under way, by start.
func busy(engineer string, others []Request) []Request {
	var out []Request
	for _, o := range others {
		if o.Visit.Engineer == engineer && (o.State == StateScheduled || o.State == StateOnSite) {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b Request) int { return a.Visit.Start.Compare(b.Visit.Start) })
	return out
}

// FreeSlots is engineer's free time on day's service day in loc, from now
// on: the service hours less the visits among others that are scheduled or
// under way, in order. A day that is not a service day has none.
func FreeSlots(engineer string, day time.Time, others []Request, cfg Config, loc *time.Location, now time.Time) []Slot {
	loc = zone(loc)
	open, close, ok := cfg.window(day, loc)
	if !ok || !cfg.hours() {
		return nil
	}
	var out []Slot
	from := maxTime(open, now)
	for _, o := range busy(engineer, others) {
		if o.Visit.Start.After(from) && from.Before(close) {
			out = append(out, Slot{from, minTime(o.Visit.Start, close)})
		}
		from = maxTime(from, o.Visit.End)
	}
	if from.Before(close) {
		out = append(out, Slot{from, close})
	}
	return out
}

// NextFree is the start of engineer's first free slot of length on day's
// service day, from now on; the zero time when the day has none.
func NextFree(engineer string, length time.Duration, now, day time.Time, others []Request, cfg Config, loc *time.Location) time.Time {
	for _, s := range FreeSlots(engineer, day, others, cfg, loc, now) {
		if s.End.Sub(s.Start) >= length {
			return s.Start
		}
	}
	return time.Time{}
}
