package intake

import (
	"path/filepath"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the intake (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

// open opens the intake of t on a w×h terminal as the root does: New, the
// outbox drained, sized, and its first command run.
func open(t testing.TB, c common.Common, w, h int, tk queue.Ticket) desk {
	t.Helper()
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), tk)
	m.SetSize(w, h)
	return desktest.NewDesk[Model, *Model](m, parts.Status{}, cmd)
}

// atIntake is the intake of the morning's called A ticket at counter 3,
// without a store.
func atIntake(t testing.TB, lang string, w, h int) desk {
	t.Helper()
	d := open(t, desktest.Common(lang), w, h, desktest.Morning().Tickets[0])
	if d.M.stage != stageForm || !d.Has(ShownMsg{}) {
		t.Fatalf("intake did not open: %s", d.Plain())
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

// focusedErr is the form's error message under the focused field.
func focusedErr(d desk) error {
	if f := d.M.form.form.GetFocusedField(); f != nil {
		return f.Error()
	}
	return nil
}
