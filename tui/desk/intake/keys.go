package intake

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the intake's own keys; the form's are huh's (parts.FormKeys).
// Only Leave is drawn beside the form's keys: the offer and the slip say
// their keys in a sentence of the catalogue (intake.draft.offerKeys,
// intake.slip.help).
type KeyMap struct {
	Leave key.Binding // esc: out of the intake, the draft kept
	Quit  key.Binding // ctrl+c: the draft stored, then the program ends
	Retry key.Binding // enter on a completed form whose save failed
	// HandBack ends the intake at any step with the device handed back
	// unaccepted, after a reason and a confirmation.
	HandBack key.Binding

	Take    key.Binding // the offer: continue the other customer's draft
	Afresh  key.Binding // the offer: a fresh form (the draft is replaced at the first change)
	Decline key.Binding // the offer: back to the queue

	Back  key.Binding // the slip: handed over, back to the queue
	Up    key.Binding // the slip: scroll
	Down  key.Binding
	Print key.Binding // the slip: print again
	Next  key.Binding // the slip: call the next customer at once
}

// DefaultKeyMap builds the key map with help texts in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding { return parts.Bind(t, help, keys...) }
	k := KeyMap{
		Leave:    b("desk.key.leave", "esc"),
		Quit:     b("quit", "ctrl+c"),
		Retry:    b("intake.save", "enter"),
		HandBack: b("intake.key.handBack", "ctrl+r"),

		Take:    b("intake.yes", "y", "enter"),
		Afresh:  b("intake.no", "n"),
		Decline: b("board.key.back", "esc"),

		Back:  b("board.key.back", "enter", "esc", "q"),
		Up:    b("desk.key.up", "up", "k"),
		Down:  b("desk.key.down", "down", "j"),
		Print: key.NewBinding(key.WithKeys("p")), // the catalogue has no word of its own for it: never drawn
		Next:  b("desk.key.next", "n"),
	}
	k.Up.SetHelp("↑/k", t.T("desk.key.up"))
	k.Down.SetHelp("↓/j", t.T("desk.key.down"))
	return k
}

// ShortHelp is what the desk adds to the form's keys: handing the device
// back, and leaving.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.HandBack, k.Leave} }

// FullHelp is every key, by where it works: the form, the offer, the slip.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.HandBack, k.Leave, k.Quit, k.Retry},
		{k.Take, k.Afresh, k.Decline},
		{k.Back, k.Up, k.Down, k.Print, k.Next},
	}
}
