package order

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk emulates the root around the order screen: after each Update it
// drains the outbox — the status line into the session, BackMsg counted,
// SavedMsg reading the board again — and hands the session back, as
// tui/desk does. ChangedMsg (the change feed) asks the screen to Reload.
type desk struct {
	m     Model
	c     common.Common
	sess  parts.Session
	board parts.Board
	back  int // BackMsgs received
	saved int // SavedMsgs received
}

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	switch msg := msg.(type) {
	case common.ChangedMsg:
		return d, d.m.Reload()
	case parts.BoardMsg:
		_ = d.board.Take(d.c, msg)
		return d, nil
	}
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	return d.drain(cmd)
}

// drain handles what the screen sent, as the root does.
func (d desk) drain(cmd tea.Cmd) (desk, tea.Cmd) {
	cmds := []tea.Cmd{cmd}
	for _, out := range d.m.Drain() {
		switch out := out.(type) {
		case parts.StatusMsg:
			d.sess.Status = parts.Status(out)
		case BackMsg:
			d.back++
		case parts.SavedMsg:
			d.saved++
			if out.Board {
				cmds = append(cmds, d.board.Reload(d.c.Store))
			}
		}
	}
	d.m.SetSession(d.sess)
	return d, tea.Batch(cmds...)
}

func (d desk) status() string { return d.sess.Status.Text }
func (d desk) plain() string  { return desktest.Plain(d.m.View()) }

// open is the order screen of one order of the station at w×h, read.
func open(t *testing.T, s *desktest.Station, lang string, w, h int, number string) desk {
	t.Helper()
	d := openID(t, s, lang, w, h, s.IDs[number])
	if !d.m.loaded {
		t.Fatalf("%s not shown: %s", number, d.status())
	}
	return d
}

// openID opens order id as the root does: New, then the size.
func openID(t *testing.T, s *desktest.Station, lang string, w, h int, id uint64) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	d := desk{c: c, sess: desktest.Session(), board: parts.NewBoard()}
	m, cmd := New(c, d.sess, id)
	m.SetSize(w, h)
	d.m = m
	board := d.board.Reload(s.St) // the root has the board read
	return desktest.Run(d, tea.Batch(cmd, board))
}

// pure is the screen without a store, showing o as read.
func pure(lang string, w, h int, o repair.Order) desk {
	c := desktest.Common(lang)
	c.SetSize(w, h)
	d := desk{c: c, sess: desktest.Session(), board: parts.NewBoard()}
	d.m, _ = New(c, d.sess, o.ID)
	d.m.SetSize(w, h)
	return desktest.Send(d, loadedMsg{id: o.ID, o: o, found: true})
}

func drive(d desk, msgs ...tea.Msg) desk { return desktest.Drive(d, msgs...) }

func press(keys ...string) []tea.Msg { return desktest.Press(keys...) }

// downTo moves a form's list down until done says it is there.
func downTo(t *testing.T, d desk, done func(v values) bool) desk {
	t.Helper()
	for range 12 {
		if done(*d.m.form.v) {
			return d
		}
		d = drive(d, press("down")...)
	}
	t.Fatalf("never got there:\n%s", d.plain())
	return d
}

func toState(s repair.State) func(values) bool {
	return func(v values) bool { return v.to == string(s) }
}

// moveTo changes the open order's state with the picker (s, ↓…, enter).
func moveTo(t *testing.T, d desk, s repair.State, text ...string) desk {
	t.Helper()
	d = drive(d, press("s")...)
	d = downTo(t, d, toState(s))
	d = drive(d, press("enter")...)
	if len(text) > 0 {
		d = drive(d, press(text[0], "enter")...)
	}
	return d
}

func stored(t *testing.T, s *desktest.Station, number string) repair.Order {
	t.Helper()
	o, ok, err := s.St.Order(s.IDs[number])
	if err != nil || !ok {
		t.Fatalf("%s: %v", number, err)
	}
	return o
}
