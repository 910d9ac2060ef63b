package hotline

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
)

// mineKey moves among the person's open calls (首问负责, H1); enter opens
// one to close it or hand it over, tab goes back to taking a call.
func (m Model) mineKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case m.moved(msg, len(m.mine)):
	case key.Matches(msg, m.keys.Mine):
		return m, m.fresh()
	case key.Matches(msg, m.keys.Next):
		if m.pick < len(m.mine) {
			c := m.mine[m.pick]
			m.call, m.stage = &c, stageMineCall
			m.Say("", false)
		}
	}
	return m, nil
}

// mineCallKey is the action on one of the person's calls: s it is
// solved, h hand it over with a note.
func (m Model) mineCallKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Solve):
		return m.solve()
	case key.Matches(msg, m.keys.Hand):
		return m.toHandOver()
	}
	return m, nil
}

// resultName is a call's result in the screen's language.
func (m Model) resultName(r onsite.Result) string {
	if r == onsite.ResultOpen {
		return m.c.Text.T("hotline.result.open")
	}
	return m.c.Text.T("hotline.result." + string(r))
}
