package search

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// MaxLen is the most the search box takes: more than any number, phone,
// serial or name.
const MaxLen = 40

// Messages the search box sends the root through its outbox.
type (
	// BackMsg is esc: close the box and show the screen it was opened from.
	BackMsg struct{}
	// OpenOrderMsg is enter on a result: open order ID; the order screen's
	// esc comes back to the box (call Focus).
	OpenOrderMsg struct{ ID uint64 }
	// PickedMsg is enter on a result in pick mode: order ID is the one of
	// the lost slip: the pickup reads it and asks for the identity check.
	PickedMsg struct{ ID uint64 }
)

// Model is the search box.
type Model struct {
	parts.Outbox
	c       common.Common
	sess    parts.Session
	keys    KeyMap
	input   textinput.Model
	seq     int    // the latest search started
	query   string // the text the rows answer, "" before any answer
	rows    []parts.OrderRow
	reqs    []onsite.Request // the on-site requests found, under the orders (requests.go)
	tailW   int
	more    int                 // how many more orders the search found than rows
	atLeast bool                // and others may match still
	damaged []store.DamageError // orders found whose records the disk damaged: not among rows
	failed  error               // the latest search's error, said in the panel too
	sel     int
	pick    bool // finding the order of a lost slip: enter takes it to the pickup
	// openOne opens the one order of the first answer, if it is one: a
	// code scanned on the queue screen (Scanned).
	openOne bool
}

// New is an empty search box, focused; pick is the lost slip's mode. It
// clears the status line.
func New(c common.Common, s parts.Session, pick bool) (Model, tea.Cmd) {
	in := textinput.New()
	in.Prompt = c.Text.T("search.prompt")
	in.Placeholder = c.Text.T("search.hint")
	in.CharLimit = MaxLen
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), input: in, pick: pick}
	m.setWidth()
	m.Say("", false)
	return m, m.input.Focus()
}

// Scanned is the box opened with code in it, as scanned or typed on the
// queue screen: its search starts at once, and an answer of exactly one
// order opens it; more, or none, stay in the box to be looked at.
func Scanned(c common.Common, s parts.Session, code string) (Model, tea.Cmd) {
	m, cmd := New(c, s, false)
	m.input.SetValue(common.Inert(code))
	m.input.CursorEnd()
	m.openOne = true
	return m, tea.Batch(cmd, m.find())
}

// Focus makes the box take keys and pastes again, when the root shows it
// again after the order opened from it.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// SetSize records the terminal's size and fits the input to it.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.setWidth()
}

func (m *Model) setWidth() { m.input.SetWidth(max(10, max(m.c.Width, 40)-6-len(m.input.Prompt))) }

// SetSession is what the root knows: the header and the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles takes the styles of the terminal's background; the rows are
// styled as they are drawn.
func (m *Model) SetStyles(st common.Styles) { m.c.Styles = st }

// Update handles the answers to the box's searches, and keys and pastes
// while it is shown.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case foundMsg:
		return m.found(msg), nil
	case tea.KeyPressMsg:
		if m.opened() {
			return m.key(msg)
		}
		return m, nil
	}
	return m.typed(msg) // a paste, the cursor's blink; nothing while blurred
}

// opened reports whether New made the box: a zero Model ignores keys and
// draws nothing (its blurred input ignores the rest).
func (m Model) opened() bool { return m.c.Now != nil }

// key: the arrows choose a row, enter opens it, esc closes the box; every
// other key is typed.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	var focus tea.Cmd
	if !m.input.Focused() { // shown again, and the root did not call Focus
		focus = m.input.Focus()
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Close):
		m.leave(BackMsg{})
		return m, nil
	case key.Matches(msg, k.Up):
		m.sel = parts.MoveSel(m.sel, -1, m.results())
		return m, focus
	case key.Matches(msg, k.Down):
		m.sel = parts.MoveSel(m.sel, 1, m.results())
		return m, focus
	case key.Matches(msg, k.Open):
		switch {
		case m.sel < len(m.rows) && m.pick:
			m.leave(PickedMsg{ID: m.rows[m.sel].ID})
		case m.sel < len(m.rows):
			m.leave(OpenOrderMsg{ID: m.rows[m.sel].ID})
		case !m.pick && m.sel < m.results():
			r, _ := m.selectedRequest()
			m.leave(OpenRequestMsg{ID: r.ID})
		default:
			return m, focus
		}
		return m, nil
	}
	m, cmd := m.typed(msg)
	return m, tea.Batch(focus, cmd)
}

// leave sends msg and blurs the input: the box is not shown any more, and
// what the root forwards to every screen (a paste) is not typed into it.
func (m *Model) leave(msg tea.Msg) {
	m.input.Blur()
	m.Send(msg)
}
