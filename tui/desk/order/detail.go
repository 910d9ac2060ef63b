package order

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip"
)

// orderLines draws order o for a frame w cells wide: who and what, the
// warranty, the promise and the loaner, the O7 warning; the intake's fault,
// accessories and condition; the repair result (O4); the timeline, newest
// first. It runs when the order is read or the screen resized, never per
// frame, and every text from the database goes through common.Inert.
func orderLines(c common.Common, o repair.Order, visits []onsite.Request, w int) []string {
	t, st := c.Text, c.Styles
	p := &page{w: w, st: st}
	in := o.Intake
	p.lines = append(p.lines, common.Cut(st.Current.Render(common.Inert(o.Number))+"  "+st.Title.Render(parts.StateName(t, o.State)), w))

	head := append(headFields(c, o), visitFields(c, o, visits)...)
	lang := string(t.Lang)
	kind, _ := c.Repair.Device(in.Device)
	acc := slip.Names(kind.Accessories, in.Accessories, lang)
	if in.Extras != "" {
		acc = parts.JoinSome(" · ", acc, t.T("order.extras", in.Extras))
	}
	intake := []field{
		{t.T("order.f.fault"), in.Fault, st.App},
		{t.T("order.f.acc"), orNone(t, acc), st.App},
		{t.T("order.f.condition"), orNone(t, parts.JoinSome(" · ", slip.Names(kind.Condition, in.Condition, lang), in.ConditionNote)), st.App},
	}
	labelW := labelWidth(append(head, intake...))
	p.fields(head, labelW)
	if o.ExchangeOwed() {
		p.add(st.LongWait, t.T("order.exchangeOwed", len(o.Previous)))
	}
	p.fields(intake, labelW)

	p.blank()
	p.add(st.Title, t.T("order.result"))
	var result []field
	for _, f := range []struct{ name, v string }{
		{repair.FieldCause, o.Result.Cause},
		{repair.FieldWork, o.Result.Work},
		{repair.FieldParts, o.Result.Parts},
		{repair.FieldAdvice, o.Result.Advice},
	} {
		if strings.TrimSpace(f.v) == "" {
			result = append(result, field{parts.FieldName(t, f.name), t.T("order.result.empty"), st.Muted})
		} else {
			result = append(result, field{parts.FieldName(t, f.name), f.v, st.App})
		}
	}
	p.fields(result, labelWidth(result))

	p.blank()
	p.add(st.Title, t.T("order.timeline"))
	for _, s := range slices.Backward(o.History) {
		p.step(c.Clock(s.At).Format("01-02 15:04"), s.Who, accessoryStep(c, in.Device, s))
	}
	p.step(c.Clock(o.Received).Format("01-02 15:04"), o.Engineer, strings.TrimSpace(t.T("order.step.received", o.Ticket)))
	return p.lines
}

// headFields are the order's header: customer, device and its repairs,
// warranty, promise (late in the warning style), the part awaited, the
// estimate and its answer, the loaner.
func headFields(c common.Common, o repair.Order) []field {
	t, st := c.Text, c.Styles
	in := o.Intake
	var head []field
	add := func(label, value string, style lipgloss.Style) {
		head = append(head, field{t.T(label), value, style})
	}
	add("order.f.customer", parts.JoinSome(" · ", in.Name, in.Phone, in.Company), st.App)
	repairs := t.T("order.repairs", o.Repairs())
	if len(o.Previous) > 0 {
		repairs += " (" + strings.Join(o.Previous, " ") + ")"
	}
	add("order.f.device", parts.JoinSome(" · ", parts.JoinSome(" ", in.Brand, in.Model), t.T("order.serial", in.Serial), repairs), st.App)
	add("order.f.warranty", warrantyLine(c, o.Verdict), st.App)
	promised := c.Clock(o.Promised).Format("2006-01-02 15:04")
	if repair.ListOverdue.Has(o.Head(), c.Now(), c.Cfg.Location) {
		add("order.f.promised", promised+" "+t.T("order.late"), st.LongWait)
	} else {
		add("order.f.promised", promised, st.App)
	}
	if o.AwaitedPart != "" {
		add("order.f.awaited", o.AwaitedPart, st.App)
	}
	if len(o.Estimate) > 0 || o.Fee != 0 {
		add("order.f.estimate", t.T("order.yuan", repair.Total(o.Estimate, o.Fee).String())+" · "+approvalText(t, o.Approval), st.App)
	}
	for _, l := range o.Owed() {
		add("order.f.owed", parts.LostText(c, in.Device, l, true), st.LongWait)
	}
	switch {
	case o.LoanerOut():
		add("order.f.loaner", t.T("order.loanerOut", in.Loaner), st.LongWait)
	case in.LoanerAccepted && in.Loaner != "":
		add("order.f.loaner", t.T("order.loanerBack", in.Loaner, c.Clock(o.LoanerBack).Format("01-02 15:04")), st.App)
	}
	return head
}

// visitFields are the order's on-site side (S10): the request it was
// escalated from, and the device's on-site requests — the device's
// history is its repairs and its visits together.
func visitFields(c common.Common, o repair.Order, visits []onsite.Request) []field {
	t, st := c.Text, c.Styles
	var out []field
	if o.Request != "" {
		out = append(out, field{t.T("order.f.fromRequest"), t.T("order.fromRequest", o.Request), st.App})
	}
	if len(visits) > 0 {
		list := make([]string, len(visits))
		for i, r := range visits {
			list[i] = t.T("order.visit", r.Number, c.Clock(r.Received).Format("2006-01-02"), t.T("onsite.state."+string(r.State)))
		}
		out = append(out, field{t.T("order.f.visits"), strings.Join(list, " · "), st.App})
	}
	return out
}

// accessoryStep says what one step of the timeline recorded: the steps of
// a lost accessory name it from the device kind's list, in words.
func accessoryStep(c common.Common, device string, s repair.Step) string {
	t := c.Text
	switch s.Kind {
	case repair.StepLostAccessory:
		return parts.LostText(c, device, parts.LostStep(s), false) // the timeline says who
	case repair.StepAccessoryBack:
		return t.T("order.step.back", slip.Names(parts.KindOf(c, device).Accessories, []string{s.Item}, string(t.Lang)))
	}
	return stepText(t, s)
}

// stepText says what one step of the timeline recorded.
func stepText(t i18n.Catalog, s repair.Step) string {
	kv := func(label, text string) string {
		if text == "" {
			return label
		}
		return t.T("order.err.field", label, text)
	}
	switch s.Kind {
	case repair.StepState:
		return kv(parts.StateName(t, s.From)+" → "+parts.StateName(t, s.To), s.Text)
	case repair.StepResult:
		return kv(t.T("order.step.result"), s.Text)
	case repair.StepContact:
		head := t.T("order.step.contact", t.T("order.contact."+string(s.Contact))) + " · "
		if !s.Reached {
			return kv(head+t.T("order.step.notReached"), s.Text)
		}
		head += t.T("order.step.reached")
		text := s.Text
		if s.Contact == repair.ContactEstimate { // LogContact writes the answer first
			answer, rest, _ := strings.Cut(text, " ")
			head += " · " + approvalText(t, repair.Approval(answer))
			text = rest
		}
		return kv(head, text)
	case repair.StepNote:
		return kv(t.T("order.step.note"), s.Text)
	case repair.StepEstimate:
		return kv(t.T("order.step.estimate"), strings.ReplaceAll(s.Text, "\n", " / "))
	case repair.StepEscalation:
		return kv(t.T("order.step.escalation", t.T("order.escalation."+string(s.Escalation))), s.Text)
	case repair.StepComplaint:
		return kv(t.T("order.step.complaint"), s.Text) + " · " + kv(t.T("order.step.answer"), s.Answer)
	case repair.StepLoaner:
		return kv(t.T("order.step.loaner"), s.Text)
	case repair.StepVisit:
		return kv(t.T("order.step.visit"), s.Text)
	}
	return kv(string(s.Kind), s.Text)
}

// warrantyLine is the verdict as told at intake: the part and whether it
// is covered.
func warrantyLine(c common.Common, v repair.Verdict) string {
	part := v.Part
	if rule, ok := c.Repair.Rule(v.Part); ok {
		part = rule.In(string(c.Text.Lang))
	}
	return parts.JoinSome(" · ", part, parts.VerdictText(c, v))
}

// approvalText is the customer's answer to an estimate.
func approvalText(t i18n.Catalog, a repair.Approval) string {
	switch a {
	case repair.ApprovalApproved:
		return t.T("order.approved")
	case repair.ApprovalDeclined:
		return t.T("order.declined")
	}
	return t.T("order.unanswered")
}

// orNone is s, or "none" when nothing was recorded.
func orNone(t i18n.Catalog, s string) string {
	if s == "" {
		return t.T("none")
	}
	return s
}
