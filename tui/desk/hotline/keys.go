package hotline

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the hotline screen's keys; the request form adds its own.
type KeyMap struct {
	Next     key.Binding // take what is typed, pick the row, the next call
	Back     key.Binding // a step back; from a call's start, back to the queue
	Mine     key.Binding // the person's open calls, and back
	Up, Down key.Binding
	Save     key.Binding // the request form, saved from any field

	// The results of a call, one key each (H1).
	Answered, Guide, Request, HandOver, Order key.Binding

	// One of the person's calls.
	Solve, Hand key.Binding

	Quit key.Binding
}

// DefaultKeyMap builds the hotline's keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		Next:     parts.Bind(t, "hotline.key.next", "enter"),
		Back:     parts.Bind(t, "hotline.key.back", "esc"),
		Mine:     parts.Bind(t, "hotline.key.mine", "tab"),
		Up:       parts.Bind(t, "intake.key.up", "up"),
		Down:     parts.Bind(t, "intake.key.down", "down"),
		Save:     parts.Bind(t, "hotline.key.save", "ctrl+s"),
		Answered: parts.Bind(t, "hotline.key.answered", "1"),
		Guide:    parts.Bind(t, "hotline.key.guide", "2"),
		Request:  parts.Bind(t, "hotline.key.request", "3"),
		HandOver: parts.Bind(t, "hotline.key.handOver", "4"),
		Order:    parts.Bind(t, "hotline.key.order", "5"),
		Solve:    parts.Bind(t, "hotline.key.solve", "s"),
		Hand:     parts.Bind(t, "hotline.key.hand", "h"),
		Quit:     parts.Bind(t, "quit", "ctrl+c"),
	}
}

// ShortHelp is the keys every stage has.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Next, k.Back, k.Quit} }

// FullHelp is every key of the screen but the form's.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Back, k.Mine, k.Up, k.Down, k.Save},
		{k.Answered, k.Guide, k.Request, k.HandOver, k.Order},
		{k.Solve, k.Hand, k.Quit},
	}
}

// help is the keys of stage s, for the help line.
func (k KeyMap) help(s stage) []key.Binding {
	switch s {
	case stagePhone:
		return []key.Binding{k.Next, k.Mine, k.Back, k.Quit}
	case stageResult:
		return []key.Binding{k.Answered, k.Guide, k.Request, k.HandOver, k.Order, k.Back}
	case stageDevice, stageOrder:
		return []key.Binding{k.Back, k.Quit}
	case stageForm:
		return []key.Binding{k.Save, k.Back, k.Quit}
	case stageMine:
		return []key.Binding{k.Up, k.Down, k.Next, k.Mine, k.Back}
	case stageMineCall:
		return []key.Binding{k.Solve, k.Hand, k.Back}
	case stageHandTo:
		return []key.Binding{k.Up, k.Down, k.Next, k.Back}
	}
	return []key.Binding{k.Next, k.Back, k.Quit}
}
