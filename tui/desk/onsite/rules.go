package onsiteboard

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// The steps package onsite has no function for yet (its rules are being
// written: Guide, Schedule with its clash and free slots, the paid visit,
// CallAhead, CarryIn). Each is the minimum the screen needs, a change of a
// copy of the request that adds to its timeline, refused with the
// package's sentinels so that the day onsite has its own the screen's
// words stay. Stamps, the record, the check and Finish are onsite's.

// addStep is a copy of r with s appended to a copy of its history.
func addStep(r onsite.Request, s onsite.Step) onsite.Request {
	s.At = s.At.UTC()
	r.History = append(slices.Clone(r.History), s)
	r.Updated = s.At
	return r
}

// guide records phone guidance instead of a visit and moves r to guided,
// its call-back due cfg.CallBack later.
func guide(r onsite.Request, note string, cfg onsite.Config, who string, now time.Time) (onsite.Request, error) {
	if r.Guidance != nil {
		return r, onsite.ErrGuidedBefore
	}
	text, err := repair.CleanMultiline(note, onsite.MaxNote, true)
	if err != nil {
		return r, onsite.Problem{Field: onsite.FieldNote, Err: err, Limit: onsite.MaxNote}
	}
	c := addStep(r, onsite.Step{At: now, Who: who, Kind: onsite.StepGuidance, Text: text})
	c.Guidance = &onsite.Guidance{At: now.UTC(), By: who, Note: text, CallBack: now.Add(cfg.CallBack).UTC()}
	if err := onsite.Move(&c, onsite.StateGuided, who, now); err != nil {
		return r, err
	}
	return c, nil
}

// clashError is a visit refused for the engineer's other visit: which, when,
// and the engineer's next free slot of the same length.
type clashError struct {
	With       string // the other request's number
	Start, End time.Time
	Free       time.Time // zero: none in the next two weeks
}

func (e *clashError) Error() string {
	return fmt.Sprintf("%v: %s %s–%s", onsite.ErrClash, e.With, e.Start.Format(time.Kitchen), e.End.Format(time.Kitchen))
}

func (e *clashError) Unwrap() error { return onsite.ErrClash }

// slot is a visit wanted: who goes, from when until when.
type slot struct {
	engineer   string
	start, end time.Time
}

// inHours reports whether [start, end) lies in one service day's hours.
func inHours(cfg onsite.Config, loc *time.Location, start, end time.Time) bool {
	if !cfg.ServiceDay(start, loc) {
		return false
	}
	y, m, d := start.In(loc).Date()
	open := time.Date(y, m, d, 0, 0, 0, int(cfg.Open), loc)
	closing := time.Date(y, m, d, 0, 0, 0, int(cfg.Close), loc)
	return !start.Before(open) && !end.After(closing)
}

// clash is the first of others (not r itself, still open) whose visit by
// the same engineer overlaps s.
func clash(others []onsite.Request, id uint64, s slot) (onsite.Request, bool) {
	for _, o := range others {
		v := o.Visit
		if o.ID == id || !o.Open() || v.Engineer != s.engineer || v.Start.IsZero() {
			continue
		}
		if s.start.Before(v.End) && v.Start.Before(s.end) {
			return o, true
		}
	}
	return onsite.Request{}, false
}

// freeSlot is the engineer's first start from `from` on, on the quarter
// hour, in service hours, that fits a visit of d and clashes with none of
// others; zero when none does in two weeks.
func freeSlot(others []onsite.Request, id uint64, engineer string, d time.Duration, from time.Time, cfg onsite.Config, loc *time.Location) time.Time {
	t := from.Truncate(15 * time.Minute)
	if t.Before(from) {
		t = t.Add(15 * time.Minute)
	}
	for end := from.Add(14 * 24 * time.Hour); t.Before(end); t = t.Add(15 * time.Minute) {
		s := slot{engineer, t, t.Add(d)}
		if _, busy := clash(others, id, s); inHours(cfg, loc, s.start, s.end) && !busy {
			return t
		}
	}
	return time.Time{}
}

// schedule agrees visit s for r (S4, S6): an engineer, a time not past,
// inside service hours, clashing with none of the engineer's other visits
// — a clash refused with the engineer's next free slot. A new request
// moves to scheduled; a scheduled one is rescheduled.
func schedule(r onsite.Request, others []onsite.Request, s slot, cfg onsite.Config, loc *time.Location, who string, now time.Time) (onsite.Request, error) {
	switch {
	case strings.TrimSpace(s.engineer) == "":
		return r, onsite.ErrNoEngineer
	case !s.end.After(s.start):
		return r, onsite.ErrEndBeforeStart
	case s.start.Before(now):
		return r, onsite.ErrPast
	case !inHours(cfg, loc, s.start, s.end):
		return r, onsite.ErrOutsideHours
	case r.State != onsite.StateNew && r.State != onsite.StateScheduled:
		return r, &onsite.MoveError{From: r.State, To: onsite.StateScheduled, Err: onsite.ErrMoveNotInS}
	}
	if o, busy := clash(others, r.ID, s); busy {
		return r, &clashError{With: o.Number, Start: o.Visit.Start, End: o.Visit.End,
			Free: freeSlot(others, r.ID, s.engineer, s.end.Sub(s.start), now, cfg, loc)}
	}
	text := s.engineer + " " + s.start.UTC().Format(time.RFC3339) + " " + s.end.UTC().Format(time.RFC3339)
	c := addStep(r, onsite.Step{At: now, Who: who, Kind: onsite.StepSchedule, Text: text})
	c.Visit = onsite.Visit{Engineer: s.engineer, Start: s.start.UTC(), End: s.end.UTC()}
	if r.State == onsite.StateNew {
		if err := onsite.Move(&c, onsite.StateScheduled, who, now); err != nil {
			return r, err
		}
	}
	return c, nil
}

// offerPaid records the paid visit said on the phone with its fee and the
// customer's answer (S3). A visit the warranty covers is not paid unless
// for software; an accepted offer stands.
func offerPaid(r onsite.Request, fee repair.Money, software, accepted bool, who string, now time.Time) (onsite.Request, error) {
	switch {
	case r.State != onsite.StateNew && r.State != onsite.StateScheduled:
		return r, onsite.ErrClosed
	case r.Paid != nil && r.Paid.Accepted:
		return r, onsite.ErrPaidAnswered
	case !software && r.Device.Verdict.Covered:
		return r, onsite.ErrNotPaid
	case fee <= 0:
		return r, onsite.Problem{Field: onsite.FieldFee, Err: repair.ErrMoney}
	}
	reason := "warranty"
	if software {
		reason = "software"
	}
	answer := "declined"
	if accepted {
		answer = "accepted"
	}
	c := addStep(r, onsite.Step{At: now, Who: who, Kind: onsite.StepPaid, Text: fee.String() + " " + reason + " " + answer})
	c.Paid = &onsite.Paid{Fee: fee, Reason: reason, Accepted: accepted}
	return c, nil
}

// callAhead records a call before leaving (S7); the customer not there
// needs the note left.
func callAhead(r onsite.Request, out onsite.AheadOutcome, note, who string, now time.Time) (onsite.Request, error) {
	text, err := repair.CleanText(note, onsite.MaxNote, out == onsite.AheadAbsent)
	switch {
	case r.State != onsite.StateScheduled:
		return r, onsite.ErrNotScheduled
	case err != nil && out == onsite.AheadAbsent && strings.TrimSpace(note) == "":
		return r, onsite.ErrNoNote
	case err != nil:
		return r, onsite.Problem{Field: onsite.FieldNote, Err: err, Limit: onsite.MaxNote}
	}
	c := addStep(r, onsite.Step{At: now, Who: who, Kind: onsite.StepAhead, Text: strings.TrimSpace(string(out) + " " + text)})
	c.Aheads = append(slices.Clone(r.Aheads), onsite.CallAhead{At: now.UTC(), By: who, Outcome: out, Note: text})
	return c, nil
}

// carryIn is the intake of a carry-in repair prefilled from r (S10): the
// customer, the device and the fault, for the root's intake to open.
func carryIn(r onsite.Request) repair.Intake {
	c := r.Customer
	kind := c.Kind
	if kind == "" && c.Business() {
		kind = repair.Business
	}
	return repair.Intake{
		Name: c.Name, Phone: c.Phone, Kind: kind, Company: c.Company,
		Device: r.Device.Kind, Model: r.Device.Model, Serial: r.Device.Serial,
		Fault: r.Fault,
	}
}

// finishIfReady closes r done once the engineer has left with the record
// complete and the check passed (onsite.Finish); otherwise r as it is.
func finishIfReady(r onsite.Request, rcfg repair.Config, loc *time.Location, who string, now time.Time) onsite.Request {
	if r.Record.Departed.IsZero() || r.State != onsite.StateOnSite {
		return r
	}
	c := r
	if onsite.Finish(&c, rcfg, loc, who, now) != nil {
		return r
	}
	return c
}
