package pickup

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// updateHandOver is the end of the pickup: the repair explained (P3), the
// accessories handed back against the intake's list and the loaner taken
// back (P3, O8), the customer's signature (P4).
func (m Model) updateHandOver(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, t := m.keys, m.c.Text
	if key.Matches(msg, k.Abandon) {
		return m.abandon()
	}
	switch m.stage {
	case stageExplain:
		if key.Matches(msg, k.Continue) {
			m.stage = stageReturn
			m.Say("", false)
		}
	case stageReturn:
		acc := m.o.Intake.Accessories
		switch {
		case key.Matches(msg, k.Up):
			m.accSel = parts.MoveSel(m.accSel, -1, len(acc))
		case key.Matches(msg, k.Down):
			m.accSel = parts.MoveSel(m.accSel, 1, len(acc))
		case key.Matches(msg, k.Toggle) && len(acc) > 0:
			m.returned = slices.Clone(m.returned)
			m.returned[m.accSel] = !m.returned[m.accSel]
			if i := m.lostIndex(acc[m.accSel]); i >= 0 && m.returned[m.accSel] { // found after all
				m.lostAccs = slices.Delete(slices.Clone(m.lostAccs), i, i+1)
			}
			if m.returned[m.accSel] {
				m.accSel = parts.MoveSel(m.accSel, 1, len(acc))
			}
		case key.Matches(msg, k.LostAcc):
			return m.markLost()
		case key.Matches(msg, k.Loaner):
			who := m.sess.Engineer
			cmd := m.save(actLoanerBack, func(o repair.Order, now time.Time) (repair.Order, error) {
				return repair.ReturnLoaner(o, who, now)
			})
			return m, cmd
		case key.Matches(msg, k.Continue):
			return m.handedBack()
		}
	case stageSign:
		if !key.Matches(msg, k.Sign) {
			return m.typeInto(msg)
		}
		name, err := repair.CleanText(m.line.Value(), repair.MaxName, true)
		if err != nil {
			m.Say(t.T("pickup.err.name", repair.MaxName), true)
			return m, nil
		}
		cmd := m.signOff(name)
		return m, cmd
	default: // the inspection's and the claim's stages have their own Update
	}
	return m, nil
}

// handedBack goes on to the signature once every accessory taken in is
// back with the customer or recorded as lost by the station
// (repair.NotReturned) and the loaner is back (O8).
func (m Model) handedBack() (Model, tea.Cmd) {
	t := m.c.Text
	if missing := repair.NotReturned(m.o.Intake.Accessories, append(m.returnedKeys(), m.lostKeys()...)); len(missing) > 0 {
		kind := parts.KindOf(m.c, m.o.Intake.Device)
		m.Say(t.T("pickup.err.notReturned", slip.Names(kind.Accessories, missing, string(t.Lang))), true)
		return m, nil
	}
	if m.o.LoanerOut() {
		m.Say(t.T("pickup.err.loaner", common.Inert(m.o.Intake.Loaner)), true)
		return m, nil
	}
	m.stage = stageSign
	m.Say("", false)
	cmd := m.field(common.Inert(m.o.Intake.Name), repair.MaxName)
	return m, cmd
}

// returnedKeys are the accessories ticked as handed back.
func (m Model) returnedKeys() []string {
	var out []string
	for i, k := range m.o.Intake.Accessories {
		if i < len(m.returned) && m.returned[i] {
			out = append(out, k)
		}
	}
	return out
}

// signOff closes the order (P4) with repair.SignOff on the order as
// stored: who verified how, the serial, both rounds, what was handed back,
// the accessories the station lost and what was agreed for each, the
// customer's name as confirmed and the engineer. The return visit
// becomes due (P5).
func (m *Model) signOff(name string) tea.Cmd {
	pk := repair.Pickup{
		Verification: m.v, SerialConfirmed: m.serialOK, Rounds: cloneRounds(m.insp.rounds),
		Returned: m.returnedKeys(), Lost: slices.Clone(m.lostAccs), SignedBy: name, Staff: m.sess.Engineer,
	}
	cfg, loc := m.c.Repair, m.c.Cfg.Location
	return m.save(actSignOff, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SignOff(o, pk, cfg, loc, now)
	})
}
