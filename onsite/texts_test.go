package onsite

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// TestS11_TheTextsBeforeAndAfterTheVisit: before, the engineer's name, the
// agreed time in the station's zone and a number to call; after, thanks
// and the hotline; neither before the visit is agreed or the engineer has
// left.
func TestS11_TheTextsBeforeAndAfterTheVisit(t *testing.T) {
	r := Request{Number: "S2611230004", State: StateScheduled}
	if _, err := BeforeVisit(r, "联想", "010-62345678", shanghai); !errors.Is(err, ErrNotScheduled) {
		t.Errorf("before a visit is agreed: %v", err)
	}
	r.Visit = Visit{Engineer: "张工", Start: time.Date(2026, 11, 23, 14, 0, 0, 0, shanghai).UTC(), End: time.Date(2026, 11, 23, 15, 0, 0, 0, shanghai).UTC()}
	before, err := BeforeVisit(r, "联想", "010-62345678", shanghai)
	if err != nil {
		t.Fatal(err)
	}
	if want := "您好,我是联想服务工程师张工,将于11月23日14:00上门为您服务(服务单S2611230004),如需联系请拨打010-62345678。"; before.Text != want || !before.Before {
		t.Errorf("before: %q, want %q", before.Text, want)
	}
	if !strings.HasPrefix(before.Text, EngineerCalls("联想", "张工")) {
		t.Error("the text does not open as the engineer's call does (S7)")
	}
	if _, err := AfterVisit(r, "联想", "010-62345678"); !errors.Is(err, ErrNotOnSite) {
		t.Errorf("after, before the engineer left: %v", err)
	}
	r.Record.Departed = time.Date(2026, 11, 23, 15, 10, 0, 0, shanghai)
	after, err := AfterVisit(r, "联想", "010-62345678")
	if err != nil {
		t.Fatal(err)
	}
	if want := "感谢您使用联想上门服务(服务单S2611230004)!今后如有用机问题,请拨打我们的服务热线010-62345678。"; after.Text != want || !after.After {
		t.Errorf("after: %q", after.Text)
	}
	r.State = StateDone
	if _, err := BeforeVisit(r, "联想", "010-62345678", shanghai); !errors.Is(err, ErrClosed) {
		t.Errorf("before, on a closed request: %v", err)
	}
}
