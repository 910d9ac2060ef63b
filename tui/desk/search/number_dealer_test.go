package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// TestO6_SearchFindsByPartOfTheNumberAndTheDealer: at 80×24, in both
// languages, a month of numbers lists its newest orders and says how many
// more; the digits without the "R" find the one order; the day's sequence
// finds that sequence of every day, newest first; part of a dealer's name
// finds the orders the dealer brought.
func TestO6_SearchFindsByPartOfTheNumberAndTheDealer(t *testing.T) {
	s := desktest.MorningStation(t)
	var dealt []repair.Order // 20 orders a dealer brought on the 22nd, after the station's 7 of November
	for i := range 20 {
		o := s.Order(desktest.Brought{
			Number: fmt.Sprintf("R261122%04d", 2+i), Received: "2026-11-22 10:10", Promised: "2026-11-25 18:00",
			Name: "吴磊", Phone: fmt.Sprintf("132%08d", 6666+i), Device: "notebook", Brand: "联想", Model: "小新 Air 14",
			Serial: fmt.Sprintf("PF4WL%03d", i), Fault: "屏幕有亮点",
		})
		o.Intake.ByDealer, o.Intake.Dealer = true, "中关村电脑城 A 区 12 号"
		dealt = append(dealt, o)
	}
	s.Store(dealt...)
	for _, c := range []struct{ lang, more string }{{"zh", "另有 %d 张……请继续输入"}, {"en", "%d more… keep typing"}} {
		find := func(q string) (desk, []string) {
			d := onStation(t, s, c.lang, 80, 24, false)
			d = desktest.Drive(d, desktest.Press(q)...)
			return d, numbers(d)
		}
		// The box says what it finds, whole, in its input at 80 columns.
		hint := desktest.CommonWith(s.St, c.lang).Text.T("search.hint")
		if v := onStation(t, s, c.lang, 80, 24, false).Plain(); strings.Count(v, hint) != 2 {
			t.Errorf("%s: the hint %q is not whole in the input and the results:\n%s", c.lang, hint, v)
		}
		d, got := find("R2611")
		if len(got) == 0 || got[0] != "R2611220021" || d.M.more != 27-len(got) ||
			!strings.Contains(d.Plain(), fmt.Sprintf(c.more, 27-len(got))) {
			t.Errorf("%s: R2611 found %v more %d:\n%s", c.lang, got, d.M.more, d.Plain())
		}
		if _, got := find("2611200001"); !slices.Equal(got, []string{"R2611200001"}) {
			t.Errorf("%s: the digits found %v", c.lang, got)
		}
		want := []string{"R2611220001", "R2611210001", "R2611200001", "R2611190001", "R2611180001", "R2611150001"}
		if _, got := find("0001"); !slices.Equal(got, want) {
			t.Errorf("%s: 0001 found %v, want %v", c.lang, got, want)
		}
		for _, q := range []string{"电脑城", "a区12号"} {
			d, got := find(q)
			if len(got) == 0 || got[0] != "R2611220021" || d.M.more != 20-len(got) || !strings.Contains(d.Plain(), "吴磊") {
				t.Errorf("%s: dealer %q found %v more %d:\n%s", c.lang, q, got, d.M.more, d.Plain())
			}
		}
	}
}
