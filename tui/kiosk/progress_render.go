package kiosk

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// renderEntry is an input screen of the progress: which step, what to
// type, the field, a line for "looking up…" or why the input was not
// taken, and at the foot that the screen goes back when idle, and the keys.
func (m *Model) renderEntry(p *common.Page) {
	st, t := m.c.Styles, m.c.Text
	e := entry{title: t.T("kiosk.progress.step", 1, 2), prompt: t.T("kiosk.progress.claim"),
		hint: t.T("kiosk.progress.claimHint", m.claimLen()), busy: t.T("kiosk.progress.checking"),
		keys: m.keys.entryHelp(m.mode != claiming)}
	field := m.slots(m.claim, m.claimLen(), false)
	if m.mode != claiming {
		e.title, e.prompt = t.T("kiosk.progress.step", 2, 2), t.T("kiosk.progress.phone")
		e.hint, field = t.T("kiosk.progress.claimCode", repair.FormatClaim(m.claim)), m.slots(m.last4, lastDigits, true)
	}
	m.drawEntry(p, e, func(int) string { return st.ButtonOn.Render(field) })
}

// entry is what an input screen says: its step, what to do and a hint,
// what it says while the store is asked (busy), and its keys.
type entry struct {
	title, prompt, hint, busy string
	keys                      []key.Binding
}

// drawEntry lays an input screen out: the step, blank, the prompt and
// its hint, blank, the body — the field, or the choices, drawn for the
// rows it may take — blank, the status (busy, or why the input was not
// taken: two lines, kept free so that a message does not move the body);
// at the foot that the screen goes back when idle, and the keys.
func (m *Model) drawEntry(p *common.Page, e entry, body func(rows int) string) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w := c.Width
	var status []string
	switch {
	case m.mode.busy():
		status = common.Notice(st.Muted, e.busy, w)
	case m.note != "":
		status = common.Notice(st.Bad, m.note, w)
	}
	prompts, hints := common.Balance(e.prompt, w-2), common.Balance(e.hint, w-2)
	const foot = 2
	fixed := 1 + 1 + len(prompts) + len(hints) + 1 + 1 + 2
	drawn := body(p.Left() - fixed - foot)

	p.Blank((p.Left() - fixed - lipgloss.Height(drawn) - foot) / 2)
	p.Center(st.Muted.Render(e.title))
	p.Blank(1)
	centerLines(p, st.Title, prompts)
	centerLines(p, st.Muted, hints)
	p.Blank(1)
	p.Center(drawn)
	p.Blank(1)
	for _, l := range status {
		p.Add(l)
	}
	p.Fill(foot)
	p.Center(st.Muted.Render(t.T("kiosk.progress.idle", int(idleFor.Seconds()))))
	p.Center(m.help.ShortHelpView(e.keys))
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
