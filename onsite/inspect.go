package onsite

import (
	"fmt"
	"slices"
	"time"

	"frontdesk/repair"
)

// Inspect records the check of the device with the customer before the
// engineer leaves (S12, as G1–G3), one item of the device kind's
// inspection list of rcfg each — repair's list, so the counter and the
// visit check the same things: every item once, a failed one with a note
// saying what failed, the original fault never "not applicable". A device
// of no kind is checked against the "other" kind's list. The check
// replaces an earlier one: a failed item keeps the request on site (G3:
// back to the repair, here the engineer's) until a check passes, and
// Finish waits for that. r must be on site.
//
// Seed 002's "复验两次以上" (G2) is for the counter; on site the check is
// one round with the customer, as Request.Check holds one.
func Inspect(r *Request, items []Checked, rcfg repair.Config, who string, now time.Time) error {
	if r.State != StateOnSite {
		return ErrNotOnSite
	}
	kind := r.Device.Kind
	if kind == "" {
		kind = "other"
	}
	items = slices.Clone(items)
	round := make(repair.Round, len(items))
	for i, it := range items {
		note, err := cleanLine(it.Note, MaxNote, false)
		if err != nil {
			return fmt.Errorf("%s: %w", it.Item, err)
		}
		items[i].Note = note
		mark := repair.MarkPass
		switch {
		case it.NA:
			mark = repair.MarkNA
		case !it.OK:
			mark = repair.MarkFail
		}
		round[i] = repair.Inspected{Item: it.Item, Mark: mark, Note: note}
	}
	if err := repair.CheckRound(rcfg, kind, round); err != nil {
		return err
	}
	text := "ok"
	if failed := round.Failed(); len(failed) > 0 {
		text = fmt.Sprintf("%d failed", len(failed))
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepInspect, Text: text})
	c.Check = items
	*r = c
	return nil
}

// inspected is S12's condition of done: a check recorded, nothing failed.
func inspected(r *Request) error {
	if len(r.Check) == 0 {
		return ErrNotInspected
	}
	for _, c := range r.Check {
		if !c.OK && !c.NA {
			return ErrInspectionFail
		}
	}
	return nil
}

// Finish closes r done (S9, S12) once its record is complete and the check
// with the customer passed, and makes its return visit due as a carry-in
// order's is at pickup (P5): rcfg.VisitWorkingDays working days later, by
// repair's calendar of working days in loc. On error r is unchanged.
func Finish(r *Request, rcfg repair.Config, loc *time.Location, who string, now time.Time) error {
	c := *r
	c.VisitDue = rcfg.WorkingDaysAfter(now, rcfg.VisitWorkingDays, loc).UTC()
	if err := move(&c, StateDone, who, now, ""); err != nil {
		return err
	}
	*r = c
	return nil
}
