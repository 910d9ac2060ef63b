package store

import (
	"testing"
	"time"

	"frontdesk/repair"
)

// TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver, through the
// store: the sign-off with a lost cord closes the order and keeps the
// record on it; the replacement owed keeps it on the board after its
// return visit, until the replacement is handed over; the file passes the
// store's checks at each step.
func TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	in := newOrder("张伟", "13800138000", "PF2XK9A1")
	in.Intake.Accessories = []string{"adapter", "cord"}
	o := saveIntake(t, s, 1, in)
	update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	c.Add(24 * time.Hour)
	by := c.Now().Add(72 * time.Hour)
	picked := update(t, s, o.ID, signedOffWith(s, "张伟", func(p *repair.Pickup) {
		p.Returned = []string{"adapter"}
		p.Lost = []repair.LostAccessory{{Item: "cord", Agreement: repair.AgreeReplace, By: by, Text: "同型号原装线", Who: "安娜"}}
	}))
	stored, ok, err := s.Order(o.ID)
	if err != nil || !ok || stored.State != repair.StatePickedUp || len(stored.Pickup.Lost) != 1 || stored.Pickup.Lost[0].Text != "同型号原装线" {
		t.Fatalf("stored %+v (%v %v)", stored.Pickup, ok, err)
	}
	check := func(after string) {
		t.Helper()
		if _, err := s.Check(); err != nil {
			t.Fatalf("%s: %v", after, err)
		}
	}
	check("signed off")
	c.Add(48 * time.Hour)
	update(t, s, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.RecordVisit(o, repair.Visit{By: "安娜", Reached: true, Satisfied: 4}, now)
	})
	heads, err := s.Board()
	if err != nil || len(heads) != 1 || !repair.ListOwed.Has(heads[0], c.Now(), s.Config().Location) || heads[0].Owed.Before(by) {
		t.Fatalf("after the visit the board has %+v (%v), want the cord owed by %v", heads, err, by)
	}
	check("visited")
	update(t, s, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.SettleLost(o, "cord", "李工", now)
	})
	boardEmpty(t, s, "the cord replaced")
	check("replaced")
	if !picked.Pickup.Lost[0].Settled.IsZero() {
		t.Error("the order as signed off already says replaced")
	}
}
