package order

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// anOrder is an order as read, for the pure tests: being diagnosed, a
// loaner out, its timeline long enough to scroll at 80×24.
func anOrder(t *testing.T) repair.Order {
	t.Helper()
	s := desktest.NewStation(t)
	o := s.Order(desktest.Brought{
		Number: "R2611200001", Received: "2026-11-20 10:05", Promised: "2026-11-22 18:00",
		Name: "张伟", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "ThinkPad X1 Carbon", Serial: "PF2XK9A1",
		Fault: "开机后屏幕闪烁,偶尔黑屏", Loaner: "T14-03",
	})
	o.ID, o.State = 7, repair.StateDiagnosing
	for i := range 12 {
		o.History = append(o.History, repair.Step{At: desktest.Fixed.Add(time.Duration(i-20) * time.Hour), Who: "王工", Kind: repair.StepNote, Text: "检查"})
	}
	return o
}

func TestEscGoesBack(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	d = drive(d, press("esc")...)
	if d.back() != 1 {
		t.Fatalf("esc sent %d BackMsgs, want 1", d.back())
	}
	// In a form esc closes the form only.
	d = drive(d, press("n", "esc")...)
	if d.M.form != nil || d.back() != 1 {
		t.Errorf("esc in a form: form open %v, %d BackMsgs", d.M.form != nil, d.back())
	}
}

func TestCtrlCQuits(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	for _, open := range []bool{false, true} {
		if open {
			d = drive(d, press("n")...)
		}
		_, cmd := d.M.Update(desktest.Ctrl('c'))
		if cmd == nil {
			t.Fatalf("ctrl+c (form open %v) did nothing", open)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("ctrl+c (form open %v) does not quit", open)
		}
	}
}

// TestNotFoundGoesBack: an order not found when first read says so and
// goes back; once shown, a later read that misses it only says so.
func TestNotFoundGoesBack(t *testing.T) {
	s := desktest.MorningStation(t)
	d := openID(t, s, "zh", 80, 24, 9999)
	if d.back() != 1 || d.Status() != d.c.Text.T("order.notFound") || !d.Sess.Status.Bad {
		t.Fatalf("not found: %d BackMsgs, status %q", d.back(), d.Status())
	}
	d = pure("zh", 80, 24, anOrder(t))
	d = drive(d, loadedMsg{id: 7})
	if d.back() != 0 || !d.Sess.Status.Bad {
		t.Errorf("a shown order missed later: %d BackMsgs, status %q", d.back(), d.Status())
	}
	if !strings.Contains(d.Plain(), "R2611200001  诊断中") {
		t.Errorf("the order shown was dropped:\n%s", d.Plain())
	}
}

func TestReadFailureSaysOffline(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	d = drive(d, loadedMsg{id: 7, err: errors.New("disk gone")})
	if !d.Sess.Status.Bad || !strings.Contains(d.Status(), "disk gone") {
		t.Errorf("status %q", d.Status())
	}
}

// TestStaleReadsDropped: a read of another order, one with fewer steps than
// shown (older, arrived late) and one while saving change nothing.
func TestStaleReadsDropped(t *testing.T) {
	o := anOrder(t)
	d := pure("zh", 80, 24, o)
	older := o
	older.History, older.State = o.History[:3], repair.StateReceived
	other := o
	other.ID, other.State = 8, repair.StateReady
	d = drive(d, loadedMsg{id: 7, o: older, found: true}, loadedMsg{id: 8, o: other, found: true})
	if d.M.o.State != repair.StateDiagnosing {
		t.Fatalf("a stale read was shown: %s", d.M.o.State)
	}
	d.M.saving = true
	newer := o
	newer.State = repair.StateRepairing
	if d = drive(d, loadedMsg{id: 7, o: newer, found: true}); d.M.o.State != repair.StateDiagnosing {
		t.Errorf("a read while saving was shown")
	}
	if d.M.Reload() != nil {
		t.Error("Reload reads while saving")
	}
}

// TestZeroModelIgnoresAll: a screen never opened answers nothing and
// reads nothing, whatever the root forwards.
func TestZeroModelIgnoresAll(t *testing.T) {
	var m Model
	for _, msg := range []tea.Msg{
		loadedMsg{id: 0, found: true},
		savedMsg{err: errors.New("x")},
		savedMsg{},
		common.ChangedMsg{},
		tea.WindowSizeMsg{Width: 80, Height: 24},
		tea.PasteMsg{Content: "x"},
		parts.BoardMsg{},
		desktest.Press("s")[0], desktest.Press("esc")[0], desktest.Ctrl('c'),
	} {
		next, cmd := m.Update(msg)
		if cmd != nil || len(next.Drain()) != 0 || next.loaded {
			t.Errorf("a zero Model answered %T", msg)
		}
	}
	if m.Reload() != nil {
		t.Error("a zero Model reads")
	}
}

// TestForeignMessagesIgnored: without a form, what the root forwards for
// other screens does nothing here.
func TestForeignMessagesIgnored(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	before := d.Plain()
	for _, msg := range []tea.Msg{tea.PasteMsg{Content: "x"}, parts.BoardMsg{}, common.SnapshotMsg{}, tea.WindowSizeMsg{Width: 40, Height: 12}} {
		next, cmd := d.M.Update(msg)
		if cmd != nil || len(next.Drain()) != 0 {
			t.Errorf("%T was answered", msg)
		}
	}
	if d.Plain() != before {
		t.Error("a foreign message changed the view")
	}
}

// TestActionsWaitForTheOrder: before the order is read, and while a change
// is saved, no form opens; scrolling still works.
func TestActionsWaitForTheOrder(t *testing.T) {
	c := desktest.Common("zh")
	c.SetSize(80, 24)
	m, cmd := New(c, desktest.Session(), 7)
	if cmd != nil {
		t.Error("New without a store reads")
	}
	d := around(c, m)
	d = drive(d, press("s", "r", "c", "e", "n", "x", "t", "b")...)
	if d.M.form != nil || !strings.Contains(d.Plain(), "正在读取") {
		t.Fatalf("an action opened before the order was read:\n%s", d.Plain())
	}
	d = desktest.Send(d, loadedMsg{id: 7, o: anOrder(t), found: true})
	d.M.saving = true
	if d = drive(d, press("n")...); d.M.form != nil {
		t.Error("a form opened while a change is saved")
	}
}

// TestEveryActionKeyOpensItsForm: s r c e n x t b each open their form,
// titled with the order, and clear the status line.
func TestEveryActionKeyOpensItsForm(t *testing.T) {
	for key, act := range map[string]action{
		"s": actMove, "r": actResult, "c": actContact, "e": actEstimate,
		"n": actNote, "x": actEscalate, "t": actComplain, "b": actLoaner,
	} {
		d := pure("zh", 100, 30, anOrder(t))
		d.Sess.Status = parts.Status{Text: "旧消息", Bad: true}
		d = drive(d, press(key)...)
		if d.M.form == nil || d.M.form.act != act {
			t.Fatalf("%s did not open %s", key, act)
		}
		if v := d.Plain(); !strings.Contains(v, "R2611200001") || !strings.Contains(v, "esc 取消") || d.Status() != "" {
			t.Errorf("%s: status %q\n%s", key, d.Status(), v)
		}
	}
}

// TestKeysForTheOrder: a closed order offers no change of state, result,
// estimate or escalation; the loaner key only while a loaner is out.
func TestKeysForTheOrder(t *testing.T) {
	o := anOrder(t)
	v := pure("zh", 140, 30, o).Plain()
	for _, want := range []string{"s 改状态", "r 维修结果", "e 报价", "x 升级", "b 备机归还", "c 联系客户", "n 备注", "t 投诉"} {
		if !strings.Contains(v, want) {
			t.Errorf("an open order with a loaner out lacks %q", want)
		}
	}
	o.State, o.LoanerBack = repair.StateCancelled, desktest.Fixed
	d := pure("zh", 140, 30, o)
	v = d.Plain()
	for _, gone := range []string{"s 改状态", "r 维修结果", "e 报价", "x 升级", "b 备机归还"} {
		if strings.Contains(v, gone) {
			t.Errorf("a closed order offers %q", gone)
		}
	}
	if d = drive(d, press("s", "b")...); d.M.form != nil {
		t.Error("a disabled key opened a form")
	}
	if d = drive(d, press("n")...); d.M.form == nil {
		t.Error("a closed order takes no note")
	}
}

// TestScrollKeys: ↓/j/pgdown down, ↑/k/pgup up, within the order.
func TestScrollKeys(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	if d.M.maxScroll() < 3 {
		t.Fatalf("the order does not scroll: %d", d.M.maxScroll())
	}
	d = drive(d, press("down", "j")...)
	if d.M.scroll != 2 || !strings.Contains(d.Plain(), "↑ ↓") {
		t.Fatalf("down, j scrolled to %d:\n%s", d.M.scroll, d.Plain())
	}
	d = drive(d, press("up", "k", "k")...)
	if d.M.scroll != 0 {
		t.Errorf("up, k, k scrolled to %d", d.M.scroll)
	}
	d = drive(d, press("pgdown")...)
	if want := min(d.M.bodyH()-1, d.M.maxScroll()); d.M.scroll != want {
		t.Errorf("pgdown scrolled to %d, want %d", d.M.scroll, want)
	}
	d = drive(d, tea.KeyPressMsg{Code: tea.KeyPgUp})
	if d.M.scroll != 0 {
		t.Errorf("pgup scrolled to %d", d.M.scroll)
	}
	// A wider terminal draws fewer lines: the scroll stays within them.
	d = drive(d, press("pgdown", "pgdown", "pgdown")...)
	d.M.SetSize(160, 48)
	if d.M.scroll > d.M.maxScroll() {
		t.Errorf("scroll %d past %d after a resize", d.M.scroll, d.M.maxScroll())
	}
}

// TestEstimateWritten: e writes the estimate's lines and fee.
func TestEstimateWritten(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611200001")
	d = drive(d, press("e", "屏幕 300", "enter", "50", "enter")...)
	if !strings.HasPrefix(d.Status(), "已保存 · R2611200001") || d.Sess.Status.Bad {
		t.Fatalf("status %q\n%s", d.Status(), d.Plain())
	}
	if o := s.Stored(t, "R2611200001"); len(o.Estimate) != 1 || !strings.Contains(d.Plain(), "报价 350.00元") {
		t.Errorf("estimate stored %+v\n%s", o.Estimate, d.Plain())
	}
	if d.saved() != 1 {
		t.Errorf("%d SavedMsgs, want 1", d.saved())
	}
}

// TestLoanerNotBackWritesNothing: b answered no closes the form, saving
// nothing.
func TestLoanerNotBackWritesNothing(t *testing.T) {
	s := desktest.MorningStation(t)
	d := open(t, s, "zh", 100, 30, "R2611200001")
	d = drive(d, press("b", "n", "enter")...)
	if d.M.form != nil || d.saved() != 0 || d.Status() != "" || !s.Stored(t, "R2611200001").LoanerOut() {
		t.Errorf("no: form open %v, %d saved, status %q", d.M.form != nil, d.saved(), d.Status())
	}
}

// TestSaveRefusedSaysWhy: a refusal is said bad, no SavedMsg is sent and
// the next read is taken again.
func TestSaveRefusedSaysWhy(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	d.M.saving = true
	d = drive(d, savedMsg{act: actNote, err: repair.ErrEmptyNote})
	if !d.Sess.Status.Bad || d.Status() != parts.OrderError(d.c, repair.ErrEmptyNote) || d.saved() != 0 || d.M.saving {
		t.Errorf("refused: status %q, %d saved, saving %v", d.Status(), d.saved(), d.M.saving)
	}
}

// TestSetStylesRedraws: the order is drawn again in the terminal's styles;
// its words stay.
func TestSetStylesRedraws(t *testing.T) {
	d := pure("zh", 80, 24, anOrder(t))
	d = drive(d, press("n")...)
	before := d.Plain()
	d.M.SetStyles(common.NewStyles(false))
	if d.Plain() != before {
		t.Errorf("new styles changed the words:\n%s", d.Plain())
	}
	d = drive(d, press("esc")...)
	if d.M.View() == pure("zh", 80, 24, anOrder(t)).M.View() {
		t.Error("the order's lines kept the dark styles")
	}
}
