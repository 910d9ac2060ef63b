package desk

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"frontdesk/tui/common"
)

// orderView lays out the order screen:
//
//	header
//	the order — or the form of the action being taken — framed and scrolled
//	status line (saved, or why a change was refused)
//	the actions, one key each, on one or two lines
func (m Model) orderView() string {
	w := max(m.c.Width, 40)
	sc, st := m.order, m.c.Styles
	help := m.orderHelp(w)
	boxH := m.orderBoxH(len(help))
	var box string
	switch {
	case sc.form != nil:
		box = common.Box(st, sc.form.title, sc.form.lines(m), w, boxH)
	case !sc.loaded:
		box = common.Box(st, m.c.Text.T("order.title", ""), []string{st.Muted.Render(m.c.Text.T("loading"))}, w, boxH)
	default:
		box = common.Box(st, m.orderTitle(), sc.lines[min(sc.scroll, len(sc.lines)):], w, boxH)
	}
	return strings.Join(append([]string{m.header(w), box, m.statusLine(w)}, help...), "\n")
}

// orderTitle names the order, with arrows when there is more above or below.
func (m Model) orderTitle() string {
	sc := m.order
	title := m.c.Text.T("order.title", common.Inert(sc.o.Number))
	if sc.scroll > 0 {
		title += " ↑"
	}
	if sc.scroll < m.maxScroll() {
		title += " ↓"
	}
	return title
}

// orderHelp is the keys of the moment: the form's, or the order's actions.
func (m Model) orderHelp(w int) []string {
	if f := m.order.form; f != nil {
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", m.c.Text.T("order.key.cancel")))
		return m.helpLines(append(f.form.KeyBinds(), cancel), w, 2)
	}
	return m.helpLines(m.okeys.ShortHelp(), w, 2)
}

func (m Model) orderBoxH(helpH int) int { return max(m.c.Height, 12) - 1 - 1 - helpH }

// orderBodyH is how many lines of the order the frame shows.
func (m Model) orderBodyH() int {
	return m.orderBoxH(len(m.orderHelp(max(m.c.Width, 40)))) - 2
}

// helpLines is a help line that wraps rather than cuts: the enabled keys of
// bs in at most n lines of w cells, so that every action is seen.
func (m Model) helpLines(bs []key.Binding, w, n int) []string {
	st := m.c.Styles
	var items []string
	for _, b := range bs {
		if h := b.Help(); b.Enabled() && h.Key != "" {
			items = append(items, st.Key.Render(h.Key)+" "+st.Muted.Render(h.Desc))
		}
	}
	lines := wrapJoin(items, st.Muted.Render(" • "), w)
	return lines[:min(len(lines), n)]
}
