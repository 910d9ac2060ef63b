package intake

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Escalated opens the intake of a device an on-site visit could not fix
// (S10): no ticket was called for it, the form is filled in from the
// request (in, from onsite.CarryIn) for the engineer to complete with the
// customer, and the order it saves names request, so that the save closes
// the request escalated to it in the same transaction. No draft is offered
// or kept: the counter's draft belongs to its tickets.
func Escalated(c common.Common, s parts.Session, request string, in repair.Intake) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), help: help.New(), stage: stageLoading, request: request}
	m.keys.Retry.SetHelp("enter", c.Text.T(saveKey(c, "intake.save", "intake.saveOnly")))
	m.keys.Leave.SetHelp("esc", c.Text.T("intake.key.leaveEscalated")) // no draft is kept
	m.keys.HandBack.SetEnabled(false)                                  // no ticket to finish: esc leaves the device with the request
	m.help.Styles = c.Styles.Help()
	m.form = newIntake(c, m.ticket, &in)
	m.form.form.WithWidth(m.formWidth()).WithHeight(m.formHeight())
	m.stage = stageForm
	m.Send(ShownMsg{})
	m.Say(c.Text.T("intake.escalated", common.Inert(request)), false)
	return m, m.form.form.Init()
}
