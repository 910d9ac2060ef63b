package intake

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// The messages of the draft; each command captures values, never the model.
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
)

// draftDelay is how long the desk waits after a change before storing the draft.
const draftDelay = 700 * time.Millisecond

// storeDraft keeps what was typed so far, so that an accidental quit or a
// crash loses nothing: the counter's one draft in the database.
func (m Model) storeDraft() tea.Cmd {
	f, st := m.form, m.c.Store
	if f == nil || st == nil || f.gen == f.savedGen || m.request != "" {
		return nil // an escalation's intake is filled in from its request, which is saved
	}
	d := store.Draft{Counter: m.sess.Counter, Engineer: m.sess.Engineer, TicketID: f.ticket.ID, Ticket: f.ticket.Number, Intake: *f.in, Step: f.focus}
	d.Intake.Accessories = append([]string(nil), f.in.Accessories...)
	d.Intake.Condition = append([]string(nil), f.in.Condition...)
	gen := f.gen
	return func() tea.Msg { return draftSavedMsg{gen: gen, err: st.SaveDraft(d)} }
}

// draftTick stores the draft when nothing has changed for a moment; also
// after esc, which stored it already (the same values again).
func (m Model) draftTick(msg draftTickMsg) (Model, tea.Cmd) {
	if m.form == nil || msg.gen != m.form.gen {
		return m, nil
	}
	return m, m.storeDraft()
}

// draftSaved notes what the stored draft holds; a draft that could not be
// kept is said even after esc, so the engineer knows.
func (m Model) draftSaved(msg draftSavedMsg) (Model, tea.Cmd) {
	if m.form == nil {
		return m, nil
	}
	if msg.err != nil {
		m.Say(m.c.Text.T("intake.draft.failed", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		return m, nil
	}
	m.form.savedGen = max(m.form.savedGen, msg.gen)
	return m, nil
}
