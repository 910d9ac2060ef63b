package visit

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// BackMsg asks the root to show the board again.
type BackMsg struct{}

type (
	// orderMsg brings the order whose visit is recorded.
	orderMsg struct {
		id    uint64
		o     repair.Order
		found bool
		err   error
	}
	// savedMsg reports the visit written, or refused.
	savedMsg struct {
		id  uint64
		o   repair.Order
		err error
	}
)

// Model is the return visit screen of one order.
type Model struct {
	parts.Outbox
	c      common.Common
	sess   parts.Session
	keys   KeyMap
	id     uint64
	o      repair.Order
	loaded bool
	form   *huh.Form
	v      *values
	saving bool
	live   bool // opened by New and not left: a zero or a left Model ignores everything
}

// New opens the visit of order id: it clears the status line and reads the
// order.
func New(c common.Common, s parts.Session, id uint64) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), id: id, live: true}
	m.Say("", false)
	st := c.Store
	if st == nil {
		return m, nil
	}
	return m, func() tea.Msg {
		o, found, err := st.Order(id)
		return orderMsg{id: id, o: o, found: found, err: err}
	}
}

// SetSize records the terminal's size. The form keeps the width it was
// made with, as the desk always had it.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// SetSession is what the root knows: the header, the engineer who records
// the visit and the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles takes the styles of the terminal's background for the frame
// and the facts; the form keeps the theme it was made with.
func (m *Model) SetStyles(st common.Styles) { m.c.Styles = st }

// Update handles the order read, the commit's answer, and the keys; the
// form gets every key but esc and ctrl+c, and the rest of what it asked
// for (its cursor's blink).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.live {
		return m, nil
	}
	switch msg := msg.(type) {
	case orderMsg:
		if msg.id != m.id {
			return m, nil
		}
		return m.loadedOrder(msg)
	case savedMsg:
		if msg.id != m.id || !m.saving {
			return m, nil
		}
		return m.saved(msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Cancel) && !m.saving:
			m.Say("", false)
			m.leave()
			return m, nil
		}
	}
	if m.form == nil || m.saving {
		return m, nil
	}
	_, cmd := m.form.Update(msg)
	if m.form.State != huh.StateCompleted {
		return m, cmd
	}
	return m, m.save()
}

// loadedOrder lays the form out for the order read, or goes back saying
// why there is none.
func (m Model) loadedOrder(msg orderMsg) (Model, tea.Cmd) {
	t := m.c.Text
	switch {
	case msg.err != nil:
		m.Say(common.ExplainRead(t, m.c.Cfg, msg.err), true)
		m.leave()
		return m, nil
	case !msg.found:
		m.Say(t.T("order.notFound"), true)
		m.leave()
		return m, nil
	}
	m.o, m.loaded = msg.o, true
	return m, m.newForm()
}

// leave goes back to the board; what arrives after is not this screen's.
func (m *Model) leave() {
	m.live = false
	m.Send(BackMsg{})
}
