package queuepanel

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Model is the queue screen. It is a value: Update returns the next one.
type Model struct {
	parts.Outbox

	c     common.Common
	sess  parts.Session
	keys  KeyMap
	help  help.Model
	board parts.Board // the root's copy, drawn as counts or beside the panel

	snap   store.Snapshot
	loaded bool
	list   []listRow // the queue panel's rows, rebuilt when data or minute changes
	sel    int       // index into list of the selected row
	cur    *queue.Ticket
	paused bool
	tally  tally // the day's counts, made by refresh

	picking  bool              // the transfer picker is shown in the script box
	pick     transferPicker    // while picking
	asking   *question         // a yes-or-no shown in the script box, nil when none
	scan     string            // a code being typed or scanned (scan.go), "" when none
	stranded []queue.TypeCount // waiting types no open counter calls (queue.StrandedTypes)
	inflight bool              // one store operation at a time
}

// New opens the queue screen for the session's counter and engineer. Its
// command reads the queue, so the screen fills itself even when it is
// built after the root's first read arrived.
func New(c common.Common, s parts.Session) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), help: help.New(), board: parts.NewBoard()}
	m.help.Styles = c.Styles.Help()
	m.help.SetWidth(c.Width)
	if c.Store == nil {
		return m, nil
	}
	return m, common.Load(c.Store)
}

// Update handles the screen's keys (only while it is shown), the queue's
// snapshots and the answers of its own operations; every other message is
// not its own and is ignored.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m.c.Now == nil { // a zero Model: nothing to draw from
		return m, nil
	}
	switch msg := msg.(type) {
	case common.SnapshotMsg:
		return m.snapshot(msg), nil
	case opMsg:
		return m.done(msg)
	case tea.KeyPressMsg:
		switch {
		case m.asking != nil:
			return m.updateAnswer(msg)
		case m.scan != "":
			return m.updateScan(msg)
		case !m.picking && !m.help.ShowAll && startsScan(msg.Text):
			m.scan = msg.Text
			m.Say("", false)
			return m, nil
		case m.picking:
			return m.updateTransfer(msg)
		case m.help.ShowAll:
			return m.updateHelp(msg)
		}
		return m.updateQueue(msg)
	}
	return m, nil
}

// snapshot takes a read of the queue unless a newer one is shown; a failed
// read says the database is offline.
func (m Model) snapshot(msg common.SnapshotMsg) Model {
	if msg.Err != nil {
		m.Say(common.ExplainRead(m.c.Text, m.c.Cfg, msg.Err), true)
		return m
	}
	if msg.Snap.Rev >= m.snap.Rev || !m.loaded {
		m.snap, m.loaded = inert(msg.Snap), true
		m.refresh()
		m.offerApprovals(len(msg.Snap.Approvals))
	}
	return m
}

// offerApprovals gives a supervisor's session the key to the n requests
// waiting for a supervisor (P1), their number in its help.
func (m *Model) offerApprovals(n int) {
	on := m.c.Person.Role == staff.Supervisor
	m.keys.Approve.SetEnabled(on)
	if on {
		m.keys.Approve.SetHelp("v", m.c.Text.T("desk.key.approvalsN", n))
	}
}

// SetSize fits the screen and its help to the terminal.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.help.SetWidth(w)
}

// SetSession takes the root's session; a new counter or engineer changes
// which ticket is current and what this counter is offered.
func (m *Model) SetSession(s parts.Session) {
	changed := s.Counter != m.sess.Counter || s.Engineer != m.sess.Engineer
	m.sess = s
	if changed && m.c.Now != nil {
		m.refresh()
	}
}

// SetStyles takes the styles of the terminal's background; the rows are
// drawn with them once, so they are drawn again.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	m.help.Styles = st.Help()
	if m.c.Now != nil {
		m.refresh()
	}
}

// SetBoard takes the root's board, whose counts or chosen list the screen
// draws.
func (m *Model) SetBoard(b parts.Board) { m.board = b }

// Tick tells the screen the minute turned: the waits grow, a wait becomes
// long (Q6), by the clock alone.
func (m *Model) Tick() {
	if m.c.Now != nil {
		m.refresh()
	}
}

// Current is the ticket at this counter, nil when there is none.
func (m Model) Current() *queue.Ticket {
	if m.cur == nil {
		return nil
	}
	t := *m.cur
	return &t
}

// Paused reports whether this counter is paused, as the snapshot says.
func (m Model) Paused() bool { return m.paused }

// Loaded reports whether the queue has been read once.
func (m Model) Loaded() bool { return m.loaded }

// Picking reports whether the transfer picker is open.
func (m Model) Picking() bool { return m.picking }

// inert makes the database's words safe to draw once, when they arrive, so
// no row, script or message of the desk can carry an escape sequence from a
// damaged or hostile file. Engineer names are cleaned where they are drawn.
func inert(s store.Snapshot) store.Snapshot {
	tickets := make([]queue.Ticket, len(s.Tickets))
	for i, t := range s.Tickets {
		t.Number, t.Type = common.Inert(t.Number), common.Inert(t.Type)
		tickets[i] = t
	}
	s.Tickets = tickets
	return s
}
