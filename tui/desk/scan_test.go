package desk

import (
	"strings"
	"testing"

	"frontdesk/tui/desk/internal/desktest"
)

// TestAScannedTagOpensItsOrder: the order number of a device's tag, typed
// on the queue screen as a barcode gun types it, opens that order; esc
// goes back through the search box to the queue. A code that is not one
// order stays in the search box, its results listed.
func TestAScannedTagOpensItsOrder(t *testing.T) {
	s := desktest.MorningStation(t)
	number := "R2611180001"
	if _, ok := s.IDs[number]; !ok {
		t.Fatalf("the station has no %s", number)
	}
	m := stationDesk(s, "zh", 80, 24)
	m = drive(m, press(strings.Split(number, "")...)...)
	m = drive(m, press("enter")...)
	if m.order.ID() != s.IDs[number] || !strings.Contains(plain(m), number) {
		t.Fatalf("%s did not open its order:\n%s", number, plain(m))
	}
	m = drive(m, press("esc")...)
	if m.screen != screenSearch {
		t.Fatalf("esc from the order went to screen %d", m.screen)
	}

	m = stationDesk(s, "zh", 80, 24)
	m = drive(m, press("R", "2", "6", "enter")...) // a prefix: many orders
	if v := plain(m); !strings.Contains(v, "查找:R26") {
		t.Fatalf("the search box does not hold the code:\n%s", v)
	}
}
