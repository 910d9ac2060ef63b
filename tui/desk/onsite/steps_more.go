package onsiteboard

import (
	"time"

	"charm.land/huh/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// The steps that close or change a request between its call and its
// visit: the call-back after phone guidance (S2), a part needed and its
// arrival (S5), a request withdrawn. Each is a form, as the others.

const (
	stepCallBack step = "callback" // o: the call-back's outcome (S2)
	stepPart     step = "part"     // n: a part the visit needs (S5)
	stepPartIn   step = "partin"   // v: an awaited part has arrived (S5)
	stepCancel   step = "cancel"   // z: the customer withdrew the request
)

// moreFields are the fields of these steps' forms.
func moreFields(c common.Common, r onsite.Request, st step, v *values) []huh.Field {
	t := c.Text
	switch st {
	case stepCallBack:
		v.outcome = string(onsite.OutcomeSolved)
		var opts []huh.Option[string]
		for _, o := range onsite.Outcomes {
			opts = append(opts, huh.NewOption(t.T("onsite.outcome."+string(o)), string(o)))
		}
		return []huh.Field{
			huh.NewSelect[string]().Key("outcome").Title(t.T("onsite.form.outcome")).Options(opts...).Value(&v.outcome),
			line(c, "note", t.T("onsite.form.callNote"), &v.note, false),
		}
	case stepPart:
		return []huh.Field{
			line(c, "part", t.T("onsite.form.part"), &v.part, true),
			huh.NewConfirm().Key("stock").Title(t.T("onsite.form.inStock")).Value(&v.inStock).
				Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
		}
	case stepPartIn:
		var opts []huh.Option[string]
		for _, p := range onsite.Awaited(r) {
			opts = append(opts, huh.NewOption(common.Inert(p.Name), p.Name))
		}
		if len(opts) > 0 {
			v.part = onsite.Awaited(r)[0].Name
		}
		return []huh.Field{huh.NewSelect[string]().Key("part").Title(t.T("onsite.form.partIn")).Options(opts...).Value(&v.part)}
	}
	return []huh.Field{line(c, "reason", t.T("onsite.form.cancel"), &v.note, true)}
}

// moreChange is what these steps do to the request, with their rules; a
// part not in stock gives the apology NeedPart returns, to say.
func moreChange(v values, st step, who string) saying {
	return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, string, error) {
		var err error
		var said string
		switch st {
		case stepCallBack:
			err = onsite.CalledBack(&r, onsite.Outcome(v.outcome), v.note, who, now)
		case stepPart:
			said, err = onsite.NeedPart(&r, v.part, v.inStock, who, now)
		case stepPartIn:
			err = onsite.PartArrived(&r, v.part, who, now)
		default:
			err = onsite.Cancel(&r, v.note, who, now)
		}
		return r, said, err
	}
}

// moreScript is what to say with the form open: the call-back's opening
// (AskSolved), and for a part not in stock its apology, word for word
// (S5: repair.PartNotInStock, which NeedPart gives the customer).
func moreScript(c common.Common, st step, v values) string {
	switch {
	case st == stepCallBack:
		return onsite.AskSolved(c.Onsite.Brand)
	case st == stepPart && !v.inStock && v.part != "":
		return repair.PartNotInStock(v.part)
	}
	return ""
}

// isMore reports whether st is one of these steps.
func isMore(st step) bool {
	return st == stepCallBack || st == stepPart || st == stepPartIn || st == stepCancel
}
