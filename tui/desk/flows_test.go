package desk

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// The desk's flows across screens: each moves through the root, from one
// screen's message to the next screen shown.

func TestSetupAsksCounterAndEngineer(t *testing.T) {
	m := New(desktest.Common("zh"), nil, Options{Desk: testDesk})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.screen != screenSetup {
		t.Fatal("first start must ask for the counter")
	}
	m = send(m, press("9", "enter", "张工", "enter")...)
	if m.screen != screenSetup || !strings.Contains(plain(m), "没有这个接待台") {
		t.Fatalf("counter 9 must be refused:\n%s", plain(m))
	}
	m = send(m, press("tab")...)
	m = send(m, tea.KeyPressMsg{Code: tea.KeyBackspace}, tea.KeyPressMsg{Code: '2', Text: "2"})
	m = send(m, press("enter", "enter")...)
	if m.screen != screenQueue || m.sess.Counter != 2 || m.sess.Engineer != "张工" {
		t.Fatalf("sign-in not taken: screen %d session %+v\n%s", m.screen, m.sess, plain(m))
	}
}

// The station's report is one key from the queue screen, computed from the
// store, and esc comes back (R1).
func TestR1_ReportFromTheQueueAndBack(t *testing.T) {
	m := stationDesk(desktest.MorningStation(t), "zh", 100, 30)
	m = drive(m, press("m")...)
	if m.screen != screenReport {
		t.Fatalf("m did not open the report:\n%s", plain(m))
	}
	if v := plain(m); !strings.Contains(v, "维修单") {
		t.Errorf("the report shows no orders section:\n%s", v)
	}
	m = drive(m, press("esc")...)
	if m.screen != screenQueue {
		t.Errorf("esc did not come back to the queue:\n%s", plain(m))
	}
}

// pickupAsP is the default queue with its pickup type coded P (取机)
// instead of B, which no longer exists: a station may code its types as
// it likes ([queue] pickup_type).
func pickupAsP() queue.Config {
	cfg := queue.DefaultConfig()
	for i := range cfg.Types {
		if cfg.Types[i].Code == "B" {
			cfg.Types[i].Code = "P"
		}
	}
	for i := range cfg.Counters {
		for j, code := range cfg.Counters[i].Types {
			if code == "B" {
				cfg.Counters[i].Types[j] = "P"
			}
		}
	}
	cfg.PickupType = "P"
	return cfg
}

// TestPickupTypeIsTheConfiguredOne: at a station whose pickup type is P,
// a P ticket called opens the pickup, the ready order is handed over and
// signed off, and the ticket is finished; the desk knows no B.
func TestPickupTypeIsTheConfiguredOne(t *testing.T) {
	cfg := pickupAsP()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	s := desktest.MorningStationOn(t, cfg)
	if _, _, err := s.St.Take("P", false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	tk, err := s.St.CallNext(3, "张工")
	if err != nil || tk.Type != "P" {
		t.Fatalf("called %+v: %v", tk, err)
	}
	m := drive(stationDesk(s, "zh", 100, 30), press("g")...)
	if m.screen != screenPickup {
		t.Fatalf("g did not open the pickup for a P ticket:\n%s", plain(m))
	}
	m = drive(m, claimKeys(slipCode(readyOrder), "2222")...)
	m = drive(m, press("hp66cm21", "enter", "a", "a", "enter")...)
	m = drive(m, space, space)
	m = drive(m, press("enter", "enter")...)
	if v := plain(m); !strings.Contains(v, "客户 陈明 签收") || !strings.Contains(v, "P001 已完成") {
		t.Errorf("the sign-off is not shown done:\n%s", v)
	}
	o, ok, err := s.St.OrderByNumber(readyOrder)
	if err != nil || !ok {
		t.Fatalf("order %s: %v", readyOrder, err)
	}
	if o.State != repair.StatePickedUp || o.Pickup == nil {
		t.Fatalf("the ready order was not handed over: state %s\n%s", o.State, plain(m))
	}
	snap, err := s.St.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range snap.Tickets {
		if x.ID == tk.ID && x.State != queue.Finished {
			t.Errorf("the P ticket is %s after the sign-off, not done", x.State)
		}
	}
}
