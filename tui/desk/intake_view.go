package desk

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// The intake screen: the form on the left, what the engineer needs to know
// at this moment on the right (the ticket, a returning customer, the
// serial's earlier repairs, the warranty verdict, the script to say).
//
//	header
//	form (section by section)   │ facts and script
//	status line

// panelWidth is the width of the facts panel beside the form.
func (m Model) panelWidth() int {
	return min(max(m.c.Width*2/5, 30), 56)
}

func (m Model) formWidth() int  { return max(m.c.Width, 60) - m.panelWidth() - 1 }
func (m Model) formHeight() int { return max(m.c.Height, 16) - 3 }

func (m Model) intakeView() string {
	w, h := max(m.c.Width, 60), max(m.c.Height, 16)
	f := m.form
	pw := m.panelWidth()
	form := lipgloss.NewStyle().Width(m.formWidth()).MaxWidth(m.formWidth()).Height(h - 3).MaxHeight(h - 3).
		Render(f.form.View())
	body := lipgloss.JoinHorizontal(lipgloss.Top, form, " ",
		common.Box(m.c.Styles, m.c.Text.T("intake.panel", f.ticket.Number), m.intakeFacts(pw-2), pw, h-3))
	m.help.SetWidth(w)
	keys := m.help.ShortHelpView(append(f.form.KeyBinds(), m.keys.Leave))
	return strings.Join([]string{m.header(w), body, m.intakeStatus(w), keys}, "\n")
}

// intakeStatus is what is wrong with the field being typed, said where the
// engineer looks; otherwise the desk's status line.
func (m Model) intakeStatus(w int) string {
	if field := m.form.form.GetFocusedField(); field != nil && field.Error() != nil {
		return m.c.Styles.Bad.Render(common.Fit("✗ "+m.c.Text.T("intake.label."+field.GetKey())+":"+field.Error().Error(), w))
	}
	return m.statusLine(w)
}

// intakeFacts are the panel's lines, wrapped to w cells.
func (m Model) intakeFacts(w int) []string {
	f, t, st := m.form, m.c.Text, m.c.Styles
	in := *f.in
	var out []string
	add := func(style lipgloss.Style, s string) {
		for _, l := range common.Wrap(s, w) {
			out = append(out, style.Render(l))
		}
	}
	head := func(s string) { out = append(out, st.Title.Render(s)) }

	add(st.Current, f.ticket.Number+" · "+m.c.TypeName(f.ticket.Type))
	if len(f.customer) > 0 {
		o := f.customer[0]
		add(st.Good, t.T("intake.fact.returning", len(f.customer), common.Inert(o.Number), m.c.Clock(o.Received).Format("2006-01-02")))
	}
	if len(f.history) > 0 {
		head(t.T("intake.fact.serial", len(f.history)))
		for i, o := range f.history {
			if i == 3 {
				break
			}
			add(st.Muted, common.Inert(o.Number)+" "+m.c.Clock(o.Received).Format("2006-01-02")+" "+common.Inert(firstLine(o.Intake.Fault)))
		}
		add(st.LongWait, t.T("intake.fact.comeback"))
		if len(f.history) >= 2 {
			add(st.LongWait, t.T("intake.fact.exchangeOwed"))
		}
	}
	if kind, ok := m.c.Repair.Device(in.Device); ok && m.verdictKnown() {
		head(t.T("intake.fact.warranty"))
		v := f.v
		part := v.Part
		if rule, ok := m.c.Repair.Rule(v.Part); ok {
			part = common.Inert(rule.In(string(t.Lang)))
		}
		style := st.Good
		if !v.Covered {
			style = st.LongWait
		}
		add(style, part+" · "+verdictText(m.c, v))
		if s := f.sanBaoLine(m.c); s != "" {
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
		add(st.Script, "「"+s+"」")
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
	if m.verdictKnown() {
		if v := f.v; !v.Covered && v.Reason != repair.ReasonNoPart {
			fee := t.T("intake.fee.tbd")
			if lines, err := repair.ParseEstimate(in.Estimate); err == nil && len(lines) > 0 {
				money, _ := repair.ParseMoney(in.Fee)
				fee = t.T("intake.fee.yuan", repair.Total(lines, money).String())
			}
			return t.T("script.paid", fee)
		}
	}
	return t.T("script.greet")
}

// verdictKnown: the warranty can be told once the purchase was entered (or
// the form has gone past it), not before.
func (m Model) verdictKnown() bool {
	f := m.form
	return f.in.Purchased != "" || f.in.FactoryMonth != "" || f.reached[repair.FieldPart]
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
