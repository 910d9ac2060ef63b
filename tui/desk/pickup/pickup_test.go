package pickup

import (
	"bytes"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

func TestP2_SerialMustMatch(t *testing.T) {
	s := desktest.MorningStation(t)
	d := drive(verifiedAt(t, s, "zh", 80, 24), press("enter")...)
	if d.Status() != "请扫描或输入取来机器的序列号" || d.M.stage != stageFetch {
		t.Fatalf("no serial: %q", d.Status())
	}
	for _, wrong := range []string{"HP66CM22", "PF2XK9A1", "HP 66CM21", "HP66CM21X"} {
		d = drive(d, press(wrong, "enter")...)
		if d.M.stage != stageFetch || !strings.Contains(d.Status(), "序列号 "+wrong+" 与维修单不符") || d.M.line.Value() != "" {
			t.Fatalf("%s taken: %q stage %d", wrong, d.Status(), d.M.stage)
		}
	}
	d = drive(d, press(" hp66cm21 ", "enter")...)
	if d.M.stage != stageInspect || !d.M.serialOK {
		t.Fatalf("the right serial, typed in lower case, refused: %q", d.Status())
	}
}

func TestG1_G2_TwoRoundsAllItems(t *testing.T) {
	s := desktest.MorningStation(t)
	d := inspecting(t, s, "zh", 80, 24)
	items := parts.KindOf(d.M.c, "notebook").Inspection
	v := d.Plain()
	for _, it := range items {
		if !strings.Contains(v, it.ZH) {
			t.Errorf("item %s not shown:\n%s", it.ZH, v)
		}
	}
	// The original fault is never "not applicable" (G2).
	d = drive(d, press("n")...)
	if !strings.Contains(d.Status(), "不能选不适用") || d.M.insp.rounds[0][0].Mark != "" {
		t.Fatalf("n/a on the original fault: %q", d.Status())
	}
	// Round 1 item by item: the camera not applicable, the rest passed
	// with space and enter in turn.
	for i, it := range items {
		k := []tea.Msg{space}
		switch {
		case it.Key == "camera":
			k = press("n")
		case i%2 == 1:
			k = press("enter")
		}
		d = drive(d, k...)
	}
	if d.M.insp.round != 1 || !strings.Contains(d.Status(), "请与客户复验第2轮") {
		t.Fatalf("round 2 did not start: round %d, %q", d.M.insp.round, d.Status())
	}
	if !strings.Contains(d.Plain(), "第2/2轮") || strings.Count(d.Plain(), "✓ 通过") != len(items)-1 || !strings.Contains(d.Plain(), "– 不适用") {
		t.Errorf("round 1's marks are not all shown:\n%s", d.Plain())
	}
	// Round 2: move back up and down, then the rest pass.
	d = drive(d, press("down", "down", "up", " ", "a")...)
	if d.M.stage != stageExplain {
		t.Fatalf("both rounds done, still at %d: %q", d.M.stage, d.Status())
	}
	for r, round := range d.M.insp.rounds {
		if err := repair.CheckRound(d.M.c.Repair, "notebook", round); err != nil || len(round) != len(items) {
			t.Errorf("round %d: %v", r+1, err)
		}
	}
	d = drive(d, press("enter")...)
	d = drive(d, space, space)
	drive(d, press("enter", "enter")...)
	o := s.Stored(t, readyOrder)
	if o.Pickup == nil || len(o.Pickup.Rounds) != repair.InspectionRounds || o.Pickup.Rounds[0][8].Mark != repair.MarkNA {
		t.Fatalf("the rounds were not stored: %+v", o.Pickup)
	}
}

func TestG3_FailedItemSendsBackToRepair(t *testing.T) {
	s := desktest.MorningStation(t)
	d := inspecting(t, s, "zh", 80, 24)
	tk := d.M.ticket
	d = drive(d, space, space)
	d = drive(d, press("f", "enter")...)
	if d.Status() != "请写下未通过的情况(最多100字)" || d.M.stage != stageFailNote {
		t.Fatalf("a failure without a note: %q", d.Status())
	}
	d = drive(d, press("屏幕仍闪烁", "enter")...)
	if d.M.stage != stageFailConfirm || !strings.Contains(flat(d), "「显示」未通过:屏幕仍闪烁。取机中止,维修单将退回维修中") {
		t.Fatalf("no confirmation:\n%s", d.Plain())
	}
	// n goes back to the list, the mark undone; nothing written.
	d = drive(d, press("n")...)
	if d.M.stage != stageInspect || d.M.insp.rounds[0][2].Mark != "" {
		t.Fatalf("n did not go back: stage %d", d.M.stage)
	}
	if o := s.Stored(t, readyOrder); o.State != repair.StateReady {
		t.Fatalf("written before confirmed: %s", o.State)
	}
	d = drive(d, press("f", "屏幕仍闪烁", "enter", "y")...)
	if want := "已保存 · R2611210001 验机未通过,已改为维修中"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	if !d.Has(parts.SavedMsg{Board: true}) || d.Has(SignedOffMsg{}) {
		t.Errorf("the root is told %v", d.Sent)
	}
	o := s.Stored(t, readyOrder)
	last := o.History[len(o.History)-1]
	if o.State != repair.StateRepairing || last.From != repair.StateReady || last.Who != "张工" ||
		!strings.Contains(last.Text, "验机未通过") || !strings.Contains(last.Text, "显示: 屏幕仍闪烁") {
		t.Fatalf("stored %s, last step %+v", o.State, last)
	}
	if st := ticketState(t, s, tk.ID); st != queue.Called {
		t.Errorf("the ticket is %s, want it still open (called)", st)
	}
	v := d.Plain()
	for _, want := range []string{"R2611210001  维修中", "未通过:显示 — 屏幕仍闪烁", "排队号 B001 没有完成"} {
		if !strings.Contains(v, want) {
			t.Errorf("the screen lacks %q:\n%s", want, v)
		}
	}
	if d = drive(d, press("enter")...); !d.Has(BackMsg{}) {
		t.Errorf("enter did not go back to the queue: %v", d.Sent)
	}
}

func TestP3_P4_ExplainReturnAccessoriesSignOff(t *testing.T) {
	s := desktest.MorningStation(t)
	d := explaining(t, s, "zh", 80, 24)
	tk := d.M.ticket
	r := desktest.AResult
	v := d.Plain()
	for _, want := range []string{"故障原因", r.Cause, r.Work, r.Parts, r.Advice} {
		if !strings.Contains(v, want) {
			t.Errorf("the explanation lacks %q:\n%s", want, v)
		}
	}
	d = drive(d, press("enter")...)
	if v := d.Plain(); !strings.Contains(v, "[ ] 电源适配器") || !strings.Contains(v, "[ ] 电源线") {
		t.Fatalf("the accessories taken in are not listed:\n%s", v)
	}
	d = drive(d, press("enter")...)
	if want := "还有附件没有归还:电源适配器、电源线。找到后勾选;找不到按 l 记为本站遗失"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	d = drive(d, space)
	d = drive(d, press("enter")...)
	if !strings.Contains(d.Status(), "还有附件没有归还:电源线") {
		t.Fatalf("status %q", d.Status())
	}
	d = drive(d, space, press("enter")[0])
	if d.M.stage != stageSign || d.M.line.Value() != "陈明" {
		t.Fatalf("the signature is not asked with the intake's name: stage %d %q", d.M.stage, d.M.line.Value())
	}
	// The name as confirmed at the counter: corrected.
	d = drive(d, press("backspace", "backspace", "陈晓明", "enter")...)
	// The root finishes the ticket on SignedOffMsg and says so.
	if want := "已保存 · R2611210001 已取机"; d.Status() != want || d.Count(SignedOffMsg{}) != 1 || !d.Has(parts.SavedMsg{Board: true}) {
		t.Fatalf("status %q, want %q; sent %v", d.Status(), want, d.Sent)
	}
	o := s.Stored(t, readyOrder)
	if o.State != repair.StatePickedUp || o.VisitDue.IsZero() || o.Pickup == nil || o.Pickup.SignedBy != "陈晓明" ||
		o.Pickup.Staff != "张工" || !o.Pickup.SerialConfirmed || strings.Join(o.Pickup.Returned, ",") != "adapter,cord" {
		t.Fatalf("stored %s visit %v pickup %+v", o.State, o.VisitDue, o.Pickup)
	}
	if got := d.M.c.Clock(o.VisitDue).Format("2006-01-02"); got != "2026-11-25" {
		t.Errorf("visit due %s, want 3 working days after Sunday 11-22", got)
	}
	if st := ticketState(t, s, tk.ID); st != queue.Called {
		t.Errorf("the ticket is %s: the pickup finished it itself, not the root", st)
	}
	v = d.Plain()
	for _, want := range []string{"R2611210001  已取机", "客户 陈晓明 签收 · 工程师 张工", "回访:2026-11-25 之前", "「" + repair.Farewell + "」"} {
		if !strings.Contains(v, want) {
			t.Errorf("the farewell screen lacks %q:\n%s", want, v)
		}
	}
	if d = drive(d, press("enter")...); !d.Has(BackMsg{}) {
		t.Errorf("enter did not go back to the queue: %v", d.Sent)
	}
}

func TestFarewellWordForWord(t *testing.T) {
	if got := i18n.New("zh").T("script.farewell"); got != repair.Farewell {
		t.Fatalf("farewell %q, want %q", got, repair.Farewell)
	}
	if repair.Farewell != "对不起,给您使用过程中带来不便了…如果您的机器再有什么问题,请与我们联系" {
		t.Fatal("the farewell is not DOMAIN.md's")
	}
}

// TestO8_LoanerBackAtPickup: a ready order with the loaner out waits for it
// at the hand-back; b records it back there, then the pickup goes on.
func TestO8_LoanerBackAtPickup(t *testing.T) {
	s := desktest.MorningStation(t)
	const number = "R2611200001" // 张伟, …8000, loaner T14-03
	s.Do(number, "2026-11-22 09:00", "王工", desktest.WriteResult(desktest.AResult))
	s.Do(number, "2026-11-22 09:10", "王工", desktest.Move(repair.StateReady, ""))
	d := drive(atPickup(t, s, "zh", 80, 24), claimKeys(slipCode(number), "8000")...)
	d = drive(d, press("PF2XK9A1", "enter", "a", "a", "enter")...)
	d = drive(d, space, space)
	if !strings.Contains(d.Plain(), "备机 T14-03 还在客户处") || !strings.Contains(d.Plain(), "b 备机已归还") {
		t.Fatalf("the loaner is not asked for:\n%s", d.Plain())
	}
	d = drive(d, press("enter")...)
	if want := "备机 T14-03 还没有归还:收回后按 b 记录"; d.Status() != want {
		t.Fatalf("status %q, want %q", d.Status(), want)
	}
	d = drive(d, press("b")...)
	if want := "已保存 · R2611200001 备机已归还"; d.Status() != want || d.Count(parts.SavedMsg{Board: true}) != 1 {
		t.Fatalf("status %q, want %q; sent %v", d.Status(), want, d.Sent)
	}
	if strings.Contains(d.Plain(), "b 备机已归还") {
		t.Errorf("b is still offered once the loaner is back:\n%s", d.Plain())
	}
	d = drive(d, press("enter", "enter")...)
	if o := s.Stored(t, number); o.State != repair.StatePickedUp || o.LoanerOut() {
		t.Fatalf("stored %s, loaner out %v: %s", o.State, o.LoanerOut(), d.Status())
	}
}

// TestPickupAbandonedHalfwayChangesNothing: esc asks; n goes on where it
// was; y drops the pickup, and the database file is as it was, byte for
// byte, after the claim code's check.
func TestPickupAbandonedHalfwayChangesNothing(t *testing.T) {
	s := desktest.MorningStation(t)
	d := inspecting(t, s, "zh", 80, 24)
	before, err := os.ReadFile(s.Path)
	if err != nil {
		t.Fatal(err)
	}
	rev, _ := s.St.Rev()
	d = drive(d, space, space, press("esc")[0])
	if !d.M.asking || !strings.Contains(d.Plain(), "放弃本次取机?不会保存任何内容") {
		t.Fatalf("esc did not ask:\n%s", d.Plain())
	}
	d = drive(d, press("n")...)
	if d.M.asking || d.M.stage != stageInspect || d.M.insp.sel != 2 {
		t.Fatalf("n did not go on where it was: stage %d item %d", d.M.stage, d.M.insp.sel)
	}
	d = drive(d, press("a", "a", "enter", "esc", "y")...)
	if !d.Has(BackMsg{}) || d.Status() != "B001 的取机已放弃,未保存任何内容" {
		t.Fatalf("not abandoned: %q %v", d.Status(), d.Sent)
	}
	if after, _ := os.ReadFile(s.Path); !bytes.Equal(before, after) {
		t.Error("abandoning changed the database file")
	}
	if r, _ := s.St.Rev(); r != rev {
		t.Errorf("rev %d, was %d", r, rev)
	}
	if o := s.Stored(t, readyOrder); o.State != repair.StateReady || o.Pickup != nil {
		t.Errorf("the order is %s with %+v", o.State, o.Pickup)
	}
}

// TestPickupKeyCount counts the keys of an all-pass pickup beyond what is
// typed (claim code, digits, serial; the name is prefilled): the aim is
// under 20. The queue's g that opens the pickup counts as one.
func TestPickupKeyCount(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	keys := 1 // g, on the queue screen
	hit := func(msgs ...tea.Msg) { keys += len(msgs); d = drive(d, msgs...) }
	typed := func(s string) { d = drive(d, press(s)...) }
	typed(slipCode(readyOrder))
	hit(press("enter")...)
	typed("2222")
	hit(press("enter")...)
	typed("HP66CM21")
	hit(press("enter")...)
	hit(press("a", "a")...) // two rounds with the customer
	hit(press("enter")...)  // explained
	hit(space, space)       // adapter, cord
	hit(press("enter")...)  // all handed back
	hit(press("enter")...)  // signed, the name as on the intake
	hit(press("enter")...)  // back to the queue
	if o := s.Stored(t, readyOrder); o.State != repair.StatePickedUp || !d.Has(BackMsg{}) {
		t.Fatalf("not picked up: %s %q", o.State, d.Status())
	}
	t.Logf("an all-pass pickup takes %d keys beyond the typed codes", keys)
	if keys >= 20 {
		t.Errorf("%d keys, the aim is under 20", keys)
	}
}
