package pickup

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

// quits reports whether cmd is Bubble Tea's quit.
func quits(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// TestPickupClaimKeys: enter goes from the code to the digits, tab and the
// arrows switch between them; esc with nothing typed closes at once, with
// something typed asks first, and n or esc goes on.
func TestPickupClaimKeys(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	if d = drive(d, press("tab")...); !d.M.onLast4 {
		t.Fatal("tab did not go to the digits")
	}
	if d = drive(d, press("up")...); d.M.onLast4 {
		t.Fatal("up did not go back to the code")
	}
	d = drive(d, press("ab", "enter", "12")...)
	if !d.M.onLast4 || d.M.claim.Value() != "ab" || d.M.last4.Value() != "12" {
		t.Fatalf("enter did not go on to the digits: %q %q", d.M.claim.Value(), d.M.last4.Value())
	}
	d = drive(d, press("esc")...)
	if !d.M.asking || d.Has(BackMsg{}) || d.Status() != d.M.c.Text.T("pickup.abandon.ask") {
		t.Fatalf("esc with a code typed did not ask: %q", d.Status())
	}
	if v := d.Plain(); !strings.HasSuffix(v, "\ny 放弃 • n 继续取机") {
		t.Errorf("the question's keys are not the only ones offered:\n%s", v)
	}
	d = drive(d, press("x", "esc")...) // x answers nothing; esc is no
	if d.M.asking || d.Status() != "" || d.M.last4.Value() != "12" {
		t.Fatalf("esc did not go on where it was: asking %v %q", d.M.asking, d.Status())
	}

	fresh := drive(atPickup(t, desktest.MorningStation(t), "zh", 80, 24), press("esc")...)
	if !fresh.Has(BackMsg{}) || fresh.M.asking {
		t.Fatalf("esc on an empty claim step did not close: %v", fresh.Sent)
	}
}

// TestPickupPasteIsInert: a pasted escape sequence goes whole.
func TestPickupPasteIsInert(t *testing.T) {
	d := atPickup(t, desktest.MorningStation(t), "zh", 80, 24)
	d = drive(d, tea.PasteMsg{Content: "ab\x1b]52;c;aGVsbG8=\x07cd"})
	if v := d.M.claim.Value(); strings.ContainsAny(v, "\x1b\a") || !strings.HasPrefix(v, "ab") {
		t.Fatalf("the paste typed %q", v)
	}
}

// TestPickupQuitsAtAnyStep: ctrl+c quits at the claim code, mid-inspection
// and with a question pending.
func TestPickupQuitsAtAnyStep(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	if _, cmd := d.M.Update(desktest.Ctrl('c')); !quits(cmd) {
		t.Error("ctrl+c did not quit at the claim code")
	}
	d = drive(verifiedAt(t, desktest.MorningStation(t), "zh", 80, 24), press("HP66CM21", "enter", " ", "esc")...)
	if !d.M.asking {
		t.Fatal("esc did not ask")
	}
	if _, cmd := d.M.Update(desktest.Ctrl('c')); !quits(cmd) {
		t.Error("ctrl+c did not quit with the question pending")
	}
}

// TestG3_NoteAndConfirmCanBeLeft: esc leaves the note unwritten, an empty
// note is refused, and esc at the confirmation undoes the mark.
func TestG3_NoteAndConfirmCanBeLeft(t *testing.T) {
	d := inspecting(t, desktest.MorningStation(t), "zh", 80, 24)
	d = drive(d, press("down", "f")...)
	if d.M.stage != stageFailNote || !strings.Contains(d.Plain(), "esc 返回清单") {
		t.Fatalf("f did not ask for a note: stage %d\n%s", d.M.stage, d.Plain())
	}
	d = drive(d, press("esc")...)
	if d.M.stage != stageInspect || d.Status() != "" || d.M.insp.rounds[0][1].Mark != "" {
		t.Fatalf("esc did not go back to the list: stage %d %q", d.M.stage, d.Status())
	}
	d = drive(d, press("f", "   ", "enter")...)
	if d.Status() != "请写下未通过的情况(最多100字)" || d.M.stage != stageFailNote {
		t.Fatalf("a blank note: %q", d.Status())
	}
	d = drive(d, press("有杂音", "enter")...)
	if d.M.stage != stageFailConfirm || d.M.insp.rounds[0][1].Mark != repair.MarkFail {
		t.Fatalf("the note was not taken: stage %d", d.M.stage)
	}
	d = drive(d, press("x", "esc")...)
	if d.M.stage != stageInspect || d.M.insp.rounds[0][1].Mark != "" || d.M.insp.sel != 1 {
		t.Fatalf("esc did not undo the failure: stage %d mark %q", d.M.stage, d.M.insp.rounds[0][1].Mark)
	}
}

// TestPickupReturnKeys: the arrows and j/k move among the accessories,
// space ticks one (the cursor goes on) and unticks it.
func TestPickupReturnKeys(t *testing.T) {
	d := drive(explaining(t, desktest.MorningStation(t), "zh", 80, 24), press("enter")...)
	if d.M.stage != stageReturn {
		t.Fatalf("not at the accessories: %d", d.M.stage)
	}
	d = drive(d, press("j")...)
	if d.M.accSel != 1 {
		t.Fatalf("j: at %d", d.M.accSel)
	}
	d = drive(d, press("down", "k", "up")...)
	if d.M.accSel != 0 {
		t.Fatalf("k, up: at %d", d.M.accSel)
	}
	d = drive(d, space)
	if !d.M.returned[0] || d.M.accSel != 1 {
		t.Fatalf("space: %v at %d", d.M.returned, d.M.accSel)
	}
	d = drive(d, press("up")...)
	d = drive(d, space)
	if d.M.returned[0] || d.M.accSel != 0 || !strings.Contains(d.Plain(), "[ ] 电源适配器") {
		t.Fatalf("space again did not untick: %v\n%s", d.M.returned, d.Plain())
	}
	if d = drive(d, press("b")...); d.M.busy || d.Has(parts.SavedMsg{Board: true}) {
		t.Error("b wrote with no loaner out")
	}
}

// TestP4_SignNeedsAName: the customer's name cannot be left empty; esc at
// the farewell goes back to the queue as enter does.
func TestP4_SignNeedsAName(t *testing.T) {
	d := drive(explaining(t, desktest.MorningStation(t), "zh", 80, 24), press("enter")...)
	d = drive(d, space, space, press("enter")[0])
	d = drive(d, press("backspace", "backspace", "enter")...)
	if d.M.stage != stageSign || d.Status() != d.M.c.Text.T("pickup.err.name", repair.MaxName) {
		t.Fatalf("signed without a name: stage %d %q", d.M.stage, d.Status())
	}
	d = drive(d, press("陈明", "enter")...)
	if d.M.stage != stageDone {
		t.Fatalf("not signed: %q", d.Status())
	}
	if d = drive(d, press("x")...); d.Has(BackMsg{}) {
		t.Error("x closed the farewell")
	}
	if d = drive(d, press("esc")...); !d.Has(BackMsg{}) {
		t.Error("esc did not close the farewell")
	}
}

// TestPickupKeysWaitForTheStore: while a save is out, keys do nothing
// (but ctrl+c); the answer then goes on.
func TestPickupKeysWaitForTheStore(t *testing.T) {
	d := drive(explaining(t, desktest.MorningStation(t), "zh", 80, 24), press("enter")...)
	d = drive(d, space, space, press("enter")[0])
	next, cmd := d.Update(press("enter")[0]) // the sign-off, its command not run yet
	if !next.M.busy || next.Status() != next.M.c.Text.T("order.form.saving") {
		t.Fatalf("not saving: %q", next.Status())
	}
	next = desktest.Send(next, press("x", "esc")...)
	if next.M.asking || next.M.line.Value() != "陈明" {
		t.Fatal("a key acted while the store was busy")
	}
	next = desktest.Run(next, cmd)
	if next.M.stage != stageDone || !next.Has(SignedOffMsg{}) {
		t.Fatalf("the answer was lost: %q", next.Status())
	}
}

// TestPickupDropsWhatIsNotItsOwn: a zero pickup takes any message without
// harm, and an answer that does not belong to the step is dropped.
func TestPickupDropsWhatIsNotItsOwn(t *testing.T) {
	msgs := []tea.Msg{
		verifiedMsg{},
		lostOrderMsg{},
		savedMsg{act: actSignOff},
		tea.PasteMsg{Content: "x"},
		parts.BoardMsg{},
		common.ChangedMsg{},
		tea.BackgroundColorMsg{},
		nil,
	}
	var zero Model
	for _, msg := range msgs {
		m, _ := zero.Update(msg)
		if sent := m.Drain(); len(sent) > 0 {
			t.Errorf("a zero pickup answered %T with %v", msg, sent)
		}
	}
	d := verifiedAt(t, desktest.MorningStation(t), "zh", 80, 24)
	for _, msg := range []tea.Msg{verifiedMsg{err: repair.ErrWrongClaim}, lostOrderMsg{}, savedMsg{act: actSignOff}} {
		if next := drive(d, msg); next.M.stage != stageFetch || next.Status() != d.Status() || len(next.Sent) != len(d.Sent) {
			t.Errorf("%T was taken at the tag: stage %d %q", msg, next.M.stage, next.Status())
		}
	}
}

// TestP1_LostSlipOrderNotHandedOver: an order picked for a lost slip that
// is not ready goes back to the claim code, saying why; esc in the
// identity check asks before abandoning.
func TestP1_LostSlipOrderNotHandedOver(t *testing.T) {
	s := desktest.MorningStation(t)
	d := atPickup(t, s, "zh", 80, 24)
	lost := func(d desk, id uint64) desk {
		m, cmd := d.M.LostSlipFor(id)
		d.M = m
		d.Drain()
		return desktest.Run(d, cmd)
	}
	d = lost(d, s.IDs["R2611200001"])
	if want := "维修单 R2611200001 还不能取机:现在是「诊断中」,修好后会通知客户"; d.Status() != want || d.M.stage != stageClaim {
		t.Fatalf("status %q at stage %d, want %q", d.Status(), d.M.stage, want)
	}
	if d = lost(d, 999999); d.Status() != d.M.c.Text.T("order.notFound") || d.M.stage != stageClaim {
		t.Fatalf("an order not found: %q at %d", d.Status(), d.M.stage)
	}
	d = lost(d, s.IDs[readyOrder])
	if d.M.stage != stageLost || !strings.Contains(d.Plain(), "esc 放弃取机") {
		t.Fatalf("no identity check:\n%s", d.Plain())
	}
	d.M.SetStyles(common.NewStyles(false))
	d.M.SetSize(100, 30)
	screentest.CheckFits(t, "the identity check", d.M.View(), 100, 30)
	d = drive(d, press("esc")...)
	if !d.M.asking {
		t.Fatal("esc in the identity check did not ask")
	}
	d = drive(d, press("y")...)
	if !d.Has(BackMsg{}) {
		t.Fatal("y did not abandon")
	}
}
