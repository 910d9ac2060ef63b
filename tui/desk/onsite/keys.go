package onsiteboard

import (
	"charm.land/bubbles/v2/key"

	"frontdesk/onsite"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// KeyMap is the keys of the board: a list each digit, the rows with the
// arrows, enter a request.
type KeyMap struct {
	Lists key.Binding // 1–5
	Up    key.Binding
	Down  key.Binding
	Page  key.Binding
	Open  key.Binding
	Back  key.Binding
	Quit  key.Binding
}

// DefaultKeyMap builds the board's keys in the screen's language.
func DefaultKeyMap(t i18n.Catalog) KeyMap {
	k := KeyMap{
		Lists: parts.Bind(t, "onsite.key.lists", "1", "2", "3", "4", "5"),
		Up:    parts.Bind(t, "desk.key.up", "up", "k"),
		Down:  parts.Bind(t, "desk.key.down", "down", "j"),
		Page:  parts.Bind(t, "board.key.page", "pgup", "pgdown"),
		Open:  parts.Bind(t, "onsite.key.open", "enter"),
		Back:  parts.Bind(t, "board.key.back", "esc"),
		Quit:  parts.Bind(t, "quit", "ctrl+c", "q"),
	}
	k.Lists.SetHelp("1-5", t.T("onsite.key.lists"))
	k.Up.SetHelp("↑/k", t.T("desk.key.up"))
	k.Down.SetHelp("↓/j", t.T("desk.key.down"))
	return k
}

// ShortHelp is the board's help line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Lists, k.Up, k.Down, k.Open, k.Back, k.Quit}
}

// FullHelp is every key of the board.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Lists, k.Up, k.Down, k.Page}, {k.Open, k.Back, k.Quit}}
}

// StepKeys are the keys of a request's screen: one a step.
type StepKeys struct {
	Guide, Schedule, Paid, Ahead     key.Binding
	CallBack, Part, PartIn, Cancel   key.Binding // steps_more.go
	Arrive, Start, Fixed, Depart     key.Binding
	Record, Inspect, Escalate, Print key.Binding
	Up, Down, Back, Quit             key.Binding
}

// DefaultStepKeys builds the request screen's keys in the screen's
// language.
func DefaultStepKeys(t i18n.Catalog) StepKeys {
	k := StepKeys{
		Guide:    parts.Bind(t, "onsite.key.guide", "g"),
		Schedule: parts.Bind(t, "onsite.key.schedule", "s"),
		Paid:     parts.Bind(t, "onsite.key.paid", "$"),
		Ahead:    parts.Bind(t, "onsite.key.ahead", "c"),
		Arrive:   parts.Bind(t, "onsite.key.arrive", "a"),
		Start:    parts.Bind(t, "onsite.key.start", "b"),
		Fixed:    parts.Bind(t, "onsite.key.fixed", "x"),
		Depart:   parts.Bind(t, "onsite.key.depart", "l"),
		Record:   parts.Bind(t, "onsite.key.record", "r"),
		Inspect:  parts.Bind(t, "onsite.key.inspect", "k"),
		Escalate: parts.Bind(t, "onsite.key.escalate", "e"),
		CallBack: parts.Bind(t, "onsite.key.callback", "o"),
		Part:     parts.Bind(t, "onsite.key.part", "n"),
		PartIn:   parts.Bind(t, "onsite.key.partin", "v"),
		Cancel:   parts.Bind(t, "onsite.key.cancel", "z"),
		Print:    parts.Bind(t, "onsite.key.print", "p"),
		Up:       parts.Bind(t, "order.key.scroll", "up", "pgup"),
		Down:     parts.Bind(t, "order.key.scroll", "down", "pgdown"),
		Back:     parts.Bind(t, "onsite.key.back", "esc"),
		Quit:     parts.Bind(t, "quit", "ctrl+c"),
	}
	k.Up.SetHelp("↑↓", t.T("order.key.scroll"))
	return k
}

// forRequest enables the steps r can take in its state, so the help line
// shows what can be done; the rules still decide, and say why not.
func (k StepKeys) forRequest(r onsite.Request) StepKeys {
	s := r.State
	before := s == onsite.StateNew || s == onsite.StateScheduled
	k.Guide.SetEnabled(s == onsite.StateNew)
	k.Schedule.SetEnabled(before)
	k.Paid.SetEnabled(s == onsite.StateNew)
	k.Ahead.SetEnabled(s == onsite.StateScheduled)
	k.Arrive.SetEnabled(s == onsite.StateScheduled)
	for _, b := range []*key.Binding{&k.Start, &k.Fixed, &k.Depart, &k.Record, &k.Inspect, &k.Escalate} {
		b.SetEnabled(s == onsite.StateOnSite)
	}
	k.CallBack.SetEnabled(s == onsite.StateGuided && r.Guidance != nil && r.Guidance.Called.IsZero())
	k.Part.SetEnabled(!s.Final())
	k.PartIn.SetEnabled(!s.Final() && len(onsite.Awaited(r)) > 0)
	k.Cancel.SetEnabled(s == onsite.StateNew || s == onsite.StateGuided || s == onsite.StateScheduled)
	return k
}

// ShortHelp is the request screen's help: the steps, then moving about.
func (k StepKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Guide, k.CallBack, k.Schedule, k.Paid, k.Ahead, k.Arrive, k.Start, k.Fixed, k.Depart,
		k.Record, k.Inspect, k.Escalate, k.Part, k.PartIn, k.Cancel, k.Print, k.Up, k.Back}
}

// FullHelp is every key of the request screen.
func (k StepKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Guide, k.Schedule, k.Paid, k.Ahead}, {k.Arrive, k.Start, k.Fixed, k.Depart},
		{k.Record, k.Inspect, k.Escalate, k.Print}, {k.CallBack, k.Part, k.PartIn, k.Cancel}, {k.Up, k.Down, k.Back, k.Quit}}
}
