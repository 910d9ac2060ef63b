package approvals

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// BackMsg asks the root to show the queue again.
type BackMsg struct{}

// decidedMsg brings a request decided, or why not.
type decidedMsg struct {
	a   store.Approval
	err error
}

// KeyMap is the screen's keys.
type KeyMap struct {
	Up, Down, Open, Approve, Refuse, Back, Quit key.Binding
}

// DefaultKeyMap builds the keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding { return parts.Bind(t, help, keys...) }
	k := KeyMap{
		Up:      b("desk.key.up", "up", "k"),
		Down:    b("desk.key.down", "down", "j"),
		Open:    b("approvals.key.open", "enter"),
		Approve: b("approvals.key.approve", "y"),
		Refuse:  b("approvals.key.refuse", "n"),
		Back:    b("approvals.key.back", "esc"),
		Quit:    b("quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑↓", t.T("pickup.key.move"))
	return k
}

// keysFor are the keys of the list, or of one request open.
func (k KeyMap) keysFor(open bool) []key.Binding {
	if open {
		return []key.Binding{k.Approve, k.Refuse, k.Back, k.Quit}
	}
	return []key.Binding{k.Up, k.Open, k.Back, k.Quit}
}

// Model is the list of the pending requests, one of them open or not.
type Model struct {
	parts.Outbox
	c       common.Common
	sess    parts.Session
	keys    KeyMap
	pending []store.Approval
	sel     int
	open    uint64 // the request open, 0 for the list
	busy    bool   // a decision is on its way to the store
}

// New is the screen, empty until the first snapshot.
func New(c common.Common, s parts.Session) Model {
	return Model{c: c, sess: s, keys: DefaultKeyMap(c.Text)}
}

// SetSize records the terminal's size.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// SetSession is what the root knows: the header and the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles draws with the styles of the terminal's background.
func (m *Model) SetStyles(st common.Styles) { m.c.Styles = st }

// Pending is how many requests wait.
func (m Model) Pending() int { return len(m.pending) }

// Update takes every snapshot's pending requests, a decision's answer and,
// while shown, the keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case common.SnapshotMsg:
		if msg.Err == nil {
			m.list(msg.Snap.Approvals)
		}
	case decidedMsg:
		return m.decided(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// list keeps the pending requests, the cursor on the one it was on; an
// open request decided elsewhere closes.
func (m *Model) list(pending []store.Approval) {
	var at uint64
	if m.sel < len(m.pending) {
		at = m.pending[m.sel].ID
	}
	m.pending, m.sel = pending, 0
	stillOpen := false
	for i, a := range pending {
		if a.ID == at {
			m.sel = i
		}
		stillOpen = stillOpen || a.ID == m.open
	}
	if m.open != 0 && !stillOpen && !m.busy {
		m.open = 0
		m.Say(m.c.Text.T("approvals.gone"), false)
	}
}

// key moves, opens, decides or goes back.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case m.busy:
	case key.Matches(msg, k.Back) && m.open != 0:
		m.open = 0
	case key.Matches(msg, k.Back):
		m.Send(BackMsg{})
	case m.open != 0 && key.Matches(msg, k.Approve):
		return m.decide(true)
	case m.open != 0 && key.Matches(msg, k.Refuse):
		return m.decide(false)
	case m.open != 0:
	case key.Matches(msg, k.Up):
		m.sel = max(m.sel-1, 0)
	case key.Matches(msg, k.Down):
		m.sel = min(m.sel+1, max(len(m.pending)-1, 0))
	case key.Matches(msg, k.Open) && m.sel < len(m.pending):
		m.open = m.pending[m.sel].ID
	}
	return m, nil
}

// decide sends the open request's decision, as the session's supervisor.
func (m Model) decide(yes bool) (Model, tea.Cmd) {
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	m.busy = true
	m.Say("", false)
	who, id := m.c.Person.Name, m.open
	return m, func() tea.Msg {
		a, err := st.Approve(who, id, yes)
		return decidedMsg{a: a, err: err}
	}
}

// decided says what was decided, once committed, and shows the list.
func (m Model) decided(msg decidedMsg) (Model, tea.Cmd) {
	if !m.busy {
		return m, nil
	}
	m.busy, m.open = false, 0
	t := m.c.Text
	switch {
	case msg.err != nil:
		m.Say(common.Explain(t, m.c.Cfg, msg.err), true)
	case msg.a.State == store.ApprovalApproved:
		m.Say(t.T("approvals.approved", common.Inert(msg.a.Number), common.Inert(msg.a.Asker)), false)
	default:
		m.Say(t.T("approvals.refused", common.Inert(msg.a.Number), common.Inert(msg.a.Asker)), false)
	}
	return m, nil
}
