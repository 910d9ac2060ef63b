package intake

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk stands in for the root: after each Update it drains the intake's
// outbox, shows a StatusMsg on the session's status line and hands the
// session back (SetSession), and keeps the other messages sent, in order.
type desk struct {
	m    Model
	s    parts.Session
	sent []tea.Msg
}

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	m, cmd := d.m.Update(msg)
	d.m = m
	return d.drain(), cmd
}

func (d desk) drain() desk {
	for _, msg := range d.m.Drain() {
		if s, ok := msg.(parts.StatusMsg); ok {
			d.s.Status = parts.Status(s)
			continue
		}
		d.sent = append(slices.Clip(d.sent), msg)
	}
	d.m.SetSession(d.s)
	return d
}

// View is the intake's screen, as the root draws it.
func (d desk) View() string { return d.m.View() }

// plain is the screen without its styling.
func plain(d desk) string { return desktest.Plain(d.View()) }

// status is the status line's text as the root keeps it.
func (d desk) status() string { return d.s.Status.Text }

// got reports whether a message like want was sent to the root.
func (d desk) got(want tea.Msg) bool {
	return slices.ContainsFunc(d.sent, func(m tea.Msg) bool { return m == want })
}

// open opens the intake of t on a w×h terminal as the root does: New, the
// outbox drained, sized, and its first command run.
func open(t testing.TB, c common.Common, w, h int, tk queue.Ticket) desk {
	t.Helper()
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), tk)
	m.SetSize(w, h)
	return desktest.Run(desk{m: m, s: desktest.Session()}.drain(), cmd)
}

// atIntake is the intake of the morning's called A ticket at counter 3,
// without a store.
func atIntake(t testing.TB, lang string, w, h int) desk {
	t.Helper()
	d := open(t, desktest.Common(lang), w, h, desktest.Morning().Tickets[0])
	if d.m.stage != stageForm || !d.got(ShownMsg{}) {
		t.Fatalf("intake did not open: %s", plain(d))
	}
	return d
}

// withStore is a shared value on a real database file, with a clock that
// moves a second on every reading, so arrival order is real.
func withStore(t *testing.T) (common.Common, *store.Store) {
	t.Helper()
	clock := desktest.Fixed
	now := func() time.Time { clock = clock.Add(time.Second); return clock }
	path := filepath.Join(t.TempDir(), "s.db")
	st, err := store.Open(store.Options{Path: path, Queue: queue.DefaultConfig(), Now: now, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	return commonOn(st, now), st
}

// commonOn is another program's shared value on the same database, as
// after a restart.
func commonOn(st *store.Store, now func() time.Time) common.Common {
	c := common.New(st, queue.DefaultConfig(), "zh", true, now)
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	return c
}

// calledA is a real database whose counter 3 has called A001 and started
// it (as the queue does before it opens the intake), and A001.
func calledA(t *testing.T) (common.Common, *store.Store, queue.Ticket) {
	t.Helper()
	c, st := withStore(t)
	if _, _, err := st.Take("A", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	if tk, err := st.CallNext(3, "张工"); err != nil || tk.Number != "A001" {
		t.Fatalf("A001 not called: %+v %v", tk, err)
	}
	tk, err := st.Start(3, "张工")
	if err != nil {
		t.Fatal(err)
	}
	return c, st, tk
}

// The keys of an in-warranty notebook handed over with two accessories, as
// the end-to-end script types them, section by section.
var (
	keysCustomer = []string{"enter", "13800138000", "enter", "张伟", "enter"}
	keysDevice   = []string{"enter", "PF2XK9A1", "enter", "Lenovo", "enter", "ThinkPad X1", "enter", "enter", "2026-05-10", "enter"}
	keysVerdict  = []string{"enter"}
	keysFault    = []string{"开机后屏幕闪烁,偶尔黑屏", "enter", "enter"}
	keysAcc      = []string{" ", "down", " ", "enter", "enter"}
	keysData     = []string{"y", "enter", "y"}
	keysPromise  = []string{"enter", "enter"}
)

func intakeKeys() []tea.Msg {
	var all []string
	for _, k := range [][]string{keysCustomer, keysDevice, keysVerdict, keysFault, keysAcc, keysData, keysPromise} {
		all = append(all, k...)
	}
	return desktest.Press(all...)
}

// focusedErr is the form's error message under the focused field.
func focusedErr(d desk) error {
	if f := d.m.form.form.GetFocusedField(); f != nil {
		return f.Error()
	}
	return nil
}
