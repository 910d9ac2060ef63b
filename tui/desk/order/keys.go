package order

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/repair"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the keys of the order screen: one key an action (O1–O8), the
// arrows scroll. Actions the order cannot take are disabled, so the help
// line shows only what can be done.
type KeyMap struct {
	Move     key.Binding
	Result   key.Binding
	Contact  key.Binding
	Estimate key.Binding
	Note     key.Binding
	Escalate key.Binding
	Complain key.Binding
	Loaner   key.Binding
	Settle   key.Binding // a lost accessory's replacement handed over
	Print    key.Binding // the claim slip again (print.go)
	Up       key.Binding
	Down     key.Binding
	Back     key.Binding
	Quit     key.Binding
}

// DefaultKeyMap builds the order screen's keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	k := KeyMap{
		Move:     parts.Bind(t, "order.key.move", "s"),
		Result:   parts.Bind(t, "order.key.result", "r"),
		Contact:  parts.Bind(t, "order.key.contact", "c"),
		Estimate: parts.Bind(t, "order.key.estimate", "e"),
		Note:     parts.Bind(t, "order.key.note", "n"),
		Escalate: parts.Bind(t, "order.key.escalate", "x"),
		Complain: parts.Bind(t, "order.key.complain", "t"),
		Loaner:   parts.Bind(t, "order.key.loaner", "b"),
		Settle:   parts.Bind(t, "order.key.settle", "a"),
		Print:    parts.Bind(t, "order.key.print", "p"),
		Up:       parts.Bind(t, "order.key.scroll", "up", "k", "pgup"),
		Down:     parts.Bind(t, "order.key.scroll", "down", "j", "pgdown"),
		Back:     parts.Bind(t, "board.key.back", "esc"),
		Quit:     parts.Bind(t, "quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑↓", t.T("order.key.scroll"))
	return k
}

// forOrder enables the actions o can take: a closed order only takes notes,
// calls and complaints; the loaner key only while a loaner is out (O8);
// the replaced-accessory key only while one is owed.
func (k KeyMap) forOrder(o repair.Order) KeyMap {
	open := !o.State.Final()
	for _, b := range []*key.Binding{&k.Move, &k.Result, &k.Estimate, &k.Escalate} {
		b.SetEnabled(open)
	}
	k.Loaner.SetEnabled(o.LoanerOut())
	k.Settle.SetEnabled(len(o.Owed()) > 0)
	return k
}

// ShortHelp is the order screen's help: every action, then moving about.
// Down shares Up's "↑↓" and is not shown twice.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Result, k.Contact, k.Estimate, k.Note, k.Escalate, k.Complain, k.Loaner, k.Settle, k.Print, k.Up, k.Back}
}

// FullHelp is every key of the order screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Move, k.Result, k.Contact, k.Estimate}, {k.Note, k.Escalate, k.Complain, k.Loaner, k.Settle, k.Print}, {k.Up, k.Down, k.Back, k.Quit}}
}
