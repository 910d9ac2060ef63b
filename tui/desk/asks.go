package desk

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/approvals"
	"frontdesk/tui/desk/board"
	"frontdesk/tui/desk/hotline"
	"frontdesk/tui/desk/intake"
	onsiteboard "frontdesk/tui/desk/onsite"
	"frontdesk/tui/desk/order"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/desk/pickup"
	"frontdesk/tui/desk/queuepanel"
	"frontdesk/tui/desk/search"
	"frontdesk/tui/desk/visit"
	"frontdesk/tui/report"
)

// What the screens ask the root for, one function for the messages of
// each screen's package: a message is declared where it is sent.

// handle does what a screen asked for.
func (m *Model) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case parts.StatusMsg:
		m.sess.Status = parts.Status(msg)
		m.said = true
		return nil
	case parts.SavedMsg:
		var cmds []tea.Cmd
		if msg.Queue && m.c.Store != nil {
			cmds = append(cmds, common.Load(m.c.Store))
		}
		if msg.Board {
			cmds = append(cmds, m.board.Reload())
		}
		return tea.Batch(cmds...)
	}
	for _, from := range []func(tea.Msg) (tea.Cmd, bool){m.fromQueue, m.fromIntake, m.fromBoard, m.fromSearch, m.fromOrder, m.fromPickup, m.fromApprovals, m.fromHotline, m.fromOnsite} {
		if cmd, ok := from(msg); ok {
			return cmd
		}
	}
	return nil
}

// fromQueue opens what the queue panel asks for.
func (m *Model) fromQueue(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case queuepanel.OpenIntakeMsg:
		// The queue stays on screen, with its keys, until the intake has
		// read the counter's draft and is ready to show (intake.ShownMsg).
		m.intake, cmd = intake.New(m.c, m.sess, msg.Ticket)
		m.intakeBack = screenQueue
	case queuepanel.OpenPickupMsg:
		m.pickup, cmd = pickup.New(m.c, m.sess, msg.Ticket)
		m.screen = screenPickup
	case queuepanel.OpenBoardMsg:
		m.screen = screenBoard
	case queuepanel.OpenApprovalsMsg:
		m.screen = screenApprovals
	case queuepanel.OpenHotlineMsg:
		m.hotline, cmd = hotline.New(m.c, m.sess)
		m.screen = screenHotline
	case queuepanel.OpenOnsiteMsg:
		m.screen = screenOnsite
		cmd = m.onsite.Reload()
	case queuepanel.OpenSearchMsg:
		cmd = m.openSearch(screenQueue, false)
	case queuepanel.ScanMsg:
		m.search, cmd = search.Scanned(m.c, m.sess, msg.Code)
		m.searchBack, m.screen = screenQueue, screenSearch
	case queuepanel.OpenReportMsg:
		m.report = report.New(m.c)
		m.report.SetSize(m.c.Width, m.c.Height)
		m.screen = screenReport
		cmd = m.report.Init()
	case queuepanel.SignOutMsg:
		m.screen = screenSetup
		m.setup = newSetupForm(m.c, Prefs{Counter: m.sess.Counter, Engineer: m.sess.Engineer})
		m.setup.setWidth(m.c.Width)
		cmd = m.setup.focus()
	default:
		return nil, false
	}
	return cmd, true
}

// fromIntake shows the intake when it is ready, and the queue after it.
func (m *Model) fromIntake(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg.(type) {
	case intake.ShownMsg:
		m.screen = screenIntake
	case intake.LeftMsg, intake.DoneMsg:
		m.screen = m.intakeBack
	case intake.CallNextMsg:
		m.screen = screenQueue
		m.queue, cmd = m.queue.CallNext()
	default:
		return nil, false
	}
	return cmd, true
}

// fromBoard opens an order, a return visit or the search from the board;
// the visit comes back to it.
func (m *Model) fromBoard(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case board.BackMsg:
		m.screen = screenQueue
	case board.OpenOrderMsg:
		cmd = m.openOrder(msg.ID, screenBoard)
	case board.OpenVisitMsg:
		m.visit, cmd = visit.New(m.c, m.sess, msg.ID)
		m.screen = screenVisit
	case board.OpenSearchMsg:
		cmd = m.openSearch(screenBoard, false)
	case visit.BackMsg:
		m.screen = screenBoard
	default:
		return nil, false
	}
	return cmd, true
}

// fromSearch opens a result, or hands the lost slip's pick to the pickup.
func (m *Model) fromSearch(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case search.BackMsg:
		m.screen = m.searchBack
	case search.OpenOrderMsg:
		cmd = m.openOrder(msg.ID, screenSearch)
	case search.OpenRequestMsg:
		m.screen = screenOnsite
		cmd = tea.Batch(m.onsite.Reload(), m.onsite.Open(msg.ID))
	case search.PickedMsg:
		m.screen = screenPickup
		m.pickup, cmd = m.pickup.LostSlipFor(msg.ID)
	default:
		return nil, false
	}
	return cmd, true
}

// fromOrder goes back to where the order was opened from.
func (m *Model) fromOrder(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	if _, back := msg.(order.BackMsg); !back {
		return nil, false
	}
	m.screen = m.orderBack
	if m.screen == screenSearch {
		return m.search.Focus(), true // the box let go of its input when it opened the order
	}
	return nil, true
}

// fromPickup goes back to the queue, opens the lost slip's search, or
// finishes the ticket of a pickup signed off.
func (m *Model) fromPickup(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg.(type) {
	case pickup.BackMsg:
		m.screen = screenQueue
	case pickup.FindOrderMsg:
		cmd = m.openSearch(screenPickup, true)
	case pickup.SignedOffMsg:
		m.queue, cmd = m.queue.Finish()
	default:
		return nil, false
	}
	return cmd, true
}

// openSearch shows an empty search box whose esc goes back to from; pick
// is the lost slip's search, whose enter takes the order to the pickup.
func (m *Model) openSearch(from screen, pick bool) tea.Cmd {
	var cmd tea.Cmd
	m.search, cmd = search.New(m.c, m.sess, pick)
	m.searchBack, m.screen = from, screenSearch
	return cmd
}

// openOrder shows order id; its esc goes back to from.
func (m *Model) openOrder(id uint64, from screen) tea.Cmd {
	var cmd tea.Cmd
	m.order, cmd = order.New(m.c, m.sess, id)
	m.orderBack, m.screen = from, screenOrder
	return cmd
}

// fromApprovals goes back to the queue.
func (m *Model) fromApprovals(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	if _, ok := msg.(approvals.BackMsg); ok {
		m.screen = screenQueue
		return nil, true
	}
	return nil, false
}

// fromHotline goes back to the queue; a request opened on the call is on
// the on-site board, which the feed reads again.
func (m *Model) fromHotline(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg.(type) {
	case hotline.BackMsg:
		m.screen = screenQueue
	case hotline.OpenRequestMsg:
		cmd = m.onsite.Reload()
	default:
		return nil, false
	}
	return cmd, true
}

// fromOnsite goes back to the queue, opens the carry-in intake of an
// escalated request (S10: its save closes the request escalated, linked),
// or prints a service record (S9, record.go).
func (m *Model) fromOnsite(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case onsiteboard.BackMsg:
		m.screen = screenQueue
	case onsiteboard.OpenIntakeMsg:
		m.intake, cmd = intake.Escalated(m.c, m.sess, msg.Request, msg.Intake)
		m.intakeBack = screenOnsite
	case onsiteboard.PrintRecordMsg:
		cmd = m.printRecord(msg.ID)
	default:
		return nil, false
	}
	return cmd, true
}
