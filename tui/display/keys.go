package display

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/i18n"
)

// KeyMap is the display's keys: it is read-only, so there is only quit,
// for whoever sets the screen up. No help line is drawn for the waiting
// area; the map implements help.KeyMap all the same.
type KeyMap struct {
	Quit key.Binding
}

// DefaultKeyMap is q or ctrl+c to quit, described in t's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t.T("quit"))),
	}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Quit} }

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
