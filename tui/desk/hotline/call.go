package hotline

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/desk/parts"
)

// slack is how much longer than its rule a field lets text be typed or
// pasted: a text too long is refused with its limit said, not cut
// unseen.
const slack = 50

// lineKey is a key in a one-line field: enter takes what is typed.
func (m Model) lineKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.stage == stagePhone && key.Matches(msg, m.keys.Mine) {
		m.stage, m.pick = stageMine, 0
		m.input.Blur()
		return m, readMine(m.c.Store, m.sess.Engineer)
	}
	if !key.Matches(msg, m.keys.Next) {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	t, typed := m.c.Text, m.input.Value()
	switch m.stage {
	case stagePhone:
		phone, err := repair.NormalizePhone(typed)
		if err != nil {
			m.Say(parts.ProblemText(t, err), true)
			return m, nil
		}
		if m.c.Store == nil {
			return m, nil
		}
		m.phone, m.busy, m.started = phone, true, m.c.Now()
		m.Say(t.T("hotline.looking"), false)
		return m, lookUp(m.c.Store, phone)
	case stageTopic:
		topic, err := repair.CleanText(typed, onsite.MaxTopic, true)
		if err != nil {
			m.Say(t.T("hotline.err.topic", parts.RuleText(t, err, onsite.MaxTopic)), true)
			return m, nil
		}
		m.Say("", false)
		m.topic, m.stage = topic, stageResult
		m.input.Blur()
	case stageGuide:
		note, err := repair.CleanMultiline(typed, onsite.MaxNote, true)
		if err != nil {
			m.Say(t.T("hotline.err.guide", parts.RuleText(t, err, onsite.MaxNote)), true)
			return m, nil
		}
		m.Say("", false)
		m.guide = note
		return m.toRequest()
	case stageHandNote:
		note, err := repair.CleanMultiline(typed, onsite.MaxNote, true)
		if err != nil {
			m.Say(t.T("hotline.err.handNote", parts.RuleText(t, err, onsite.MaxNote)), true)
			return m, nil
		}
		return m.handOver(note)
	}
	return m, nil
}

// resultKey is the one key that picks how the call ends.
func (m Model) resultKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Answered):
		return m.logClosed(onsite.ResultAnswered, "")
	case key.Matches(msg, k.Guide):
		m.stage = stageGuide
		return m, m.field("", onsite.MaxNote+slack)
	case key.Matches(msg, k.Request):
		m.guide = ""
		return m.toRequest()
	case key.Matches(msg, k.HandOver):
		return m.toHandOver()
	case key.Matches(msg, k.Order):
		if len(m.cust.orders) == 0 {
			m.Say(m.c.Text.T("hotline.err.noOrders"), true)
			return m, nil
		}
		m.stage = stageOrder
	}
	return m, nil
}

// toRequest goes on to the request form, by the device's choice when the
// customer has more than one.
func (m Model) toRequest() (Model, tea.Cmd) {
	switch len(m.cust.devices) {
	case 0:
		m.device = -1
	case 1:
		m.device = 0
	default:
		m.stage = stageDevice
		return m, nil
	}
	return m, m.newForm()
}

// deviceKey picks the request's device by its digit; 0 is another one.
func (m Model) deviceKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	n, ok := digit(msg, len(m.cust.devices))
	if !ok {
		return m, nil
	}
	m.device = n - 1
	return m, m.newForm()
}

// orderKey picks the open order the call is about by its digit.
func (m Model) orderKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	n, ok := digit(msg, len(m.cust.orders))
	if !ok || n == 0 {
		return m, nil
	}
	return m.logClosed(onsite.ResultAnswered, m.cust.orders[n-1].number)
}

// digit is the number 0…n typed, at most 9.
func digit(msg tea.KeyPressMsg, n int) (int, bool) {
	s := msg.String()
	if len(s) != 1 || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	d := int(s[0] - '0')
	return d, d <= min(n, 9)
}

// toHandOver asks to whom: picked from the staff when the station has a
// record of them, typed when not.
func (m Model) toHandOver() (Model, tea.Cmd) {
	m.stage, m.pick = stageHandTo, 0
	if len(m.staff) > 0 {
		m.input.Blur()
		return m, nil
	}
	return m, m.field("", onsite.MaxPerson+slack)
}

// handToKey moves among the staff and picks one, or takes the name typed.
func (m Model) handToKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	t := m.c.Text
	if len(m.staff) > 0 {
		if m.moved(msg, len(m.staff)) || !key.Matches(msg, m.keys.Next) {
			return m, nil
		}
		m.handTo, m.stage = m.staff[m.pick], stageHandNote
		return m, m.field("", onsite.MaxNote+slack)
	}
	if !key.Matches(msg, m.keys.Next) {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	to, err := repair.CleanText(m.input.Value(), onsite.MaxPerson, true)
	switch {
	case err != nil:
		m.Say(t.T("hotline.err.handTo", parts.RuleText(t, err, onsite.MaxPerson)), true)
		return m, nil
	case to == m.sess.Engineer:
		m.Say(t.T("hotline.err.self"), true)
		return m, nil
	}
	m.Say("", false)
	m.handTo, m.stage = to, stageHandNote
	return m, m.field("", onsite.MaxNote+slack)
}

// moved moves the cursor among n rows on up and down, and reports whether
// the key was one of them.
func (m *Model) moved(msg tea.KeyPressMsg, n int) bool {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.pick = parts.MoveSel(m.pick, -1, n)
	case key.Matches(msg, m.keys.Down):
		m.pick = parts.MoveSel(m.pick, 1, n)
	default:
		return false
	}
	return true
}
