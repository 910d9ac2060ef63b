package onsiteboard

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the request's screen:
//
//	header
//	the request — or the step's form, or the call ahead's script and its
//	four outcomes — framed and scrolled; after a clash, the apology first
//	status line (saved, or why a step was refused)
//	the steps, one key each
func (d Detail) View() string {
	w := max(d.c.Width, 40)
	st, t := d.c.Styles, d.c.Text
	help := d.help(w)
	boxH := d.boxH(len(help))
	var box string
	switch {
	case d.form != nil:
		box = common.Box(st, d.form.title, d.form.lines(d.c, d.innerW()), w, boxH)
	case d.ahead:
		box = common.Box(st, t.T("onsite.key.ahead")+" · "+common.Inert(d.r.Number), d.aheadLines(), w, boxH)
	case !d.loaded:
		box = common.Box(st, t.T("onsite.title"), []string{st.Muted.Render(t.T("loading"))}, w, boxH)
	default:
		lines := d.lines[min(d.scroll, len(d.lines)):]
		if d.script != "" {
			lines = append(append(scriptLines(d.c, d.script, d.innerW()), ""), lines...)
		}
		box = common.Box(st, d.title(), lines, w, boxH)
	}
	return parts.Frame(d.c, d.sess, w, []string{box}, help)
}

// aheadLines are the call ahead's script, with the engineer's name, and
// its four outcomes by digit.
func (d Detail) aheadLines() []string {
	t := d.c.Text
	name := d.r.Visit.Engineer
	if name == "" {
		name = d.sess.Engineer
	}
	out := scriptLines(d.c, onsite.EngineerCalls(d.c.Onsite.Brand, name), d.innerW())
	out = append(out, "")
	for i, o := range aheadOutcomes {
		out = append(out, d.c.Styles.Key.Render(string(rune('1'+i)))+" "+t.T("onsite.ahead."+string(o)))
	}
	return out
}

// title names the request, with arrows when there is more above or below.
func (d Detail) title() string {
	title := d.c.Text.T("onsite.req.title", common.Inert(d.r.Number))
	if d.scroll > 0 {
		title += " ↑"
	}
	if d.scroll < d.maxScroll() {
		title += " ↓"
	}
	return title
}

// help is the keys of the moment: the form's, the outcomes', or the steps.
func (d Detail) help(w int) []string {
	cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", d.c.Text.T("order.key.cancel")))
	switch {
	case d.form != nil:
		return parts.HelpLines(d.c.Styles, append(d.form.form.KeyBinds(), cancel), w, 2)
	case d.ahead:
		digits := key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1-4", d.c.Text.T("onsite.key.outcome")))
		return parts.HelpLines(d.c.Styles, []key.Binding{digits, cancel}, w, 2)
	}
	return parts.HelpLines(d.c.Styles, d.keys.ShortHelp(), w, 2)
}

// boxH is the frame's height under the header, above the status line and
// helpH lines of help.
func (d Detail) boxH(helpH int) int { return max(d.c.Height, 12) - 2 - helpH }

// bodyH is how many lines of the request the frame shows.
func (d Detail) bodyH() int { return d.boxH(len(d.help(max(d.c.Width, 40)))) - 2 }
