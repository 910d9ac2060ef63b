package approvals

import (
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the screen:
//
//	header
//	the pending requests, or the one open — framed
//	status line
//	the keys
func (m Model) View() string {
	w := max(m.c.Width, 40)
	help := parts.HelpLines(m.c.Styles, m.keys.keysFor(m.open != 0), w, 2)
	boxH := max(m.c.Height, 12) - 1 - 1 - len(help)
	var lines []string
	if a, ok := m.opened(); ok {
		lines = m.requestLines(a, w-4)
	} else {
		lines = m.listLines(w-4, boxH-2)
	}
	body := make([]string, len(lines))
	for i, l := range lines {
		body[i] = " " + l
	}
	box := common.Box(m.c.Styles, m.c.Text.T("approvals.title", len(m.pending)), body, w, boxH)
	return parts.Frame(m.c, m.sess, w, []string{box}, help)
}

// opened is the request open, as last listed.
func (m Model) opened() (store.Approval, bool) {
	for _, a := range m.pending {
		if a.ID == m.open && m.open != 0 {
			return a, true
		}
	}
	return store.Approval{}, false
}

// listLines are the pending requests, oldest first, the cursor's marked;
// the rows around the cursor when they do not all fit in h.
func (m Model) listLines(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	if len(m.pending) == 0 {
		return []string{st.Muted.Render(t.T("approvals.none"))}
	}
	first := max(0, min(m.sel-h+1, len(m.pending)-h))
	var lines []string
	for i := first; i < len(m.pending) && len(lines) < h; i++ {
		a := m.pending[i]
		row := common.Cut(t.T("approvals.row", m.c.Clock(a.Asked).Format("15:04"), common.Inert(a.Number),
			common.Inert(a.Asker), a.Counter, t.T("approvals.what."+a.What)), w-2)
		if i == m.sel {
			lines = append(lines, st.App.Render("▸ "+row))
		} else {
			lines = append(lines, "  "+row)
		}
	}
	return lines
}

// requestLines are one request: what is asked, for which order, the
// identity checked, who asked where and when, and the question.
func (m Model) requestLines(a store.Approval, w int) []string {
	st, t := m.c.Styles, m.c.Text
	field := func(label, value string) string { return common.Fit(t.T(label), 14) + value }
	lines := []string{
		st.App.Render(common.Cut(t.T("approvals.what."+a.What)+" · "+common.Inert(a.Number), w)),
		"",
		field("approvals.id", t.T("pickup.by.idOnly", t.T("pickup.id."+string(a.IDType)), common.Inert(a.IDLast4))),
		field("approvals.asker", t.T("approvals.askerAt", common.Inert(a.Asker), a.Counter)),
		field("approvals.asked", m.c.Clock(a.Asked).Format("2006-01-02 15:04")),
		"",
	}
	return append(lines, parts.Wrapped(st.LongWait, t.T("approvals.ask"), w)...)
}
