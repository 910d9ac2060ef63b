package queuepanel

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is every key of the queue screen. One key an action, as an
// engineer at a busy counter presses them all day without looking.
type KeyMap struct {
	CallNext key.Binding
	CallThis key.Binding
	Recall   key.Binding
	Start    key.Binding
	Finish   key.Binding
	NoShow   key.Binding
	Transfer key.Binding
	Intake   key.Binding
	Pickup   key.Binding // the pickup of a B ticket (P1–P4, G1–G3)
	Board    key.Binding // the order board (O2, O8)
	Hotline  key.Binding // take a call on the hotline (H1, S1)
	Onsite   key.Binding // the on-site board (S2–S12)
	Report   key.Binding // the station's report (R1, R2)
	Search   key.Binding // find any order (O6)
	Approve  key.Binding // a supervisor's session: the requests waiting for a supervisor (P1)
	Pause    key.Binding
	Away     key.Binding
	Back     key.Binding
	Up       key.Binding
	Down     key.Binding
	SignOut  key.Binding
	Help     key.Binding
	Quit     key.Binding
}

// DefaultKeyMap builds the key map with help texts in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	b := func(help string, keys ...string) key.Binding { return parts.Bind(t, help, keys...) }
	k := KeyMap{
		CallNext: b("desk.key.next", "n"),
		CallThis: b("desk.key.callThis", "enter"),
		Recall:   b("desk.key.recall", "r"),
		Start:    b("desk.key.start", "s"),
		Finish:   b("desk.key.finish", "f"),
		NoShow:   b("desk.key.noshow", "x"),
		Transfer: b("desk.key.transfer", "t"),
		Intake:   b("desk.key.intake", "i"),
		Pickup:   b("desk.key.pickup", "g"),
		Board:    b("desk.key.board", "o"),
		Hotline:  b("desk.key.hotline", "h"),
		Onsite:   b("desk.key.onsite", "d"),
		Report:   b("desk.key.report", "m"),
		Search:   b("desk.key.search", "/"),
		Approve:  b("desk.key.approvals", "v"),
		Pause:    b("desk.key.pause", "p"),
		Away:     b("desk.key.away", "a"),
		Back:     b("desk.key.back", "b"),
		Up:       b("desk.key.up", "up", "k"),
		Down:     b("desk.key.down", "down", "j"),
		SignOut:  b("desk.key.signout", "ctrl+o"),
		Help:     b("help", "?"),
		Quit:     b("quit", "ctrl+c", "q"),
	}
	k.Up.SetHelp("↑/k", t.T("desk.key.up"))
	k.Down.SetHelp("↓/j", t.T("desk.key.down"))
	k.Approve.SetEnabled(false) // a supervisor's session's only (Model.snapshot)
	return k
}

// ShortHelp is the one help line: the actions of the counter.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Approve, k.CallNext, k.Intake, k.Pickup, k.Board, k.Search, k.Start, k.Finish, k.NoShow, k.Transfer, k.Hotline, k.Onsite, k.Pause, k.Help, k.Quit}
}

// FullHelp is every key, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.CallNext, k.CallThis, k.Intake, k.Pickup, k.Recall, k.Start},
		{k.Finish, k.NoShow, k.Transfer, k.Pause},
		{k.Up, k.Down, k.Away, k.Back},
		{k.Board, k.Hotline, k.Onsite, k.Search, k.Report, k.Approve, k.SignOut, k.Help, k.Quit},
	}
}
