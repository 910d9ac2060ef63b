package search

import (
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// searches numbers every search of the program, whichever box started it:
// the root opens a fresh box each time, and an answer to the box before,
// arriving late, must not be taken for the new box's own.
var searches atomic.Int64

// foundMsg brings the answer to search number seq.
type foundMsg struct {
	seq   int
	query string
	res   store.SearchResult
	err   error
}

// typed gives a key or a paste to the text input and, when the text
// changed, starts a search for it. What is pasted is made inert first, so
// an escape sequence goes whole, not just its ESC; what is left of a typed
// format character (a bidi override) is dropped after.
func (m Model) typed(msg tea.Msg) (Model, tea.Cmd) {
	if p, ok := msg.(tea.PasteMsg); ok {
		p.Content = common.Inert(p.Content)
		msg = p
	}
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if v := m.input.Value(); common.Inert(v) != v {
		m.input.SetValue(common.Inert(v))
	}
	if m.input.Value() == before {
		return m, cmd
	}
	find := m.find()
	return m, tea.Batch(cmd, find)
}

// find starts a search for the text as it stands, numbered so that an
// answer to older text is dropped.
func (m *Model) find() tea.Cmd {
	m.seq = int(searches.Add(1))
	q := strings.TrimSpace(m.input.Value())
	if q == "" {
		m.query, m.rows, m.reqs, m.more, m.atLeast, m.sel, m.failed, m.damaged = "", nil, nil, 0, false, 0, nil, nil
		return nil
	}
	st, seq, limit := m.c.Store, m.seq, max(m.rowsH(), 1)
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		res, err := st.Search(q, limit)
		return foundMsg{seq: seq, query: q, res: res, err: err}
	}
}

// found shows the answer to the latest search; older ones are dropped.
func (m Model) found(msg foundMsg) Model {
	if msg.seq != m.seq {
		return m
	}
	if msg.err != nil {
		m.Say(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		m.query, m.rows, m.reqs, m.failed = msg.query, nil, nil, msg.err // the panel says so, not 「正在读取…」
		return m
	}
	m.failed, m.damaged = nil, msg.res.Damage
	now := m.c.Now()
	rows := make([]parts.OrderRow, len(msg.res.Heads))
	for i, h := range msg.res.Heads {
		rows[i] = parts.NewOrderRow(m.c, h, repair.List(""), now)
	}
	m.query, m.rows, m.more, m.atLeast, m.sel = msg.query, rows, msg.res.More, msg.res.AtLeast, 0
	m.reqs = msg.res.Requests
	m.tailW = parts.TailWidth(rows)
	if m.openOne && len(rows) == 1 && m.more == 0 && !m.atLeast && len(m.reqs) == 0 {
		m.Send(OpenOrderMsg{ID: msg.res.Heads[0].ID})
	}
	m.openOne = false
	return m
}
