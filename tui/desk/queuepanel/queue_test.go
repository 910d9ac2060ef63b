package queuepanel

import (
	"strings"
	"testing"
	"time"

	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

func TestQ3_DeskShowsCallScriptWordForWord(t *testing.T) {
	v := newDesk(t, "zh", 80, 24, desktest.Morning()).Plain()
	want := "请排队号为A012号的用户到3号接待台来,我们将为您服务,谢谢!"
	if !strings.Contains(v, "「"+want+"」") {
		t.Fatalf("call script missing:\n%s", v)
	}
}

func TestQ6_LongWaitHighlightedAndApologyWhenServed(t *testing.T) {
	snap := desktest.Morning()
	d := newDesk(t, "zh", 100, 30, snap)
	v := d.Plain()
	if !strings.Contains(v, "B004") || !strings.Contains(v, "17分 !") {
		t.Fatalf("long wait not marked:\n%s", v)
	}
	// The long-waiting customer is served at counter 3: the apology shows.
	snap.Tickets[0].State = queue.Finished
	_ = snap.Tickets[2].Call(3, desktest.Fixed)
	_ = snap.Tickets[2].Start(3, desktest.Fixed)
	snap.Rev++
	d.update(common.SnapshotMsg{Snap: snap})
	if v = d.Plain(); !strings.Contains(v, "「对不起,让您久等了。」") {
		t.Fatalf("apology missing:\n%s", v)
	}
}

func TestQ7_PleaseWaitWhenCustomerArrivesWhileServing(t *testing.T) {
	snap := desktest.Morning()
	_ = snap.Tickets[0].Start(3, desktest.Fixed.Add(-3*time.Minute)) // fresh A015 came 1 minute ago
	v := newDesk(t, "zh", 100, 30, snap).Plain()
	// A012 waited 17 minutes, so the greeting is the apology (Q6).
	for _, want := range []string{"「对不起,让您久等了。」", "请您稍等。"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q:\n%s", want, v)
		}
	}
}

func TestQ8_EngineerNamesStayOnTheDesk(t *testing.T) {
	// The desk is staff-facing: it may show engineers, but never unsanitised.
	snap := desktest.Morning()
	snap.Counters[0].Engineer = "王\x1b[31m工\a"
	v := newDesk(t, "zh", 100, 30, snap).M.View()
	if strings.Contains(v, "\x1b[31m工") || strings.Contains(v, "\a") {
		t.Fatalf("control sequence from the database reached the screen: %q", v)
	}
}

func TestQ9_OfferedOrderPriorityFirst(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	if len(d.M.list) == 0 || d.M.list[0].t.Number != "A013" {
		t.Fatalf("priority A013 should be first offered, got %+v", d.M.list)
	}
	// Arrow down selects the next row.
	d.keys("down")
	if sel, _ := d.M.selected(); sel.t.Number != "B004" {
		t.Fatalf("selected %s, want B004", sel.t.Number)
	}
}

func TestQ10_PausedCounterSaysSo(t *testing.T) {
	snap := desktest.Morning()
	snap.Counters[2].Paused = true
	snap.Tickets[0].State = queue.Finished
	v := newDesk(t, "en", 100, 30, snap).Plain()
	for _, want := range []string{"PAUSED", "Press p to resume"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q:\n%s", want, v)
		}
	}
}

func TestTransferPickerCancels(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning())
	d.keys("t")
	if !d.M.Picking() || !strings.Contains(d.Plain(), "把 A012 转到哪个服务类型") {
		t.Fatalf("picker not shown:\n%s", d.Plain())
	}
	d.keys("z")
	if !strings.Contains(d.Plain(), "没有这个服务类型") {
		t.Fatalf("unknown type not refused:\n%s", d.Plain())
	}
	d.keys("esc")
	if d.M.Picking() || !strings.Contains(d.Plain(), "✓ 已取消转移") {
		t.Fatalf("esc must cancel the transfer:\n%s", d.Plain())
	}
}

// TestPickupOnlyForAPickupTicket: g is refused on the queue screen, in the
// same words, unless the current ticket is a pickup ticket.
func TestPickupOnlyForAPickupTicket(t *testing.T) {
	d := newDesk(t, "zh", 100, 30, desktest.Morning()) // A012 at the counter
	d.keys("g")
	if sent := d.takeSent(); len(sent) != 0 || d.Sess.Status.Text != "A012 是送修号,不是取机号:取机请客户取 B 号" {
		t.Fatalf("sent %v, status %q", sent, d.Sess.Status.Text)
	}
	snap := desktest.Morning()
	snap.Tickets[0].State = queue.Finished
	d = newDesk(t, "zh", 100, 30, snap)
	d.keys("g")
	if sent := d.takeSent(); len(sent) != 0 || d.Sess.Status.Text != "本台当前没有客户" {
		t.Fatalf("sent %v, status %q", sent, d.Sess.Status.Text)
	}
}
