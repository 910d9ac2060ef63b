package onsiteboard

import (
	"maps"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Messages the screen sends the root through its outbox.
type (
	// BackMsg is esc on the board: show the queue screen.
	BackMsg struct{}
	// OpenIntakeMsg is e on a request on site (S10): open the carry-in
	// intake prefilled with Intake; its save links order and request
	// (the order's number on the request, the request's on the order).
	OpenIntakeMsg struct {
		Request string        // the on-site request's number
		Intake  repair.Intake // onsite.CarryIn's
	}
	// PrintRecordMsg is p on a request: print its service record (S9).
	PrintRecordMsg struct{ ID uint64 }
)

// readMsg brings a read of the open requests and the staff's names.
type readMsg struct {
	seq   int
	reqs  []onsite.Request
	staff []string
	err   error
}

// Model is the on-site board and, on enter, one request's screen over
// it: a value like a bubbles component. A zero Model ignores every message.
type Model struct {
	parts.Outbox
	c      common.Common
	sess   parts.Session
	keys   KeyMap
	opened bool

	reqs   []onsite.Request
	staff  []string
	loaded bool
	failed error
	asked  int
	shown  int
	d      data
	list   List
	sel    int
	tl     []string // the timeline, drawn for the width
	tlW    int
	detail *Detail // the request shown, nil on the board
	minute time.Time
}

// New is the board, not read yet, and its first read.
func New(c common.Common, s parts.Session) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), opened: true}
	return m, read(c.Store, 0)
}

// read reads the open requests and the staff in a command, as read seq.
func read(st store.Station, seq int) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		reqs, err := st.OpenRequests()
		if err != nil {
			return readMsg{seq: seq, err: err}
		}
		return readMsg{seq: seq, reqs: reqs, staff: engineers(st, reqs)}
	}
}

// engineers are the names of the people who go out: the staff record's
// engineers and supervisors; and, since a station that runs without SSH
// keeps no staff record, whoever signed in at a counter, and whoever has
// an open request's visit (open, as the caller read them) — sorted, each
// once. None when the store can say nothing.
func engineers(st store.Station, open []onsite.Request) []string {
	seen := map[string]bool{}
	if ms, err := st.StaffList(); err == nil {
		for _, m := range ms {
			if m.Role == staff.Engineer || m.Role == staff.Supervisor {
				seen[m.Name] = true
			}
		}
	}
	if snap, err := st.Snapshot(); err == nil {
		for _, c := range snap.Counters {
			if c.Engineer != "" {
				seen[c.Engineer] = true
			}
		}
	}
	for _, r := range open {
		if r.Visit.Engineer != "" {
			seen[r.Visit.Engineer] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Reload reads the board again (the change feed woke the desk, or a save
// returned), and the request shown; a read that answers after a newer one
// is dropped.
func (m *Model) Reload() tea.Cmd {
	if !m.opened {
		return nil
	}
	m.asked++
	cmds := []tea.Cmd{read(m.c.Store, m.asked)}
	if m.detail != nil {
		cmds = append(cmds, m.detail.Reload())
	}
	return tea.Batch(cmds...)
}

// Tick recomputes the clocks and lists when the minute has turned: a clock
// becomes near or missed by the clock alone.
func (m *Model) Tick() {
	now := m.c.Now().Truncate(time.Minute)
	if !m.opened || !m.loaded || now.Equal(m.minute) {
		return
	}
	m.refresh()
	if m.detail != nil {
		m.detail.redraw()
	}
}

// SetSize lays the board and the request out again for the terminal.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.drawTimeline()
	if m.detail != nil {
		m.detail.SetSize(w, h)
	}
}

// SetSession is the root's session: the header, the status line, and who
// saves the steps.
func (m *Model) SetSession(s parts.Session) {
	m.sess = s
	if m.detail != nil {
		m.detail.SetSession(s)
	}
}

// SetStyles takes the styles of the terminal's background.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	m.drawTimeline()
	if m.detail != nil {
		m.detail.SetStyles(st)
	}
}

// take keeps a read unless a newer one is shown.
func (m *Model) take(msg readMsg) {
	if msg.err != nil {
		if !m.loaded {
			m.failed = msg.err
		}
		m.Say(common.ExplainRead(m.c.Text, m.c.Cfg, msg.err), true)
		return
	}
	if msg.seq < m.shown {
		return
	}
	m.reqs, m.staff, m.loaded, m.shown, m.failed = msg.reqs, msg.staff, true, msg.seq, nil
	m.refresh()
}

// refresh computes the rows, lists and timeline at the current minute,
// keeping the selected request selected: once per read or minute.
func (m *Model) refresh() {
	var selID uint64
	if rows := m.d.lists[m.list]; m.sel < len(rows) {
		selID = m.d.rows[rows[m.sel]].id
	}
	now := m.c.Now()
	m.minute = now.Truncate(time.Minute)
	ds := twoDays(m.c.Onsite, m.c.Cfg.Location, now)
	m.d = compute(m.c, m.reqs, now, ds.today, ds.next.AddDate(0, 0, 1))
	rows := m.d.lists[m.list]
	m.sel = max(0, slices.IndexFunc(rows, func(i int) bool { return m.d.rows[i].id == selID }))
	m.drawTimeline()
}

// drawTimeline draws the timeline for the frame's width.
func (m *Model) drawTimeline() {
	if !m.loaded {
		return
	}
	now := m.c.Now()
	ds := twoDays(m.c.Onsite, m.c.Cfg.Location, now)
	names := slices.Clone(m.staff)
	for _, v := range m.d.visits {
		if !slices.Contains(names, v.engineer) {
			names = append(names, v.engineer)
		}
	}
	m.tlW = max(m.c.Width, 40) - 2
	m.tl = timelineLines(m.c, names, m.d.visits, ds, now, m.tlW)
}
