package board

import (
	"strings"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the board screen:
//
//	header
//	the lists, each with its key and how many it holds, the chosen one marked
//	the chosen list's rows under their column names
//	status line · help
func (m Model) View() string {
	if !m.opened {
		return ""
	}
	w := max(m.c.Width, 40)
	help := m.help(w)
	tabs, boxH := m.layout(len(help))
	b := m.data
	title := m.c.Text.T("board.panel", parts.ListName(m.c.Text, b.List), b.Count(b.List))
	lines := append([]string{parts.Header(m.c, m.sess, w)}, tabs...)
	lines = append(lines,
		common.Box(m.c.Styles, title, b.Lines(m.c, w-2, boxH-2, true), w, boxH),
		parts.StatusLine(m.c, m.sess, w),
	)
	return strings.Join(append(lines, help...), "\n")
}

// help is the board's keys in at most two lines.
func (m Model) help(w int) []string { return parts.HelpLines(m.c.Styles, m.keys.ShortHelp(), w, 2) }

// layout is the board screen's list keys, and the height left for the box
// of rows under them and helpH lines of help.
func (m Model) layout(helpH int) (tabs []string, boxH int) {
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	tabs = m.tabs(w)
	return tabs, h - 1 - len(tabs) - 1 - helpH
}

// rowsH is how many rows the board screen shows at once: a page.
func (m Model) rowsH() int {
	_, boxH := m.layout(len(m.help(max(m.c.Width, 40))))
	return boxH - 3 // the frame and the column names
}

// tabs are the lists with their keys and counts, wrapped to w.
func (m Model) tabs(w int) []string {
	return parts.Indent(parts.WrapJoin(m.data.Items(m.c, true), "  ", w-2))
}
