package intake

import (
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// offered is the intake of A001 at a counter that kept A099's draft.
func offered(t *testing.T) (desk, *store.Store) {
	t.Helper()
	c, st, tk := calledA(t)
	d := store.Draft{Counter: 3, Engineer: "张工", TicketID: 999, Ticket: "A099", Intake: repair.Intake{Name: "李四"}}
	if err := st.SaveDraft(d); err != nil {
		t.Fatal(err)
	}
	m := open(t, c, 90, 28, tk)
	if m.M.stage != stageOffer || !m.Has(ShownMsg{}) {
		t.Fatalf("the other customer's draft is not offered:\n%s", m.Plain())
	}
	return m, st
}

func TestIntakeOffersAnotherCustomersDraft(t *testing.T) {
	m, _ := offered(t)
	v := m.Plain()
	for _, want := range []string{"未完成的预检", "A099 李四", "A001", "y 继续该草稿"} {
		if !strings.Contains(v, want) {
			t.Errorf("the offer lacks %q:\n%s", want, v)
		}
	}
	// Keys that are not the offer's, ctrl+c among them, do nothing there.
	for _, k := range append(press("x", "down"), desktest.Ctrl('c')) {
		next, cmd := m.Update(k)
		if cmd != nil || next.M.stage != stageOffer || len(next.Sent) != len(m.Sent) {
			t.Errorf("%v changed the offer", k)
		}
	}
}

func TestIntakeOfferTakenOver(t *testing.T) {
	for _, k := range []string{"y", "enter"} {
		m, _ := offered(t)
		m = drive(m, press(k)...)
		if m.M.stage != stageForm || m.M.form.in.Name != "李四" {
			t.Fatalf("%s: the draft was not taken over: %+v", k, m.M.form)
		}
		if !strings.Contains(m.Status(), "已接续 A099") {
			t.Errorf("%s: status %q does not say whose draft was taken", k, m.Status())
		}
	}
}

func TestIntakeOfferDeclinedStartsAfresh(t *testing.T) {
	m, st := offered(t)
	m = drive(m, press("n")...)
	if m.M.stage != stageForm || m.M.form.in.Name != "" {
		t.Fatalf("n did not start a fresh form: %+v", m.M.form)
	}
	if !strings.Contains(m.Status(), "A001") {
		t.Errorf("status %q does not open A001's intake", m.Status())
	}
	// The old draft stays until the first change replaces it.
	if d, ok, _ := st.Draft(3); !ok || d.Ticket != "A099" {
		t.Errorf("the other draft was dropped before anything was typed: %+v", d)
	}
}

func TestIntakeOfferEscGoesBack(t *testing.T) {
	m, st := offered(t)
	m = drive(m, press("esc")...)
	if !m.Has(LeftMsg{}) || m.M.stage != stageNone {
		t.Fatalf("esc on the offer did not go back: %v", m.Sent)
	}
	if d, ok, _ := st.Draft(3); !ok || d.Ticket != "A099" {
		t.Errorf("esc touched the other draft: %+v", d)
	}
}

// TestIntakeDraftReadFailedStartsAfresh: an unreadable draft is said, and a
// fresh form opens for the ticket (its opening line follows, as ever).
func TestIntakeDraftReadFailedStartsAfresh(t *testing.T) {
	c, _, tk := calledA(t)
	m, _ := New(c, desktest.Session(), tk)
	d := desktest.NewDesk[Model, *Model](m, parts.Status{}, nil)
	if d.View() != "" || d.M.stage != stageLoading {
		t.Fatal("the intake draws before its draft is read")
	}
	d, _ = d.Update(press("x")[0]) // keys before the read are the queue's
	if d.M.stage != stageLoading {
		t.Fatal("a key opened the intake before its draft was read")
	}
	d, _ = d.Update(draftLoadedMsg{ticket: tk, err: store.ErrDiskFull})
	if d.M.stage != stageForm || !d.Has(ShownMsg{}) {
		t.Fatalf("no fresh form after an unreadable draft: %v", d.Sent)
	}
	// Another ticket's answer (an older intake's) is not this one's.
	other, _ := New(c, desktest.Session(), tk)
	if next, _ := other.Update(draftLoadedMsg{ticket: desktest.Ticket(42, "A", 1, 1)}); next.stage != stageLoading {
		t.Error("the draft read for another ticket opened this intake")
	}
}
