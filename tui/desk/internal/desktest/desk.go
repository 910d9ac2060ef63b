package desktest

import (
	"slices"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/parts"
)

// Screen is what a screen of the desk is to its tests: a value whose
// Update returns itself, with an outbox and a session (on its pointer).
type Screen[M any] interface {
	*M
	Drain() []tea.Msg
	SetSession(parts.Session)
	View() string
}

// Desk stands in for the desk's root around one screen: after each Update
// it drains the screen's outbox, shows what was said on the status line,
// keeps everything else that was sent (for the test to read) and hands the
// session back with SetSession — as tui/desk does, in the same order. It
// is a value, as the screen is: a copy walks on without moving the
// original (Sent is never appended to in place).
type Desk[M Updater[M], P Screen[M]] struct {
	M    M
	Sess parts.Session
	Sent []tea.Msg
	// After, when set, runs after each drain, before the session is handed
	// back: a screen whose root copies something of it into the session
	// (the queue's Paused) sets it.
	After func(*Desk[M, P])
}

// NewDesk is the stand-in root around m, signed in as Session(), with
// status already on its status line (an earlier screen's, to see that a
// screen clears it or not), opened with cmd (m's New's) run as the runtime
// would. The root drains the outbox right after New too.
func NewDesk[M Updater[M], P Screen[M]](m M, status parts.Status, cmd tea.Cmd) Desk[M, P] {
	d := Desk[M, P]{M: m, Sess: Session()}
	d.Sess.Status = status
	d.Drain()
	return Run(d, cmd)
}

// Update hands msg to the screen and does what the root does after it.
func (d Desk[M, P]) Update(msg tea.Msg) (Desk[M, P], tea.Cmd) {
	next, cmd := d.M.Update(msg)
	d.M = next
	d.Drain()
	return d, cmd
}

// Drain empties the screen's outbox as the root does after each Update.
func (d *Desk[M, P]) Drain() {
	for _, msg := range P(&d.M).Drain() {
		if s, ok := msg.(parts.StatusMsg); ok {
			d.Sess.Status = parts.Status(s)
			continue
		}
		d.Sent = append(slices.Clip(d.Sent), msg)
	}
	if d.After != nil {
		d.After(d)
	}
	P(&d.M).SetSession(d.Sess)
}

// View is the screen as the root draws it.
func (d Desk[M, P]) View() string { return P(&d.M).View() }

// Plain is the screen as drawn, styling stripped.
func (d Desk[M, P]) Plain() string { return Plain(d.View()) }

// Status is the status line's text as the root keeps it.
func (d Desk[M, P]) Status() string { return d.Sess.Status.Text }

// Last is the last message sent to the root, nil when none.
func (d Desk[M, P]) Last() tea.Msg {
	if len(d.Sent) == 0 {
		return nil
	}
	return d.Sent[len(d.Sent)-1]
}

// Count is how many messages equal to msg were sent to the root.
func (d Desk[M, P]) Count(msg tea.Msg) int {
	n := 0
	for _, s := range d.Sent {
		if s == msg {
			n++
		}
	}
	return n
}

// Has reports whether a message equal to msg was sent to the root.
func (d Desk[M, P]) Has(msg tea.Msg) bool { return d.Count(msg) > 0 }

// Took reports whether the screen sent a message of type T, and the last.
func Took[T any, M Updater[M], P Screen[M]](d Desk[M, P]) (T, bool) {
	var last T
	found := false
	for _, msg := range d.Sent {
		if m, ok := msg.(T); ok {
			last, found = m, true
		}
	}
	return last, found
}
