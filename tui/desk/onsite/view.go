package onsiteboard

import (
	"fmt"
	"strings"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the board, or the request open on it:
//
//	header
//	the timeline: today and the next service day, a row per engineer
//	the lists, each with its digit and how many it holds, the chosen marked
//	the chosen list's rows, the window the cursor is in
//	status line · help
func (m Model) View() string {
	if !m.opened {
		return ""
	}
	if m.detail != nil {
		return m.detail.View()
	}
	w := max(m.c.Width, 40)
	help := parts.HelpLines(m.c.Styles, m.keys.ShortHelp(), w, 2)
	body := m.body(w, max(m.c.Height, 12)-2-len(help))
	return parts.Frame(m.c, m.sess, w, body, help)
}

// body is the timeline's box, the lists and the rows' box in h lines.
func (m Model) body(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	if !m.loaded {
		msg := st.Muted.Render(t.T("loading"))
		if m.failed != nil {
			msg = st.Bad.Render(common.Cut(common.ExplainRead(t, m.c.Cfg, m.failed), w-2))
		}
		return []string{common.Box(st, t.T("onsite.title"), []string{msg}, w, h)}
	}
	tabs := parts.Indent(parts.WrapJoin(m.tabs(), "  ", w-2))
	tl := m.tl
	if most := max(3, (h-len(tabs))/2-2); len(tl) > most {
		tl = tl[:most] // the rows keep at least half the screen
	}
	timeline := common.Box(st, t.T("onsite.timeline"), tl, w, len(tl)+2)
	boxH := h - len(tl) - 2 - len(tabs)
	return []string{timeline, strings.Join(tabs, "\n"), common.Box(st, m.title(), m.rowLines(w-2, boxH-2), w, boxH)}
}

// tabs are the lists with their digits and counts, the chosen one marked.
func (m Model) tabs() []string {
	st, t := m.c.Styles, m.c.Text
	out := make([]string, len(Lists))
	for i, l := range Lists {
		s := fmt.Sprintf("%d %s %d", i+1, t.T(listKeys[l]), len(m.d.lists[l]))
		switch {
		case l == m.list:
			s = st.Selected.Render(s)
		case l == ListRisk && len(m.d.lists[l]) > 0:
			s = st.LongWait.Render(s)
		}
		out[i] = s
	}
	return out
}

// title is the chosen list's name and count.
func (m Model) title() string {
	return m.c.Text.T("onsite.panel", m.c.Text.T(listKeys[m.list]), len(m.d.lists[m.list]))
}

// rowLines are the column names and the rows of the window the cursor is
// in, h lines of w cells: only those rows are drawn.
func (m Model) rowLines(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	rows := m.d.lists[m.list]
	if len(rows) == 0 {
		return []string{st.Muted.Render(t.T("onsite.empty"))}
	}
	out := []string{rowHeader(m.c, w)}
	start, end := parts.Window(len(rows), m.sel, h-1)
	for i := start; i < end; i++ {
		out = append(out, m.d.rows[rows[i]].line(st, w, i == m.sel))
	}
	return out
}

// rowsH is how many rows the list shows at once: a page.
func (m Model) rowsH() int {
	w := max(m.c.Width, 40)
	help := parts.HelpLines(m.c.Styles, m.keys.ShortHelp(), w, 2)
	h := max(m.c.Height, 12) - 2 - len(help)
	return max(1, h-len(m.tl)-2-1-3)
}
