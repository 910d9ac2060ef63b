package desk

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// updateHandOver is the end of the pickup: the repair explained (P3), the
// accessories handed back against the intake's list and the loaner taken
// back (P3, O8), the customer's signature (P4).
func (m Model) updateHandOver(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k, t := &m.pickup, m.pkeys, m.c.Text
	if key.Matches(msg, k.Abandon) {
		return m.abandon()
	}
	switch p.stage {
	case stageExplain:
		if key.Matches(msg, k.Continue) {
			p.stage = stageReturn
			m.setStatus("", false)
		}
	case stageReturn:
		acc := p.o.Intake.Accessories
		switch {
		case key.Matches(msg, k.Up):
			p.accSel = moveSel(p.accSel, -1, len(acc))
		case key.Matches(msg, k.Down):
			p.accSel = moveSel(p.accSel, 1, len(acc))
		case key.Matches(msg, k.Toggle) && len(acc) > 0:
			p.returned = slices.Clone(p.returned)
			p.returned[p.accSel] = !p.returned[p.accSel]
			if p.returned[p.accSel] {
				p.accSel = moveSel(p.accSel, 1, len(acc))
			}
		case key.Matches(msg, k.Loaner):
			who := m.engineer
			return m, m.savePickup(actLoanerBack, func(o repair.Order, now time.Time) (repair.Order, error) {
				return repair.ReturnLoaner(o, who, now)
			})
		case key.Matches(msg, k.Continue):
			return m.handedBack()
		}
	case stageSign:
		if !key.Matches(msg, k.Sign) {
			return m.typeInto(msg)
		}
		name, err := repair.CleanText(p.line.Value(), repair.MaxName, true)
		if err != nil {
			m.setStatus(t.T("pickup.err.name", repair.MaxName), true)
			return m, nil
		}
		return m, m.signOff(name)
	}
	return m, nil
}

// handedBack goes on to the signature once every accessory taken in is
// back with the customer (repair.NotReturned) and the loaner is back (O8).
func (m Model) handedBack() (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	if missing := repair.NotReturned(p.o.Intake.Accessories, p.returnedKeys()); len(missing) > 0 {
		kind := kindOf(m.c, p.o.Intake.Device)
		m.setStatus(t.T("pickup.err.notReturned", slip.Names(kind.Accessories, missing, string(t.Lang))), true)
		return m, nil
	}
	if p.o.LoanerOut() {
		m.setStatus(t.T("pickup.err.loaner", common.Inert(p.o.Intake.Loaner)), true)
		return m, nil
	}
	p.stage = stageSign
	m.setStatus("", false)
	return m, m.field(common.Inert(p.o.Intake.Name), repair.MaxName)
}

// returnedKeys are the accessories ticked as handed back.
func (p pickupState) returnedKeys() []string {
	var out []string
	for i, k := range p.o.Intake.Accessories {
		if i < len(p.returned) && p.returned[i] {
			out = append(out, k)
		}
	}
	return out
}

// signOff closes the order (P4) with repair.SignOff on the order as
// stored: who verified how, the serial, both rounds, what was handed back,
// the customer's name as confirmed and the engineer. The return visit
// becomes due (P5).
func (m *Model) signOff(name string) tea.Cmd {
	p := m.pickup
	pk := repair.Pickup{
		Verification: p.v, SerialConfirmed: p.serialOK, Rounds: cloneRounds(p.insp.rounds),
		Returned: p.returnedKeys(), SignedBy: name, Staff: m.engineer,
	}
	cfg, loc := m.c.Repair, m.c.Cfg.Location
	return m.savePickup(actSignOff, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SignOff(o, pk, cfg, loc, now)
	})
}

// explainLines are the repair result (O4) to read to the customer (P3):
// each title, then its text in the large style, a blank line between.
func (m Model) explainLines(w int) []string {
	st, t, r := m.c.Styles, m.c.Text, m.pickup.o.Result
	lines := wrapped(st.Muted, t.T("pickup.explain.say"), w)
	lines = append(lines, wrapped(st.Muted, t.T("pickup.explain.fault", common.Inert(firstLine(m.pickup.o.Intake.Fault))), w)...)
	lines = append(lines, "")
	for _, f := range []struct{ name, v string }{
		{repair.FieldCause, r.Cause}, {repair.FieldWork, r.Work},
		{repair.FieldParts, r.Parts}, {repair.FieldAdvice, r.Advice},
	} {
		lines = append(lines, st.Title.Render(fieldName(t, f.name)))
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
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	lines := append(wrapped(st.Muted, t.T("pickup.return.say"), w), "")
	kind := kindOf(m.c, p.o.Intake.Device)
	if len(p.o.Intake.Accessories) == 0 {
		lines = append(lines, "  "+st.Muted.Render(t.T("pickup.return.none")))
	}
	for i, k := range p.o.Intake.Accessories {
		box, prefix := "[ ] ", "  "
		if p.returned[i] {
			box = "[x] "
		}
		name := box + slip.Names(kind.Accessories, []string{k}, string(t.Lang))
		if i == p.accSel {
			prefix, name = "▸ ", st.Selected.Render(name)
		}
		lines = append(lines, prefix+name)
	}
	in := p.o.Intake
	if in.Extras != "" && in.ExtrasLeft {
		lines = append(lines, "")
		lines = append(lines, wrapped(st.App, t.T("pickup.return.extras", common.Inert(in.Extras)), w)...)
	}
	switch {
	case p.o.LoanerOut():
		lines = append(lines, "")
		lines = append(lines, wrapped(st.LongWait, t.T("pickup.return.loaner", common.Inert(in.Loaner)), w)...)
	case in.LoanerAccepted && in.Loaner != "":
		lines = append(lines, "", st.Good.Render(t.T("pickup.return.loanerBack", common.Inert(in.Loaner))))
	}
	return lines
}

// signLines ask for the customer's signature: the name as confirmed at
// the counter, the engineer who hands over.
func (m Model) signLines(w int) []string {
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	lines := wrapped(st.Muted, t.T("pickup.sign.say"), w)
	return append(lines, "",
		common.Fit(t.T("pickup.sign.name"), pickupLabelW)+p.line.View(),
		common.Fit(t.T("pickup.sign.staff"), pickupLabelW)+common.Inert(m.engineer),
	)
}

// doneLines are the order as handed over, the return visit due (P5) and
// the farewell to say, word for word.
func (m Model) doneLines(w int) []string {
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	o := p.o
	lines := []string{st.Current.Render(common.Inert(o.Number)) + "  " + st.Good.Render(stateName(t, o.State)), ""}
	lines = append(lines, m.handedOver(o, w)...)
	lines = append(lines, "", st.Title.Render(t.T("desk.panel.script")))
	return append(lines, wrapped(st.Script, "「"+t.T("script.farewell")+"」", w)...)
}
