package desk

import (
	"reflect"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// The messages of the intake; each command captures values, never the model.
type (
	// draftLoadedMsg: the counter's stored draft, read when an intake opens.
	draftLoadedMsg struct {
		ticket queue.Ticket
		draft  store.Draft
		ok     bool
		err    error
	}
	// draftTickMsg fires a moment after a change: if nothing changed since,
	// the draft is stored (a debounce: a crash loses at most that moment).
	draftTickMsg  struct{ gen int }
	draftSavedMsg struct {
		gen int
		err error
	}
	// lookupMsg brings the earlier orders of a phone or a serial.
	lookupMsg struct {
		field, value string
		orders       []repair.Order
		err          error
	}
)

// draftDelay is how long the desk waits after a change before storing the draft.
const draftDelay = 700 * time.Millisecond

// intakeType reports whether tickets of the type bring a device in.
func (m Model) intakeType(code string) bool {
	return slices.Contains(m.c.Repair.IntakeTypes, code)
}

// openIntake starts the intake for the counter's current ticket: the
// customer is here, so a called ticket is started, and the counter's draft
// is read to be offered again.
func (m Model) openIntake() (tea.Model, tea.Cmd) {
	if m.cur == nil {
		m.setStatus(m.c.Text.T("intake.none"), true)
		return m, nil
	}
	t := *m.cur
	if !m.intakeType(t.Type) {
		m.setStatus(m.c.Text.T("intake.notType", t.Number, m.c.TypeName(t.Type)), true)
		return m, nil
	}
	st, n, who := m.c.Store, m.counter, m.engineer
	var cmds []tea.Cmd
	if t.State == queue.Called {
		cmds = append(cmds, m.op("desk.did.start", func(st *store.Store) (queue.Ticket, error) { return st.Start(n, who) }))
	}
	if st == nil {
		return m.startIntake(t, nil, "")
	}
	cmds = append(cmds, func() tea.Msg {
		d, ok, err := st.Draft(n)
		return draftLoadedMsg{ticket: t, draft: d, ok: ok, err: err}
	})
	return m, tea.Batch(cmds...)
}

// draftLoaded opens the form: the draft of the same ticket is resumed at
// once; a draft of another customer is offered, never merged silently.
func (m Model) draftLoaded(msg draftLoadedMsg) (tea.Model, tea.Cmd) {
	switch {
	case msg.err != nil:
		m.setStatus(m.c.Text.T("intake.draft.unreadable", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		return m.startIntake(msg.ticket, nil, "")
	case !msg.ok:
		return m.startIntake(msg.ticket, nil, "")
	case msg.draft.TicketID == msg.ticket.ID:
		in := msg.draft.Intake
		return m.startIntake(msg.ticket, &in, m.c.Text.T("intake.draft.resumed", m.c.Clock(msg.draft.Saved).Format("15:04")))
	}
	d := msg.draft
	m.offer, m.offerFor, m.screen = &d, msg.ticket, screenDraftOffer
	return m, nil
}

// updateDraftOffer answers "continue the other customer's draft?": y takes
// it over for this customer, n starts afresh (the old draft is replaced at
// the first change), esc goes back to the queue.
func (m Model) updateDraftOffer(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch msg.String() {
	case "y", "enter":
		in := m.offer.Intake
		return m.startIntake(m.offerFor, &in, m.c.Text.T("intake.draft.taken", common.Inert(m.offer.Ticket)))
	case "n":
		return m.startIntake(m.offerFor, nil, "")
	case "esc":
		m.offer, m.screen = nil, screenQueue
	}
	return m, nil
}

// startIntake shows a fresh form for the ticket.
func (m Model) startIntake(t queue.Ticket, from *repair.Intake, note string) (tea.Model, tea.Cmd) {
	m.offer = nil
	m.form = newIntake(m.c, t, from)
	m.form.form.WithWidth(m.formWidth()).WithHeight(m.formHeight())
	m.screen = screenIntake
	if note != "" {
		m.setStatus(note, false)
	} else {
		m.setStatus(m.c.Text.T("intake.opened", t.Number), false)
	}
	return m, m.form.form.Init()
}

// updateIntake passes everything to the form, except the keys the desk
// keeps: esc leaves (the draft stays), ctrl+c quits (after the draft is
// stored). It then notices a field being left (to look its value up), keeps
// the draft, and saves when the form is complete.
func (m Model) updateIntake(msg tea.Msg) (tea.Model, tea.Cmd) {
	f := m.form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c":
			return m, tea.Sequence(m.storeDraft(), tea.Quit)
		case "esc":
			m.screen = screenQueue
			m.setStatus(m.c.Text.T("intake.left", f.ticket.Number), false)
			return m, m.storeDraft()
		case "enter":
			if f.form.State == huh.StateCompleted && !f.saving {
				return m, m.saveIntake() // retry after a failed save
			}
		}
	}
	if f.form.State != huh.StateNormal {
		return m, nil
	}
	before := *f.in
	_, cmd := f.form.Update(msg)
	f.sync(m.c)
	f.refreshOptions(m.c)
	cmds := []tea.Cmd{cmd}
	if field := f.form.GetFocusedField(); field != nil && field.GetKey() != f.focus {
		cmds = append(cmds, m.lookupOnLeave(f.focus))
		f.focus = field.GetKey()
		f.reached[f.focus] = true
	}
	if !reflect.DeepEqual(*f.in, before) {
		f.gen++
		gen := f.gen
		cmds = append(cmds, tea.Tick(draftDelay, func(time.Time) tea.Msg { return draftTickMsg{gen: gen} }))
	}
	if f.form.State == huh.StateCompleted {
		cmds = append(cmds, m.saveIntake())
	}
	return m, tea.Batch(cmds...)
}
