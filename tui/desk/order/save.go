package order

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// savedMsg reports an action written, or refused, by the store.
type savedMsg struct {
	act   action
	order repair.Order // as committed
	err   error
}

// save writes an action through parts.WriteOrder, as the session's
// engineer at its counter: one transaction that reads the order, applies
// change and writes it back, or writes nothing when change refuses. One
// change at a time; without a store (pure tests) nothing is written.
func (m Model) save(act action, change parts.Change) (Model, tea.Cmd) {
	if m.c.Store == nil || m.saving {
		return m, nil
	}
	m.saving = true
	m.Say(m.c.Text.T("order.form.saving"), false)
	return m, parts.WriteOrder(m.c.Store, m.sess, m.id, change, func(o repair.Order, err error) tea.Msg {
		return savedMsg{act: act, order: o, err: err}
	})
}

// saved says "saved" once the commit returned, and asks the root to read
// the board again; or says why nothing was written. The answer is taken
// whichever order is shown now, as the engineer may have gone on to
// another: what was saved is still said.
func (m Model) saved(msg savedMsg) Model {
	m.saving = false
	t := m.c.Text
	if msg.err != nil {
		m.Say(parts.OrderError(m.c, msg.err), true)
		return m
	}
	o := msg.order
	if o.ID == m.id {
		m.show(o)
	}
	did := t.T("order.did."+string(msg.act), common.Inert(o.Number))
	if msg.act == actMove {
		did = t.T("order.did.move", common.Inert(o.Number), parts.StateName(t, o.State))
	}
	m.Say(t.T("saved")+" · "+did, false)
	m.Send(parts.SavedMsg{Board: true})
	return m
}
