package queuepanel

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

// desk is the stand-in root around the queue screen (desktest.Desk), which
// also copies the screen's Paused into the session, as tui/desk does. It is
// driven in place, through its pointer.
type desk struct {
	desktest.Desk[Model, *Model]
}

// newDesk is the queue screen at counter 3 (张工), sized and loaded with snap.
func newDesk(t testing.TB, lang string, w, h int, snap store.Snapshot) *desk {
	t.Helper()
	return open(desktest.Common(lang), w, h, common.SnapshotMsg{Snap: snap})
}

// open builds the screen on c at w×h, runs its first command and hands it msgs.
func open(c common.Common, w, h int, msgs ...tea.Msg) *desk {
	m, cmd := New(c, desktest.Session())
	m.SetSize(w, h)
	d := &desk{desktest.Desk[Model, *Model]{M: m, Sess: desktest.Session(), After: paused}}
	d.Drain()
	d.run(cmd)
	for _, msg := range msgs {
		d.run(d.update(msg))
	}
	return d
}

// paused copies the screen's pause into the session, as the root does.
func paused(d *desktest.Desk[Model, *Model]) { d.Sess.Paused = d.M.Paused() }

// update hands msg to the screen and does what the root does after it.
func (d *desk) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	d.Desk, cmd = d.Desk.Update(msg)
	return cmd
}

// run executes cmd as the runtime would, feeding each answer back.
func (d *desk) run(cmd tea.Cmd) { d.Desk = desktest.Run(d.Desk, cmd) }

// keys presses keys, running what each returns.
func (d *desk) keys(keys ...string) *desk {
	d.Desk = desktest.Drive(d.Desk, desktest.Press(keys...)...)
	return d
}

// press sends msgs and returns the last command, not run.
func (d *desk) press(msgs ...tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	for _, msg := range msgs {
		cmd = d.update(msg)
	}
	return cmd
}

// takeSent returns what was sent to the root since the last call.
func (d *desk) takeSent() []tea.Msg {
	s := d.Sent
	d.Sent = nil
	return s
}
