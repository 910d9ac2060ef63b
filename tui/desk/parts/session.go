package parts

import tea "charm.land/bubbletea/v2"

// Session is what the root knows that every screen shows: who works at
// which counter, whether the counter is paused, and the status line. The
// root hands a copy to a screen whenever it changes; a screen changes the
// status line only through its Outbox, so that the line follows the
// engineer from screen to screen.
type Session struct {
	Counter  int
	Engineer string
	Paused   bool
	Status   Status
	// Damage says where the database's owner has met damage (the scrub,
	// or anybody's read), "" while none: every screen shows it until the
	// file is restored.
	Damage string
}

// Status is the status line: what was saved, or what is wrong.
type Status struct {
	Text string
	Bad  bool
}

// StatusMsg asks the root to show s on the status line.
type StatusMsg Status

// Outbox is what a screen asks of the desk during one Update: messages the
// root handles as soon as that Update returns — open another screen, go
// back, say something on the status line — in the order they were sent.
// Every screen embeds one. Handing them over synchronously, rather than as
// a tea.Cmd that returns them a frame later, keeps a key and its answer in
// one frame, as the engineer sees it and as the pure Update tests read it.
type Outbox struct{ msgs []tea.Msg }

// Send queues msg for the root.
func (o *Outbox) Send(msg tea.Msg) { o.msgs = append(o.msgs, msg) }

// Say queues a line for the status line; bad marks it an error.
func (o *Outbox) Say(text string, bad bool) { o.Send(StatusMsg{Text: text, Bad: bad}) }

// Drain returns what was sent and empties the outbox. Only the root
// calls it, on the screen value it keeps.
func (o *Outbox) Drain() []tea.Msg {
	msgs := o.msgs
	o.msgs = nil
	return msgs
}

// SavedMsg tells the root that a screen's commit returned: the queue and
// the board are read again at once, not only when the change feed wakes
// the desk (and a test without a feed sees them too).
type SavedMsg struct {
	Queue bool // a ticket changed too: read the queue again
	Board bool // an order changed: read the board again
}
