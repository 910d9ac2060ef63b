package intake

import (
	"strings"
	"testing"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

// TestAnIntakeCanEndWithTheDeviceHandedBackAndItsReason: at any step
// ctrl+r asks why the device goes back; esc or "back to the intake" saves
// nothing and the form is as it was; confirmed, the ticket is finished with
// the reason on it, the draft is gone, no order is opened, and only then
// does the desk say saved and go back to the queue.
func TestAnIntakeCanEndWithTheDeviceHandedBackAndItsReason(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 80, 24, tk)
	m = drive(m, press(desktest.IntakeCustomer...)...)
	m = drive(m, press("enter", "PF2XK9A1", "esc")...) // a draft kept
	m = open(t, commonOn(st, c.Now), 80, 24, tk)
	if !strings.Contains(m.Plain(), "ctrl+r 退还客户") {
		t.Errorf("the key help does not show the hand-back:\n%s", m.Plain())
	}
	at := fieldKey(m.M.form.form)

	m = drive(m, desktest.Ctrl('r'))
	if m.M.stage != stageHandBack || !strings.Contains(m.Plain(), "客户不接受报价或费用") {
		t.Fatalf("ctrl+r did not ask for the reason:\n%s", m.Plain())
	}
	screentest.CheckFits(t, "the hand-back", m.View(), 80, 24)
	m = drive(m, press("esc")...)
	if m.M.stage != stageForm || fieldKey(m.M.form.form) != at || m.M.form.in.Name != "张伟" {
		t.Fatalf("esc did not go back to the intake as it was: stage %v at %q", m.M.stage, fieldKey(m.M.form.form))
	}
	if _, ok, _ := st.Draft(3); !ok {
		t.Fatal("esc out of the hand-back dropped the draft")
	}

	// "other" needs a note; the reason chosen from the list, then confirmed.
	m = drive(m, desktest.Ctrl('r'))
	m = drive(m, press("down", "down", "down", "down", "down", "down", "down", "enter", "enter")...)
	if f := m.M.hb.form.GetFocusedField(); f.GetKey() != "note" || f.Error() == nil {
		t.Fatalf("“other” without a note was not refused:\n%s", m.Plain())
	}
	m = drive(m, press("esc")...)
	m = drive(m, desktest.Ctrl('r'))
	m = drive(m, press("down", "enter", "不同意开机检测", "enter")...)
	if strings.Contains(m.Status(), "已保存") {
		t.Fatal("saved before it was confirmed")
	}
	m = drive(m, press("y")...)
	if !m.Has(DoneMsg{}) || !m.Has(parts.SavedMsg{Queue: true}) {
		t.Fatalf("the hand-back did not end the intake: %v\n%s", m.Sent, m.Plain())
	}
	if s := m.Status(); !strings.HasPrefix(s, "已保存") || !strings.Contains(s, "客户不同意维修条款或开机检测") {
		t.Errorf("status %q does not say saved with the reason", s)
	}
	snap, _ := st.Snapshot()
	for _, x := range snap.Tickets {
		if x.ID == tk.ID && x.State != queue.Finished {
			t.Errorf("A001 is %s, want finished", x.State)
		}
	}
	if _, ok, _ := st.Draft(3); ok {
		t.Error("the draft outlived the hand-back")
	}
	ev, _ := st.Events(0, 0)
	last := ev[len(ev)-1]
	if last.Kind != store.KindHandBack || last.Detail != string(repair.HandBackTerms) || last.Note != "不同意开机检测" || last.Ticket != tk.ID {
		t.Errorf("the hand-back is not recorded on the ticket: %+v", last)
	}
	if orders, _ := st.OrdersByPhone("13800138000", 10); len(orders) != 0 {
		t.Errorf("a hand-back opened an order: %+v", orders)
	}
}

// TestAFailedHandBackSaysSoAndKeepsTheForm: a hand-back the store refuses
// (another desk finished the ticket) says why, never "saved", and keeps the
// intake and the answers given.
func TestAFailedHandBackSaysSoAndKeepsTheForm(t *testing.T) {
	c, st, tk := calledA(t)
	m := open(t, c, 80, 24, tk)
	m = drive(m, press(desktest.IntakeCustomer...)...)
	if _, err := st.Finish(3, "别人"); err != nil {
		t.Fatal(err)
	}
	m = drive(m, desktest.Ctrl('r'))
	m = drive(m, press("enter", "太贵", "enter", "y")...)
	if m.M.stage != stageHandBack || m.M.form == nil || m.M.form.in.Name != "张伟" {
		t.Fatalf("a refused hand-back did not keep the form: stage %v", m.M.stage)
	}
	if !m.Sess.Status.Bad || strings.HasPrefix(m.Status(), "已保存") || !strings.Contains(m.Plain(), "未保存") {
		t.Errorf("a refused hand-back does not say so: %q\n%s", m.Status(), m.Plain())
	}
	if m.M.hb.note != "太贵" || m.M.hb.reason != string(repair.HandBackEstimate) {
		t.Errorf("the answers were lost: %+v", m.M.hb)
	}
	m = drive(m, press("esc")...)
	if m.M.stage != stageForm {
		t.Errorf("esc after a refused hand-back: stage %v", m.M.stage)
	}
}
