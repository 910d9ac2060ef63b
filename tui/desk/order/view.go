package order

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the order screen:
//
//	header
//	the order — or the form of the action being taken — framed and scrolled
//	status line (saved, or why a change was refused)
//	the actions, one key each, on one or two lines
func (m Model) View() string {
	w := max(m.c.Width, 40)
	st, t := m.c.Styles, m.c.Text
	help := m.help(w)
	boxH := m.boxH(len(help))
	var box string
	switch {
	case m.form != nil:
		box = common.Box(st, m.form.title, m.form.lines(m.c, m.innerW()), w, boxH)
	case !m.loaded:
		box = common.Box(st, t.T("order.title", ""), []string{st.Muted.Render(t.T("loading"))}, w, boxH)
	default:
		box = common.Box(st, m.title(), m.lines[min(m.scroll, len(m.lines)):], w, boxH)
	}
	return parts.Frame(m.c, m.sess, w, []string{box}, help)
}

// title names the order, with arrows when there is more above or below.
func (m Model) title() string {
	title := m.c.Text.T("order.title", common.Inert(m.o.Number))
	if m.scroll > 0 {
		title += " ↑"
	}
	if m.scroll < m.maxScroll() {
		title += " ↓"
	}
	return title
}

// help is the keys of the moment: the form's, or the order's actions.
func (m Model) help(w int) []string {
	if f := m.form; f != nil {
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.Text.T("order.key.cancel")))
		return parts.HelpLines(m.c.Styles, append(f.form.KeyBinds(), cancel), w, 2)
	}
	return parts.HelpLines(m.c.Styles, m.keys.ShortHelp(), w, 2)
}

// boxH is the frame's height under the header, above the status line and
// helpH lines of help.
func (m Model) boxH(helpH int) int { return max(m.c.Height, 12) - 1 - 1 - helpH }

// bodyH is how many lines of the order the frame shows.
func (m Model) bodyH() int { return m.boxH(len(m.help(max(m.c.Width, 40)))) - 2 }
