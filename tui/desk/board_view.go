package desk

import (
	"fmt"
	"strings"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// boardView lays out the board screen:
//
//	header
//	the lists, each with its key and how many it holds, the chosen one marked
//	the chosen list's rows under their column names
//	status line · help
func (m Model) boardView() string {
	w := max(m.c.Width, 40)
	help := m.boardHelp(w)
	tabs, boxH := m.boardLayout(len(help))
	b := m.board
	title := m.c.Text.T("board.panel", listName(m.c.Text, b.list), b.counts[b.list])
	parts := append([]string{m.header(w)}, tabs...)
	parts = append(parts,
		common.Box(m.c.Styles, title, m.boardLines(w-2, boxH-2, true), w, boxH),
		m.statusLine(w),
	)
	return strings.Join(append(parts, help...), "\n")
}

func (m Model) boardHelp(w int) []string { return m.helpLines(m.bkeys.ShortHelp(), w, 2) }

// boardLayout is the board screen's list keys, and the height left for the
// box of rows under them and helpH lines of help.
func (m Model) boardLayout(helpH int) (tabs []string, boxH int) {
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	tabs = m.boardTabs(w)
	return tabs, h - 1 - len(tabs) - 1 - helpH
}

// boardRowsH is how many rows the board screen shows at once.
func (m Model) boardRowsH() int {
	_, boxH := m.boardLayout(len(m.boardHelp(max(m.c.Width, 40))))
	return boxH - 3 // the frame and the column names
}

// boardTabs are the lists with their keys and counts, wrapped to w.
func (m Model) boardTabs(w int) []string {
	return indent(wrapJoin(m.listItems(true), "  ", w-2))
}

// listItems are the lists as "name count", an overdue order marked; keyed,
// each after its key, the chosen list marked as selected.
func (m Model) listItems(keyed bool) []string {
	st, b := m.c.Styles, m.board
	items := make([]string, len(repair.Lists))
	for i, l := range repair.Lists {
		s := fmt.Sprintf("%s %d", listName(m.c.Text, l), b.counts[l])
		if keyed {
			s = fmt.Sprintf("%d %s", i+1, s)
		}
		switch {
		case keyed && l == b.list:
			s = st.Selected.Render(s)
		case l == repair.ListOverdue && b.counts[l] > 0:
			s = st.LongWait.Render(s)
		}
		items[i] = s
	}
	return items
}

// boardLines are the chosen list's column names and the rows that fit in
// h lines of w cells; with a cursor, the selected row is marked.
func (m Model) boardLines(w, h int, cursor bool) []string {
	st, t, b := m.c.Styles, m.c.Text, m.board
	switch {
	case !b.loaded:
		return []string{st.Muted.Render(t.T("loading"))}
	case len(b.rows) == 0:
		return []string{st.Muted.Render(t.T("board.empty"))}
	}
	rw := w
	if cursor {
		rw -= 2
	}
	cols := layoutRows(t, b.tailW, rw)
	head := rowHeader(m.c, cols)
	if cursor {
		head = "  " + head
	}
	return append([]string{head}, rowLines(st, b.rows, b.sel, cols, w, h-1, cursor)...)
}

// boardSummary is the board in a line or two for the queue screen of a
// narrow terminal: each list's name and count.
func (m Model) boardSummary(w int) []string {
	st, t := m.c.Styles, m.c.Text
	head := st.Title.Render(t.T("board.summary")) + "  "
	if !m.board.loaded {
		return []string{" " + head + st.Muted.Render(t.T("loading"))}
	}
	items := m.listItems(false)
	items[0] = head + items[0]
	lines := indent(wrapJoin(items, " · ", w-2))
	return lines[:min(len(lines), 2)]
}

// boardPanel is the chosen list beside the queue panel on a wide terminal:
// every list's count, then the list's rows.
func (m Model) boardPanel(w, h int) string {
	t, b := m.c.Text, m.board
	body := append(wrapJoin(m.listItems(false), " · ", w-2), "")
	body = append(body, m.boardLines(w-2, h-2-len(body), false)...)
	title := t.T("board.title") + " · " + t.T("board.panel", listName(t, b.list), b.counts[b.list])
	return common.Box(m.c.Styles, title, body, w, h)
}

// listName is a board list's name in the screen's language.
func listName(t i18n.Catalog, l repair.List) string { return t.T("board.list." + string(l)) }

// indent puts one space before each line, as the header has.
func indent(lines []string) []string {
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	return lines
}
