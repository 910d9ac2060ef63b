package queuepanel

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

func TestRefusedOperationSaysWhy(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	d.M.inflight = true
	d.update(opMsg{action: "desk.did.call", err: queue.ErrNoCurrent})
	if d.M.inflight || !d.Sess.Status.Bad || d.Sess.Status.Text != common.Explain(d.M.c.Text, d.M.c.Cfg, queue.ErrNoCurrent) {
		t.Fatalf("status %+v", d.Sess.Status)
	}
}

func TestSnapshots(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	d.update(common.SnapshotMsg{Err: errors.New("disk gone")})
	if !d.Sess.Status.Bad || !strings.HasPrefix(d.Sess.Status.Text, "数据库暂时无法读取") || !d.M.Loaded() {
		t.Fatalf("offline: %+v", d.Sess.Status)
	}
	// An older read than the one shown is dropped.
	d.update(common.SnapshotMsg{Snap: store.Snapshot{Rev: 3}})
	if d.M.Current() == nil || d.M.Current().Number != "A012" {
		t.Fatal("an older snapshot replaced a newer one")
	}
	// The screen's copy of the current ticket is not the caller's.
	d.M.Current().Number = "X"
	if d.M.Current().Number != "A012" {
		t.Fatal("Current handed out the screen's own ticket")
	}
}

func TestTickAndSession(t *testing.T) {
	clock := desktest.Fixed
	c := desktest.Common("zh")
	c.Now = func() time.Time { return clock }
	d := open(c, 100, 30, common.SnapshotMsg{Snap: desktest.Morning()})
	if !strings.Contains(d.Plain(), "A015 送修 10:29     1分") {
		t.Fatalf("before:\n%s", d.Plain())
	}
	clock = clock.Add(2 * time.Minute)
	d.M.Tick()
	if !strings.Contains(d.Plain(), "A015 送修 10:29     3分") {
		t.Fatalf("the minute turned, the waits did not grow:\n%s", d.Plain())
	}
	// Another counter signs in: its ticket and its offer are shown.
	s := d.Sess
	s.Counter = 1
	d.M.SetSession(s)
	if d.M.Current() == nil || d.M.Current().Number != "B003" {
		t.Fatalf("counter 1's current: %+v", d.M.Current())
	}
}

func TestSetStylesRedraws(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	dark := d.M.View()
	d.M.SetStyles(common.NewStyles(false))
	if d.M.View() == dark && d.M.list[0].text == "" {
		t.Fatal("new styles did not redraw")
	}
	if desktest.Plain(d.M.View()) != desktest.Plain(dark) {
		t.Fatal("new styles changed the text")
	}
}

// TestZeroModelIgnoresEverything: the root forwards every message to every
// screen it holds, built or not.
func TestZeroModelIgnoresEverything(t *testing.T) {
	var m Model
	for _, msg := range []tea.Msg{
		common.SnapshotMsg{Snap: desktest.Morning()},
		common.SnapshotMsg{Err: errors.New("x")},
		opMsg{action: "desk.did.call"},
		desktest.Press("n")[0], desktest.Ctrl('c'),
		tea.WindowSizeMsg{Width: 80, Height: 24},
		parts.StatusMsg{},
		nil,
	} {
		var cmd tea.Cmd
		if m, cmd = m.Update(msg); cmd != nil {
			t.Errorf("%#v: a zero model returned a command", msg)
		}
	}
	m.SetSize(80, 24)
	m.SetSession(desktest.Session())
	m.SetStyles(common.NewStyles(true))
	m.Tick()
	_ = m.View()
	if m.Current() != nil || m.Paused() || len(m.Drain()) != 0 {
		t.Fatal("a zero model has state")
	}
}

// TestOtherMessagesAreIgnored: messages of other screens change nothing.
func TestOtherMessagesAreIgnored(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	before := d.M.View()
	for _, msg := range []tea.Msg{parts.SavedMsg{Queue: true}, common.ChangedMsg{Rev: 10}, tea.PasteMsg{Content: "n"}, struct{}{}} {
		if cmd := d.press(msg); cmd != nil {
			t.Errorf("%#v returned a command", msg)
		}
	}
	if d.M.View() != before || len(d.takeSent()) != 0 {
		t.Fatal("another screen's message changed the queue screen")
	}
}
