package onsiteboard

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/parts"
)

// Update handles the board's reads and keys, and while a request is open
// hands everything else to its screen.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.opened {
		return m, nil
	}
	if msg, ok := msg.(readMsg); ok {
		m.take(msg)
		return m, nil
	}
	if m.detail != nil {
		return m.updateDetail(msg)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		return m.key(msg)
	}
	return m, nil
}

// updateDetail passes msg to the request's screen; its messages go to the
// root through the board's outbox, its esc back to the board.
func (m Model) updateDetail(msg tea.Msg) (Model, tea.Cmd) {
	d, cmd := m.detail.Update(msg)
	out := d.Drain()
	m.detail = &d
	for _, o := range out {
		switch o.(type) {
		case detailBackMsg:
			m.detail = nil
		case parts.SavedMsg:
			m.Send(o)
			cmd = tea.Batch(cmd, m.Reload())
		default:
			m.Send(o)
		}
	}
	return m, cmd
}

// key handles a key on the board.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	n := len(m.d.lists[m.list])
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.Send(BackMsg{})
	case key.Matches(msg, k.Lists):
		if i := int(msg.String()[0] - '1'); i >= 0 && i < len(Lists) {
			m.list, m.sel = Lists[i], 0
		}
	case key.Matches(msg, k.Up, k.Down, k.Page):
		m.sel = parts.MoveSel(m.sel, m.step(msg.String()), n)
	case key.Matches(msg, k.Open):
		if m.sel < n {
			d, cmd := NewDetail(m.c, m.sess, m.d.rows[m.d.lists[m.list][m.sel]].id)
			m.detail = &d
			return m, cmd
		}
	}
	return m, nil
}

// Open shows request id's screen, as enter on its row does: the search
// box opens a request found so. Its esc comes back to the board.
func (m *Model) Open(id uint64) tea.Cmd {
	d, cmd := NewDetail(m.c, m.sess, id)
	m.detail = &d
	return cmd
}

// step is how far a moving key moves the cursor: a row, or a page.
func (m Model) step(k string) int {
	switch k {
	case "pgup":
		return -max(1, m.rowsH())
	case "pgdown":
		return max(1, m.rowsH())
	case "up", "k":
		return -1
	}
	return 1
}

// Selected is the id of the request under the cursor, 0 when none.
func (m Model) Selected() uint64 {
	if rows := m.d.lists[m.list]; m.sel < len(rows) {
		return m.d.rows[rows[m.sel]].id
	}
	return 0
}

// Count is how many requests list l holds.
func (m Model) Count(l List) int { return len(m.d.lists[l]) }

// InRequest reports whether a request's screen is shown.
func (m Model) InRequest() bool { return m.detail != nil }
