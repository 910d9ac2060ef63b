package pickup

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// act is what the pickup writes.
type act int

const (
	actFailInspection act = iota // G3
	actLoanerBack                // O8
	actSignOff                   // P4
)

// savedMsg reports a change written by the pickup, or refused.
type savedMsg struct {
	act act
	o   repair.Order
	err error
}

// save writes a change of the pickup's order through parts.WriteOrder, one
// at a time.
func (m *Model) save(a act, change parts.Change) tea.Cmd {
	if m.c.Store == nil || m.busy {
		return nil
	}
	m.busy = true
	m.Say(m.c.Text.T("order.form.saving"), false)
	return parts.WriteOrder(m.c.Store, m.sess, m.o.ID, change, func(o repair.Order, err error) tea.Msg {
		return savedMsg{act: a, o: o, err: err}
	})
}

// saved says "saved" once the commit returned, or why nothing was written;
// the root reads the board again. A signed-off pickup has the root finish
// the ticket, as the finish key does.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	if !m.busy { // not this pickup's: one save is out at a time
		return m, nil
	}
	t := m.c.Text
	m.busy = false
	if msg.err != nil {
		m.Say(saveError(m.c, msg.err), true)
		return m, nil
	}
	m.setOrder(msg.o)
	number := common.Inert(msg.o.Number)
	switch msg.act {
	case actFailInspection:
		m.stage = stageFailed
		m.Say(t.T("saved")+" · "+t.T("pickup.did.fail", number, parts.StateName(t, msg.o.State)), false)
	case actLoanerBack:
		m.Say(t.T("saved")+" · "+t.T("order.did.loaner", number), false)
	case actSignOff:
		m.stage = stageDone
		m.Say(t.T("saved")+" · "+t.T("pickup.did.sign", number), false)
	}
	m.Send(parts.SavedMsg{Board: true})
	if msg.act == actSignOff {
		m.Send(SignedOffMsg{})
	}
	return m, nil
}

// errKeys are the refusals of the pickup's changes.
var errKeys = []parts.ErrKey{
	{Err: repair.ErrCollected, Key: "pickup.why.collected"},
	{Err: repair.ErrNotReady, Key: "pickup.why.notReady"},
	{Err: repair.ErrNotVerified, Key: "pickup.why.notVerified"},
	{Err: repair.ErrSerialMismatch, Key: "pickup.why.serial"},
	{Err: repair.ErrInspectionFail, Key: "pickup.why.failed"},
	{Err: repair.ErrInspection, Key: "pickup.why.inspection"},
	{Err: repair.ErrAccessories, Key: "pickup.why.accessories"},
	{Err: repair.ErrLoanerOut, Key: "order.why.loanerOut"},
	{Err: repair.ErrNoSignature, Key: "pickup.why.signature"},
}

// saveError says why the store refused a change of the pickup.
func saveError(c common.Common, err error) string {
	var me *repair.MoveError
	if !errors.As(err, &me) {
		if key, ok := parts.KeyOf(err, errKeys); ok {
			return c.Text.T("pickup.refused", c.Text.T(key))
		}
	}
	return parts.OrderError(c, err)
}
