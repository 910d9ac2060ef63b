package search

import (
	"strings"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the search box:
//
//	header
//	the text typed, framed, with what can be typed
//	the orders found, as on the board; "more…" when the text is short
//	status line · help
func (m Model) View() string {
	if !m.opened() {
		return ""
	}
	w := max(m.c.Width, 40)
	st, t := m.c.Styles, m.c.Text
	help := m.help(w)
	input := common.Box(st, t.T("search.title"), []string{m.input.View()}, w, 3)
	boxH := m.boxH(len(help))
	var lines []string
	switch {
	case strings.TrimSpace(m.input.Value()) == "":
		lines = []string{st.Muted.Render(t.T("search.hint"))}
	case m.query == "":
		lines = []string{st.Muted.Render(t.T("loading"))}
	case m.failed != nil:
		lines = []string{st.LongWait.Render(common.Cut(common.Explain(t, m.c.Cfg, m.failed), w-2))}
	case len(m.rows) == 0 && len(m.reqs) == 0 && len(m.damaged) > 0:
		lines = []string{st.LongWait.Render(common.Cut(m.damagedLine(), w-2))}
	case len(m.rows) == 0 && len(m.reqs) == 0:
		lines = []string{st.Muted.Render(t.T("search.none"))}
	case len(m.rows) == 0:
		lines = m.requestLines(w, boxH-2)
	default:
		cols := parts.LayoutRows(t, m.tailW, w-4)
		reqs := m.requestLines(w, min(len(m.reqs)+1, (boxH-3)/2))
		rowsH := boxH - 3 - len(reqs)
		sel := m.sel
		if sel >= len(m.rows) {
			sel = -1 // on a request: no order row is marked
		}
		lines = append([]string{"  " + parts.RowHeader(m.c, cols)}, parts.RowLines(st, m.rows, sel, cols, w-2, rowsH, true)...)
		if more := m.moreLine(); more != "" {
			lines = append(lines[:min(len(lines), rowsH)], st.Muted.Render("  "+more))
		}
		if len(m.damaged) > 0 {
			lines = append(lines[:min(len(lines), rowsH)], st.LongWait.Render(common.Cut("  "+m.damagedLine(), w-2)))
		}
		lines = append(lines, reqs...)
	}
	results := common.Box(st, t.T("search.results", len(m.rows)+len(m.reqs)), lines, w, boxH)
	return parts.Frame(m.c, m.sess, w, []string{input, results}, help)
}

// damagedLine says that orders the search found were damaged on disk:
// how many, and the first of them, where.
func (m Model) damagedLine() string {
	return m.c.Text.T("search.damaged", len(m.damaged), common.DamageText(m.c.Text, m.damaged[0]))
}

// moreLine says how many more orders matched than the rows show: a
// bounded count when a walk stopped ("at least 190 more"), "" when none.
func (m Model) moreLine() string {
	switch {
	case m.atLeast:
		return m.c.Text.T("search.moreAtLeast", m.more)
	case m.more > 0:
		return m.c.Text.T("search.more", m.more)
	}
	return ""
}

// help is the box's keys in at most two lines.
func (m Model) help(w int) []string { return parts.HelpLines(m.c.Styles, m.keys.ShortHelp(), w, 2) }

// boxH is the height of the results' frame.
func (m Model) boxH(helpH int) int { return max(m.c.Height, 12) - 1 - 3 - 1 - helpH }

// rowsH is how many orders the results show: what a search asks for.
func (m Model) rowsH() int { return m.boxH(len(m.help(max(m.c.Width, 40)))) - 4 }
