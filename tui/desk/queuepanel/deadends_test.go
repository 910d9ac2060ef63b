package queuepanel

import (
	"strings"
	"testing"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/desk/internal/desktest"
)

// TestATicketNoOpenCounterServesIsServedHereOnConfirmation: D001 waits
// with counter 4, the only one for business customers, unmanned. The desk
// says so, and counter 3 serves it after a y; once counter 4 opens, the
// ticket is its own again and counter 3 is told so.
func TestATicketNoOpenCounterServesIsServedHereOnConfirmation(t *testing.T) {
	d, st := withStore(t)
	if err := st.OpenDesk(3, "张工", desktest.DeskToken, false); err != nil {
		t.Fatal(err)
	}
	take(t, d, st, "D")
	if v := d.Plain(); !strings.Contains(v, "⚠ 商用 1 人等候,无开放的接待台") {
		t.Fatalf("the desk does not say that nobody serves D:\n%s", v)
	}
	d.keys("down", "enter")
	if v := d.Plain(); !strings.Contains(v, "D001 是商用,现在没有开放的接待台接待。由本台接待?") {
		t.Fatalf("no question before the call out of type:\n%s", v)
	}
	d.keys("y")
	if v := d.Plain(); !strings.Contains(v, "已保存 · D001 已叫号") || strings.Contains(v, "⚠ 商用") {
		t.Fatalf("after y:\n%s", v)
	}
	snap, _ := st.Snapshot()
	if tk := snap.Tickets[0]; tk.State != queue.Called || tk.Counter != 3 {
		t.Fatalf("store has %+v", tk)
	}
	evs, _ := st.Events(0, 100)
	if e := evs[len(evs)-1]; e.Kind != store.KindCall || e.Detail != store.DetailOutOfType {
		t.Errorf("the call is logged as %+v", e)
	}

	d.keys("f")
	take(t, d, st, "D")
	if err := st.OpenDesk(4, "赵工", "desk4", false); err != nil {
		t.Fatal(err)
	}
	take(t, d, st) // read the queue again
	d.keys("down", "enter")
	if v := d.Plain(); !strings.Contains(v, "D002(商用)不是本台接待的类型,由开放的对应接待台叫号") || strings.Contains(v, "⚠ 商用") {
		t.Fatalf("with counter 4 open:\n%s", v)
	}
}

// TestQuitWhileServingAsksFirst: q with a customer at the counter asks; any
// key but y stays, y quits.
func TestQuitWhileServingAsksFirst(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		d := newDesk(t, lang, 80, 24, desktest.Morning()) // A012 is at counter 3
		if isQuit(d.press(desktest.Press("q")...)) {
			t.Fatalf("%s: q quit with A012 at the counter", lang)
		}
		want := map[string]string{"zh": "正在接待 A012。确定退出?按 y 退出", "en": "A012 is being served. Quit anyway? y quits"}[lang]
		if v := d.Plain(); !strings.Contains(v, want) {
			t.Fatalf("%s: no question:\n%s", lang, v)
		}
		if isQuit(d.press(desktest.Press("esc")...)) || strings.Contains(d.Plain(), want) {
			t.Fatalf("%s: esc did not leave the question", lang)
		}
		d.press(desktest.Press("q")...)
		if !isQuit(d.press(desktest.Press("y")...)) {
			t.Fatalf("%s: y did not quit", lang)
		}
	}
}

// TestHelpClosesWithEscAndKeysDoNotActUnderIt: with the full help shown, n
// calls nobody; esc closes it and n works again.
func TestHelpClosesWithEscAndKeysDoNotActUnderIt(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A")
	short := d.Plain()
	d.keys("?")
	if d.Plain() == short {
		t.Fatal("? shows no full help")
	}
	d.keys("n")
	if snap, _ := st.Snapshot(); snap.Tickets[0].State != queue.Waiting {
		t.Fatal("n called A001 under the help")
	}
	d.keys("esc")
	if d.Plain() != short {
		t.Fatalf("esc did not close the help:\n%s", d.Plain())
	}
	d.keys("n")
	if snap, _ := st.Snapshot(); snap.Tickets[0].State != queue.Called {
		t.Fatal("n does nothing once the help is closed")
	}
}

// TestAPausedDeskDoesNotOfferTheNextCall: a free counter, paused, says how
// to resume, not 「按 n 叫下一位」.
func TestAPausedDeskDoesNotOfferTheNextCall(t *testing.T) {
	snap := desktest.Morning()
	snap.Tickets = snap.Tickets[1:]
	snap.Counters[2].Paused = true
	d := newDesk(t, "zh", 80, 24, snap)
	if v := d.Plain(); strings.Contains(v, "按 n 叫下一位") || !strings.Contains(v, "本台暂停中。按 p 恢复。") {
		t.Fatalf("paused desk:\n%s", v)
	}
}

// TestTheCursorDoesNotRestOnATicketThisCounterCannotCall: once the ticket
// under the cursor is called, the cursor goes to the next this counter
// calls, or to none: never to a ticket of another type.
func TestTheCursorDoesNotRestOnATicketThisCounterCannotCall(t *testing.T) {
	d, st := withStore(t)
	take(t, d, st, "A", "D")
	d.keys("n")
	if v := d.Plain(); strings.Contains(v, "▸") {
		t.Fatalf("the cursor rests on D001, which counter 3 cannot call:\n%s", v)
	}
	d.keys("enter")
	if d.Sess.Status.Text != "请先用 ↑↓ 选中一张等候中的号" {
		t.Fatalf("enter with no row chosen: %+v", d.Sess.Status)
	}
	take(t, d, st, "A")
	if v := d.Plain(); !strings.Contains(v, "▸ A002") {
		t.Fatalf("the cursor is not on A002, which counter 3 calls next:\n%s", v)
	}
}
