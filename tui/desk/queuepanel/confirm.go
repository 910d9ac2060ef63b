package queuepanel

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
)

// question is a yes-or-no the screen asks before an action that is not the
// everyday one: y does it, any other key leaves everything as it was. It is
// a mode of the queue screen, drawn in the script box, as the transfer
// picker is.
type question struct {
	text string                         // what is asked, with the key to say yes
	yes  func(m Model) (Model, tea.Cmd) // the action, on y
}

// ask shows q and waits for its answer.
func (m Model) ask(text string, yes func(m Model) (Model, tea.Cmd)) Model {
	m.asking = &question{text: text, yes: yes}
	m.Say("", false)
	return m
}

// updateAnswer takes the key that answers the open question.
func (m Model) updateAnswer(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	q := m.asking
	m.asking = nil
	if msg.String() == "y" || msg.String() == "Y" {
		return q.yes(m)
	}
	m.Say(m.c.Text.T("desk.ask.cancelled"), false)
	return m, nil
}

// callOutOfType asks before this counter calls t, a ticket of a type it
// does not serve that no open counter can call (queue.Stranded): the
// customer is served here rather than wait for a counter nobody is at.
func (m Model) callOutOfType(t queue.Ticket) Model {
	n, who, id := m.sess.Counter, m.sess.Engineer, t.ID
	text := m.c.Text.T("desk.ask.outOfType", t.Number, m.c.TypeName(t.Type))
	return m.ask(text, func(m Model) (Model, tea.Cmd) {
		return m, m.op("desk.did.call", func(st store.Station) (queue.Ticket, error) { return st.CallOutOfType(n, id, who) })
	})
}

// quit leaves the desk, asking first while a customer is at the counter:
// a q pressed by mistake would leave them with a desk that is gone.
func (m Model) quit() (Model, tea.Cmd) {
	if m.cur == nil {
		return m, tea.Quit
	}
	return m.ask(m.c.Text.T("desk.ask.quit", m.cur.Number), func(m Model) (Model, tea.Cmd) { return m, tea.Quit }), nil
}
