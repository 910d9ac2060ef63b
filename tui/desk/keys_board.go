package desk

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/repair"
	"frontdesk/tui/i18n"
)

// BoardKeyMap is the keys of the order board: a list each digit, the rows
// with the arrows, the search box one key away.
type BoardKeyMap struct {
	Lists  key.Binding // 1–8, repair.Lists in order
	Up     key.Binding
	Down   key.Binding
	Page   key.Binding // a screen up or down
	Open   key.Binding
	Visit  key.Binding // on the visits list, enter records a return visit (P5)
	Search key.Binding
	Back   key.Binding
	Quit   key.Binding
}

// DefaultBoardKeyMap builds the board's keys in the screen's language.
func DefaultBoardKeyMap(t i18n.Catalog) BoardKeyMap {
	k := BoardKeyMap{
		Lists:  bind(t, "board.key.lists", "1", "2", "3", "4", "5", "6", "7", "8"),
		Up:     bind(t, "desk.key.up", "up", "k"),
		Down:   bind(t, "desk.key.down", "down", "j"),
		Page:   bind(t, "board.key.page", "pgup", "pgdown"),
		Open:   bind(t, "board.key.open", "enter"),
		Visit:  bind(t, "board.key.visit", "enter"),
		Search: bind(t, "desk.key.search", "/"),
		Back:   bind(t, "board.key.back", "esc"),
		Quit:   bind(t, "quit", "ctrl+c", "q"),
	}
	k.Lists.SetHelp("1-8", t.T("board.key.lists"))
	k.Up.SetHelp("↑/k", t.T("desk.key.up"))
	k.Down.SetHelp("↓/j", t.T("desk.key.down"))
	k.Page.SetHelp("pgup/pgdn", t.T("board.key.page"))
	return k.forList(repair.ListOpen)
}

// forList is the keys on list l: on the return visits due, enter records
// the visit rather than opening the order.
func (k BoardKeyMap) forList(l repair.List) BoardKeyMap {
	k.Visit.SetEnabled(l == repair.ListVisits)
	k.Open.SetEnabled(l != repair.ListVisits)
	return k
}

// ShortHelp is the board's help line.
func (k BoardKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Lists, k.Up, k.Down, k.Open, k.Visit, k.Search, k.Back, k.Quit}
}

// FullHelp is every key of the board.
func (k BoardKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Lists, k.Up, k.Down, k.Page}, {k.Open, k.Visit, k.Search, k.Back, k.Quit}}
}

// SearchKeyMap is the keys of the search box beside the text typed.
type SearchKeyMap struct {
	Up    key.Binding
	Down  key.Binding
	Open  key.Binding
	Close key.Binding
	Quit  key.Binding
}

// DefaultSearchKeyMap builds the search box's keys; letters are typed, so
// only keys that type nothing move or act.
func DefaultSearchKeyMap(t i18n.Catalog) SearchKeyMap {
	k := SearchKeyMap{
		Up:    bind(t, "desk.key.up", "up"),
		Down:  bind(t, "desk.key.down", "down"),
		Open:  bind(t, "board.key.open", "enter"),
		Close: bind(t, "search.key.close", "esc"),
		Quit:  bind(t, "quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑", t.T("desk.key.up"))
	k.Down.SetHelp("↓", t.T("desk.key.down"))
	return k
}

// ShortHelp is the search box's help line.
func (k SearchKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Close, k.Quit}
}

// FullHelp is every key of the search box.
func (k SearchKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// OrderKeyMap is the keys of the order screen: one key an action (O1–O8),
// the arrows scroll. Actions the order cannot take are disabled, so the
// help line shows only what can be done.
type OrderKeyMap struct {
	Move     key.Binding
	Result   key.Binding
	Contact  key.Binding
	Estimate key.Binding
	Note     key.Binding
	Escalate key.Binding
	Complain key.Binding
	Loaner   key.Binding
	Up       key.Binding
	Down     key.Binding
	Back     key.Binding
	Quit     key.Binding
}

// DefaultOrderKeyMap builds the order screen's keys.
func DefaultOrderKeyMap(t i18n.Catalog) OrderKeyMap {
	k := OrderKeyMap{
		Move:     bind(t, "order.key.move", "s"),
		Result:   bind(t, "order.key.result", "r"),
		Contact:  bind(t, "order.key.contact", "c"),
		Estimate: bind(t, "order.key.estimate", "e"),
		Note:     bind(t, "order.key.note", "n"),
		Escalate: bind(t, "order.key.escalate", "x"),
		Complain: bind(t, "order.key.complain", "t"),
		Loaner:   bind(t, "order.key.loaner", "b"),
		Up:       bind(t, "order.key.scroll", "up", "k", "pgup"),
		Down:     bind(t, "order.key.scroll", "down", "j", "pgdown"),
		Back:     bind(t, "board.key.back", "esc"),
		Quit:     bind(t, "quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑↓", t.T("order.key.scroll"))
	return k
}

// ShortHelp is the order screen's help: every action, then moving about.
func (k OrderKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Move, k.Result, k.Contact, k.Estimate, k.Note, k.Escalate, k.Complain, k.Loaner, k.Up, k.Back}
}

// FullHelp is every key of the order screen.
func (k OrderKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Move, k.Result, k.Contact, k.Estimate}, {k.Note, k.Escalate, k.Complain, k.Loaner}, {k.Up, k.Down, k.Back, k.Quit}}
}
