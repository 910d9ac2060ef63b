package onsiteboard

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// errKeys are the rules' refusals and their messages.
var errKeys = []parts.ErrKey{
	{Err: onsite.ErrNoEngineer, Key: "onsite.err.noEngineer"},
	{Err: onsite.ErrEndBeforeStart, Key: "onsite.err.endBeforeStart"},
	{Err: onsite.ErrNotScheduled, Key: "onsite.err.notScheduled"},
	{Err: onsite.ErrNotOnSite, Key: "onsite.err.notOnSite"},
	{Err: onsite.ErrStamped, Key: "onsite.err.stamped"},
	{Err: onsite.ErrOutOfOrder, Key: "onsite.err.outOfOrder"},
	{Err: onsite.ErrGuidedBefore, Key: "onsite.err.guidedBefore"},
	{Err: onsite.ErrNoGuidance, Key: "onsite.err.noGuidance"},
	{Err: onsite.ErrPaidOpen, Key: "onsite.err.paidOpen"},
	{Err: onsite.ErrPaidAnswered, Key: "onsite.err.paidAnswered"},
	{Err: onsite.ErrNotPaid, Key: "onsite.err.notPaid"},
	{Err: onsite.ErrNoNote, Key: "onsite.err.noNote"},
	{Err: onsite.ErrOutcome, Key: "onsite.err.outcome"},
	{Err: onsite.ErrNotGuidedState, Key: "onsite.err.notGuided"},
	{Err: onsite.ErrNoReason, Key: "onsite.err.noReason"},
	{Err: onsite.ErrPartTwice, Key: "onsite.err.partTwice"},
	{Err: onsite.ErrNoPart, Key: "onsite.err.noPart"},
	{Err: onsite.ErrNotAwaiting, Key: "onsite.err.notAwaiting"},
	{Err: onsite.ErrPartHere, Key: "onsite.err.partHere"},
	{Err: onsite.ErrWarrantyUnknown, Key: "onsite.err.warrantyUnknown"},
	{Err: onsite.ErrNotInspected, Key: "onsite.err.notInspected"},
	{Err: onsite.ErrInspectionFail, Key: "onsite.err.inspectionFail"},
	{Err: repair.ErrInspection, Key: "onsite.err.inspection"},
	{Err: onsite.ErrFuture, Key: "onsite.err.future"},
	{Err: onsite.ErrClosed, Key: "onsite.err.closed"},
	{Err: onsite.ErrMoveNotInS, Key: "onsite.err.notNow"},
	{Err: onsite.ErrSameState, Key: "onsite.err.notNow"},
}

// refusal says in the user's language why a step was refused: a clash
// with the other visit and the engineer's next free slot, a time past or
// outside service hours with why, a field of the record, a state the rules
// do not allow yet.
func refusal(c common.Common, err error) string {
	t := c.Text
	var clash *onsite.ClashError
	var me *onsite.MoveError
	var rec *onsite.RecordError
	var ps repair.Problems
	var p repair.Problem
	switch {
	case errors.As(err, &clash):
		free := t.T("onsite.err.noFree")
		if !clash.Next.IsZero() {
			free = t.T("onsite.err.free", c.Clock(clash.Next).Format("15:04"))
		}
		v := clash.With.Visit
		return t.T("onsite.err.clash", c.Clock(v.Start).Format("15:04"), c.Clock(v.End).Format("15:04"), common.Inert(clash.With.Number), free)
	case errors.Is(err, onsite.ErrPast):
		return t.T("onsite.err.past", c.Clock(c.Now()).Format("15:04"))
	case errors.Is(err, onsite.ErrOutsideHours):
		return t.T("onsite.err.hours", clockOf(c.Onsite.Open), clockOf(c.Onsite.Close))
	case errors.As(err, &rec):
		return t.T("onsite.err.record", fieldList(t, rec.Missing))
	case errors.As(err, &ps) && len(ps) > 0:
		return t.T("onsite.err.field", fieldName(t, ps[0].Field), parts.RuleText(t, ps[0], ps[0].Limit))
	case errors.As(err, &p):
		return t.T("onsite.err.field", fieldName(t, p.Field), refusalWord(c, p.Err))
	case errors.As(err, &me):
		return t.T("onsite.err.move", t.T("onsite.state."+string(me.To)), refusalWord(c, me.Err))
	}
	return refusalWord(c, err)
}

// refusalWord is a sentinel's message, or the intake's words for a text
// rule, or the store's.
func refusalWord(c common.Common, err error) string {
	if key, ok := parts.KeyOf(err, errKeys); ok {
		return c.Text.T(key)
	}
	for _, e := range []error{repair.ErrTooLong, repair.ErrControl, repair.ErrRequired, repair.ErrChoice, repair.ErrMoney} {
		if errors.Is(err, e) {
			return parts.RuleText(c.Text, err, onsite.MaxNote)
		}
	}
	return common.Explain(c.Text, c.Cfg, err)
}

// apology is what to say after a refused visit: for a clash, the
// reschedule apology with the engineer's next free time; "" for others.
func apology(c common.Common, err error) string {
	var clash *onsite.ClashError
	if !errors.As(err, &clash) {
		return ""
	}
	if clash.Next.IsZero() {
		return onsite.Reschedule("改天")
	}
	return onsite.Reschedule(c.Clock(clash.Next).Format("15:04"))
}

// clockOf is a time of day as hh:mm.
func clockOf(d time.Duration) string {
	m := int(d / time.Minute)
	return fmt.Sprintf("%02d:%02d", m/60, m%60)
}

// fieldName is a field of the request as its screen names it.
func fieldName(t i18n.Catalog, field string) string {
	if s := t.T("onsite.f." + field); !strings.HasPrefix(s, "[") {
		return s
	}
	return common.Inert(field)
}

// fieldList names fields in a list of the language.
func fieldList(t i18n.Catalog, fields []string) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = fieldName(t, f)
	}
	return strings.Join(names, t.T("intake.listSep"))
}
