package desk

import (
	"errors"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
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
)

// orderForm is the form of one action: a fresh huh form over its values,
// built when the key is pressed, read when it completes.
type orderForm struct {
	act   action
	title string
	form  *huh.Form
	v     *formValues
	o     repair.Order // as it was when the form opened: for the scripts
}

// formValues are what the forms' fields write into.
type formValues struct {
	to, text          string // a move: the state, and the part awaited or the reason
	result            repair.Result
	kind, approval    string
	reached           bool
	note              string
	lines, fee        string
	escalation        string
	complaint, answer string
	back              bool // the loaner is back
}

// openForm starts the form of act on the open order.
func (m Model) openForm(act action) (tea.Model, tea.Cmd) {
	f := newOrderForm(m.c, m.order.o, act)
	f.form.WithTheme(m.c.Styles.Form()).WithKeyMap(formKeys(m.c)).WithShowHelp(false).
		WithWidth(m.orderInnerW() - 2)
	m.order.form = f
	m.setStatus("", false)
	return m, f.form.Init()
}

// newOrderForm lays out the fields of act for o, with o's values where the
// action changes them (the result is edited, not written afresh).
func newOrderForm(c common.Common, o repair.Order, act action) *orderForm {
	t := c.Text
	// The stored result fills the form's inputs, which would draw a bidi
	// override or the rest of an escape sequence as it is: it comes from
	// the database, and is shown (and saved again) inert.
	r := o.Result
	v := &formValues{result: repair.Result{Cause: common.Inert(r.Cause), Work: common.Inert(r.Work),
		Parts: common.Inert(r.Parts), Advice: common.Inert(r.Advice)}}
	f := &orderForm{act: act, v: v, o: o, title: t.T("order.key."+string(act)) + " · " + common.Inert(o.Number)}
	line := func(key, title string, val *string, required bool) *huh.Input {
		return huh.NewInput().Key(key).Title(title).Value(val).CharLimit(repair.MaxNote).
			Validate(checkText(c, required, false))
	}
	text := func(key, title string, val *string, required bool) *huh.Text {
		return huh.NewText().Key(key).Title(title).Value(val).Lines(3).CharLimit(repair.MaxNote).
			Validate(checkText(c, required, true))
	}
	var groups []*huh.Group
	switch act {
	case actMove:
		f.title = t.T("order.form.move", stateName(t, o.State)) + " · " + common.Inert(o.Number)
		var opts []huh.Option[string]
		for _, s := range o.State.Next() {
			opts = append(opts, huh.NewOption(stateName(t, s), string(s)))
		}
		unless := func(states ...repair.State) func() bool {
			return func() bool { return !slices.Contains(states, repair.State(v.to)) }
		}
		groups = append(groups,
			huh.NewGroup(huh.NewSelect[string]().Key("to").Title(t.T("order.form.to")).Options(opts...).Value(&v.to)),
			huh.NewGroup(line("part", t.T("order.form.part"), &v.text, true)).
				WithHideFunc(unless(repair.StateWaitParts)),
			huh.NewGroup(line("reason", t.T("order.form.reason"), &v.text, true)).
				WithHideFunc(unless(repair.StateCancelled, repair.StateReturned)),
		)
	case actResult:
		f.title = t.T("order.form.result") + " · " + common.Inert(o.Number)
		groups = append(groups, huh.NewGroup(
			line(repair.FieldCause, t.T("order.result.cause"), &v.result.Cause, true),
			line(repair.FieldWork, t.T("order.result.work"), &v.result.Work, true),
			line(repair.FieldParts, t.T("order.result.parts"), &v.result.Parts, true),
			line(repair.FieldAdvice, t.T("order.result.advice"), &v.result.Advice, true),
		))
	case actContact:
		v.kind = string(repair.ContactProgress)
		if o.State == repair.StateReady {
			v.kind = string(repair.ContactReady)
		}
		var kinds []huh.Option[string]
		for _, k := range repair.ContactKinds {
			kinds = append(kinds, huh.NewOption(t.T("order.contact."+string(k)), string(k)))
		}
		approvals := []huh.Option[string]{
			huh.NewOption(t.T("order.approval.approved"), string(repair.ApprovalApproved)),
			huh.NewOption(t.T("order.approval.declined"), string(repair.ApprovalDeclined)),
		}
		groups = append(groups,
			huh.NewGroup(
				huh.NewSelect[string]().Key("kind").Title(t.T("order.form.kind")).Options(kinds...).Value(&v.kind),
				huh.NewConfirm().Key("reached").Title(t.T("order.form.reached")).Value(&v.reached).
					Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
			),
			huh.NewGroup(huh.NewSelect[string]().Key("approval").Title(t.T("order.form.approval")).
				Options(approvals...).Value(&v.approval)).
				WithHideFunc(func() bool { return v.kind != string(repair.ContactEstimate) || !v.reached }),
			huh.NewGroup(line("note", t.T("order.form.note"), &v.note, false)),
		)
	case actEstimate:
		groups = append(groups, huh.NewGroup(
			huh.NewText().Key("lines").Title(t.T("order.form.lines")).Value(&v.lines).Lines(3).
				CharLimit(repair.MaxEstimate).Placeholder(t.T("intake.p.estimate")).
				Validate(func(s string) error { _, err := repair.ParseEstimate(s); return explained(c, err, repair.MaxEstimate) }),
			huh.NewInput().Key("fee").Title(t.T("order.form.fee")).Value(&v.fee).CharLimit(12).
				Validate(func(s string) error {
					if strings.TrimSpace(s) == "" {
						return nil
					}
					_, err := repair.ParseMoney(s)
					return explained(c, err, 0)
				}),
		).Description(t.T("order.form.estimate")))
	case actNote:
		groups = append(groups, huh.NewGroup(text("note", t.T("order.form.noteText"), &v.note, true)))
	case actEscalate:
		v.escalation = string(repair.EscalationKinds[0])
		var kinds []huh.Option[string]
		for _, k := range repair.EscalationKinds {
			kinds = append(kinds, huh.NewOption(t.T("order.escalation."+string(k)), string(k)))
		}
		groups = append(groups, huh.NewGroup(
			huh.NewSelect[string]().Key("escalation").Title(t.T("order.form.escKind")).Options(kinds...).Value(&v.escalation),
			text("text", t.T("order.form.escText"), &v.text, true),
		))
	case actComplain:
		groups = append(groups, huh.NewGroup(
			text("complaint", t.T("order.form.complaint"), &v.complaint, true),
			text("answer", t.T("order.form.answer"), &v.answer, true),
		))
	case actLoaner:
		groups = append(groups, huh.NewGroup(
			huh.NewConfirm().Key("back").Title(t.T("order.form.loaner", common.Inert(o.Intake.Loaner))).Value(&v.back).
				Affirmative(t.T("intake.yes")).Negative(t.T("intake.no")),
		))
	}
	f.form = huh.NewForm(groups...)
	return f
}

// checkText is a field's check with the rules the order keeps its texts by
// (repair.CleanText, CleanMultiline), said in the screen's language.
func checkText(c common.Common, required, multi bool) func(string) error {
	clean := repair.CleanText
	if multi {
		clean = repair.CleanMultiline
	}
	return func(s string) error {
		_, err := clean(s, repair.MaxNote, required)
		return explained(c, err, repair.MaxNote)
	}
}

// explained is a field's error in words; limit is its longest length.
func explained(c common.Common, err error, limit int) error {
	if err == nil {
		return nil
	}
	return errors.New(ruleText(c.Text, err, limit))
}

// change is what the completed form does to an order, with the repair
// function of its action. It captures the values as they are, never the
// form.
func (f *orderForm) change(who string) func(repair.Order, time.Time) (repair.Order, error) {
	v := *f.v
	switch f.act {
	case actMove:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.Move(o, repair.State(v.to), who, now, v.text)
		}
	case actResult:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return problems(repair.SetResult(o, v.result, who, now))
		}
	case actContact:
		c := repair.Contact{Kind: repair.ContactKind(v.kind), Reached: v.reached, Note: v.note}
		if c.Kind == repair.ContactEstimate && c.Reached {
			c.Approval = repair.Approval(v.approval)
		}
		return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.LogContact(o, c, who, now) }
	case actEstimate:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.SetEstimate(o, v.lines, v.fee, who, now)
		}
	case actNote:
		return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.AddNote(o, v.note, who, now) }
	case actEscalate:
		kind := repair.EscalationKind(v.escalation)
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.Escalate(o, kind, v.text, who, now)
		}
	case actComplain:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return problems(repair.Complain(o, v.complaint, v.answer, who, now))
		}
	}
	return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.ReturnLoaner(o, who, now) }
}

// problems turns the Problems of SetResult and Complain into an error that
// is nil when there are none (a nil Problems in an error is not nil).
func problems(o repair.Order, ps repair.Problems) (repair.Order, error) {
	if len(ps) > 0 {
		return o, ps
	}
	return o, nil
}

// lines are the form and what goes with it: for a call, the standard script
// of its kind word for word (repair.ScriptFor).
func (f *orderForm) lines(m Model) []string {
	out := strings.Split(f.form.View(), "\n")
	if f.act != actContact {
		return out
	}
	st, t := m.c.Styles, m.c.Text
	out = append(out, "", st.Title.Render(t.T("desk.panel.script")))
	script := common.Inert(repair.ScriptFor(f.o, repair.ContactKind(f.v.kind)))
	if script == "" {
		return append(out, st.Muted.Render(t.T("order.form.noScript")))
	}
	for _, l := range common.Wrap("「"+script+"」", m.orderInnerW()) {
		out = append(out, st.Script.Render(l))
	}
	return out
}

// updateOrderForm passes everything to the open form except esc, which
// closes it, and ctrl+c; when the form completes, its change is written.
func (m Model) updateOrderForm(msg tea.Msg) (tea.Model, tea.Cmd) {
	f := m.order.form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c":
			return m, tea.Quit
		case "esc":
			m.order.form = nil
			return m, nil
		}
	}
	_, cmd := f.form.Update(msg)
	if f.form.State != huh.StateCompleted {
		return m, cmd
	}
	m.order.form = nil
	if f.act == actLoaner && !f.v.back {
		return m, nil
	}
	save := m.saveOrder(f.act, f.change(m.engineer))
	return m, save
}
