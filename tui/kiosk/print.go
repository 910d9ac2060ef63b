package kiosk

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/tui/slip"
)

// The kiosk's ticket printer ([print] ticket): the ticket the customer
// took, on a 58 mm ESC/POS printer. The ticket is taken whatever the
// printer does; one that is off or out of paper is given up after
// slip.SendTimeout and the screen says the number was not printed, so the
// customer keeps it in mind instead.

// printedMsg is the printer's answer for ticket id: nil, or why not.
type printedMsg struct {
	id  uint64
	err error
}

// printTicket sends the ticket's stream to the kiosk's printer, if it has
// one.
func (m *Model) printTicket(tk queue.Ticket, est queue.Estimate) tea.Cmd {
	p := m.c.Print
	if p.Ticket == "" {
		return nil
	}
	pos := slip.POSOf(p)
	pos.Width = config.WidthNarrow // a ticket roll is 58 mm
	data := slip.TicketESCPOS(tk, m.c.TypeName(tk.Type), est, m.c.Station, m.c.Text, pos, m.c.Cfg.Location)
	to := config.Print{Device: p.Ticket}
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
		defer cancel()
		return printedMsg{id: tk.ID, err: slip.Deliver(ctx, to, data)}
	}
}

// printed takes the printer's answer: a failure for the ticket shown is
// said on it.
func (m *Model) printed(msg printedMsg) {
	if msg.id == m.ticket.ID {
		m.notPrinted = msg.err != nil
	}
}
