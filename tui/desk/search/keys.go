package search

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the keys of the search box beside the text typed.
type KeyMap struct {
	Up    key.Binding
	Down  key.Binding
	Open  key.Binding
	Close key.Binding
	Quit  key.Binding
}

// DefaultKeyMap builds the search box's keys; letters are typed, so only
// keys that type nothing move or act.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	k := KeyMap{
		Up:    parts.Bind(t, "desk.key.up", "up"),
		Down:  parts.Bind(t, "desk.key.down", "down"),
		Open:  parts.Bind(t, "board.key.open", "enter"),
		Close: parts.Bind(t, "search.key.close", "esc"),
		Quit:  parts.Bind(t, "quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑", t.T("desk.key.up"))
	k.Down.SetHelp("↓", t.T("desk.key.down"))
	return k
}

// ShortHelp is the search box's help line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Close, k.Quit}
}

// FullHelp is every key of the search box.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
