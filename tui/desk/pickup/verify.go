package pickup

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// verifiedMsg brings the claim code's answer: the order it opens, or why
// not. The command captures values, never the model.
type verifiedMsg struct {
	o   repair.Order
	err error
}

// updateClaim: enter goes from the code to the digits, then checks them
// (P1); tab switches; ctrl+l is the lost slip.
func (m Model) updateClaim(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case key.Matches(msg, k.Lost):
		// The search box is the root's: it finds the order and hands it
		// back through LostSlipFor. It is asked for first, so that what
		// the box says as it opens (a clear status line) comes before the
		// hint to find the order.
		m.Send(FindOrderMsg{})
		m.Say(m.c.Text.T("pickup.lost.find"), false)
		return m, nil
	case key.Matches(msg, k.Switch):
		cmd := m.focusClaim(!m.onLast4)
		return m, cmd
	case key.Matches(msg, k.Verify) && !m.onLast4:
		cmd := m.focusClaim(true)
		return m, cmd
	case key.Matches(msg, k.Verify):
		return m.verify()
	}
	return m.typeInto(msg)
}

// focusClaim puts the focus on the digits (or the code).
func (m *Model) focusClaim(digits bool) tea.Cmd {
	m.onLast4 = digits
	m.claim.Blur()
	m.last4.Blur()
	if digits {
		return m.last4.Focus()
	}
	return m.claim.Focus()
}

// verify checks the form of what was typed here, then the code itself in
// the store (store.VerifyPickup): attempts are counted and logged there.
func (m Model) verify() (Model, tea.Cmd) {
	t := m.c.Text
	code := repair.NormalizeClaim(m.claim.Value())
	if n := m.c.Repair.ClaimCodeLength; n > 0 && !repair.ValidClaim(code, n) {
		m.Say(t.T("pickup.err.claimForm", n), true)
		cmd := m.focusClaim(false)
		return m, cmd
	}
	last4, err := repair.CheckLast4(m.last4.Value())
	if err != nil {
		m.Say(t.T("pickup.err.last4"), true)
		return m, nil
	}
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	m.busy = true
	m.Say("", false)
	try := store.PickupTry{Counter: m.sess.Counter, Who: m.sess.Engineer, Claim: code, Last4: last4}
	lim := store.PickupLimits{Order: m.c.Repair.PickupAttemptsOrder, Counter: m.c.Repair.PickupAttemptsCounter, Lockout: m.c.Repair.PickupLockout}
	return m, func() tea.Msg {
		o, err := st.VerifyPickup(try, lim)
		return verifiedMsg{o: o, err: err}
	}
}

// verified shows the answer to the code: a calm "try again" when wrong
// (which half is not said, nor how many tries are left), the time when
// locked; once the customer is known, whether the order can be handed over.
func (m Model) verified(msg verifiedMsg) (Model, tea.Cmd) {
	if m.stage != stageClaim || !m.busy {
		return m, nil
	}
	t := m.c.Text
	m.busy = false
	if msg.err == nil {
		return m.verifiedAs(msg.o, repair.Verification{By: m.sess.Engineer, At: m.c.Now().UTC(), ClaimCode: true})
	}
	var locked *store.LockedError
	switch {
	case errors.As(msg.err, &locked):
		m.Say(t.T("pickup.err.locked", m.c.Clock(locked.Until).Format("15:04")), true)
	case errors.Is(msg.err, repair.ErrWrongClaim):
		m.Say(t.T("pickup.err.wrong"), true)
	default:
		m.Say(common.Explain(t, m.c.Cfg, msg.err), true)
	}
	// Tried again from the slip: nothing of a wrong code stays on the screen.
	m.claim.SetValue("")
	m.last4.SetValue("")
	cmd := m.focusClaim(false)
	return m, cmd
}

// verifiedAs goes on with the order the customer was verified for, if it
// can be handed over: ready, not collected already.
func (m Model) verifiedAs(o repair.Order, v repair.Verification) (Model, tea.Cmd) {
	t := m.c.Text
	if why := m.notHandedOver(o); why != "" {
		m.stage, m.lost = stageClaim, nil
		m.Say(why, true)
		cmd := m.focusClaim(false)
		return m, cmd
	}
	m.v, m.stage = v, stageFetch
	m.setOrder(o)
	m.insp = newInspection(parts.KindOf(m.c, o.Intake.Device))
	m.returned, m.accSel = make([]bool, len(o.Intake.Accessories)), 0
	how := t.T("pickup.by.claim")
	if !v.ClaimCode {
		how = t.T("pickup.by.id", idTypeName(t, v.IDType), v.IDLast4, common.Inert(v.Supervisor))
	}
	m.Say(t.T("pickup.verified", common.Inert(o.Number), how), false)
	cmd := m.field("", repair.MaxSerial)
	return m, cmd
}

// setOrder keeps the order as last read and offers the loaner's key while
// one is out (O8).
func (m *Model) setOrder(o repair.Order) {
	m.o = o
	m.keys.Loaner.SetEnabled(o.LoanerOut())
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
		return t.T("pickup.err.notReady", number, parts.StateName(t, o.State))
	}
	return common.Explain(t, m.c.Cfg, err)
}

// updateFetch: the device fetched by its tag, its serial typed or scanned
// must be the order's (P2); a mismatch is refused and the field cleared.
func (m Model) updateFetch(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, t := m.keys, m.c.Text
	switch {
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case !key.Matches(msg, k.Serial):
		return m.typeInto(msg)
	}
	if want := m.o.Intake.Serial; want != "" {
		got, err := repair.NormalizeSerial(m.line.Value())
		norm, _ := repair.NormalizeSerial(want)
		switch {
		case errors.Is(err, repair.ErrRequired):
			m.Say(t.T("pickup.err.serialEmpty"), true)
			return m, nil
		case err != nil || got != norm:
			// Said with what was read, so a scan of the wrong label is
			// seen for what it was; the field is empty for the next scan.
			m.Say(t.T("pickup.err.serial", common.Inert(m.line.Value())), true)
			m.line.SetValue("")
			return m, nil
		}
		m.serialOK = true
		m.Say(t.T("pickup.serialOK"), false)
	}
	m.line.Blur()
	m.stage = stageInspect
	return m, nil
}
