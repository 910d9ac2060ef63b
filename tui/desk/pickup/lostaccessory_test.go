package pickup

import (
	"slices"
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
)

// TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver: the cord cannot
// be found; l records it as lost by the station with what was agreed (a
// replacement by a day, refused in the past), nothing is written until the
// sign-off, which hands the device over with the record on the order, and
// the replacement owed stays on the board.
func TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver(t *testing.T) {
	s := desktest.MorningStation(t)
	d := explaining(t, s, "zh", 80, 24)
	d = drive(d, press("enter")...) // the accessories
	d = drive(d, space)             // the adapter is back; the cord is selected
	d = reach(t, d, stageLostAcc, "l did not ask what was agreed", press("l"))
	if v := flat(d); !strings.Contains(v, "「电源线」找不到") || !strings.Contains(v, "由本站负责") {
		t.Fatalf("the lost accessory's form:\n%s", d.Plain())
	}
	d = drive(d, press("enter")...) // 限期补还, the first choice
	d = drive(d, press("2026-11-20", "enter")...)
	if v := flat(d); !strings.Contains(v, "请填写补还日期") {
		t.Fatalf("a day in the past is taken:\n%s", d.Plain())
	}
	d = drive(d, press("backspace", "backspace", "30", "enter")...)
	d = reach(t, d, stageReturn, "the agreement was not recorded", press("同型号原装线", "enter"))
	v := d.Plain()
	if !strings.Contains(v, "[遗失] 电源线") || !strings.Contains(v, "约定 2026-11-30 前补还 · 同型号原装线") {
		t.Fatalf("the accessories do not show the lost cord:\n%s", v)
	}
	if o := s.Stored(t, readyOrder); o.Pickup != nil || o.State != repair.StateReady {
		t.Fatalf("written before the sign-off: %s %+v", o.State, o.Pickup)
	}
	d = reach(t, d, stageSign, "not at the signature", press("enter"))
	if v := flat(d); !strings.Contains(v, "本站遗失「电源线」·约定2026-11-30前补还·同型号原装线·记录人张工") {
		t.Fatalf("the signature does not say what is recorded:\n%s", d.Plain())
	}
	d = drive(d, press("enter")...)
	if d.M.stage != stageDone || d.Count(SignedOffMsg{}) != 1 {
		t.Fatalf("not signed off: %s", d.Status())
	}
	o := s.Stored(t, readyOrder)
	if o.State != repair.StatePickedUp || len(o.Pickup.Lost) != 1 || o.Pickup.Lost[0].Item != "cord" ||
		o.Pickup.Lost[0].Who != "张工" || o.Pickup.Lost[0].Agreement != repair.AgreeReplace || !slices.Equal(o.Pickup.Returned, []string{"adapter"}) {
		t.Fatalf("stored %s %+v", o.State, o.Pickup)
	}
	if !slices.ContainsFunc(o.History, func(st repair.Step) bool { return st.Kind == repair.StepLostAccessory && st.Item == "cord" }) {
		t.Errorf("no timeline step: %+v", o.History)
	}
	if v := flat(d); !strings.Contains(v, "本站遗失「电源线」") {
		t.Errorf("the farewell screen does not say the cord is owed:\n%s", d.Plain())
	}
	heads, err := s.St.Board()
	if err != nil {
		t.Fatal(err)
	}
	owed := repair.Select(heads, repair.ListOwed, s.Now, nil)
	if len(owed) != 1 || owed[0].Number != readyOrder {
		t.Errorf("the board's owed list: %+v", owed)
	}
}

// TestALostAccessoryCanBeTakenBack: found after all, l again (or ticking
// it) takes the record back, and the pickup asks for it again.
func TestALostAccessoryCanBeTakenBack(t *testing.T) {
	s := desktest.MorningStation(t)
	d := explaining(t, s, "en", 80, 24)
	d = drive(d, press("enter")...)
	d = drive(d, space)
	d = reach(t, d, stageLostAcc, "l did not ask", press("l"))
	d = drive(d, press("down", "enter")...) // compensate
	d = drive(d, press("enter")...)
	if !strings.Contains(flat(d), "Acompensationneedstheamount") {
		t.Fatalf("a compensation with nothing said is taken:\n%s", d.Plain())
	}
	d = reach(t, d, stageReturn, "not recorded", press("50 yuan", "enter"))
	d = drive(d, press("up", "down")...)
	if v := d.Plain(); !strings.Contains(v, "[lost] Power cord") || !strings.Contains(v, "compensated · 50 yuan") {
		t.Fatalf("not shown:\n%s", v)
	}
	// On the accessory recorded lost, l takes the record back: its help says so.
	if v := d.Plain(); !strings.Contains(v, "l found it after all") || strings.Contains(v, "l cannot find it") {
		t.Fatalf("the key help on a lost accessory:\n%s", v)
	}
	d = drive(d, space) // found after all: ticked, no longer lost
	if len(d.M.lostAccs) != 0 || !d.M.returned[1] {
		t.Fatalf("ticking a lost accessory: lost %+v returned %v", d.M.lostAccs, d.M.returned)
	}
	d = drive(d, space, press("enter")[0])
	if d.M.stage != stageReturn || !strings.Contains(d.Status(), "Power cord") {
		t.Fatalf("went on without the cord: %d %q", d.M.stage, d.Status())
	}
	d = reach(t, d, stageLostAcc, "l did not ask", press("l"))
	d = reach(t, d, stageReturn, "esc did not go back", press("esc"))
	if len(d.M.lostAccs) != 0 || d.M.asking {
		t.Fatalf("esc recorded something or asked to abandon: %+v", d.M.lostAccs)
	}
}
