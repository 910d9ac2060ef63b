package order

import (
	"slices"
	"strings"

	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// action is one thing the order screen does to an order, one key each.
type action string

const (
	actMove     action = "move"     // O1
	actResult   action = "result"   // O4
	actContact  action = "contact"  // O2, O3
	actEstimate action = "estimate" // I11 after diagnosis
	actNote     action = "note"
	actEscalate action = "escalate" // O5
	actComplain action = "complain" // O5
	actLoaner   action = "loaner"   // O8
	actSettle   action = "settle"   // a lost accessory's replacement handed over
)

// form is the form of one action: a fresh huh form over its values, built
// when the key is pressed, read when it completes.
type form struct {
	act   action
	title string
	form  *huh.Form
	v     *values
	o     repair.Order // as it was when the form opened: for the scripts
}

// values are what the forms' fields write into.
type values struct {
	to, text          string // a move: the state, and the part awaited or the reason
	result            repair.Result
	kind, approval    string
	reached           bool
	note              string
	lines, fee        string
	escalation        string
	complaint, answer string
	back              bool   // the loaner is back, or a lost accessory's replacement handed over
	item              string // the accessory replaced
}

// newForm lays out the fields of act for o, with o's values where the
// action changes them (the result is edited, not written afresh).
func newForm(c common.Common, o repair.Order, act action) *form {
	t := c.Text
	// The stored result fills the form's inputs, which would draw a bidi
	// override or the rest of an escape sequence as it is: it comes from
	// the database, and is shown (and saved again) inert.
	r := o.Result
	v := &values{result: repair.Result{
		Cause: common.Inert(r.Cause), Work: common.Inert(r.Work),
		Parts: common.Inert(r.Parts), Advice: common.Inert(r.Advice),
	}}
	f := &form{act: act, v: v, o: o, title: t.T("order.key."+string(act)) + " · " + common.Inert(o.Number)}
	var groups []*huh.Group
	switch act {
	case actMove:
		f.title = t.T("order.form.move", parts.StateName(t, o.State)) + " · " + common.Inert(o.Number)
		groups = moveGroups(c, o, v)
	case actResult:
		f.title = t.T("order.form.result") + " · " + common.Inert(o.Number)
		groups = append(groups, huh.NewGroup(
			line(c, repair.FieldCause, t.T("order.result.cause"), &v.result.Cause, true),
			line(c, repair.FieldWork, t.T("order.result.work"), &v.result.Work, true),
			line(c, repair.FieldParts, t.T("order.result.parts"), &v.result.Parts, true),
			line(c, repair.FieldAdvice, t.T("order.result.advice"), &v.result.Advice, true),
		))
	case actContact:
		groups = contactGroups(c, o, v)
	case actEstimate:
		groups = append(groups, estimateGroup(c, v))
	case actNote:
		groups = append(groups, huh.NewGroup(text(c, "note", t.T("order.form.noteText"), &v.note)))
	case actEscalate:
		v.escalation = string(repair.EscalationKinds[0])
		kinds := make([]huh.Option[string], 0, len(repair.EscalationKinds))
		for _, k := range repair.EscalationKinds {
			kinds = append(kinds, huh.NewOption(t.T("order.escalation."+string(k)), string(k)))
		}
		groups = append(groups, huh.NewGroup(
			huh.NewSelect[string]().Key("escalation").Title(t.T("order.form.escKind")).Options(kinds...).Value(&v.escalation),
			text(c, "text", t.T("order.form.escText"), &v.text),
		))
	case actComplain:
		groups = append(groups, huh.NewGroup(
			text(c, "complaint", t.T("order.form.complaint"), &v.complaint),
			text(c, "answer", t.T("order.form.answer"), &v.answer),
		))
	case actSettle:
		groups = append(groups, settleGroup(c, o, v))
	case actLoaner:
		groups = append(groups, huh.NewGroup(
			huh.NewConfirm().Key("back").Title(t.T("order.form.loaner", common.Inert(o.Intake.Loaner))).Value(&v.back).
				Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
		))
	}
	f.form = huh.NewForm(groups...)
	return f
}

// settleGroup asks which of the accessories owed was handed to the
// customer, and to confirm it.
func settleGroup(c common.Common, o repair.Order, v *values) *huh.Group {
	t := c.Text
	owed := o.Owed()
	opts := make([]huh.Option[string], len(owed))
	for i, l := range owed {
		opts[i] = huh.NewOption(parts.LostText(c, o.Intake.Device, l, true), l.Item)
	}
	if len(owed) > 0 {
		v.item = owed[0].Item
	}
	return huh.NewGroup(
		huh.NewSelect[string]().Key("item").Title(t.T("order.form.settle")).Options(opts...).Value(&v.item),
		huh.NewConfirm().Key("back").Title(t.T("order.form.settled")).Value(&v.back).
			Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
	)
}

// line is a one-line text field kept by the order's text rules.
func line(c common.Common, key, title string, val *string, required bool) *huh.Input {
	return huh.NewInput().Key(key).Title(title).Value(val).CharLimit(repair.MaxNote).
		Validate(parts.CheckText(c, required, false))
}

// text is a required text field of a few lines kept by the order's text
// rules: every text the order's forms ask in lines must be written.
func text(c common.Common, key, title string, val *string) *huh.Text {
	return huh.NewText().Key(key).Title(title).Value(val).Lines(3).CharLimit(repair.MaxNote).
		Validate(parts.CheckText(c, true, true))
}

// moveGroups pick the state to move to among what O1 allows next, then ask
// the part awaited (waiting for parts) or the reason (cancelled, returned).
func moveGroups(c common.Common, o repair.Order, v *values) []*huh.Group {
	t := c.Text
	next := o.State.Next()
	opts := make([]huh.Option[string], 0, len(next))
	for _, s := range next {
		opts = append(opts, huh.NewOption(parts.StateName(t, s), string(s)))
	}
	unless := func(states ...repair.State) func() bool {
		return func() bool { return !slices.Contains(states, repair.State(v.to)) }
	}
	return []*huh.Group{
		huh.NewGroup(huh.NewSelect[string]().Key("to").Title(t.T("order.form.to")).Options(opts...).Value(&v.to)),
		huh.NewGroup(line(c, "part", t.T("order.form.part"), &v.text, true)).
			WithHideFunc(unless(repair.StateWaitParts)),
		huh.NewGroup(line(c, "reason", t.T("order.form.reason"), &v.text, true)).
			WithHideFunc(unless(repair.StateCancelled, repair.StateReturned)),
	}
}

// contactGroups log a call: what about (a ready order's call is the ready
// call), whether the customer was reached, for an estimate their answer,
// and a note.
func contactGroups(c common.Common, o repair.Order, v *values) []*huh.Group {
	t := c.Text
	v.kind = string(repair.ContactProgress)
	if o.State == repair.StateReady {
		v.kind = string(repair.ContactReady)
	}
	kinds := make([]huh.Option[string], 0, len(repair.ContactKinds))
	for _, k := range repair.ContactKinds {
		kinds = append(kinds, huh.NewOption(t.T("order.contact."+string(k)), string(k)))
	}
	approvals := []huh.Option[string]{
		huh.NewOption(t.T("order.approval.approved"), string(repair.ApprovalApproved)),
		huh.NewOption(t.T("order.approval.declined"), string(repair.ApprovalDeclined)),
	}
	return []*huh.Group{
		huh.NewGroup(
			huh.NewSelect[string]().Key("kind").Title(t.T("order.form.kind")).Options(kinds...).Value(&v.kind),
			huh.NewConfirm().Key("reached").Title(t.T("order.form.reached")).Value(&v.reached).
				Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
		),
		huh.NewGroup(huh.NewSelect[string]().Key("approval").Title(t.T("order.form.approval")).
			Options(approvals...).Value(&v.approval)).
			WithHideFunc(func() bool { return v.kind != string(repair.ContactEstimate) || !v.reached }),
		huh.NewGroup(line(c, "note", t.T("order.form.note"), &v.note, false)),
	}
}

// estimateGroup asks the estimate's lines and the fee, each checked as the
// intake checks them.
func estimateGroup(c common.Common, v *values) *huh.Group {
	t := c.Text
	return huh.NewGroup(
		huh.NewText().Key("lines").Title(t.T("order.form.lines")).Value(&v.lines).Lines(3).
			CharLimit(repair.MaxEstimate).Placeholder(t.T("intake.p.estimate")).
			Validate(func(s string) error {
				_, err := repair.ParseEstimate(s)
				return parts.Explained(c, err, repair.MaxEstimate)
			}),
		huh.NewInput().Key("fee").Title(t.T("order.form.fee")).Value(&v.fee).CharLimit(12).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return nil
				}
				_, err := repair.ParseMoney(s)
				return parts.Explained(c, err, 0)
			}),
	).Description(t.T("order.form.estimate"))
}
