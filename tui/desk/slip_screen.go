package desk

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// slipScreen is what the desk shows after an intake was saved: the claim
// slip as printed, to hand over (I13), until the engineer goes on.
type slipScreen struct {
	order  repair.Order
	text   string // as printed
	shown  string // as shown: re-rendered narrower when the screen is
	file   string
	scroll int
}

// printedMsg reports a reprint.
type printedMsg struct{ err error }

// intakeSaved shows the outcome of saving: on success the slip, and the
// status says saved, with the order number and claim code; on failure the
// form stays as it was, with why and how to go on.
func (m Model) intakeSaved(msg intakeSavedMsg) (tea.Model, tea.Cmd) {
	t := m.c.Text
	if msg.err != nil {
		if m.form != nil {
			m.form.saving = false
			m.form.failed = t.T("intake.saveFailed", common.Explain(t, m.c.Cfg, msg.err))
		}
		m.setStatus(t.T("intake.saveFailed", common.Explain(t, m.c.Cfg, msg.err)), true)
		return m, nil
	}
	o := msg.order
	m.form, m.screen = nil, screenSlip
	m.slip = slipScreen{order: o, text: msg.slip, file: msg.file}
	m.fitSlip()
	status := t.T("saved") + " · " + t.T("intake.saved", common.Inert(o.Number), repair.FormatClaim(o.Claim))
	bad := false
	switch {
	case msg.fileErr != nil:
		status += " · " + t.T("intake.slip.fileFailed", common.Inert(msg.fileErr.Error()))
		bad = true
	case msg.printErr != nil:
		status += " · " + t.T("intake.slip.printFailed", common.Inert(msg.printErr.Error()))
		bad = true
	case m.c.Print.Command != "":
		status += " · " + t.T("intake.slip.printed")
	default:
		status += " · " + t.T("intake.slip.written", common.Inert(msg.file))
	}
	m.setStatus(status, bad)
	var load tea.Cmd
	if m.c.Store != nil {
		load = common.Load(m.c.Store)
	}
	board := m.loadBoard() // the new order is on the board
	return m, tea.Batch(load, board)
}

// updateSlip: enter or esc goes back to the queue, p prints again, n calls
// the next customer at once, ↑/↓ scroll a slip taller than the screen.
func (m Model) updateSlip(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "enter", "esc", "q":
		m.screen = screenQueue
		return m, nil
	case "up", "k":
		m.slip.scroll = max(0, m.slip.scroll-1)
	case "down", "j":
		m.slip.scroll++
	case "p":
		command, text := m.c.Print.Command, m.slip.text
		if command == "" {
			m.setStatus(m.c.Text.T("intake.slip.noPrinter", common.Inert(m.slip.file)), true)
			return m, nil
		}
		return m, func() tea.Msg { return printedMsg{err: printSlip(command, text)} }
	case "n":
		m.screen = screenQueue
		return m.updateQueue(msg)
	}
	return m, nil
}

// fitSlip prepares the slip for the screen, once per slip or resize: as
// printed when it fits, else the same slip rendered at the screen's width.
func (m *Model) fitSlip() {
	w := max(m.c.Width, 40) - 2
	m.slip.shown = m.slip.text
	if lipgloss.Width(firstLine(m.slip.text)) > w || m.c.Print.Width > w {
		m.slip.shown = slip.Render(m.slip.order, m.c.Repair, m.c.Station, m.c.Text, w, m.c.Cfg.Location)
	}
}

func (m Model) printed(msg printedMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.setStatus(m.c.Text.T("intake.slip.printFailed", common.Inert(msg.err.Error())), true)
	} else {
		m.setStatus(m.c.Text.T("intake.slip.printed"), false)
	}
	return m, nil
}

func (m Model) slipView() string {
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	lines := strings.Split(strings.TrimRight(m.slip.shown, "\n"), "\n")
	bodyH := h - 3
	start := min(m.slip.scroll, max(0, len(lines)-(bodyH-2)))
	box := common.Box(m.c.Styles, m.c.Text.T("intake.slip.title", common.Inert(m.slip.order.Number)), lines[start:], w, bodyH)
	help := m.c.Styles.Muted.Render(common.Fit(" "+m.c.Text.T("intake.slip.help"), w))
	return strings.Join([]string{m.header(w), box, m.statusLine(w), help}, "\n")
}

// draftOfferView asks whether to continue another customer's draft.
func (m Model) draftOfferView() string {
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	d := m.offer
	lines := common.Wrap(m.c.Text.T("intake.draft.offer", common.Inert(d.Ticket), common.Inert(d.Intake.Name), m.c.Clock(d.Saved).Format("15:04"), m.offerFor.Number), w-4)
	lines = append(lines, "", m.c.Styles.Key.Render(m.c.Text.T("intake.draft.offerKeys")))
	box := common.Box(m.c.Styles, m.c.Text.T("intake.draft.title"), lines, w, min(h-2, len(lines)+2))
	return strings.Join([]string{m.header(w), box, m.statusLine(w)}, "\n")
}
