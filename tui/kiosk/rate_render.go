package kiosk

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"frontdesk/tui/common"
	"frontdesk/tui/rate"
)

// renderRating is a step of the rating: which step, what to do, the
// number's field or the five choices, a line for "sending…" or why the
// input was not taken, and at the foot that the screen goes back when
// idle, and the keys.
func (m *Model) renderRating(p *common.Page) {
	c, t := m.c, m.c.Text
	e := entry{title: t.T("kiosk.rate.step", 1, 2), prompt: t.T("kiosk.rate.number"), hint: t.T("kiosk.rate.numberHint"),
		busy: t.T("rate.sending"), keys: []key.Binding{m.keys.Submit, m.keys.Erase, m.keys.Back}}
	body := func(int) string { return c.Styles.ButtonOn.Render(m.numberField()) }
	if m.mode != rateNumber {
		ck := m.keys.Choice
		e.title, e.prompt, e.hint = t.T("kiosk.rate.step", 2, 2), t.T("rate.ask"), t.T("kiosk.rate.yourNumber", m.number)
		e.keys = []key.Binding{ck.Score, ck.Prev, ck.Choose, m.keys.Back}
		body = func(rows int) string { return rate.Choices(c, m.score, c.Width-2, rows) }
	}
	m.drawEntry(p, e, body)
}

// numberField is the ticket number typed, the next character's place
// marked, as wide as the longest number.
func (m *Model) numberField() string {
	cursor, left := "", maxNumber-len(m.number)
	if left > 0 {
		cursor, left = m.c.Styles.Selected.Render("_"), left-1
	}
	return " " + m.number + cursor + strings.Repeat(" ", left) + " "
}

// renderRated is the thanks for the rating, with the rating given, and
// how to go back.
func (m *Model) renderRated(p *common.Page) {
	st, t := m.c.Styles, m.c.Text
	lines := []string{st.Big.Render(t.T("rate.thanks")), "", st.Muted.Render(t.T("rate.yours", rate.Label(t, m.score)))}
	p.Blank((p.Left() - len(lines) - 1) / 2)
	for _, l := range lines {
		p.Center(l)
	}
	p.Fill(1)
	p.Center(st.Muted.Render(t.T("kiosk.back", int(rate.ThankFor.Seconds()))))
}
