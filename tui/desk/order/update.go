package order

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Update handles a key while the screen is shown, and the answers of its
// own reads and saves. The root forwards every other message to every
// screen it holds: the open form takes them (its cursor's blink, a paste,
// its own next-field messages); without a form they are ignored.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.opened {
		return m, nil
	}
	switch msg := msg.(type) {
	case loadedMsg:
		return m.loadedOrder(msg), nil
	case savedMsg:
		return m.saved(msg), nil
	case printedMsg:
		return m.printed(msg), nil
	case tea.WindowSizeMsg, tea.BackgroundColorMsg:
		// SetSize and SetStyles: the form must not size itself to the
		// terminal, it lives inside the order's frame.
		return m, nil
	case tea.KeyPressMsg:
		if m.form != nil {
			return m.updateForm(msg)
		}
		return m.updateKey(msg)
	}
	if m.form != nil {
		return m.updateForm(msg)
	}
	return m, nil
}

// loadedOrder shows a read of the order. A timeline only grows, so a read
// with fewer steps than shown is an older one that arrived late; a read
// that arrives while a change is saved is dropped, the save brings newer.
func (m Model) loadedOrder(msg loadedMsg) Model {
	t := m.c.Text
	switch {
	case msg.id != m.id || m.saving:
	case msg.err != nil:
		m.Say(common.ExplainRead(t, m.c.Cfg, msg.err), true)
	case !msg.found:
		m.Say(t.T("order.notFound"), true)
		if !m.loaded {
			m.Send(BackMsg{})
		}
	case !m.loaded || len(msg.o.History) >= len(m.o.History):
		m.visits = msg.visits
		m.show(msg.o)
	}
	return m
}

// updateKey is a key on the order itself: scrolling, going back and the
// actions, which wait until the order is read and no change is saving.
func (m Model) updateKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	page := 1
	if s := msg.String(); s == "pgup" || s == "pgdown" {
		page = max(1, m.bodyH()-1)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.Send(BackMsg{})
		return m, nil
	case key.Matches(msg, k.Up):
		m.scroll = max(0, m.scroll-page)
		return m, nil
	case key.Matches(msg, k.Down):
		m.scroll = min(m.scroll+page, m.maxScroll())
		return m, nil
	case !m.loaded || m.saving:
		return m, nil
	case key.Matches(msg, k.Print):
		return m.reprint()
	}
	for _, a := range []struct {
		b   key.Binding
		act action
	}{
		{k.Move, actMove},
		{k.Result, actResult},
		{k.Contact, actContact},
		{k.Estimate, actEstimate},
		{k.Note, actNote},
		{k.Escalate, actEscalate},
		{k.Complain, actComplain},
		{k.Loaner, actLoaner},
		{k.Settle, actSettle},
	} {
		if key.Matches(msg, a.b) {
			return m.openForm(a.act)
		}
	}
	return m, nil
}

// openForm starts the form of act on the order shown.
func (m Model) openForm(act action) (Model, tea.Cmd) {
	f := newForm(m.c, m.o, act)
	f.form.WithTheme(m.c.Styles.Form()).WithKeyMap(parts.FormKeys(m.c)).WithShowHelp(false).
		WithWidth(m.innerW() - 2)
	m.form = f
	m.Say("", false)
	return m, f.form.Init()
}

// updateForm passes everything to the open form except esc, which closes
// it, and ctrl+c; when the form completes — an embedded form says so by
// its State, its SubmitCmd is nil — its change is written.
func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	f := m.form
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+c":
			return m, tea.Quit
		case "esc":
			m.form = nil
			return m, nil
		}
	}
	_, cmd := f.form.Update(msg)
	if f.form.State != huh.StateCompleted {
		return m, cmd
	}
	m.form = nil
	if (f.act == actLoaner || f.act == actSettle) && !f.v.back {
		return m, nil
	}
	return m.save(f.act, f.change(m.sess.Engineer))
}
