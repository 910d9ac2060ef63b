package desk

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// updateClaim: enter goes from the code to the digits, then checks them
// (P1); tab switches; ctrl+l is the lost slip.
func (m Model) updateClaim(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k := &m.pickup, m.pkeys
	switch {
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case key.Matches(msg, k.Lost):
		return m.openLostSlip()
	case key.Matches(msg, k.Switch):
		return m, p.focusClaim(!p.onLast4)
	case key.Matches(msg, k.Verify) && !p.onLast4:
		return m, p.focusClaim(true)
	case key.Matches(msg, k.Verify):
		return m.verify()
	}
	return m.typeInto(msg)
}

// focusClaim puts the focus on the digits (or the code).
func (p *pickupState) focusClaim(digits bool) tea.Cmd {
	p.onLast4 = digits
	p.claim.Blur()
	p.last4.Blur()
	if digits {
		return p.last4.Focus()
	}
	return p.claim.Focus()
}

// verify checks the form of what was typed here, then the code itself in
// the store (store.VerifyPickup): attempts are counted and logged there.
func (m Model) verify() (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	code := repair.NormalizeClaim(p.claim.Value())
	if n := m.c.Repair.ClaimCodeLength; n > 0 && !repair.ValidClaim(code, n) {
		m.setStatus(t.T("pickup.err.claimForm", n), true)
		return m, p.focusClaim(false)
	}
	last4, err := repair.CheckLast4(p.last4.Value())
	if err != nil {
		m.setStatus(t.T("pickup.err.last4"), true)
		return m, nil
	}
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	p.busy = true
	m.setStatus("", false)
	try := store.PickupTry{Counter: m.counter, Who: m.engineer, Claim: code, Last4: last4}
	lim := store.PickupLimits{Order: m.c.Repair.PickupAttemptsOrder, Counter: m.c.Repair.PickupAttemptsCounter, Lockout: m.c.Repair.PickupLockout}
	return m, func() tea.Msg {
		o, err := st.VerifyPickup(try, lim)
		return verifiedMsg{o: o, err: err}
	}
}

// verified shows the answer to the code: a calm "try again" when wrong
// (which half is not said, nor how many tries are left), the time when
// locked; once the customer is known, whether the order can be handed over.
func (m Model) verified(msg verifiedMsg) (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	if m.screen != screenPickup || p.stage != stageClaim || !p.busy {
		return m, nil
	}
	p.busy = false
	if msg.err == nil {
		return m.verifiedAs(msg.o, repair.Verification{By: m.engineer, At: m.c.Now().UTC(), ClaimCode: true})
	}
	var locked *store.LockedError
	switch {
	case errors.As(msg.err, &locked):
		m.setStatus(t.T("pickup.err.locked", m.c.Clock(locked.Until).Format("15:04")), true)
	case errors.Is(msg.err, repair.ErrWrongClaim):
		m.setStatus(t.T("pickup.err.wrong"), true)
	default:
		m.setStatus(common.Explain(t, m.c.Cfg, msg.err), true)
	}
	// Tried again from the slip: nothing of a wrong code stays on the screen.
	p.claim.SetValue("")
	p.last4.SetValue("")
	return m, p.focusClaim(false)
}

// verifiedAs goes on with the order the customer was verified for, if it
// can be handed over: ready, not collected already.
func (m Model) verifiedAs(o repair.Order, v repair.Verification) (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	if why := m.notHandedOver(o); why != "" {
		p.stage, p.lost = stageClaim, nil
		m.setStatus(why, true)
		return m, p.focusClaim(false)
	}
	p.v, p.stage = v, stageFetch
	m.setOrder(o)
	p.insp = newInspection(kindOf(m.c, o.Intake.Device))
	p.returned, p.accSel = make([]bool, len(o.Intake.Accessories)), 0
	how := t.T("pickup.by.claim")
	if !v.ClaimCode {
		how = t.T("pickup.by.id", idTypeName(t, v.IDType), v.IDLast4, common.Inert(v.Supervisor))
	}
	m.setStatus(t.T("pickup.verified", common.Inert(o.Number), how), false)
	return m, m.field("", repair.MaxSerial)
}

// setOrder keeps the order as last read and offers the loaner's key while
// one is out (O8).
func (m *Model) setOrder(o repair.Order) {
	m.pickup.o = o
	m.pkeys.Loaner.SetEnabled(o.LoanerOut())
}

// notHandedOver says why o cannot be handed over (repair.ReadyToHandOver):
// still in repair, or collected already; "" when it can.
func (m Model) notHandedOver(o repair.Order) string {
	t, number := m.c.Text, common.Inert(o.Number)
	err := repair.ReadyToHandOver(o)
	switch {
	case err == nil:
		return ""
	case errors.Is(err, repair.ErrCollected):
		return t.T("pickup.err.collected", number, m.c.Clock(o.Closed).Format("2006-01-02 15:04"))
	case errors.Is(err, repair.ErrNotReady):
		return t.T("pickup.err.notReady", number, stateName(t, o.State))
	}
	return common.Explain(t, m.c.Cfg, err)
}

// updateFetch: the device fetched by its tag, its serial typed or scanned
// must be the order's (P2); a mismatch is refused and the field cleared.
func (m Model) updateFetch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k, t := &m.pickup, m.pkeys, m.c.Text
	switch {
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case !key.Matches(msg, k.Serial):
		return m.typeInto(msg)
	}
	if want := p.o.Intake.Serial; want != "" {
		got, err := repair.NormalizeSerial(p.line.Value())
		norm, _ := repair.NormalizeSerial(want)
		switch {
		case errors.Is(err, repair.ErrRequired):
			m.setStatus(t.T("pickup.err.serialEmpty"), true)
			return m, nil
		case err != nil || got != norm:
			p.line.SetValue("")
			m.setStatus(t.T("pickup.err.serial"), true)
			return m, nil
		}
		p.serialOK = true
		m.setStatus(t.T("pickup.serialOK"), false)
	}
	p.line.Blur()
	p.stage = stageInspect
	return m, nil
}
