package onsite

import (
	"cmp"
	"slices"
	"time"
)

// ClockName is which limit of S8 a clock measures.
type ClockName string

// The clocks of a request.
const (
	ClockAnswer  ClockName = "answer"  // the call answered (5 minutes, wall clock)
	ClockRemote  ClockName = "remote"  // phone guidance given (30 minutes, wall clock), while guided
	ClockOnSite  ClockName = "onsite"  // the engineer on site (2 hours of service time, 3 at most)
	ClockRestore ClockName = "restore" // fixed (4 hours of service time), or a loaner for a business
)

// Status is how a clock stands.
type Status string

// The statuses of a clock.
const (
	StatusRunning Status = "running" // not yet met, its due time ahead
	StatusMet     Status = "met"     // met by its due time
	StatusLate    Status = "late"    // on site only: past the 2 hours, within the 3 (met or not)
	StatusMissed  Status = "missed"  // met after its limit, or the limit passed
)

// Level is the colour a board gives a clock.
type Level int

// The levels, worst last.
const (
	LevelOK     Level = iota
	LevelNear         // running with little left (see Near), or late within the cap
	LevelMissed       // the limit is missed
)

// NearShare and NearMost make a running clock near its due time: when what
// is left is at most NearShare of its limit, and never more than NearMost
// (a fifth of 5 minutes is 1 minute; of 4 hours, 30 minutes, not 48).
const (
	NearShare = 0.2
	NearMost  = 30 * time.Minute
)

// Clock is one limit of S8 on one request.
type Clock struct {
	Name ClockName
	From time.Time // when it started counting
	Due  time.Time // the limit
	Cap  time.Time // on site: the hard limit (Config.OnSiteMax); zero for the others
	At   time.Time // when it was met; zero while running
	// Left is the time left until Due, or Cap once Due has passed: service
	// time for the clocks counted in service hours, negative past it, zero
	// once met.
	Left   time.Duration
	Status Status
	Level  Level
	// Loaner: the restore clock of a business customer is missed, and a
	// loaner of the same class is owed (S8).
	Loaner bool
}

// spec is what makes a clock: its start, its limits, the time it was met.
type spec struct {
	name         ClockName
	from, at     time.Time
	limit, cap   time.Duration
	serviceHours bool
}

// Clocks is r's clocks at now, in the order of S8: the answer; while
// guided, the remote handling; for a visit, on site and restore. A request
// that was guided and whose call-back found the fault not solved counts
// its visit from the call-back, when the visit was decided. A closed
// request keeps the clocks that were met or missed, never a running one;
// one solved on the phone has no visit's clocks.
func Clocks(r Request, cfg Config, loc *time.Location, now time.Time) []Clock {
	loc = zone(loc)
	closed := r.State.Final()
	specs := []spec{{name: ClockAnswer, from: r.Received, at: r.Answered, limit: cfg.Answer}}
	switch {
	case r.State == StateGuided && r.Guidance != nil:
		specs = append(specs, spec{name: ClockRemote, from: r.Received, at: r.Guidance.At, limit: cfg.Remote})
	case r.State != StateGuided && r.State != StateSolved:
		from := visitFrom(r)
		specs = append(specs,
			spec{name: ClockOnSite, from: from, at: r.Record.Arrived, limit: cfg.OnSite, cap: cfg.OnSiteMax, serviceHours: true},
			spec{name: ClockRestore, from: from, at: r.Record.Fixed, limit: cfg.Restore, serviceHours: true})
	}
	var out []Clock
	for _, s := range specs {
		if closed && s.at.IsZero() || s.from.IsZero() {
			continue
		}
		c := s.clock(cfg, loc, now)
		if c.Name == ClockRestore && c.Status == StatusMissed && r.Customer.Business() {
			c.Loaner = true
		}
		out = append(out, c)
	}
	return out
}

// visitFrom is when a visit's clocks start: the request's arrival, or the
// call-back that found phone guidance did not solve it (S2).
func visitFrom(r Request) time.Time {
	if g := r.Guidance; g != nil && !g.Called.IsZero() && !g.Solved {
		return g.Called
	}
	return r.Received
}

// clock is s at now.
func (s spec) clock(cfg Config, loc *time.Location, now time.Time) Clock {
	due := s.from.Add(s.limit)
	if s.serviceHours {
		due = cfg.Deadline(s.from, s.limit, loc)
	}
	c := Clock{Name: s.name, From: s.from, Due: due, At: s.at}
	end := due
	if s.cap > s.limit {
		c.Cap = cfg.Deadline(s.from, s.cap, loc)
	}
	if !s.at.IsZero() {
		switch {
		case !s.at.After(due):
			c.Status, c.Level = StatusMet, LevelOK
		case !c.Cap.IsZero() && !s.at.After(c.Cap):
			c.Status, c.Level = StatusLate, LevelNear
		default:
			c.Status, c.Level = StatusMissed, LevelMissed
		}
		return c
	}
	c.Status, c.Level = StatusRunning, LevelOK
	if now.After(due) && !c.Cap.IsZero() {
		end, c.Status, c.Level = c.Cap, StatusLate, LevelNear
	}
	if s.serviceHours {
		c.Left = cfg.ServiceTime(now, end, loc)
	} else {
		c.Left = end.Sub(now)
	}
	switch {
	case now.After(end):
		c.Status, c.Level = StatusMissed, LevelMissed
	case c.Status == StatusRunning && c.Left <= near(s.limit):
		c.Level = LevelNear
	}
	return c
}

// near is how little left makes a running clock of limit near (NearShare,
// NearMost).
func near(limit time.Duration) time.Duration {
	return min(time.Duration(float64(limit)*NearShare), NearMost)
}

// Worst is the worst level of clocks, the colour of the request's row.
func Worst(clocks []Clock) Level {
	w := LevelOK
	for _, c := range clocks {
		w = max(w, c.Level)
	}
	return w
}

// AtRisk is the open requests with a clock near or missed at now, the
// soonest due first: what the station must act on before a limit passes
// (S8: "the station sees which are about to be missed").
func AtRisk(requests []Request, cfg Config, loc *time.Location, now time.Time) []Request {
	type risk struct {
		r   Request
		due time.Time
	}
	var rs []risk
	for _, r := range requests {
		if r.State.Final() {
			continue
		}
		var due time.Time
		for _, c := range Clocks(r, cfg, loc, now) {
			if c.Level > LevelOK && c.At.IsZero() && (due.IsZero() || c.Due.Before(due)) {
				due = c.Due
			}
		}
		if !due.IsZero() {
			rs = append(rs, risk{r, due})
		}
	}
	slices.SortFunc(rs, func(a, b risk) int { return cmp.Or(a.due.Compare(b.due), cmp.Compare(a.r.Number, b.r.Number)) })
	out := make([]Request, len(rs))
	for i, x := range rs {
		out[i] = x.r
	}
	return out
}
