package intake

import (
	"reflect"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/store"
)

// Update answers a key of the stage shown, and the answers of the intake's
// own commands whenever they come. Anything else goes to the form while it
// is shown (a paste, the cursor's blink, huh's own messages); the desk's
// other messages, which the root hands every screen, are ignored.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m.stage == stageNone {
		return m, nil
	}
	switch msg := msg.(type) {
	case draftLoadedMsg:
		if m.stage != stageLoading || msg.ticket.ID != m.ticket.ID {
			return m, nil
		}
		return m.draftLoaded(msg)
	case draftTickMsg:
		return m.draftTick(msg)
	case draftSavedMsg:
		return m.draftSaved(msg)
	case lookupMsg:
		return m.lookedUp(msg)
	case OrderSavedMsg:
		return m.intakeSaved(msg)
	case printedMsg:
		return m.printed(msg)
	case handedBackMsg:
		return m.handedBack(msg)
	case tea.KeyPressMsg:
		switch m.stage {
		case stageOffer:
			return m.updateDraftOffer(msg)
		case stageForm:
			return m.updateIntake(msg)
		case stageSlip:
			return m.updateSlip(msg)
		case stageHandBack:
			return m.updateHandBack(msg)
		default: // stageNone, stageLoading: nothing shown yet, no keys
		}
		return m, nil
	case tea.WindowSizeMsg, tea.BackgroundColorMsg:
		return m, nil // the root's, given by SetSize and SetStyles: the form must not size itself to the terminal
	}
	if m.stage == stageForm && !m.left && !fromTheDesk(msg) {
		return m.updateIntake(msg)
	}
	if m.stage == stageHandBack && !fromTheDesk(msg) {
		return m.updateHandBack(msg)
	}
	return m, nil
}

// fromTheDesk reports whether msg is one of the desk's own (another screen's
// answer, the root's clock): never the form's.
func fromTheDesk(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && strings.HasPrefix(t.PkgPath(), "frontdesk/")
}

// updateIntake passes everything to the form, except the keys the desk
// keeps: esc leaves (the draft stays), ctrl+c quits (after the draft is
// stored). It then notices a field being left (to look its value up), keeps
// the draft, and saves when the form is complete.
func (m Model) updateIntake(msg tea.Msg) (Model, tea.Cmd) {
	f := m.form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Quit):
			return m, tea.Sequence(m.storeDraft(), tea.Quit)
		case key.Matches(k, m.keys.Leave):
			m.left = true
			m.Send(LeftMsg{})
			m.Say(m.c.Text.T("intake.left", f.ticket.Number), false)
			return m, m.storeDraft()
		case key.Matches(k, m.keys.HandBack) && !f.saving:
			return m.openHandBack("", "")
		case key.Matches(k, m.keys.Retry):
			if f.form.State == huh.StateCompleted && !f.saving {
				return m, m.saveIntake() // retry after a failed save
			}
		}
	}
	if f.form.State != huh.StateNormal {
		return m, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.recheck(k) {
		m.Say(m.c.Text.T("intake.recheck"), false)
		return m, f.form.PrevGroup()
	}
	before := *f.in
	m.describeSave()
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

// recheck says k on the last step chose 「再检查」— n, or enter with it
// chosen — which goes back a step to check, rather than refusing as a
// save not agreed to.
func (m Model) recheck(k tea.KeyPressMsg) bool {
	field := m.form.form.GetFocusedField()
	if field == nil || field.GetKey() != fieldSave {
		return false
	}
	keys := m.form.form.keys.Confirm
	agreed, _ := field.GetValue().(bool)
	return key.Matches(k, keys.Reject) || key.Matches(k, keys.Submit, keys.Next) && !agreed
}

// startIntake shows a fresh form for the ticket, from a draft when there is
// one — at the step it was left at — and says so.
func (m Model) startIntake(d *store.Draft, note string) (Model, tea.Cmd) {
	var from *repair.Intake
	if d != nil {
		from = &d.Intake
	}
	m.offer, m.left = nil, false
	m.form = newIntake(m.c, m.ticket, from)
	m.form.form.WithWidth(m.formWidth()).WithHeight(m.formHeight())
	m.stage = stageForm
	m.Send(ShownMsg{})
	if note != "" {
		m.Say(note, false)
	} else {
		m.Say(m.c.Text.T("intake.opened", m.ticket.Number), false)
	}
	cmd := m.form.form.Init()
	if d == nil {
		return m, cmd
	}
	return m, tea.Batch(cmd, m.resume(d.Step))
}
