package intake

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// intakeFacts are the side panel's lines, wrapped to w cells: the ticket, a
// returning customer, the serial's earlier repairs (O7), the warranty as it
// stands (I4, I5), accessories missing, the loaner due (I12), the script.
func (m Model) intakeFacts(w int) []string {
	c, f := m.c, m.form
	t, st := c.Text, c.Styles
	in := *f.in
	var out []string
	add := func(style lipgloss.Style, s string) { out = append(out, parts.Wrapped(style, s, w)...) }
	head := func(s string) { out = append(out, st.Title.Render(s)) }

	if m.request != "" {
		add(st.Current, t.T("intake.fact.request", common.Inert(m.request)))
	} else {
		add(st.Current, f.ticket.Number+" · "+c.TypeName(f.ticket.Type))
	}
	if len(f.customer) > 0 {
		o := f.customer[0]
		add(st.Good, t.T("intake.fact.returning", len(f.customer), common.Inert(o.Number), c.Clock(o.Received).Format("2006-01-02")))
	}
	if len(f.history) > 0 {
		head(t.T("intake.fact.serial", len(f.history)))
		for i, o := range f.history {
			if i == 3 {
				break
			}
			add(st.Muted, common.Inert(o.Number)+" "+c.Clock(o.Received).Format("2006-01-02")+" "+common.Inert(parts.FirstLine(o.Intake.Fault)))
		}
		add(st.LongWait, t.T("intake.fact.comeback"))
		if len(f.history) >= 2 {
			add(st.LongWait, t.T("intake.fact.exchangeOwed"))
		}
	}
	if f.refused != "" {
		head(t.T("intake.fact.warranty"))
		add(st.LongWait, t.T("intake.fact.refusedDate", t.T("intake.label."+f.refused)))
	} else if kind, ok := c.Repair.Device(in.Device); ok && f.verdictKnown() {
		head(t.T("intake.fact.warranty"))
		style := st.Good
		if !f.v.Covered {
			style = st.LongWait
		}
		add(style, f.verdictLine(c))
		if s := f.sanBaoLine(c); s != "" {
			add(st.Good, s)
		}
		if missing := repair.Missing(kind, in.Accessories); len(missing) > 0 && len(in.Accessories) > 0 {
			names := make([]string, len(missing))
			for i, it := range missing {
				names[i] = common.Inert(it.In(string(t.Lang)))
			}
			add(st.Muted, t.T("intake.fact.missing", strings.Join(names, t.T("intake.listSep"))))
		}
	}
	if in.LoanerOffered && f.reached[repair.FieldPromised] {
		add(st.LongWait, t.T("intake.fact.loaner"))
	}
	if s := m.intakeScript(); s != "" {
		head(t.T("desk.panel.script"))
		add(st.Script, common.Quote(s))
	}
	if f.failed != "" {
		add(st.Bad, f.failed)
	}
	return out
}

// intakeScript is the standard script that applies now: the refusal when a
// dealer cannot name the end user (I1), the paid-service line when the
// warranty does not cover the fault (I11), else the greeting.
func (m Model) intakeScript() string {
	f, t := m.form, m.c.Text
	in := *f.in
	if in.ByDealer && (strings.TrimSpace(in.Name) == "" || strings.TrimSpace(in.Phone) == "") && f.focus != "who" {
		return t.T("script.dealer")
	}
	if f.verdictKnown() && f.refused == "" {
		if v := f.v; !v.Covered && v.Reason != repair.ReasonNoPart {
			return t.T("script.paid", f.feeText(t))
		}
	}
	return t.T("script.greet")
}

// verdictKnown: the warranty can be told once the purchase was entered (or
// the form has gone past it), not before.
func (f *intake) verdictKnown() bool {
	return f.in.Purchased != "" || f.in.FactoryMonth != "" || f.reached[repair.FieldPart]
}
