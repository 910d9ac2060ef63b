package intake

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// draftLoaded opens the form: the draft of the same ticket is resumed at
// once; a draft of another customer is offered, never merged silently.
func (m Model) draftLoaded(msg draftLoadedMsg) (Model, tea.Cmd) {
	t := m.c.Text
	switch {
	case msg.err != nil:
		// Said, though the form's opening line follows at once, as ever.
		m.Say(t.T("intake.draft.unreadable", common.Explain(t, m.c.Cfg, msg.err)), true)
		return m.startIntake(nil, "")
	case !msg.ok:
		return m.startIntake(nil, "")
	case msg.draft.TicketID == m.ticket.ID:
		d := msg.draft
		return m.startIntake(&d, t.T("intake.draft.resumed", m.c.Clock(msg.draft.Saved).Format("15:04")))
	}
	d := msg.draft
	m.offer, m.stage = &d, stageOffer
	m.Send(ShownMsg{})
	return m, nil
}

// updateDraftOffer answers "continue the other customer's draft?": y takes
// it over for this customer, n starts afresh (the old draft is replaced at
// the first change), esc goes back to the queue.
func (m Model) updateDraftOffer(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Take):
		return m.startIntake(m.offer, m.c.Text.T("intake.draft.taken", common.Inert(m.offer.Ticket)))
	case key.Matches(msg, m.keys.Afresh):
		return m.startIntake(nil, "")
	case key.Matches(msg, m.keys.Decline):
		m.offer, m.stage = nil, stageNone
		m.Send(LeftMsg{})
	}
	return m, nil
}

// draftOfferView asks whether to continue another customer's draft.
func (m Model) draftOfferView() string {
	c := m.c
	w, h := max(c.Width, 40), max(c.Height, 12)
	d := m.offer
	lines := common.Wrap(c.Text.T("intake.draft.offer", common.Inert(d.Ticket), common.Inert(d.Intake.Name), c.Clock(d.Saved).Format("15:04"), m.ticket.Number), w-4)
	lines = append(lines, "", c.Styles.Key.Render(c.Text.T("intake.draft.offerKeys")))
	box := common.Box(c.Styles, c.Text.T("intake.draft.title"), lines, w, min(h-2, len(lines)+2))
	return parts.Frame(c, m.sess, w, []string{box}, nil)
}
