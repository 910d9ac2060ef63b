package intake

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// slipScreen is what the intake shows once saved: the claim slip as
// printed, to hand over (I13), until the engineer goes on.
type slipScreen struct {
	order  repair.Order
	text   string // as printed
	shown  string // as shown: re-rendered narrower when the screen is
	file   string
	scroll int
}

// printedMsg reports a reprint.
type printedMsg struct{ err error }

// updateSlip: enter or esc goes back to the queue, p prints again, n calls
// the next customer at once, ↑/↓ scroll a slip taller than the screen.
func (m Model) updateSlip(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		m.Send(DoneMsg{})
	case key.Matches(msg, m.keys.Up):
		m.slip.scroll = max(0, m.slip.scroll-1)
	case key.Matches(msg, m.keys.Down):
		m.slip.scroll++
	case key.Matches(msg, m.keys.Print):
		c, o := m.c, m.slip.order
		if !c.Print.Configured() {
			m.Say(m.c.Text.T("intake.slip.noPrinter"), true)
			return m, nil
		}
		return m, func() tea.Msg { return printedMsg{err: parts.PrintSlip(c, o)} }
	case key.Matches(msg, m.keys.Next):
		m.Send(CallNextMsg{})
	}
	return m, nil
}

// fitSlip prepares the slip for the screen, once per slip or resize: as
// printed when it fits, else the same slip rendered at the screen's width.
func (m *Model) fitSlip() {
	c := m.c
	w := max(c.Width, 40) - 2
	m.slip.shown = m.slip.text
	if lipgloss.Width(parts.FirstLine(m.slip.text)) > w || c.Print.Width > w {
		m.slip.shown = slip.Render(m.slip.order, c.Repair, c.Station, c.Text, w, c.Cfg.Location)
	}
}

// printed says how the reprint went.
func (m Model) printed(msg printedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.Say(m.c.Text.T("intake.slip.printFailed", common.Inert(msg.err.Error())), true)
	} else {
		m.Say(m.c.Text.T("intake.slip.printed"), false)
	}
	return m, nil
}

// slipView is the slip in a box, scrolled, with its keys in a sentence;
// without a printer, under them, where the slip is and how printing is set
// up, wrapped.
func (m Model) slipView() string {
	c := m.c
	w, h := max(c.Width, 40), max(c.Height, 12)
	lines := strings.Split(strings.TrimRight(m.slip.shown, "\n"), "\n")
	help := []string{c.Styles.Muted.Render(common.Fit(" "+c.Text.T("intake.slip.help"), w))}
	if !c.Print.Configured() {
		help = []string{c.Styles.Muted.Render(common.Fit(" "+c.Text.T("intake.slip.helpNoPrint"), w))}
		hint := c.Text.T("intake.slip.printHint", common.Inert(m.slip.file), common.Inert(m.configFile()))
		// At most a third of the screen: the slip stays the screen's subject.
		wrapped := common.Wrap(hint, w-2)
		for _, l := range wrapped[:min(len(wrapped), max(2, h/3))] {
			help = append(help, " "+c.Styles.LongWait.Render(l))
		}
	}
	bodyH := h - 2 - len(help)
	start := min(m.slip.scroll, max(0, len(lines)-(bodyH-2)))
	box := common.Box(c.Styles, c.Text.T("intake.slip.title", common.Inert(m.slip.order.Number)), lines[start:], w, bodyH)
	return parts.Frame(c, m.sess, w, []string{box}, help)
}

// configFile is the configuration file to name in a hint: the one the
// program found or looked for, else the default name beside the database.
func (m Model) configFile() string {
	if m.c.ConfigFile != "" {
		return m.c.ConfigFile
	}
	return config.FileName
}
