package desk

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	onsiteboard "frontdesk/tui/desk/onsite"
)

// TestH1_TheHotlineAndTheOnsiteBoardAreOneKeyFromTheQueue: h takes a call,
// d shows the on-site board, and esc comes back to the queue from each.
func TestH1_TheHotlineAndTheOnsiteBoardAreOneKeyFromTheQueue(t *testing.T) {
	m := stationDesk(desktest.MorningStation(t), "zh", 80, 24)
	m = drive(m, press("h")...)
	if m.screen != screenHotline || !strings.Contains(plain(m), "热线") {
		t.Fatalf("h did not open the hotline:\n%s", plain(m))
	}
	m = drive(m, press("esc")...)
	if m.screen != screenQueue {
		t.Fatalf("esc did not leave the hotline:\n%s", plain(m))
	}
	m = drive(m, press("d")...)
	if m.screen != screenOnsite || !strings.Contains(plain(m), "上门安排") {
		t.Fatalf("d did not open the on-site board:\n%s", plain(m))
	}
	m = drive(m, press("esc")...)
	if m.screen != screenQueue {
		t.Errorf("esc did not leave the on-site board:\n%s", plain(m))
	}
}

// TestS10_AnEscalationOpensTheIntakeFilledIn: the on-site screen's
// escalation opens the carry-in intake with the request's customer and
// device, no ticket called, and leaving it goes back to the on-site board.
func TestS10_AnEscalationOpensTheIntakeFilledIn(t *testing.T) {
	m := stationDesk(desktest.MorningStation(t), "zh", 100, 30)
	m = drive(m, press("d")...)
	in := repair.Intake{Name: "周工", Company: "宏图设计", Kind: repair.Business, Phone: "13911112222", Model: "ThinkStation P3", Serial: "PF3WS001", Fault: "无法开机"}
	m = run(m, m.handle(onsiteboard.OpenIntakeMsg{Request: "S2506020001", Intake: in}))
	m = run(m, m.settle())
	v := plain(m)
	if m.screen != screenIntake || !strings.Contains(v, "S2506020001") || !strings.Contains(v, "周工") || strings.Contains(v, "退还客户") {
		t.Fatalf("the escalation's intake is not shown filled in (screen %d):\n%s", m.screen, v)
	}
	m = drive(m, press("esc")...)
	if m.screen != screenOnsite {
		t.Errorf("leaving the escalation's intake went to screen %d, not the on-site board", m.screen)
	}
}

// TestS9_TheServiceRecordIsWrittenAndSaid: p on a request (PrintRecordMsg)
// writes its service record beside the claim slips, owner-only, and the
// status line says where.
func TestS9_TheServiceRecordIsWrittenAndSaid(t *testing.T) {
	s := desktest.MorningStation(t)
	r := openedRequest(t, s)
	m := stationDesk(s, "zh", 100, 30)
	m = run(m, m.handle(onsiteboard.PrintRecordMsg{ID: r.ID}))
	file := filepath.Join(filepath.Dir(s.Path), "slips", r.Number+".txt")
	info, err := os.Stat(file)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("the record's file: %v %v", info, err)
	}
	text, _ := os.ReadFile(file)
	if !strings.Contains(string(text), "客户联") || !strings.Contains(string(text), r.Number) {
		t.Errorf("the file is not the record:\n%s", text)
	}
	if !strings.Contains(m.sess.Status.Text, r.Number) || m.sess.Status.Bad {
		t.Errorf("status %+v", m.sess.Status)
	}
}

// TestS1_TheSearchBoxOpensARequest: a request is found by `/` like an
// order — by its phone here — listed under the orders, and enter on it
// opens it on the on-site screen.
func TestS1_TheSearchBoxOpensARequest(t *testing.T) {
	s := desktest.MorningStation(t)
	r := openedRequest(t, s)
	m := stationDesk(s, "zh", 100, 30)
	m = drive(m, press("/")...)
	m = drive(m, press("1", "3", "9", "1", "1", "1", "1", "2", "2", "2", "2")...)
	if v := plain(m); !strings.Contains(v, r.Number) || !strings.Contains(v, "宏图设计") {
		t.Fatalf("the request is not found:\n%s", v)
	}
	m = drive(m, press("enter")...)
	if v := plain(m); m.screen != screenOnsite || !strings.Contains(v, "服务单 "+r.Number) {
		t.Errorf("enter did not open the request (screen %d):\n%s", m.screen, v)
	}
}

// openedRequest is a business customer's request opened on s's store.
func openedRequest(t *testing.T, s *desktest.Station) onsite.Request {
	t.Helper()
	r, err := s.St.OpenRequest("张工", onsite.Request{
		Customer: onsite.Customer{Name: "周工", Company: "宏图设计", Phone: "13911112222", Address: "海淀区 1 号"},
		Device:   onsite.Device{Model: "ThinkStation P3", Serial: "PF3WS001"}, Fault: "无法开机",
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
