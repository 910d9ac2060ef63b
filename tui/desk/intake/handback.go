package intake

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// handBack is the end of an intake with the device handed back to the
// customer unaccepted: a reason from the common ones, a note, and a
// confirmation. Nothing is saved until confirmed; the intake's form is kept
// underneath, so esc or "no" goes back to it as it was.
type handBack struct {
	form    *huh.Form
	reason  string
	note    string
	sure    bool
	saving  bool
	failed  string // why the last try was refused, shown until the next
	attempt int    // tries so far, so a late answer of an earlier one is dropped
}

// handedBackMsg is the store's answer to a hand-back.
type handedBackMsg struct {
	attempt int
	ticket  queue.Ticket
	err     error
}

// openHandBack shows the hand-back's questions over the intake, the
// reason and note of an earlier try kept.
func (m Model) openHandBack(reason, note string) (Model, tea.Cmd) {
	c, t := m.c, m.c.Text
	hb := &handBack{reason: reason, note: note}
	if m.hb != nil {
		hb.failed, hb.attempt = m.hb.failed, m.hb.attempt
	}
	if hb.reason == "" {
		hb.reason = string(repair.HandBackReasons[0])
	}
	opts := make([]huh.Option[string], len(repair.HandBackReasons))
	for i, r := range repair.HandBackReasons {
		opts[i] = huh.NewOption(t.T("intake.hb.r."+string(r)), string(r))
	}
	hb.form = huh.NewForm(huh.NewGroup(
		huh.NewSelect[string]().Key("reason").Title(t.T("intake.hb.reason")).Options(opts...).Value(&hb.reason),
		huh.NewInput().Key("note").Title(t.T("intake.hb.note")).Value(&hb.note).CharLimit(repair.HandBackNoteLimit).
			Validate(func(s string) error {
				_, err := repair.HandBack{Reason: repair.HandBackReason(hb.reason), Note: s}.Check()
				if err != nil {
					return errors.New(parts.ProblemText(t, err))
				}
				return nil
			}),
		huh.NewConfirm().Key("sure").Title(t.T("intake.hb.sure", m.ticket.Number)).Value(&hb.sure).
			Affirmative(t.T("intake.hb.yes")).Negative(t.T("intake.hb.no")),
	).Title(t.T("intake.hb.title"))).
		WithTheme(c.Styles.Form()).WithShowHelp(false).WithShowErrors(true).WithKeyMap(parts.FormKeys(c)).
		WithWidth(max(c.Width, 40) - 4)
	m.hb, m.stage = hb, stageHandBack
	return m, hb.form.Init()
}

// updateHandBack: esc goes back to the intake, nothing saved; the form's
// last answer either goes back too ("no") or saves.
func (m Model) updateHandBack(msg tea.Msg) (Model, tea.Cmd) {
	hb := m.hb
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Quit):
			return m, tea.Sequence(m.storeDraft(), tea.Quit)
		case key.Matches(k, m.keys.Leave) && !hb.saving:
			return m.closeHandBack()
		}
	}
	if hb.saving || hb.form.State != huh.StateNormal {
		return m, nil
	}
	_, cmd := hb.form.Update(msg)
	if hb.form.State != huh.StateCompleted {
		return m, cmd
	}
	if !hb.sure {
		return m.closeHandBack()
	}
	return m, m.saveHandBack()
}

// closeHandBack goes back to the intake as it was.
func (m Model) closeHandBack() (Model, tea.Cmd) {
	m.hb, m.stage = nil, stageForm
	m.Say(m.c.Text.T("intake.hb.notSaved"), false)
	return m, nil
}

// saveHandBack asks the store to end the intake with the device handed
// back: the ticket finished and the reason recorded in one commit.
func (m Model) saveHandBack() tea.Cmd {
	hb, st := m.hb, m.c.Store
	if st == nil {
		return nil
	}
	hb.saving, hb.failed = true, ""
	hb.attempt++
	who, n, id, attempt := m.sess.Engineer, m.sess.Counter, m.ticket.ID, hb.attempt
	h := repair.HandBack{Reason: repair.HandBackReason(hb.reason), Note: hb.note}
	return func() tea.Msg {
		t, err := st.HandBack(who, n, id, h)
		return handedBackMsg{attempt: attempt, ticket: t, err: err}
	}
}

// handedBack shows the outcome: on success the intake is over and the desk
// goes back to the queue, saying so only now; on failure the questions are
// asked again with the answers kept and why it failed.
func (m Model) handedBack(msg handedBackMsg) (Model, tea.Cmd) {
	hb, t := m.hb, m.c.Text
	if hb == nil || msg.attempt != hb.attempt {
		return m, nil
	}
	if msg.err != nil {
		hb.saving, hb.failed = false, t.T("intake.hb.failed", common.Explain(t, m.c.Cfg, msg.err))
		m.Say(hb.failed, true)
		return m.openHandBack(hb.reason, hb.note)
	}
	reason := t.T("intake.hb.r." + hb.reason)
	m.form, m.hb, m.stage = nil, nil, stageNone
	m.Say(t.T("saved")+" · "+t.T("intake.hb.done", m.ticket.Number, reason), false)
	m.Send(parts.SavedMsg{Queue: true})
	m.Send(DoneMsg{})
	return m, nil
}

// handBackView is the questions in a box, and the refusal of a failed try.
func (m Model) handBackView() string {
	c := m.c
	w, h := max(c.Width, 40), max(c.Height, 12)
	lines := strings.Split(m.hb.form.View(), "\n")
	if m.hb.failed != "" {
		lines = append(lines, "", c.Styles.Bad.Render(common.Fit(m.hb.failed, w-4)))
	}
	box := common.Box(c.Styles, c.Text.T("intake.hb.box", m.ticket.Number), lines, w, min(h-3, len(lines)+2))
	help := c.Styles.Muted.Render(common.Fit(" "+c.Text.T("intake.hb.help"), w))
	return parts.Frame(c, m.sess, w, []string{box}, []string{help})
}
