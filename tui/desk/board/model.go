package board

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Messages the board sends the root through its outbox.
type (
	// BackMsg is esc: show the queue screen.
	BackMsg struct{}
	// OpenOrderMsg is enter on a row: open order ID (esc there comes back
	// to the board, where it was).
	OpenOrderMsg struct{ ID uint64 }
	// OpenVisitMsg is enter on a row of the visits list: record order ID's
	// return visit (P5).
	OpenVisitMsg struct{ ID uint64 }
	// OpenSearchMsg is `/`: open the search box (esc there comes back to
	// the board).
	OpenSearchMsg struct{}
)

// Model is the order board screen.
type Model struct {
	parts.Outbox
	c      common.Common
	sess   parts.Session
	keys   KeyMap
	data   parts.Board
	opened bool // made by New: a zero Model ignores every message
}

// New is the board on the open orders, not read yet, and its first read
// (the program's first: number 0).
func New(c common.Common, s parts.Session) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), data: parts.NewBoard(), opened: true}
	return m, parts.ReadBoard(c.Store, 0)
}

// Data is the board as last read and selected, for the queue screen.
func (m Model) Data() parts.Board { return m.data }

// Reload reads the board again; a read asked earlier that answers later is
// dropped.
func (m *Model) Reload() tea.Cmd { return m.data.Reload(m.c.Store) }

// Tick selects the lists again when the minute has turned.
func (m *Model) Tick() {
	if m.opened {
		m.data.Tick(m.c)
	}
}

// SetSize records the terminal's size; the rows are laid out per frame.
func (m *Model) SetSize(w, h int) { m.c.SetSize(w, h) }

// SetSession is what the root knows: the header and the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles takes the styles of the terminal's background. The rows keep
// no styling of their own: they are styled as they are drawn.
func (m *Model) SetStyles(st common.Styles) { m.c.Styles = st }

// Update handles the board's reads, and its keys while it is shown.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.opened {
		return m, nil
	}
	switch msg := msg.(type) {
	case parts.BoardMsg:
		if err := m.data.Take(m.c, msg); err != nil {
			m.Say(common.ExplainRead(m.c.Text, m.c.Cfg, err), true)
		}
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

// key handles a key on the board screen.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, b := m.keys, &m.data
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.Send(BackMsg{})
	case key.Matches(msg, k.Lists):
		if i := int(msg.String()[0] - '1'); i < len(repair.Lists) {
			b.Choose(m.c, repair.Lists[i])
			m.keys = m.keys.forList(b.List)
		}
	case key.Matches(msg, k.Up):
		b.Sel = parts.MoveSel(b.Sel, -1, len(b.Rows))
	case key.Matches(msg, k.Down):
		b.Sel = parts.MoveSel(b.Sel, 1, len(b.Rows))
	case key.Matches(msg, k.Page):
		page := max(1, m.rowsH())
		if msg.String() == "pgup" {
			page = -page
		}
		b.Sel = parts.MoveSel(b.Sel, page, len(b.Rows))
	case key.Matches(msg, k.Visit):
		if b.Sel < len(b.Rows) {
			m.Send(OpenVisitMsg{ID: b.Rows[b.Sel].ID})
		}
	case key.Matches(msg, k.Open):
		if b.Sel < len(b.Rows) {
			m.Send(OpenOrderMsg{ID: b.Rows[b.Sel].ID})
		}
	case key.Matches(msg, k.Search):
		m.Send(OpenSearchMsg{})
	}
	return m, nil
}
