package order

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Model is the order screen, a value like a bubbles component. A zero
// Model was never opened: it ignores every message.
type Model struct {
	parts.Outbox

	c      common.Common
	sess   parts.Session
	keys   KeyMap
	opened bool // made by New: only then does it read, save or answer

	id     uint64
	o      repair.Order
	visits []onsite.Request // the on-site requests of the order's device (S10, C2)
	loaded bool
	lines  []string // the order drawn for the frame's width, on load and resize
	scroll int
	form   *form // the action being filled in, nil when none
	saving bool  // an action is being written: reads wait for its answer
}

// BackMsg asks the root to go back to the screen the order was opened
// from (the board or the search box): esc was pressed, or the order was
// not found when first read.
type BackMsg struct{}

// deviceVisits is how many of the device's on-site requests the order
// shows: its history is the repairs' (O7) and the visits' together.
const deviceVisits = 5

// loadedMsg brings an order read by its id.
type loadedMsg struct {
	id     uint64
	o      repair.Order
	visits []onsite.Request // of its serial, newest first
	found  bool
	err    error
}

// New opens order id for the session, reading it in the command returned
// (the old openOrder); until it answers the screen says "loading".
func New(c common.Common, s parts.Session, id uint64) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), opened: true, id: id}
	m.keys.Print.SetEnabled(c.Print.Configured()) // without a printer, the slip is its file
	return m, read(c.Store, id)
}

// read reads order id in a command; without a store (pure tests) nothing.
func read(st store.Station, id uint64) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		o, found, err := st.Order(id)
		msg := loadedMsg{id: id, o: o, found: found, err: err}
		if found && err == nil && o.Intake.Serial != "" {
			msg.visits, msg.err = st.RequestsBySerial(o.Intake.Serial, deviceVisits)
		}
		return msg
	}
}

// Reload reads the order again after a change anywhere (the change feed).
// While a change is being saved it reads nothing: the save's answer brings
// the order as committed.
func (m Model) Reload() tea.Cmd {
	if !m.opened || m.saving {
		return nil
	}
	return read(m.c.Store, m.id)
}

// ID is the order shown.
func (m Model) ID() uint64 { return m.id }

// SetSize draws the order and its form again for the terminal's size.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.redraw()
}

// SetSession is the root's session: the header, the status line, and who
// saves the changes.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles takes the styles of the terminal's background: the order's
// lines and the open form are drawn with them.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	if m.form != nil {
		m.form.form.WithTheme(st.Form())
	}
	m.redraw()
}

// redraw draws the order's lines and sizes the form again.
func (m *Model) redraw() {
	if m.loaded {
		m.show(m.o)
	}
	if m.form != nil {
		m.form.form.WithWidth(m.innerW() - 2)
	}
}

// show draws the order once, for the screen's width, and offers the
// actions it can take.
func (m *Model) show(o repair.Order) {
	m.o, m.loaded = o, true
	m.lines = orderLines(m.c, o, m.visits, m.innerW())
	m.scroll = min(m.scroll, m.maxScroll())
	m.keys = m.keys.forOrder(o)
}

// innerW is the width inside the order screen's frame.
func (m Model) innerW() int { return max(m.c.Width, 40) - 2 }

// maxScroll is how far the order scrolls: its last line at the bottom.
func (m Model) maxScroll() int { return max(0, len(m.lines)-m.bodyH()) }
