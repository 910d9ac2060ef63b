package desk

import (
	"fmt"
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// TestQ8_HostileOrderTextsAreInert: a damaged or hostile database may hold
// anything in an order's words; the board, the queue's board panel, the
// search results and the order screen draw none of it as a sequence.
func TestQ8_HostileOrderTextsAreInert(t *testing.T) {
	s := desktest.NewStation(t)
	var orders []repair.Order
	for i, bad := range desktest.HostileNames {
		o := s.Order(desktest.Brought{
			Number: fmt.Sprintf("R26112200%02d", i+1), Received: "2026-11-22 09:00", Promised: "2026-11-22 10:00",
			Name: "客户", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "X1", Serial: "PF2XK9A1", Fault: "坏了", Loaner: "T14",
		})
		o.Intake.Name, o.Intake.Brand, o.Intake.Model, o.Intake.Fault, o.Intake.Loaner = bad, bad, bad, bad, bad
		o.Intake.Extras, o.Intake.ConditionNote, o.AwaitedPart, o.Engineer, o.Ticket = bad, bad, bad, bad, bad
		o.Previous = []string{bad}
		o.Result = repair.Result{Cause: bad, Work: bad, Parts: bad, Advice: bad}
		o.History = []repair.Step{
			{At: fixed, Who: bad, Kind: repair.StepNote, Text: bad},
			{At: fixed, Who: bad, Kind: repair.StepComplaint, Text: bad, Answer: bad},
			{At: fixed, Who: bad, Kind: repair.StepKind(bad), Text: bad},
			{At: fixed, Who: bad, Kind: repair.StepState, From: repair.State(bad), To: repair.StateDiagnosing, Text: bad},
		}
		orders = append(orders, o)
	}
	s.Store(orders...)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			m := stationDesk(s, lang, size[0], size[1])
			desktest.CheckInert(t, "queue", m.View().Content)
			m = drive(m, press("o")...)
			desktest.CheckInert(t, "board", m.View().Content)
			m = drive(m, press("7")...)
			desktest.CheckInert(t, "loaners", m.View().Content)
			m = drive(m, press("/", "13800")...)
			// The results' frame counts the orders found: every hostile one.
			if found := m.c.Text.T("search.results", len(desktest.HostileNames)); m.screen != screenSearch || !strings.Contains(plain(m), found) {
				t.Fatalf("the hostile orders were not found (%q):\n%s", found, plain(m))
			}
			desktest.CheckInert(t, "search", m.View().Content)
			for range desktest.HostileNames {
				m = drive(m, press("enter")...)
				if m.screen != screenOrder {
					t.Fatalf("no order opened:\n%s", plain(m))
				}
				desktest.CheckInert(t, "order", m.View().Content)
				checkFits(t, m.View().Content, size[0], size[1])
				m = drive(m, press("c")...)
				desktest.CheckInert(t, "contact", m.View().Content)
				m = drive(m, press("esc", "esc", "down")...)
			}
		}
	}
}
