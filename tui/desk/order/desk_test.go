package order

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the order screen (desktest.Desk), with
// what tui/desk adds for this screen: the board, read again after each
// SavedMsg{Board: true}, and the change feed's ChangedMsg asking the screen
// to Reload.
type desk struct {
	desktest.Desk[Model, *Model]
	c     common.Common
	board parts.Board
}

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	switch msg := msg.(type) {
	case common.ChangedMsg:
		return d, d.M.Reload()
	case parts.BoardMsg:
		_ = d.board.Take(d.c, msg)
		return d, nil
	}
	before := len(d.Sent)
	var cmd tea.Cmd
	d.Desk, cmd = d.Desk.Update(msg)
	cmds := []tea.Cmd{cmd}
	for _, out := range d.Sent[before:] {
		if s, ok := out.(parts.SavedMsg); ok && s.Board {
			cmds = append(cmds, d.board.Reload(d.c.Store))
		}
	}
	return d, tea.Batch(cmds...)
}

// around is the stand-in root around m on c, its outbox drained as after New.
func around(c common.Common, m Model) desk {
	return desk{Desk: desktest.NewDesk[Model, *Model](m, parts.Status{}, nil), c: c, board: parts.NewBoard()}
}

// back is how many BackMsgs the screen sent.
func (d desk) back() int { return d.Count(BackMsg{}) }

// saved is how many SavedMsgs the screen sent.
func (d desk) saved() int {
	n := 0
	for _, out := range d.Sent {
		if _, ok := out.(parts.SavedMsg); ok {
			n++
		}
	}
	return n
}

// open is the order screen of one order of the station at w×h, read.
func open(t *testing.T, s *desktest.Station, lang string, w, h int, number string) desk {
	t.Helper()
	d := openID(t, s, lang, w, h, s.IDs[number])
	if !d.M.loaded {
		t.Fatalf("%s not shown: %s", number, d.Status())
	}
	return d
}

// openID opens order id as the root does: New, then the size.
func openID(t *testing.T, s *desktest.Station, lang string, w, h int, id uint64) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), id)
	m.SetSize(w, h)
	d := around(c, m)
	board := d.board.Reload(s.St) // the root has the board read
	return desktest.Run(d, tea.Batch(cmd, board))
}

// pure is the screen without a store, showing o as read.
func pure(lang string, w, h int, o repair.Order) desk {
	c := desktest.Common(lang)
	c.SetSize(w, h)
	m, _ := New(c, desktest.Session(), o.ID)
	m.SetSize(w, h)
	d := around(c, m)
	return desktest.Send(d, loadedMsg{id: o.ID, o: o, found: true})
}

func drive(d desk, msgs ...tea.Msg) desk { return desktest.Drive(d, msgs...) }

func press(keys ...string) []tea.Msg { return desktest.Press(keys...) }

// downTo moves a form's list down until done says it is there.
func downTo(t *testing.T, d desk, done func(v values) bool) desk {
	t.Helper()
	for range 12 {
		if done(*d.M.form.v) {
			return d
		}
		d = drive(d, press("down")...)
	}
	t.Fatalf("never got there:\n%s", d.Plain())
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
