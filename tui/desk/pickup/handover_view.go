package pickup

import (
	"strings"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// explainLines are the repair result (O4) to read to the customer (P3):
// each title, then its text in the large style, a blank line between.
func (m Model) explainLines(w int) []string {
	st, t, r := m.c.Styles, m.c.Text, m.o.Result
	lines := parts.Wrapped(st.Muted, t.T("pickup.explain.say"), w)
	lines = append(lines, parts.Wrapped(st.Muted, t.T("pickup.explain.fault", common.Inert(parts.FirstLine(m.o.Intake.Fault))), w)...)
	lines = append(lines, "")
	for _, f := range []struct{ name, v string }{
		{repair.FieldCause, r.Cause},
		{repair.FieldWork, r.Work},
		{repair.FieldParts, r.Parts},
		{repair.FieldAdvice, r.Advice},
	} {
		lines = append(lines, st.Title.Render(parts.FieldName(t, f.name)))
		text := strings.TrimSpace(f.v)
		if text == "" {
			text = t.T("order.result.empty")
		}
		for _, l := range common.Wrap(common.Inert(text), w-2) {
			lines = append(lines, "  "+st.Current.Render(l))
		}
		lines = append(lines, "")
	}
	return lines
}

// returnLines are the accessories taken in (I7), each with whether it is
// handed back; what the customer left beyond them; the loaner (O8).
func (m Model) returnLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	lines := append(parts.Wrapped(st.Muted, t.T("pickup.return.say"), w), "")
	kind := parts.KindOf(m.c, m.o.Intake.Device)
	if len(m.o.Intake.Accessories) == 0 {
		lines = append(lines, "  "+st.Muted.Render(t.T("pickup.return.none")))
	}
	for i, k := range m.o.Intake.Accessories {
		box, prefix := "[ ] ", "  "
		lost := m.lostIndex(k)
		switch {
		case m.returned[i]:
			box = "[x] "
		case lost >= 0:
			box = t.T("pickup.return.lost")
		}
		name := box + slip.Names(kind.Accessories, []string{k}, string(t.Lang))
		if i == m.accSel {
			prefix, name = "▸ ", st.Selected.Render(name)
		}
		lines = append(lines, prefix+name)
		if lost >= 0 {
			for _, l := range common.Wrap(parts.LostAgreed(m.c, m.lostAccs[lost]), w-6) {
				lines = append(lines, "      "+st.LongWait.Render(l))
			}
		}
	}
	in := m.o.Intake
	if in.Extras != "" && in.ExtrasLeft {
		lines = append(lines, "")
		lines = append(lines, parts.Wrapped(st.App, t.T("pickup.return.extras", common.Inert(in.Extras)), w)...)
	}
	switch {
	case m.o.LoanerOut():
		lines = append(lines, "")
		lines = append(lines, parts.Wrapped(st.LongWait, t.T("pickup.return.loaner", common.Inert(in.Loaner)), w)...)
	case in.LoanerAccepted && in.Loaner != "":
		lines = append(lines, "", st.Good.Render(t.T("pickup.return.loanerBack", common.Inert(in.Loaner))))
	}
	return lines
}

// signLines ask for the customer's signature: the name as confirmed at
// the counter, the engineer who hands over.
func (m Model) signLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	lines := parts.Wrapped(st.Muted, t.T("pickup.sign.say"), w)
	if len(m.lostAccs) > 0 {
		lines = append(append(lines, ""), parts.Wrapped(st.LongWait, t.T("pickup.sign.lost"), w)...)
		for _, l := range m.lostAccs {
			lines = append(lines, parts.Wrapped(st.App, "  "+parts.LostText(m.c, m.o.Intake.Device, l, true), w)...)
		}
	}
	return append(lines, "",
		common.Fit(t.T("pickup.sign.name"), labelW)+m.line.View(),
		common.Fit(t.T("pickup.sign.staff"), labelW)+common.Inert(m.sess.Engineer),
	)
}

// doneLines are the order as handed over, the return visit due (P5) and
// the farewell to say, word for word.
func (m Model) doneLines(w int) []string {
	st, t, o := m.c.Styles, m.c.Text, m.o
	lines := []string{st.Current.Render(common.Inert(o.Number)) + "  " + st.Good.Render(parts.StateName(t, o.State)), ""}
	lines = append(lines, parts.HandedOver(m.c, o, w)...)
	lines = append(lines, "", st.Title.Render(t.T("desk.panel.script")))
	return append(lines, parts.Wrapped(st.Script, common.Quote(t.T("script.farewell")), w)...)
}
