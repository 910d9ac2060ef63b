package repair

import (
	"errors"
	"time"
)

// promise: I12 the promised time, after now and not beyond
// Config.PromiseMax; past Config.LoanerAfter a loaner must have been
// offered; an accepted loaner must be named.
func (c *checker) promise() {
	o := &c.out
	t, err := ParseMinute(o.Promised, c.loc)
	switch {
	case err != nil:
	case !t.After(c.now):
		err = ErrPromisedPast
	case t.Sub(c.now) > c.cfg.PromiseMax:
		err = ErrPromisedFar
	default:
		c.promised = t
	}
	c.set(FieldPromised, &o.Promised, t.Format(MinuteLayout), err, 0)

	if o.LoanerAccepted {
		o.LoanerOffered = true // it was accepted, so it was offered
	}
	if !c.promised.IsZero() && c.promised.Sub(c.now) > c.cfg.LoanerAfter && !o.LoanerOffered {
		c.ps.add(FieldLoanerOffered, ErrLoanerNotOffered, 0)
	}
	if !o.LoanerAccepted {
		o.Loaner = ""
		return
	}
	loaner, err := CleanText(o.Loaner, MaxLoaner, true)
	if errors.Is(err, ErrRequired) {
		err = ErrLoanerWhich
	}
	c.set(FieldLoaner, &o.Loaner, loaner, err, MaxLoaner)
}

// NeedsLoaner reports whether the intake's promised time is further from now
// than Config.LoanerAfter, so a loaner of the same class must be offered
// (I12, 备机). Exactly LoanerAfter does not need one. A promise that cannot
// be read needs none yet; Check reports it.
func (in Intake) NeedsLoaner(cfg Config, now time.Time, loc *time.Location) bool {
	t, err := ParseMinute(in.Promised, loc)
	return err == nil && t.Sub(now) > cfg.LoanerAfter
}

// ProposedPromise is the promised time the form proposes (I12): now plus
// Config.PromiseDefault, rounded up to the next full hour in loc; a time
// after 18:00 becomes 18:00 of the next day, so the customer is told a time
// when the station is open. It never exceeds Config.PromiseMax from now.
// The result is in loc, to be shown as MinuteLayout.
func ProposedPromise(cfg Config, now time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	t := now.In(loc).Add(cfg.PromiseDefault)
	y, m, d := t.Date()
	h := t.Hour()
	if t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		h++
	}
	p := time.Date(y, m, d, h, 0, 0, 0, loc)
	if closing := time.Date(y, m, d, 18, 0, 0, 0, loc); p.After(closing) {
		p = time.Date(y, m, d+1, 18, 0, 0, 0, loc)
	}
	if limit := now.Add(cfg.PromiseMax); p.After(limit) {
		p = limit.In(loc).Truncate(time.Minute)
	}
	return p
}
