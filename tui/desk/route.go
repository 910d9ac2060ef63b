package desk

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// key hands a key or a paste to the screen shown.
func (m *Model) key(msg tea.Msg) tea.Cmd {
	defer m.moving()()
	if k, ok := msg.(tea.KeyPressMsg); ok && m.screen == screenSetup {
		return tea.Batch(m.updateSetup(k), m.settle())
	}
	return tea.Batch(m.update(m.screen, msg), m.settle())
}

// moving is called before a message is handled; what it returns, after.
// The status line belongs to the screen it was said on: when the message
// moved the engineer to another screen and nothing was said on the way,
// the line is cleared — a saved, a refusal or a printer's error does not
// follow the engineer back to the queue. What is said while moving (「取机
// 已放弃」 on the way back) is for the screen arrived at, and stays.
func (m *Model) moving() func() {
	from := m.screen
	m.said = false
	return func() {
		if m.screen != from && !m.said && m.sess.Status.Text != "" {
			m.sess.Status = parts.Status{}
			m.share()
		}
	}
}

// alwaysAsked are the screens that hear every message that is not a key,
// shown or not.
var alwaysAsked = []screen{screenQueue, screenIntake, screenBoard, screenSearch, screenOrder, screenPickup, screenVisit, screenApprovals, screenHotline, screenOnsite}

// everyone hands a message that is not a key to every screen: the answer
// of a screen's store command arrives wherever the engineer is by then,
// and each screen takes only its own. The report and the sign-in are
// asked only while shown (the report's computations are for the report on
// screen).
func (m *Model) everyone(msg tea.Msg) tea.Cmd {
	defer m.moving()()
	cmds := make([]tea.Cmd, 0, len(alwaysAsked)+2)
	for _, s := range alwaysAsked {
		cmds = append(cmds, m.update(s, msg))
	}
	if m.screen == screenReport || m.screen == screenSetup {
		cmds = append(cmds, m.update(m.screen, msg))
	}
	return tea.Batch(append(cmds, m.settle())...)
}

// update hands msg to screen s.
func (m *Model) update(s screen, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch s {
	case screenSetup:
		m.setup, cmd = m.setup.update(msg)
	case screenIntake:
		m.intake, cmd = m.intake.Update(msg)
	case screenBoard:
		m.board, cmd = m.board.Update(msg)
	case screenSearch:
		m.search, cmd = m.search.Update(msg)
	case screenOrder:
		m.order, cmd = m.order.Update(msg)
	case screenPickup:
		m.pickup, cmd = m.pickup.Update(msg)
	case screenVisit:
		m.visit, cmd = m.visit.Update(msg)
	case screenReport:
		m.report, cmd = m.report.Update(msg)
	case screenQueue:
		m.queue, cmd = m.queue.Update(msg)
	case screenApprovals:
		m.approv, cmd = m.approv.Update(msg)
	case screenHotline:
		m.hotline, cmd = m.hotline.Update(msg)
	case screenOnsite:
		m.onsite, cmd = m.onsite.Update(msg)
	}
	return cmd
}

// settle handles what the screens asked for, each message as soon as it is
// read and what it leads to before the next (a screen opened may say
// something that the asking screen then says after it), and hands every
// screen the session as it now stands.
func (m *Model) settle() tea.Cmd {
	var cmds []tea.Cmd
	for _, box := range []*parts.Outbox{
		&m.queue.Outbox, &m.intake.Outbox, &m.board.Outbox, &m.search.Outbox,
		&m.order.Outbox, &m.pickup.Outbox, &m.visit.Outbox, &m.approv.Outbox,
		&m.hotline.Outbox, &m.onsite.Outbox,
	} {
		for _, msg := range box.Drain() {
			cmds = append(cmds, m.handle(msg), m.settle())
		}
	}
	m.share()
	return tea.Batch(cmds...)
}

// share hands the session and the board to the screens that draw them.
func (m *Model) share() {
	m.sess.Paused = m.queue.Paused()
	m.queue.SetSession(m.sess)
	m.intake.SetSession(m.sess)
	m.board.SetSession(m.sess)
	m.search.SetSession(m.sess)
	m.order.SetSession(m.sess)
	m.pickup.SetSession(m.sess)
	m.visit.SetSession(m.sess)
	m.approv.SetSession(m.sess)
	m.hotline.SetSession(m.sess)
	m.onsite.SetSession(m.sess)
	m.queue.SetBoard(m.board.Data())
}

// say puts a line of the desk's own on the status line.
func (m *Model) say(text string, bad bool) {
	m.sess.Status, m.said = parts.Status{Text: text, Bad: bad}, true
	m.share()
}

// resize hands the terminal's size to every screen.
func (m *Model) resize(w, h int) {
	m.c.SetSize(w, h)
	m.setup.setWidth(w)
	m.queue.SetSize(w, h)
	m.intake.SetSize(w, h)
	m.board.SetSize(w, h)
	m.search.SetSize(w, h)
	m.order.SetSize(w, h)
	m.pickup.SetSize(w, h)
	m.visit.SetSize(w, h)
	m.approv.SetSize(w, h)
	m.hotline.SetSize(w, h)
	m.onsite.SetSize(w, h)
	if m.screen == screenReport { // it is sized when it opens
		m.report.SetSize(w, h)
	}
}

// restyle hands the styles for the terminal's background to every screen.
func (m *Model) restyle(st common.Styles) {
	m.c.Styles = st
	m.queue.SetStyles(st)
	m.intake.SetStyles(st)
	m.board.SetStyles(st)
	m.search.SetStyles(st)
	m.order.SetStyles(st)
	m.pickup.SetStyles(st)
	m.visit.SetStyles(st)
	m.approv.SetStyles(st)
	m.hotline.SetStyles(st)
	m.onsite.SetStyles(st)
}
