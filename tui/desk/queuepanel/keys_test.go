package queuepanel

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// isQuit reports whether cmd quits the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

func TestQuitKeys(t *testing.T) {
	free := desktest.Morning()
	free.Tickets = free.Tickets[1:] // A012 is no longer at counter 3
	d := newDesk(t, "zh", 100, 30, free)
	if !isQuit(d.press(desktest.Press("q")...)) || !isQuit(d.press(desktest.Ctrl('c'))) {
		t.Fatal("q and ctrl+c must quit on the queue screen")
	}
	d = newDesk(t, "zh", 100, 30, desktest.Morning())
	// In the transfer picker ctrl+c cancels instead.
	d.keys("t")
	if cmd := d.press(desktest.Ctrl('c')); cmd != nil || d.M.Picking() || d.Sess.Status.Text != "已取消转移" {
		t.Fatalf("ctrl+c in the picker: picking %v, status %q", d.M.Picking(), d.Sess.Status.Text)
	}
}

func TestHelpToggles(t *testing.T) {
	d := newDesk(t, "en", 120, 36, desktest.Morning())
	short := d.Plain()
	d.keys("?")
	full := d.Plain()
	if full == short || !strings.Contains(full, "change counter") {
		t.Fatalf("? must show every key:\n%s", full)
	}
	if d.keys("?"); d.Plain() != short {
		t.Fatal("? again must go back to the one help line")
	}
}

func TestArrowsAndVimKeysMoveTheSelection(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	sel := func() string { r, _ := d.M.selected(); return r.t.Number }
	if d.keys("j", "j"); sel() != "A015" {
		t.Fatalf("j j selected %s", sel())
	}
	if d.keys("k"); sel() != "B004" {
		t.Fatalf("k selected %s", sel())
	}
	d.keys("up", "up", "up")
	if sel() != "A013" {
		t.Fatalf("up past the top selected %s", sel())
	}
	for range 20 {
		d.keys("down")
	}
	if sel() != "C002" || !strings.Contains(d.Plain(), "▸ C002") {
		t.Fatalf("down past the end selected %s:\n%s", sel(), d.Plain())
	}
}

// TestKeysThatLeaveSendTheirMessage: each key that opens another screen
// asks the root, and says nothing itself.
func TestKeysThatLeaveSendTheirMessage(t *testing.T) {
	for _, tc := range []struct {
		key  tea.Msg
		want tea.Msg
	}{
		{desktest.Press("o")[0], OpenBoardMsg{}},
		{desktest.Press("m")[0], OpenReportMsg{}},
		{desktest.Press("/")[0], OpenSearchMsg{}},
		{desktest.Ctrl('o'), SignOutMsg{}},
	} {
		d := newDesk(t, "zh", 100, 30, desktest.Morning())
		if cmd := d.press(tc.key); cmd != nil {
			t.Errorf("%v returned a command", tc.want)
		}
		if sent := d.takeSent(); !reflect.DeepEqual(sent, []tea.Msg{tc.want}) {
			t.Errorf("sent %#v, want %#v", sent, tc.want)
		}
	}
}

func TestIntakeKey(t *testing.T) {
	snap := desktest.Morning()
	snap.Tickets[0].State = queue.Finished
	d := newDesk(t, "zh", 100, 30, snap)
	if d.keys("i"); len(d.takeSent()) != 0 || d.Sess.Status != (parts.Status{Text: "本台没有当前客户:请先叫号(n)", Bad: true}) {
		t.Fatalf("no current: status %+v", d.Sess.Status)
	}
	snap = desktest.Morning()
	snap.Tickets[0].Type = "C"
	d = newDesk(t, "zh", 100, 30, snap)
	if d.keys("i"); len(d.takeSent()) != 0 || d.Sess.Status.Text != "A012 是咨询号,无需预检受理" {
		t.Fatalf("a consultation: status %+v", d.Sess.Status)
	}
	d = newDesk(t, "zh", 100, 30, desktest.Morning())
	d.keys("i")
	if sent := d.takeSent(); len(sent) != 1 || sent[0].(OpenIntakeMsg).Ticket.Number != "A012" {
		t.Fatalf("sent %#v", sent)
	}
}

// TestIntakeStartsACalledTicket: the customer is at the counter, so the
// called ticket is started before the intake opens, and the desk says so.
func TestIntakeStartsACalledTicket(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A")
	d.keys("n")
	cmd := d.press(desktest.Press("i")...)
	if sent := d.takeSent(); len(sent) != 1 || sent[0].(OpenIntakeMsg).Ticket.State != queue.Called {
		t.Fatalf("sent %#v", sent)
	}
	d.run(cmd)
	if d.Sess.Status.Text != "已保存 · A001 开始服务" || d.M.Current().State != queue.Serving {
		t.Fatalf("status %q, current %+v", d.Sess.Status.Text, d.M.Current())
	}
	// A ticket being served already is not started again.
	if cmd := d.press(desktest.Press("i")...); cmd != nil {
		t.Fatal("a served ticket was started again")
	}
}

func TestPickupKeyOpensThePickup(t *testing.T) {
	snap := desktest.Morning()
	snap.Tickets[0].Type, snap.Tickets[0].Number = "B", "B009"
	d := newDesk(t, "zh", 100, 30, snap)
	if !strings.Contains(d.Plain(), "取机") {
		t.Fatalf("no pickup mark:\n%s", d.Plain())
	}
	d.Sess.Status = parts.Status{Text: "old", Bad: true}
	d.keys("g")
	if sent := d.takeSent(); len(sent) != 1 || sent[0].(OpenPickupMsg).Ticket.Number != "B009" || d.Sess.Status.Text != "" {
		t.Fatalf("sent %#v, status %+v", sent, d.Sess.Status)
	}
}

func TestEnterCallsTheSelectedOnly(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	d.keys("down", "down", "down", "down") // D001, a type counter 3 does not serve
	// No open counter calls D001 (counter 4 is paused): the desk asks
	// before it serves it here; any key but y lets it be.
	if cmd := d.press(desktest.Press("enter")...); cmd != nil || !strings.Contains(d.Plain(), "D001 是商用,现在没有开放的接待台接待。由本台接待?按 y 叫号") {
		t.Fatalf("no question:\n%s", d.Plain())
	}
	if cmd := d.press(desktest.Press("n")...); cmd != nil || d.Sess.Status.Text != "已取消" {
		t.Fatalf("n to the question: status %+v", d.Sess.Status)
	}
	d.keys("down") // C002, a no-show
	for _, k := range []string{"enter", "a"} {
		if cmd := d.press(desktest.Press(k)...); cmd != nil || d.Sess.Status.Text != "请先用 ↑↓ 选中一张等候中的号" {
			t.Fatalf("%s on a no-show: status %+v", k, d.Sess.Status)
		}
	}
	d.keys("up") // D001
	if cmd := d.press(desktest.Press("b")...); cmd != nil || d.Sess.Status.Text != "请先用 ↑↓ 选中一张过号的号" {
		t.Fatalf("b on a waiting ticket: status %+v", d.Sess.Status)
	}
}

func TestEnterAwayAndTransferAgainstTheStore(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A", "A")
	d.keys("down", "enter") // A002, out of turn
	if d.Sess.Status.Text != "已保存 · A002 已叫号" || d.M.Current().Number != "A002" {
		t.Fatalf("status %q", d.Sess.Status.Text)
	}
	d.keys("up", "a") // A001 steps away, keeping its place
	if d.Sess.Status.Text != "已保存 · A001 暂离,保留位置" || !strings.Contains(d.Plain(), "── 暂离 ──") {
		t.Fatalf("away: %q\n%s", d.Sess.Status.Text, d.Plain())
	}
	d.keys("a") // the selection follows A001 among the away rows
	if d.Sess.Status.Text != "已保存 · A001 已回来" {
		t.Fatalf("come back: %q", d.Sess.Status.Text)
	}
	d.keys("t", "enter", "enter") // same type, any counter: nowhere new
	if d.Sess.Status.Text != "转移目标与现在相同" || !d.Sess.Status.Bad {
		t.Fatalf("transfer to where it is: %q", d.Sess.Status.Text)
	}
	d.keys("t", "c", "0") // consultation, any counter
	snap, _ := st.Snapshot()
	if d.Sess.Status.Text != "已保存 · A002 已转移" || snap.Tickets[1].State != queue.Transferred || snap.Tickets[1].Type != "C" {
		t.Fatalf("transfer: %q %+v", d.Sess.Status.Text, snap.Tickets[1])
	}
	d.keys("p")
	if d.Sess.Status.Text != "已保存 · 本台已暂停" || !d.M.Paused() || !d.Sess.Paused {
		t.Fatalf("pause: %q paused %v", d.Sess.Status.Text, d.M.Paused())
	}
	d.keys("p")
	if d.Sess.Status.Text != "已保存 · 本台已恢复" || d.M.Paused() {
		t.Fatalf("resume: %q", d.Sess.Status.Text)
	}
}

func TestTransferWithoutCurrentRefused(t *testing.T) {
	snap := desktest.Morning()
	snap.Tickets[0].State = queue.Finished
	d := newDesk(t, "zh", 100, 30, snap)
	if d.keys("t"); d.M.Picking() || d.Sess.Status.Text != "本台当前没有客户" {
		t.Fatalf("picking %v, status %q", d.M.Picking(), d.Sess.Status.Text)
	}
}

// TestTransferPickerAsksTypeThenCounter: the counters offered are those
// serving the type chosen; keys that are neither do nothing.
func TestTransferPickerAsksTypeThenCounter(t *testing.T) {
	d := newDesk(t, "en", 100, 30, desktest.Morning())
	d.keys("t", "d")
	v := d.Plain()
	if !strings.Contains(v, "Transfer A012 to D Business at which counter?") || !strings.Contains(v, "4 Counter 4") {
		t.Fatalf("counter step:\n%s", v)
	}
	if d.press(desktest.Press("x")...); !d.M.Picking() {
		t.Fatal("a letter at the counter step must do nothing")
	}
	if cmd := d.press(desktest.Press("4")...); cmd != nil || d.M.Picking() { // no store: nothing to run
		t.Fatalf("4 must end the picker")
	}
}

// TestOneOperationAtATime: a second key while the first is in flight does
// nothing; the answer frees the screen again.
func TestOneOperationAtATime(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A", "A")
	first := d.press(desktest.Press("n")...)
	if first == nil || d.press(desktest.Press("n")...) != nil {
		t.Fatal("a second n while the first is in flight must do nothing")
	}
	if _, cmd := d.M.Finish(); cmd != nil {
		t.Fatal("Finish while in flight must do nothing")
	}
	d.run(first)
	d.keys("s")
	m, cmd := d.M.Finish()
	d.M = m
	d.run(cmd)
	if d.Sess.Status.Text != "已保存 · A001 已完成" || d.M.Current() != nil {
		t.Fatalf("finish: %q", d.Sess.Status.Text)
	}
	m, cmd = d.M.CallNext()
	d.M = m
	d.run(cmd)
	if d.Sess.Status.Text != "已保存 · A002 已叫号" {
		t.Fatalf("call next: %q", d.Sess.Status.Text)
	}
}
