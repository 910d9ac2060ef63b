package queuepanel

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// rowKind groups the queue panel: what this counter can call, in the order
// it would call them, then the rest.
type rowKind int

const (
	rowOffered rowKind = iota // this counter calls these, first row next
	rowAway                   // stepped away, keeping their place (Q10)
	rowOther                  // types this counter does not serve
	rowNoShow                 // today's no-shows, who may come back (Q5)
)

type listRow struct {
	kind rowKind
	t    queue.Ticket
	text string // drawn once per refresh when it is first shown (text), not per frame
	head string // a section heading drawn above this row, if any
}

// refresh rebuilds everything derived from the snapshot and the clock: the
// current ticket, the pause state and the rows. View then only lays out.
func (m *Model) refresh() {
	now, counter := m.c.Now(), m.sess.Counter
	var selID uint64
	if r, ok := m.selected(); ok {
		selID = r.t.ID
	}
	m.cur, m.paused, m.tally = nil, false, tallyOf(m.snap.Tickets)
	for i := range m.snap.Tickets {
		if m.snap.Tickets[i].Current(counter) {
			t := m.snap.Tickets[i]
			m.cur = &t
		}
	}
	for _, k := range m.snap.Counters {
		if k.Number == counter {
			m.paused = k.Paused
		}
	}
	k, err := m.c.Cfg.Counter(counter)
	if err != nil {
		m.list = nil
		return
	}
	offered := queue.Offered(m.c.Cfg, k, m.snap.Tickets, now)
	inOffer := map[uint64]bool{}
	for _, t := range offered {
		inOffer[t.ID] = true
	}
	var away, other, noshow []queue.Ticket
	for _, t := range m.snap.Tickets {
		switch {
		case inOffer[t.ID]:
		case t.Away():
			away = append(away, t)
		case t.Queued():
			other = append(other, t)
		case t.State == queue.NoShow:
			noshow = append(noshow, t)
		}
	}
	byQueue := func(ts []queue.Ticket) {
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].QueuedAt.Before(ts[j].QueuedAt) })
	}
	byQueue(away)
	byQueue(other)
	tx := m.c.Text
	list := make([]listRow, 0, len(m.snap.Tickets)) // fresh: an older copy of the model may still hold the old rows
	add := func(kind rowKind, head string, ts []queue.Ticket) {
		for i, t := range ts {
			r := listRow{kind: kind, t: t}
			if i == 0 {
				r.head = head
			}
			list = append(list, r)
		}
	}
	add(rowOffered, "", offered)
	add(rowAway, tx.T("desk.list.away"), away)
	add(rowOther, tx.T("desk.list.other"), other)
	add(rowNoShow, tx.T("desk.list.noshow"), noshow)
	m.list = list
	m.stranded = queue.StrandedTypes(m.c.Cfg, m.snap.OpenCounters(), m.snap.Tickets)

	// The cursor stays on its ticket; when that one has gone (called,
	// finished), it goes to the next this counter calls, or to none: left
	// on a ticket of another type, enter would only be refused.
	m.sel = -1
	if len(offered) > 0 {
		m.sel = 0
	}
	for i, r := range m.list {
		if r.t.ID == selID {
			m.sel = i
		}
	}
}

// rowText is one ticket in the queue panel: number, type, waited, marks.
// text is row i's line, drawn the first time it is shown after a
// refresh: the rows are this refresh's own (refresh makes them fresh), so
// keeping it there changes no older copy of the model.
func (m Model) text(i int) string {
	r := &m.list[i]
	if r.text == "" {
		r.text = m.rowText(r.kind, r.t)
	}
	return r.text
}

func (m *Model) rowText(kind rowKind, t queue.Ticket) string {
	now, tx, st := m.c.Now(), m.c.Text, m.c.Styles
	waited := tx.T("minutes.short", int(t.Waited(now).Minutes()))
	typ := common.Fit(m.c.TypeName(t.Type), m.typeW())
	issued := m.c.Clock(t.IssuedAt).Format("15:04")
	s := fmt.Sprintf("%s %s %s %6s", t.Number, typ, issued, waited)
	var marks []string
	if t.Priority {
		marks = append(marks, st.Priority.Render(tx.T("desk.mark.priority")))
	}
	if t.State == queue.Transferred {
		marks = append(marks, tx.T("desk.mark.transferred"))
	}
	switch kind {
	case rowAway:
		marks = append(marks, tx.T("state.away"))
	case rowNoShow:
		s = fmt.Sprintf("%s %s %s", t.Number, typ, issued)
		return st.Muted.Render(s + " " + tx.T("state.noshow") + " " + m.c.Clock(t.EndedAt).Format("15:04"))
	default: // rowOffered, rowOther: marked below
	}
	line := s + " " + strings.Join(marks, " ")
	if t.LongWait(m.c.Cfg, now) {
		return st.LongWait.Render(s+" !") + " " + strings.Join(marks, " ")
	}
	if kind == rowOther {
		return st.Muted.Render(line)
	}
	return line
}

// typeW is the width of the type-name column: the longest name, at most 16.
func (m *Model) typeW() int {
	w := 4
	for _, ty := range m.c.Cfg.Types {
		w = max(w, lipgloss.Width(m.c.TypeName(ty.Code)))
	}
	return min(w, 16)
}

func (m Model) selected() (listRow, bool) {
	if m.sel < 0 || m.sel >= len(m.list) {
		return listRow{}, false
	}
	return m.list[m.sel], true
}

func (m *Model) move(d int) { m.sel = parts.MoveSel(m.sel, d, len(m.list)) }
