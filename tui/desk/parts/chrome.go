package parts

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Header is the desk's top line on every screen: the program, the counter
// and engineer, paused, and the clock; in the colour of what is wrong,
// and marked, while the database is damaged.
func Header(c common.Common, s Session, w int) string {
	tx := c.Text
	who := tx.T("counter.n", s.Counter) + " · " + common.Inert(s.Engineer)
	if s.Paused {
		who += " │ " + tx.T("desk.paused")
	}
	right := c.Clock(c.Now()).Format("01-02 15:04") + " "
	left, style := " "+tx.T("app.name")+" │ "+who, c.Styles.Header
	if s.Damage != "" {
		// In place of the program's name, what is damaged, cut to the room
		// the counter and the clock leave.
		room := max(10, w-lipgloss.Width(who)-lipgloss.Width(right)-5)
		left = " " + common.Cut(tx.T("desk.damage.mark", s.Damage), room) + " │ " + who
		style = c.Styles.Bad.Reverse(true)
	}
	gap := max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	return style.Render(common.Fit(left+strings.Repeat(" ", gap)+right, w))
}

// StatusLine is the line under every screen's body: a ✓ for what was
// saved, a ✗ for what is wrong, blank when there is nothing to say — or,
// while the database is damaged, what is damaged.
func StatusLine(c common.Common, sess Session, w int) string {
	s := sess.Status
	if s.Text == "" && sess.Damage != "" {
		s = Status{Text: c.Text.T("desk.damage", sess.Damage), Bad: true}
	}
	if s.Text == "" {
		return strings.Repeat(" ", w)
	}
	text := " " + s.Text
	if s.Bad {
		return c.Styles.Bad.Render(common.Fit("✗"+text, w))
	}
	return c.Styles.Good.Render(common.Fit("✓"+text, w))
}

// HelpLines is a help line that wraps rather than cuts: the enabled keys of
// bs in at most n lines of w cells, so that every action is seen.
func HelpLines(st common.Styles, bs []key.Binding, w, n int) []string {
	var items []string
	for _, b := range bs {
		if h := b.Help(); b.Enabled() && h.Key != "" {
			items = append(items, st.Key.Render(h.Key)+" "+st.Muted.Render(h.Desc))
		}
	}
	lines := WrapJoin(items, st.Muted.Render(" • "), w)
	return lines[:min(len(lines), n)]
}

// Bind is a binding whose help shows its first key and the catalogue's
// text for help.
func Bind(t i18n.Catalog, help string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], t.T(help)))
}

// Frame is a screen as the desk draws it: the header, the body's blocks,
// the status line and the help lines under it, w cells wide.
func Frame(c common.Common, s Session, w int, body []string, help []string) string {
	lines := make([]string, 0, len(body)+2+len(help))
	lines = append(lines, Header(c, s, w))
	lines = append(lines, body...)
	lines = append(lines, StatusLine(c, s, w))
	return strings.Join(append(lines, help...), "\n")
}
