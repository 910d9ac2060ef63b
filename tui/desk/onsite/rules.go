package onsiteboard

import (
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// The steps as package onsite's rules, each a change of a copy of the
// request (a rule that refuses leaves the copy as it was), and the one the
// package leaves to the desk: closing the visit done when the engineer
// leaves with everything recorded.

// slot is a visit wanted: who goes, from when until when.
type slot struct {
	engineer   string
	start, end time.Time
}

// schedule agrees visit s for r (onsite.Schedule): a clash is an
// *onsite.ClashError with the engineer's next free slot that day.
func schedule(r onsite.Request, others []onsite.Request, s slot, cfg onsite.Config, loc *time.Location, who string, now time.Time) (onsite.Request, error) {
	err := onsite.Schedule(&r, s.engineer, s.start, s.end, others, cfg, loc, who, now)
	return r, err
}

// offerPaid says the visit is paid with its fee and records the
// customer's answer at once (onsite.OfferPaid, AnswerPaid): declined, the
// request is cancelled with onsite.Declined, as the rules have it.
func offerPaid(r onsite.Request, fee repair.Money, software, accepted bool, cfg onsite.Config, who string, now time.Time) (onsite.Request, error) {
	reason := onsite.PaidWarranty
	if software {
		reason = onsite.PaidSoftware
	}
	if _, err := onsite.OfferPaid(&r, reason, fee, cfg, who, now); err != nil {
		return r, err
	}
	err := onsite.AnswerPaid(&r, accepted, who, now)
	return r, err
}

// finishIfReady closes r done once the engineer has left with the record
// complete and the check passed (onsite.Finish); otherwise r as it is.
// The rules have no step for it of their own, and the desk has no key:
// leaving is the last thing the engineer does.
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
