package desk

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// opMsg reports an operation on the store after its commit returned: only
// then does the desk say it is saved.
type opMsg struct {
	action string // catalogue key of what was done, "desk.did.call" …
	t      queue.Ticket
	err    error
}

type signedInMsg struct{ err error }

// op runs one store operation in a command. The closure captures values,
// never the model.
func (m *Model) op(action string, f func(st *store.Store) (queue.Ticket, error)) tea.Cmd {
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

// signIn records the engineer at the counter and remembers the choice.
func (m Model) signIn() tea.Cmd {
	st, n, who, file, db := m.c.Store, m.counter, m.engineer, m.prefs, m.db
	return func() tea.Msg {
		if file != "" {
			_ = SavePrefs(file, db, Prefs{Counter: n, Engineer: who}) // remembering is a convenience
		}
		if st == nil {
			return signedInMsg{}
		}
		return signedInMsg{err: st.SignIn(n, who)}
	}
}

// done shows the outcome of an operation and re-reads the queue.
func (m Model) done(msg opMsg) (tea.Model, tea.Cmd) {
	m.inflight = false
	msg.t.Number = common.Inert(msg.t.Number)
	if msg.err != nil {
		m.setStatus(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		return m, nil
	}
	m.setStatus(m.c.Text.T("saved")+" · "+m.c.Text.T(msg.action, msg.t.Number), false)
	var load tea.Cmd
	if m.c.Store != nil {
		load = common.Load(m.c.Store)
	}
	return m, load
}

// updateQueue handles a key on the queue screen.
func (m Model) updateQueue(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, n, who := m.keys, m.counter, m.engineer
	sel, hasSel := m.selected()
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
		return m, nil
	case key.Matches(msg, k.Up):
		m.move(-1)
		return m, nil
	case key.Matches(msg, k.Down):
		m.move(1)
		return m, nil
	case key.Matches(msg, k.SignOut):
		m.screen = screenSetup
		m.setup = newSetupForm(m.c, Prefs{Counter: m.counter, Engineer: m.engineer})
		m.setup.setWidth(m.c.Width)
		return m, m.setup.focus()
	case key.Matches(msg, k.CallNext):
		return m, m.op("desk.did.call", func(st *store.Store) (queue.Ticket, error) { return st.CallNext(n, who) })
	case key.Matches(msg, k.CallThis):
		if !hasSel || !sel.t.Queued() {
			m.setStatus(m.c.Text.T("desk.err.selectWaiting"), true)
			return m, nil
		}
		if counter, _ := m.c.Cfg.Counter(n); !counter.Serves(sel.t.Type) {
			m.setStatus(m.c.Text.T("desk.err.notServed", sel.t.Number), true)
			return m, nil
		}
		id := sel.t.ID
		return m, m.op("desk.did.call", func(st *store.Store) (queue.Ticket, error) { return st.CallTicket(n, id, who) })
	case key.Matches(msg, k.Intake):
		return m.openIntake()
	case key.Matches(msg, k.Pickup):
		return m.openPickup()
	case key.Matches(msg, k.Board):
		m.screen = screenBoard
		return m, nil
	case key.Matches(msg, k.Report):
		return m.openReport()
	case key.Matches(msg, k.Search):
		return m.openSearch(screenQueue)
	case key.Matches(msg, k.Recall):
		return m, m.op("desk.did.recall", func(st *store.Store) (queue.Ticket, error) { return st.Recall(n, who) })
	case key.Matches(msg, k.Start):
		return m, m.op("desk.did.start", func(st *store.Store) (queue.Ticket, error) { return st.Start(n, who) })
	case key.Matches(msg, k.Finish):
		return m, m.op("desk.did.finish", func(st *store.Store) (queue.Ticket, error) { return st.Finish(n, who) })
	case key.Matches(msg, k.NoShow):
		return m, m.op("desk.did.noshow", func(st *store.Store) (queue.Ticket, error) { return st.NoShow(n, who) })
	case key.Matches(msg, k.Transfer):
		if m.cur == nil {
			m.setStatus(m.c.Text.T("err.noCurrent"), true)
			return m, nil
		}
		m.pick = newTransferPicker(*m.cur)
		m.screen = screenTransfer
		return m, nil
	case key.Matches(msg, k.Pause):
		pause := !m.paused
		action := "desk.did.resume"
		if pause {
			action = "desk.did.pause"
		}
		return m, m.op(action, func(st *store.Store) (queue.Ticket, error) {
			return queue.Ticket{}, st.SetPaused(n, pause, who)
		})
	case key.Matches(msg, k.Away):
		if !hasSel || !sel.t.Queued() {
			m.setStatus(m.c.Text.T("desk.err.selectWaiting"), true)
			return m, nil
		}
		id := sel.t.ID
		if sel.t.Away() {
			return m, m.op("desk.did.comeback", func(st *store.Store) (queue.Ticket, error) { return st.ComeBack(id, who) })
		}
		return m, m.op("desk.did.away", func(st *store.Store) (queue.Ticket, error) { return st.StepAway(id, who) })
	case key.Matches(msg, k.Back):
		if !hasSel || sel.t.State != queue.NoShow {
			m.setStatus(m.c.Text.T("desk.err.selectNoShow"), true)
			return m, nil
		}
		id := sel.t.ID
		return m, m.op("desk.did.return", func(st *store.Store) (queue.Ticket, error) { return st.ReturnNoShow(id, who) })
	}
	return m, nil
}
