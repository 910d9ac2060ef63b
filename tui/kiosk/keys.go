package kiosk

import (
	"fmt"
	"strconv"

	"charm.land/bubbles/v2/key"

	"frontdesk/tui/i18n"
	"frontdesk/tui/rate"
)

// KeyMap is the kiosk's keys: a number takes a ticket of that service at
// once, 0 looks up a repair's progress, + rates a service; the arrows and
// tab move between the buttons and enter takes one. On the input screens
// enter goes on, backspace deletes and esc goes back; the rating's choice
// has the keys of the counters' rating pads (rate.ChoiceKeys).
// Quit is ctrl+c only, for the staff: a customer's q must not end the kiosk.
type KeyMap struct {
	Choose                key.Binding // 1…N
	Progress              key.Binding // 0
	Rate                  key.Binding // +
	Up, Down, Left, Right key.Binding
	Next, Prev            key.Binding
	Take                  key.Binding
	Read                  key.Binding // the choices read aloud
	Quit                  key.Binding

	// The input screens of the progress: Submit goes from the claim code
	// to the phone's digits, Look looks the repair up; both are enter.
	Submit, Look, Erase, Back key.Binding
	// Choice chooses the rating.
	Choice rate.ChoiceKeys
}

// DefaultKeyMap is the kiosk's keys for up to nine services, described in
// t's language. New narrows Choose to the configured services.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	return KeyMap{
		Choose: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"),
			key.WithHelp("1–9", t.T("kiosk.help.choose"))),
		Up:    key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", t.T("kiosk.help.move"))),
		Down:  key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", t.T("kiosk.help.move"))),
		Left:  key.NewBinding(key.WithKeys("left"), key.WithHelp("←↑↓→", t.T("kiosk.help.move"))),
		Right: key.NewBinding(key.WithKeys("right"), key.WithHelp("→", t.T("kiosk.help.move"))),
		Next:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("kiosk.help.move"))),
		Prev:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("kiosk.help.move"))),
		Take:  key.NewBinding(key.WithKeys("enter", "space"), key.WithHelp(t.T("kiosk.key.enter"), t.T("kiosk.help.take"))),
		Quit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t.T("quit"))),
		// * is on every numeric keypad a kiosk may have instead of a keyboard.
		Read: key.NewBinding(key.WithKeys("*"), key.WithHelp("*", t.T("voice.help"))),

		Progress: key.NewBinding(key.WithKeys("0"), key.WithHelp("0", t.T("kiosk.help.progress"))),
		// + is on every numeric keypad too, and on a keyboard.
		Rate:   key.NewBinding(key.WithKeys("+"), key.WithHelp("+", t.T("kiosk.help.rate"))),
		Choice: rate.DefaultChoiceKeys(t),
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp(t.T("kiosk.key.enter"), t.T("kiosk.help.next"))),
		Look:   key.NewBinding(key.WithKeys("enter"), key.WithHelp(t.T("kiosk.key.enter"), t.T("kiosk.help.look"))),
		Erase:  key.NewBinding(key.WithKeys("backspace"), key.WithHelp(t.T("kiosk.key.backspace"), t.T("kiosk.help.erase"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("kiosk.help.back"))),
	}
}

// forServices lets Choose answer only to the numbers of the n services.
func (k *KeyMap) forServices(n int) {
	n = min(n, 9)
	keys := make([]string, n)
	for i := range keys {
		keys[i] = strconv.Itoa(i + 1)
	}
	k.Choose.SetKeys(keys...)
	label := "1"
	if n > 1 {
		label = fmt.Sprintf("1–%d", n)
	}
	k.Choose.SetHelp(label, k.Choose.Help().Desc)
	k.Choose.SetEnabled(n > 0)
}

// ShortHelp implements help.KeyMap: what a customer needs.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Progress, k.Rate, k.Left, k.Take, k.Read}
}

// FullHelp implements help.KeyMap.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Choose, k.Progress, k.Rate, k.Take, k.Read},
		{k.Up, k.Down, k.Left, k.Right, k.Next, k.Prev},
		{k.Submit, k.Look, k.Erase, k.Back},
		{k.Choice.Score, k.Choice.Prev, k.Choice.Choose},
		{k.Quit},
	}
}

// entryHelp is the help line of an input screen of the progress: enter
// goes on (to the digits after the claim code, or looks up after them).
func (k KeyMap) entryHelp(last bool) []key.Binding {
	enter := k.Submit
	if last {
		enter = k.Look
	}
	return []key.Binding{enter, k.Erase, k.Back}
}
