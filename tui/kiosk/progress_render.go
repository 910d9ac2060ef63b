package kiosk

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// renderEntry is an input screen of the progress: which step, what to
// type, the field, a line for "looking up…" or why the input was not
// taken, and at the foot that the screen goes back when idle, and the keys.
func (m *Model) renderEntry(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w := c.Width
	step, prompt := 1, t.T("kiosk.progress.claim")
	hint, field := t.T("kiosk.progress.claimHint", m.claimLen()), m.slots(m.claim, m.claimLen(), false)
	if m.mode != claiming {
		step, prompt = 2, t.T("kiosk.progress.phone")
		hint, field = t.T("kiosk.progress.claimCode", repair.FormatClaim(m.claim)), m.slots(m.last4, lastDigits, true)
	}
	var status []string
	switch {
	case m.mode == checking:
		status = common.Notice(st.Muted, t.T("kiosk.progress.checking"), w)
	case m.note != "":
		status = common.Notice(st.Bad, m.note, w)
	}
	prompts, hints := common.Balance(prompt, w-2), common.Balance(hint, w-2)
	box := st.ButtonOn.Render(field)
	// step, blank, prompt, hint, blank, field, blank, status (two lines,
	// kept free so that a message does not move the field); the foot: the
	// idle line and the keys
	body := 1 + 1 + len(prompts) + len(hints) + 1 + lipgloss.Height(box) + 1 + 2
	const foot = 2

	p.Blank((p.Left() - body - foot) / 2)
	p.Center(st.Muted.Render(t.T("kiosk.progress.step", step, 2)))
	p.Blank(1)
	centerLines(p, st.Title, prompts)
	centerLines(p, st.Muted, hints)
	p.Blank(1)
	p.Center(box)
	p.Blank(1)
	for _, l := range status {
		p.Add(l)
	}
	p.Fill(foot)
	p.Center(st.Muted.Render(t.T("kiosk.progress.idle", int(idleFor.Seconds()))))
	p.Center(m.help.ShortHelpView(m.keys.entryHelp(m.mode != claiming)))
}

// slots draws a field of n characters: those typed (as • when masked),
// the next one's place marked, the rest as _, in groups of four as the
// claim slip prints them.
func (m *Model) slots(typed string, n int, masked bool) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
			if i%4 == 0 {
				b.WriteString("- ")
			}
		}
		switch {
		case i < len(typed) && masked:
			b.WriteString("•")
		case i < len(typed):
			b.WriteByte(typed[i])
		case i == len(typed):
			b.WriteString(m.c.Styles.Selected.Render("_"))
		default:
			b.WriteString("_")
		}
	}
	return b.String()
}

// renderAnswer is the progress found — the order's state and, while the
// work goes on, the promised time; nothing else (Q8) — or the lockout,
// with how to go back.
func (m *Model) renderAnswer(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w := c.Width
	inner := max(w-12, 10)
	var lines []string
	add := func(style lipgloss.Style, s string) {
		for _, l := range common.Balance(s, inner) {
			lines = append(lines, style.Render(l))
		}
	}
	switch f := m.found; {
	case !m.until.IsZero():
		add(st.Bad, t.T("kiosk.progress.locked", c.Clock(m.until).Format("15:04")))
	default:
		words, style := t.T("kiosk.state.unknown"), st.Title
		if f.state.Valid() {
			words = t.T("kiosk.state." + string(f.state))
		}
		if f.state == repair.StateReady {
			style = st.Script
		}
		add(st.Muted, t.T("kiosk.progress.state"))
		add(style, words)
		if !f.promised.IsZero() && !f.state.Final() && f.state != repair.StateReady {
			lines = append(lines, "")
			add(st.Muted, t.T("kiosk.progress.promised"))
			add(st.Title, c.Clock(f.promised).Format(t.T("kiosk.progress.when")))
		}
	}
	card := st.Panel.Padding(1, 4).Render(lipgloss.JoinVertical(lipgloss.Center, lines...))

	p.Blank((p.Left() - lipgloss.Height(card) - 1) / 2)
	p.Center(card)
	p.Fill(1)
	p.Center(st.Muted.Render(t.T("kiosk.back", int(showFor.Seconds()))))
}
