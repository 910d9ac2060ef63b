package order

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// A claim slip printed again from the order (p): the printer was off at
// the intake, or the customer's slip is worn. It prints what the intake
// printed — on an ESC/POS printer the slip and the device's tag.

// printedMsg says how the printer took the slip of order id.
type printedMsg struct {
	id  uint64
	err error
}

// reprint prints the order's slip again on the station's printer.
func (m Model) reprint() (Model, tea.Cmd) {
	c, o := m.c, m.o
	if !c.Print.Configured() {
		m.Say(c.Text.T("intake.slip.noPrinter"), true)
		return m, nil
	}
	m.Say(c.Text.T("order.printing", common.Inert(o.Number)), false)
	return m, func() tea.Msg { return printedMsg{id: o.ID, err: parts.PrintSlip(c, o)} }
}

// printed says how the reprint went.
func (m Model) printed(msg printedMsg) Model {
	if msg.id != m.id {
		return m
	}
	if msg.err != nil {
		m.Say(m.c.Text.T("intake.slip.printFailed", common.Inert(msg.err.Error())), true)
	} else {
		m.Say(m.c.Text.T("intake.slip.printed"), false)
	}
	return m
}
