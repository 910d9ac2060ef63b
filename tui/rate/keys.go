package rate

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
	"frontdesk/tui/i18n"
)

// ChoiceKeys choose one of the five: a digit chooses at once; the arrows
// (and h, l) move along the choices and enter or space takes the one
// under the cursor. The pad and the kiosk's rating share them, so that a
// customer meets the same keys at both.
type ChoiceKeys struct {
	Score, Prev, Next, Choose key.Binding
}

// DefaultChoiceKeys are the choosing keys, described in t's language. Up
// and down move too: stacked on a narrow screen, the choices stand in a
// column.
func DefaultChoiceKeys(t i18n.Catalog) ChoiceKeys {
	return ChoiceKeys{
		Score:  key.NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1–5", t.T("rate.help.score"))),
		Prev:   key.NewBinding(key.WithKeys("left", "h", "up"), key.WithHelp("←→", t.T("rate.help.move"))),
		Next:   key.NewBinding(key.WithKeys("right", "l", "down"), key.WithHelp("→", t.T("rate.help.move"))),
		Choose: key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp(t.T("kiosk.key.enter"), t.T("rate.help.choose"))),
	}
}

// Pick is what the key msg does to the choice sel (a score, 0 for none):
// the score chosen (chosen set) — its digit, or enter on the selected
// one — or the choice moved; a key of none of them leaves sel as it is.
func (k ChoiceKeys) Pick(msg tea.KeyPressMsg, sel int) (next int, chosen bool) {
	switch {
	case key.Matches(msg, k.Score):
		n, err := strconv.Atoi(msg.String())
		if err != nil || n < care.MinScore || n > care.MaxScore {
			return sel, false
		}
		return n, true
	case key.Matches(msg, k.Choose):
		return sel, valid(sel)
	case key.Matches(msg, k.Next):
		return Step(sel, true), false
	case key.Matches(msg, k.Prev):
		return Step(sel, false), false
	}
	return sel, false
}

// Step moves the choice sel by one place: forward is to the right (or
// down), towards 1, the way the choices stand. From no choice, forward
// lands on the first (5) and back on the last (1); the ends do not wrap,
// so that holding a key never jumps from one end of the scale to the
// other.
func Step(sel int, forward bool) int {
	switch {
	case !valid(sel) && forward:
		return care.MaxScore
	case !valid(sel):
		return care.MinScore
	case forward:
		return max(sel-1, care.MinScore)
	}
	return min(sel+1, care.MaxScore)
}

func valid(score int) bool { return score >= care.MinScore && score <= care.MaxScore }

// KeyMap is the pad's keys: the choosing keys, esc to leave the question
// unanswered, and ctrl+c to quit — for the staff only: the pad faces the
// customer, whose q must not end it (as at the kiosk).
type KeyMap struct {
	ChoiceKeys
	Skip, Quit key.Binding
}

// DefaultKeyMap is the pad's keys, described in t's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		ChoiceKeys: DefaultChoiceKeys(t),
		Skip:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("rate.help.skip"))),
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t.T("quit"))),
	}
}

// ShortHelp implements help.KeyMap: what the customer needs.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Score, k.Prev, k.Choose, k.Skip}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Score, k.Prev, k.Next, k.Choose}, {k.Skip, k.Quit}}
}
