package desk

import (
	"strings"
	"testing"
)

// The station's report is one key from the queue screen, computed from the
// store, and esc comes back (R1).
func TestR1_ReportFromTheQueueAndBack(t *testing.T) {
	m := morningStation(t).desk("zh", 100, 30)
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
