package visit

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the visit screen's own keys; the rest are the form's.
type KeyMap struct {
	Cancel key.Binding // back to the board, nothing saved
	Quit   key.Binding
}

// DefaultKeyMap builds the visit screen's keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		Cancel: parts.Bind(t, "order.key.cancel", "esc"),
		Quit:   parts.Bind(t, "quit", "ctrl+c"),
	}
}

// ShortHelp is the screen's own keys; its help line adds the form's.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Cancel, k.Quit} }

// FullHelp is every key of the screen but the form's.
func (k KeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
