package order

import (
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// TestO4_RefusedMoveSaysWhatIsMissing: ready without the repair result is
// refused with exactly the fields still empty, and nothing is written.
func TestO4_RefusedMoveSaysWhatIsMissing(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611200001")
	before := s.Stored(t, "R2611200001")
	events, _ := s.St.Events(0, 1000)

	d = moveTo(t, d, repair.StateReady)
	want := "不能改为待取机:还缺 故障原因、维修内容、更换部件、使用建议"
	if d.Status() != want || !d.Sess.Status.Bad || !strings.Contains(d.Plain(), want) {
		t.Fatalf("status %q, want %q\n%s", d.Status(), want, d.Plain())
	}
	after := s.Stored(t, "R2611200001")
	if after.State != before.State || len(after.History) != len(before.History) {
		t.Errorf("a refused move changed the order: %s, %d steps", after.State, len(after.History))
	}
	if evs, _ := s.St.Events(0, 1000); len(evs) != len(events) {
		t.Errorf("a refused move logged %d events", len(evs)-len(events))
	}

	// Half a result: the refusal names only what is still missing.
	d = drive(d, press("r", "排线松动", "enter", "重新插接", "enter", "enter", "enter")...)
	if !strings.Contains(d.Status(), "必填") && d.M.form == nil {
		t.Fatalf("an empty field of the result was taken: %q", d.Status())
	}
	d = drive(d, press("esc")...)
	s.Do("R2611200001", "2026-11-22 10:25", "王工", desktest.WriteResult(repair.Result{Cause: "排线松动", Work: "重新插接"}))
	d = drive(d, common.ChangedMsg{})
	d = moveTo(t, d, repair.StateReady)
	if want := "不能改为待取机:还缺 更换部件、使用建议"; d.Status() != want {
		t.Errorf("status %q, want %q", d.Status(), want)
	}
}

func TestO4_RefusalInEnglish(t *testing.T) {
	d := open(t, desktest.MorningStation(t), "en", 100, 30, "R2611200001")
	d = moveTo(t, d, repair.StateReady)
	want := "Cannot move to ready: still missing fault cause, work done, parts replaced, advice for use"
	if d.Status() != want {
		t.Errorf("status %q, want %q", d.Status(), want)
	}
}

// TestO1_O4_ResultThenMovesToReady: the result written with the form, the
// order goes diagnosing → repairing → testing → ready, each said saved only
// once stored.
func TestO1_O4_ResultThenMovesToReady(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611200001")
	d = drive(d, press("r", "屏幕排线松动", "enter", "重新插接排线", "enter", "无", "enter", "避免大角度开合", "enter")...)
	if want := "已保存 · R2611200001 维修结果已记录"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	if r := s.Stored(t, "R2611200001").Result; r.Cause != "屏幕排线松动" || r.Advice != "避免大角度开合" {
		t.Fatalf("result stored %+v", r)
	}
	for _, st := range []repair.State{repair.StateRepairing, repair.StateTesting, repair.StateReady} {
		d = moveTo(t, d, st)
		if want := "已保存 · R2611200001 已改为" + parts.StateName(d.c.Text, st); d.Status() != want {
			t.Fatalf("status %q, want %q", d.Status(), want)
		}
		if got := s.Stored(t, "R2611200001").State; got != st {
			t.Fatalf("stored state %s, want %s", got, st)
		}
	}
	v := d.Plain()
	for _, want := range []string{"R2611200001  待取机", "拷机中 → 待取机", "屏幕排线松动"} {
		if !strings.Contains(v, want) {
			t.Errorf("the order screen lacks %q:\n%s", want, v)
		}
	}
	if n := d.board.Count(repair.ListReadyUntold); n != 2 {
		t.Errorf("the board has %d ready orders not told, want 2", n)
	}
}

// TestO3_ReadyCallSetsToldReady: the ready call shows its script word for
// word; reaching the customer takes the order off "not told".
func TestO3_ReadyCallSetsToldReady(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611210001")
	d = drive(d, press("c")...)
	if d.M.form.v.kind != string(repair.ContactReady) {
		t.Fatalf("a ready order's call is about %s, want ready", d.M.form.v.kind)
	}
	if v := d.Plain(); !strings.Contains(strings.ReplaceAll(v, "│", ""), "「"+repair.ReadyForPickup[:30]) {
		t.Errorf("the ready script is not shown:\n%s", v)
	}
	d = drive(d, press("enter", "y", "已约明天上午来取", "enter")...)
	if want := "已保存 · R2611210001 联系已记录"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	if o := s.Stored(t, "R2611210001"); o.ToldReady.IsZero() {
		t.Error("the ready call that reached the customer did not set ToldReady")
	}
	if n := d.board.Count(repair.ListReadyUntold); n != 0 {
		t.Errorf("%d ready orders still not told", n)
	}
	if !strings.Contains(d.Plain(), "致电·取机通知 · 已联系上:已约明天上午来取") {
		t.Errorf("the call is not on the timeline:\n%s", d.Plain())
	}
}

// TestO2_DelayCallOffersThePartScript: an order waiting for a part is
// offered the part-not-in-stock script for a delay call, word for word.
func TestO2_DelayCallOffersThePartScript(t *testing.T) {
	d := open(t, desktest.MorningStation(t), "zh", 120, 30, "R2611180001")
	d = drive(d, press("c")...)
	d = downTo(t, d, func(v values) bool { return v.kind == string(repair.ContactDelay) })
	if v := strings.ReplaceAll(d.Plain(), "│", ""); !strings.Contains(strings.Join(strings.Fields(v), ""), repair.PartNotInStock("主板")) {
		t.Errorf("the script %q is not shown:\n%s", repair.PartNotInStock("主板"), d.Plain())
	}
	d = drive(d, press("esc")...)
	if d.M.form != nil || d.back() != 0 {
		t.Error("esc did not close the form")
	}
}

// TestO8_LoanerBackBeforeClosing: cancelling with the loaner out is
// refused; once it is back, the order may be cancelled.
func TestO8_LoanerBackBeforeClosing(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611200001")
	d = moveTo(t, d, repair.StateCancelled, "客户不修了")
	if want := "不能改为已取消:备机还未归还"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	d = drive(d, press("b", "y")...)
	if want := "已保存 · R2611200001 备机已归还"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	if strings.Contains(d.Plain(), "b 备机归还") {
		t.Error("the loaner key is still offered with the loaner back")
	}
	d = moveTo(t, d, repair.StateCancelled, "客户不修了")
	if got := s.Stored(t, "R2611200001").State; got != repair.StateCancelled {
		t.Fatalf("state %s after the loaner came back, want cancelled: %s", got, d.Status())
	}
	if strings.Contains(d.Plain(), "s 改状态") {
		t.Error("a closed order still offers a change of state")
	}
}

func TestEstimateNotApprovedRefused(t *testing.T) {
	d := open(t, desktest.MorningStation(t), "zh", 100, 30, "R2611210002")
	d = moveTo(t, d, repair.StateRepairing)
	if want := "不能改为维修中:客户尚未同意报价"; d.Status() != want {
		t.Errorf("status %q, want %q", d.Status(), want)
	}
}

// TestO5_NoteEscalationComplaint: each goes on the timeline with who.
func TestO5_NoteEscalationComplaint(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 120, 40, "R2611220001")
	d = drive(d, press("n", "客户来电询问进度", "enter")...)
	d = drive(d, press("x")...)
	d = downTo(t, d, func(v values) bool { return v.escalation == string(repair.EscalateAbility) })
	d = drive(d, press("enter", "转李工检修硬盘", "enter")...)
	d = drive(d, press("t", "态度不好", "enter", "已致歉并说明处理进度", "enter")...)
	if want := "已保存 · R2611220001 投诉已记录"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	v := d.Plain()
	for _, want := range []string{"张工 备注:客户来电询问进度", "升级·技术能力(转其他工程师):转李工检修硬盘", "投诉:态度不好 · 答复:已致歉并说明处理进度"} {
		if !strings.Contains(v, want) {
			t.Errorf("the timeline lacks %q:\n%s", want, v)
		}
	}
	if n := len(s.Stored(t, "R2611220001").History); n != 3 {
		t.Errorf("%d steps stored, want 3", n)
	}
}

func TestOrderScrolls(t *testing.T) {
	d := open(t, desktest.MorningStation(t), "zh", 80, 24, "R2611180001")
	if !strings.Contains(d.Plain(), "维修单 R2611180001 ↓") {
		t.Fatalf("a long order does not say there is more:\n%s", d.Plain())
	}
	d = drive(d, press("pgdown", "pgdown", "pgdown")...)
	if d.M.scroll != d.M.maxScroll() || !strings.Contains(d.Plain(), "11-18 09:20 张工 接机") {
		t.Fatalf("scrolled to %d of %d:\n%s", d.M.scroll, d.M.maxScroll(), d.Plain())
	}
	d = drive(d, press("k")...)
	if d.M.scroll != d.M.maxScroll()-1 {
		t.Errorf("k scrolled to %d", d.M.scroll)
	}
}
