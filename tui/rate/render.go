package rate

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
)

// render lays the screen of the current mode out for the pad's size.
func (m *Model) render() {
	w, h := m.c.Width, m.c.Height
	if w <= 0 || h <= 0 {
		m.screen = ""
		return
	}
	p := common.NewPage(w, h)
	switch m.mode {
	case asking, sending:
		m.renderQuestion(p)
	case thanked:
		st := m.c.Styles
		m.renderWords(p, st.Big.Render(m.c.Text.T("rate.thanks")), st.Muted, m.c.Text.T("rate.yours", Label(m.c.Text, m.chosen)))
	case refused:
		m.renderWords(p, "", m.c.Styles.Title, m.told)
	default:
		m.renderQuiet(p)
	}
	m.screen = p.String()
}

// renderQuiet is the pad between services: the station's name and a
// welcome in the middle; at the foot only why the due cannot be read,
// for the staff.
func (m *Model) renderQuiet(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	var lines []string
	if name := strings.TrimSpace(common.Inert(c.Station.Name)); name != "" {
		for _, l := range common.Balance(name, c.Width-2) {
			lines = append(lines, st.Title.Render(l))
		}
		lines = append(lines, "")
	}
	lines = append(lines, st.Big.Render(t.T("rate.welcome")))
	var foot []string
	if m.err != nil {
		foot = common.Notice(st.Muted, common.ExplainShown(t, c.Cfg, m.err), c.Width)
	}
	p.Blank((p.Left() - len(lines) - len(foot)) / 2)
	for _, l := range lines {
		p.Center(l)
	}
	p.Fill(len(foot))
	p.Add(strings.Join(foot, "\n"))
}

// renderWords is a short message in the middle of the pad: head (already
// styled; "" for none) above words in style, wrapped to the width.
func (m *Model) renderWords(p *common.Page, head string, style lipgloss.Style, words string) {
	var lines []string
	if head != "" {
		lines = append(lines, head, "")
	}
	for _, l := range common.Balance(words, m.c.Width-2) {
		lines = append(lines, style.Render(l))
	}
	p.Blank((p.Left() - len(lines)) / 2)
	for _, l := range lines {
		p.Center(l)
	}
}

// renderQuestion is the question: at the top the ticket and the counter,
// then the question, the five choices as large as the room allows, a
// line for "sending" or why the answer was not taken, and the keys. On a
// small pad the blank lines go first, so that all five choices show.
func (m *Model) renderQuestion(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w, h := c.Width, c.Height
	where := t.T("counter.n", m.counter)
	if n := common.Inert(m.due.Ticket); n != "" {
		where = n + " · " + where
	}
	ask := common.Balance(t.T("rate.ask"), w-2)
	status := []string{""}
	switch {
	case m.mode == sending:
		status = common.Notice(st.Muted, t.T("rate.sending"), w)
	case m.note != "":
		status = common.Notice(st.Bad, m.note, w)
	}
	keys := m.helpLine(w - 2)

	fixed := 1 + len(ask) + len(status) + 1
	gaps := min(3, max(h-fixed-len(Scores), 0)) // after the top line, the question, the choices
	block := Choices(c, m.sel, w-2, h-fixed-gaps)
	extra := max(h-fixed-gaps-lipgloss.Height(block), 0)

	p.Center(st.Muted.Render(where))
	p.Blank(min(gaps, 1) + extra/3)
	for _, l := range ask {
		p.Center(st.Title.Render(l))
	}
	p.Blank(min(max(gaps-1, 0), 1) + extra/3)
	p.Center(block)
	p.Fill(len(status) + 1)
	p.Add(strings.Join(status, "\n"))
	p.Center(keys)
}

// helpLine is the keys that fit in w cells: esc's skip is the first to
// go on a small pad, so that nothing is cut.
func (m *Model) helpLine(w int) string {
	bindings := m.keys.ShortHelp()
	whole := m.help
	whole.SetWidth(0) // measured whole here, not cut with "…" by the help
	for n := len(bindings); n > 0; n-- {
		if line := whole.ShortHelpView(bindings[:n]); lipgloss.Width(line) <= w {
			return line
		}
	}
	return whole.ShortHelpView([]key.Binding{m.keys.Score})
}
