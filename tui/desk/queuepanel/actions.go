package queuepanel

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// op runs one store operation in a command, as the session's engineer. The
// closure captures values, never the model; while one is in flight another
// key does nothing, so a double press cannot call two customers.
func (m *Model) op(action string, f func(st store.Station) (queue.Ticket, error)) tea.Cmd {
	st := m.c.Store
	if st == nil || m.inflight {
		return nil
	}
	m.inflight = true
	return func() tea.Msg {
		t, err := f(st)
		return opMsg{action: action, t: t, err: err}
	}
}

// done says the outcome of an operation and reads the queue again.
func (m Model) done(msg opMsg) (Model, tea.Cmd) {
	m.inflight = false
	msg.t.Number = common.Inert(msg.t.Number)
	if msg.err != nil {
		m.Say(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		return m, nil
	}
	m.Say(m.c.Text.T("saved")+" · "+m.c.Text.T(msg.action, msg.t.Number), false)
	if m.c.Store == nil {
		return m, nil
	}
	return m, common.Load(m.c.Store)
}

// CallNext calls the next ticket this counter is offered (Q4): the queue's
// n, and the claim slip's.
func (m Model) CallNext() (Model, tea.Cmd) {
	n, who := m.sess.Counter, m.sess.Engineer
	return m, m.op("desk.did.call", func(st store.Station) (queue.Ticket, error) { return st.CallNext(n, who) })
}

// Finish finishes the counter's ticket: a signed-off pickup is done.
func (m Model) Finish() (Model, tea.Cmd) {
	n, who := m.sess.Counter, m.sess.Engineer
	return m, m.op("desk.did.finish", func(st store.Station) (queue.Ticket, error) { return st.Finish(n, who) })
}

// updateQueue handles a key on the queue screen: the keys that move the
// cursor or open another screen here, the counter's queue actions in
// updateCounter.
func (m Model) updateQueue(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.help.ShowAll = true
	case key.Matches(msg, k.Up):
		m.move(-1)
	case key.Matches(msg, k.Down):
		m.move(1)
	case key.Matches(msg, k.SignOut):
		m.Send(SignOutMsg{})
	case key.Matches(msg, k.Intake):
		return m.openIntake()
	case key.Matches(msg, k.Pickup):
		m.openPickup()
	case key.Matches(msg, k.Board):
		m.Send(OpenBoardMsg{})
	case key.Matches(msg, k.Hotline):
		m.Send(OpenHotlineMsg{})
	case key.Matches(msg, k.Onsite):
		m.Send(OpenOnsiteMsg{})
	case key.Matches(msg, k.Report):
		m.Send(OpenReportMsg{})
	case key.Matches(msg, k.Search):
		m.Send(OpenSearchMsg{})
	case key.Matches(msg, k.Approve):
		m.Send(OpenApprovalsMsg{})
	default:
		return m.updateCounter(msg)
	}
	return m, nil
}

// updateHelp takes a key while the full help covers the screen: ? or esc
// closes it, ctrl+c quits as everywhere; no other key acts on the queue
// the engineer cannot see under it.
func (m Model) updateHelp(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Help), msg.String() == "esc":
		m.help.ShowAll = false
	case msg.String() == "ctrl+c":
		return m.quit()
	}
	return m, nil
}

// updateCounter handles the keys that act on the counter's own ticket or
// state (Q4, Q5, Q7, Q9); those on the ticket under the cursor are
// updateSelected's.
func (m Model) updateCounter(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, n, who := m.keys, m.sess.Counter, m.sess.Engineer
	switch {
	case key.Matches(msg, k.CallNext):
		return m.CallNext()
	case key.Matches(msg, k.Recall):
		return m, m.op("desk.did.recall", func(st store.Station) (queue.Ticket, error) { return st.Recall(n, who) })
	case key.Matches(msg, k.Start):
		return m, m.op("desk.did.start", func(st store.Station) (queue.Ticket, error) { return st.Start(n, who) })
	case key.Matches(msg, k.Finish):
		return m.Finish()
	case key.Matches(msg, k.NoShow):
		return m, m.op("desk.did.noshow", func(st store.Station) (queue.Ticket, error) { return st.NoShow(n, who) })
	case key.Matches(msg, k.Transfer):
		if m.cur == nil {
			m.Say(m.c.Text.T("err.noCurrent"), true)
			return m, nil
		}
		m.pick, m.picking = newTransferPicker(*m.cur), true
	case key.Matches(msg, k.Pause):
		pause := !m.paused
		action := "desk.did.resume"
		if pause {
			action = "desk.did.pause"
		}
		return m, m.op(action, func(st store.Station) (queue.Ticket, error) {
			return queue.Ticket{}, st.SetPaused(n, pause, who)
		})
	default:
		return m.updateSelected(msg)
	}
	return m, nil
}

// updateSelected handles the keys that act on the ticket under the
// cursor: call it out of turn, away and back (Q10), a no-show back in
// the queue (Q6).
func (m Model) updateSelected(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, n, who, t := m.keys, m.sess.Counter, m.sess.Engineer, m.c.Text
	sel, hasSel := m.selected()
	switch {
	case key.Matches(msg, k.CallThis):
		if !hasSel || !sel.t.Queued() {
			m.Say(t.T("desk.err.selectWaiting"), true)
			return m, nil
		}
		if counter, _ := m.c.Cfg.Counter(n); !counter.Serves(sel.t.Type) {
			if queue.Stranded(m.c.Cfg, m.snap.OpenCounters(), sel.t) {
				return m.callOutOfType(sel.t), nil
			}
			m.Say(t.T("desk.err.notServed", sel.t.Number, m.c.TypeName(sel.t.Type)), true)
			return m, nil
		}
		id := sel.t.ID
		return m, m.op("desk.did.call", func(st store.Station) (queue.Ticket, error) { return st.CallTicket(n, id, who) })
	case key.Matches(msg, k.Away):
		if !hasSel || !sel.t.Queued() {
			m.Say(t.T("desk.err.selectWaiting"), true)
			return m, nil
		}
		id := sel.t.ID
		if sel.t.Away() {
			return m, m.op("desk.did.comeback", func(st store.Station) (queue.Ticket, error) { return st.ComeBack(id, who) })
		}
		return m, m.op("desk.did.away", func(st store.Station) (queue.Ticket, error) { return st.StepAway(id, who) })
	case key.Matches(msg, k.Back):
		if !hasSel || sel.t.State != queue.NoShow {
			m.Say(t.T("desk.err.selectNoShow"), true)
			return m, nil
		}
		id := sel.t.ID
		return m, m.op("desk.did.return", func(st store.Station) (queue.Ticket, error) { return st.ReturnNoShow(id, who) })
	}
	return m, nil
}

// openIntake asks for the intake of the counter's current ticket, which
// must be of a type that brings a device in: the customer is here, so a
// called ticket is started.
func (m Model) openIntake() (Model, tea.Cmd) {
	tx := m.c.Text
	if m.cur == nil {
		m.Say(tx.T("intake.none"), true)
		return m, nil
	}
	t := *m.cur
	if !slices.Contains(m.c.Repair.IntakeTypes, t.Type) {
		m.Say(tx.T("intake.notType", t.Number, m.c.TypeName(t.Type)), true)
		return m, nil
	}
	var start tea.Cmd
	if t.State == queue.Called {
		n, who := m.sess.Counter, m.sess.Engineer
		start = m.op("desk.did.start", func(st store.Station) (queue.Ticket, error) { return st.Start(n, who) })
	}
	m.Send(OpenIntakeMsg{Ticket: t})
	return m, start
}

// openPickup asks for the pickup of the counter's current ticket, which
// must be a pickup ticket; the status line is cleared as the pickup opens.
func (m *Model) openPickup() {
	tx := m.c.Text
	switch {
	case m.cur == nil:
		m.Say(tx.T("err.noCurrent"), true)
	case m.cur.Type != m.c.Cfg.PickupType:
		m.Say(tx.T("pickup.notType", m.cur.Number, m.c.TypeName(m.cur.Type)), true)
	default:
		m.Say("", false)
		m.Send(OpenPickupMsg{Ticket: *m.cur})
	}
}
