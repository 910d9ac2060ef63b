package order

import (
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// signedOffLosingTheCord hands R2611210001 over with its cord lost by the
// station and a replacement promised for 2026-11-30, through repair.SignOff.
func signedOffLosingTheCord(t *testing.T, s *desktest.Station) {
	t.Helper()
	s.Do("R2611210001", "2026-11-22 10:20", "张工", func(o repair.Order, now time.Time) (repair.Order, error) {
		cfg := repair.DefaultConfig()
		kind, _ := cfg.Device(o.Intake.Device)
		var r repair.Round
		for _, it := range kind.Inspection {
			r = append(r, repair.Inspected{Item: it.Key, Mark: repair.MarkPass})
		}
		p := repair.Pickup{
			Verification: repair.Verification{By: "张工", At: now, ClaimCode: true}, SerialConfirmed: true,
			Rounds: []repair.Round{r, r}, Returned: []string{"adapter"}, SignedBy: "陈明", Staff: "张工",
			Lost: []repair.LostAccessory{{Item: "cord", Agreement: repair.AgreeReplace, By: desktest.Local("2026-11-30 00:00"), Text: "同型号原装线", Who: "张工"}},
		}
		return repair.SignOff(o, p, cfg, desktest.Local("2026-11-22 00:00").Location(), now)
	})
}

// TestALostAccessoryIsOnTheOrderInWordsUntilReplaced: the order screen
// says what is owed and the timeline says what was lost and agreed, in
// words; a records the replacement handed over, which takes it off.
func TestALostAccessoryIsOnTheOrderInWordsUntilReplaced(t *testing.T) {
	s := desktest.MorningStation(t)
	signedOffLosingTheCord(t, s)
	d := open(t, s, "zh", 100, 40, "R2611210001")
	v := flat(d)
	for _, want := range []string{
		"待补附件本站遗失「电源线」·约定2026-11-30前补还·同型号原装线·记录人张工",
		"张工本站遗失「电源线」·约定2026-11-30前补还·同型号原装线",
		"a附件已补还",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the order screen lacks %q:\n%s", want, d.Plain())
		}
	}
	if strings.Contains(v, "cord") || strings.Contains(v, "replace") || strings.Contains(v, "lost_accessory") {
		t.Errorf("codes on the screen:\n%s", d.Plain())
	}
	d = drive(d, press("a", "enter", "y")...)
	if want := "已保存 · R2611210001 遗失附件已补还"; d.Status() != want {
		t.Fatalf("status %q, want %q\n%s", d.Status(), want, d.Plain())
	}
	o := s.Stored(t, "R2611210001")
	if len(o.Owed()) != 0 || repair.ListOwed.Has(o.Head(), s.Now, nil) {
		t.Errorf("still owed: %+v", o.Owed())
	}
	if v := flat(d); !strings.Contains(v, "遗失附件已补还:电源线") || strings.Contains(v, "a附件已补还") {
		t.Errorf("after the replacement:\n%s", d.Plain())
	}
}

// flat is the view without its frame, spaces and line breaks.
func flat(d desk) string { return desktest.Flat(d.Plain()) }
