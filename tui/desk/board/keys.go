package board

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/repair"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the keys of the order board: a list each digit, the rows with
// the arrows, the search box one key away.
type KeyMap struct {
	Lists  key.Binding // 1–9, repair.Lists in order
	Up     key.Binding
	Down   key.Binding
	Page   key.Binding // a screen up or down
	Open   key.Binding
	Visit  key.Binding // on the visits list, enter records a return visit (P5)
	Search key.Binding
	Back   key.Binding
	Quit   key.Binding
}

// DefaultKeyMap builds the board's keys in the screen's language, for the
// list the board opens on.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	k := KeyMap{
		Lists:  parts.Bind(t, "board.key.lists", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Up:     parts.Bind(t, "desk.key.up", "up", "k"),
		Down:   parts.Bind(t, "desk.key.down", "down", "j"),
		Page:   parts.Bind(t, "board.key.page", "pgup", "pgdown"),
		Open:   parts.Bind(t, "board.key.open", "enter"),
		Visit:  parts.Bind(t, "board.key.visit", "enter"),
		Search: parts.Bind(t, "desk.key.search", "/"),
		Back:   parts.Bind(t, "board.key.back", "esc"),
		Quit:   parts.Bind(t, "quit", "ctrl+c", "q"),
	}
	k.Lists.SetHelp("1-9", t.T("board.key.lists"))
	k.Up.SetHelp("↑/k", t.T("desk.key.up"))
	k.Down.SetHelp("↓/j", t.T("desk.key.down"))
	k.Page.SetHelp("pgup/pgdn", t.T("board.key.page"))
	return k.forList(repair.ListOpen)
}

// forList is the keys on list l: on the return visits due, enter records
// the visit rather than opening the order, and the help line says so.
func (k KeyMap) forList(l repair.List) KeyMap {
	k.Visit.SetEnabled(l == repair.ListVisits)
	k.Open.SetEnabled(l != repair.ListVisits)
	return k
}

// ShortHelp is the board's help line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Lists, k.Up, k.Down, k.Open, k.Visit, k.Search, k.Back, k.Quit}
}

// FullHelp is every key of the board.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Lists, k.Up, k.Down, k.Page}, {k.Open, k.Visit, k.Search, k.Back, k.Quit}}
}
