package queuepanel

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk emulates the root around the queue screen: after each Update it
// drains the outbox, shows what was said on the status line, keeps what
// else was sent, copies Paused into the session and hands the session back
// with SetSession, as tui/desk does.
type desk struct {
	m    Model
	sess parts.Session
	sent []tea.Msg
}

// newDesk is the queue screen at counter 3 (张工), sized and loaded with snap.
func newDesk(t testing.TB, lang string, w, h int, snap store.Snapshot) *desk {
	t.Helper()
	return open(desktest.Common(lang), w, h, common.SnapshotMsg{Snap: snap})
}

// open builds the screen on c at w×h, runs its first command and hands it msgs.
func open(c common.Common, w, h int, msgs ...tea.Msg) *desk {
	d := &desk{sess: desktest.Session()}
	m, cmd := New(c, d.sess)
	m.SetSize(w, h)
	d.m = m
	d.run(cmd, 0)
	for _, msg := range msgs {
		d.run(d.update(msg), 0)
	}
	return d
}

// update hands msg to the screen and does what the root does after it.
func (d *desk) update(msg tea.Msg) tea.Cmd {
	next, cmd := d.m.Update(msg)
	d.m = next
	d.drain()
	return cmd
}

func (d *desk) drain() {
	for _, msg := range d.m.Drain() {
		if s, ok := msg.(parts.StatusMsg); ok {
			d.sess.Status = parts.Status(s)
			continue
		}
		d.sent = append(d.sent, msg)
	}
	d.sess.Paused = d.m.Paused()
	d.m.SetSession(d.sess)
}

// run executes cmd as the runtime would, feeding each answer back.
func (d *desk) run(cmd tea.Cmd, depth int) {
	if depth > 50 {
		return
	}
	for _, msg := range desktest.Execute(cmd) {
		d.run(d.update(msg), depth+1)
	}
}

// keys presses keys, running what each returns.
func (d *desk) keys(keys ...string) *desk {
	for _, msg := range desktest.Press(keys...) {
		d.run(d.update(msg), 0)
	}
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

func (d *desk) plain() string { return desktest.Plain(d.m.View()) }

// takeSent returns what was sent to the root since the last call.
func (d *desk) takeSent() []tea.Msg {
	s := d.sent
	d.sent = nil
	return s
}
