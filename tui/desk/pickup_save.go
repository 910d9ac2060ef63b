package desk

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// pickupAct is what the pickup writes.
type pickupAct int

const (
	actFailInspection pickupAct = iota // G3
	actLoanerBack                      // O8
	actSignOff                         // P4
)

// pickupSavedMsg reports a change written by the pickup, or refused.
type pickupSavedMsg struct {
	act pickupAct
	o   repair.Order
	err error
}

// savePickup writes a change of the pickup's order, through writeOrder.
func (m *Model) savePickup(act pickupAct, change func(repair.Order, time.Time) (repair.Order, error)) tea.Cmd {
	if m.c.Store == nil || m.pickup.busy {
		return nil
	}
	m.pickup.busy = true
	return m.writeOrder(m.pickup.o.ID, change, func(o repair.Order, err error) tea.Msg {
		return pickupSavedMsg{act: act, o: o, err: err}
	})
}

// writeOrder changes order id in a command through store.UpdateOrder —
// read, changed and written in one transaction, or nothing written when
// change refuses — and hands the answer to answer for its message.
func (m *Model) writeOrder(id uint64, change func(repair.Order, time.Time) (repair.Order, error), answer func(repair.Order, error) tea.Msg) tea.Cmd {
	st, n, who := m.c.Store, m.counter, m.engineer
	m.setStatus(m.c.Text.T("order.form.saving"), false)
	return func() tea.Msg {
		o, err := st.UpdateOrder(who, n, id, change)
		return answer(o, err)
	}
}

// pickupSaved says "saved" once the commit returned, or why nothing was
// written. A signed-off pickup finishes the ticket, as the finish key does.
func (m Model) pickupSaved(msg pickupSavedMsg) (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	p.busy = false
	if msg.err != nil {
		m.setStatus(pickupError(m.c, msg.err), true)
		return m, nil
	}
	m.setOrder(msg.o)
	number := common.Inert(msg.o.Number)
	board := m.loadBoard()
	switch msg.act {
	case actFailInspection:
		p.stage = stageFailed
		m.setStatus(t.T("saved")+" · "+t.T("pickup.did.fail", number, stateName(t, msg.o.State)), false)
	case actLoanerBack:
		m.setStatus(t.T("saved")+" · "+t.T("order.did.loaner", number), false)
	case actSignOff:
		p.stage = stageDone
		m.setStatus(t.T("saved")+" · "+t.T("pickup.did.sign", number), false)
		n, who := m.counter, m.engineer
		finish := m.op("desk.did.finish", func(st *store.Store) (queue.Ticket, error) { return st.Finish(n, who) })
		return m, tea.Batch(board, finish)
	}
	return m, board
}

// pickupErrKeys are the refusals of the pickup's changes.
var pickupErrKeys = []errKey{
	{repair.ErrCollected, "pickup.why.collected"},
	{repair.ErrNotReady, "pickup.why.notReady"},
	{repair.ErrNotVerified, "pickup.why.notVerified"},
	{repair.ErrSerialMismatch, "pickup.why.serial"},
	{repair.ErrInspectionFail, "pickup.why.failed"},
	{repair.ErrInspection, "pickup.why.inspection"},
	{repair.ErrAccessories, "pickup.why.accessories"},
	{repair.ErrLoanerOut, "order.why.loanerOut"},
	{repair.ErrNoSignature, "pickup.why.signature"},
}

// pickupError says why the store refused a change of the pickup.
func pickupError(c common.Common, err error) string {
	var me *repair.MoveError
	if !errors.As(err, &me) {
		if key, ok := keyOf(err, pickupErrKeys); ok {
			return c.Text.T("pickup.refused", c.Text.T(key))
		}
	}
	return orderError(c, err)
}
