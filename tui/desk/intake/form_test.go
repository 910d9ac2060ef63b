package intake

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

func TestIntakeEscLeavesAndKeepsTheDraft(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, press("enter", "13800138000", "enter", "张伟")...)
	m = drive(m, press("esc")...)
	if !m.Has(LeftMsg{}) || !m.M.left {
		t.Fatalf("esc did not leave: %v", m.Sent)
	}
	if !strings.Contains(m.Status(), "A001") {
		t.Errorf("status %q does not say the intake was left", m.Status())
	}
	if d, ok, err := st.Draft(3); err != nil || !ok || d.Intake.Name != "张伟" || d.TicketID != tk.ID {
		t.Fatalf("esc did not keep the draft: %+v %v", d, err)
	}
	// Left, the form takes nothing the root hands every screen: a paste
	// there is the screen's now shown.
	m = drive(m, tea.PasteMsg{Content: "x"})
	if m.M.form.in.Name != "张伟" {
		t.Error("a paste reached the form that was left")
	}
}

func TestIntakeDraftKeptAMomentAfterAChange(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, press("enter", "13800138000")...)
	gen := m.M.form.gen
	// An older tick (a change came since) stores nothing.
	if _, cmd := m.Update(draftTickMsg{gen: gen - 1}); cmd != nil {
		t.Error("a stale tick stored the draft")
	}
	m = drive(m, draftTickMsg{gen: gen})
	if d, ok, _ := st.Draft(3); !ok || d.Intake.Phone != "13800138000" {
		t.Fatalf("the tick did not store the draft: %+v", d)
	}
	if m.M.form.savedGen != gen {
		t.Errorf("the stored draft is not noted: saved %d, gen %d", m.M.form.savedGen, gen)
	}
	if _, cmd := m.Update(draftTickMsg{gen: gen}); cmd != nil {
		t.Error("a draft stored already is stored again")
	}
	m = drive(m, draftSavedMsg{gen: gen + 1, err: store.ErrDiskFull})
	if !m.Sess.Status.Bad || !strings.Contains(m.Status(), "草稿未能保存") {
		t.Errorf("a draft not kept is not said: %q", m.Status())
	}
}

func TestIntakeRetriesAFailedSaveOnEnter(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 100, 30, tk)
	m = drive(m, desktest.IntakeKeys()...)
	m, _ = m.Update(press("y")[0]) // the save's command is lost: the disk was full
	m = drive(m, OrderSavedMsg{Err: store.ErrDiskFull})
	if m.M.stage != stageForm || m.M.form.saving {
		t.Fatalf("a refused save did not keep the form: stage %v", m.M.stage)
	}
	m = drive(m, press("enter")...)
	if m.M.stage != stageSlip {
		t.Fatalf("enter did not save again: %s\n%s", m.Status(), m.Plain())
	}
	if orders, _ := st.OrdersByPhone("13800138000", 10); len(orders) != 1 {
		t.Errorf("%d orders saved, want 1", len(orders))
	}
}

func TestIntakeReturningCustomerAndComeback(t *testing.T) {
	s := desktest.MorningStation(t)
	m := open(t, desktest.CommonWith(s.St, "zh"), 100, 30, desktest.Morning().Tickets[0])
	m = drive(m, press("enter", "13600002222", "enter")...)
	if len(m.M.form.customer) == 0 || m.M.form.in.Name != "陈明" {
		t.Fatalf("the returning customer was not found: %+v", m.M.form.in)
	}
	m = drive(m, press("enter", "enter", "HP66CM21", "enter")...)
	if len(m.M.form.history) == 0 || m.M.form.in.Brand != "惠普" || m.M.form.in.Purchased == "" {
		t.Fatalf("the serial's earlier order did not fill the device: %+v", m.M.form.in)
	}
	if v := m.Plain(); !strings.Contains(v, "R2611210001") {
		t.Errorf("the earlier repair is not in the panel:\n%s", v)
	}
	// An answer for a value no longer typed is dropped.
	before := *m.M.form.in
	m = drive(m, lookupMsg{field: "phone", value: "1", orders: m.M.form.customer})
	if m.M.form.in.Name != before.Name {
		t.Error("a stale lookup changed the form")
	}
}

func TestIntakeIgnoresWhatIsNotItsOwn(t *testing.T) {
	m := atIntake(t, "zh", 100, 30)
	view := m.View()
	for _, msg := range []tea.Msg{parts.BoardMsg{}, common.ChangedMsg{}, tea.WindowSizeMsg{Width: 200, Height: 60}, tea.BackgroundColorMsg{}} {
		next, cmd := m.Update(msg)
		if cmd != nil || next.View() != view {
			t.Errorf("%T changed the intake", msg)
		}
	}
	var zero Model
	for _, msg := range []tea.Msg{
		draftLoadedMsg{},
		draftTickMsg{},
		draftSavedMsg{},
		lookupMsg{},
		OrderSavedMsg{},
		printedMsg{},
		tea.PasteMsg{},
		desktest.Ctrl('c'), press("esc")[0], press("enter")[0],
	} {
		if next, cmd := zero.Update(msg); cmd != nil || next.View() != "" || len(next.Drain()) > 0 {
			t.Errorf("a zero Model answered %T", msg)
		}
	}
}

func TestIntakeResizedAndRestyled(t *testing.T) {
	m := atIntake(t, "zh", 80, 24)
	m.M.SetSize(130, 40)
	screentest.CheckFits(t, "the view", m.View(), 130, 40)
	if w := lipgloss.Width(strings.Split(m.Plain(), "\n")[1]); w != 130 {
		t.Errorf("the form was not laid out anew: a line of %d cells", w)
	}
	before := m.Plain()
	m.M.SetStyles(common.NewStyles(false))
	if m.Plain() != before {
		t.Error("new styles changed what is drawn")
	}
}
