package repair

import (
	"errors"
	"testing"
	"time"
)

// TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver: an accessory
// the station cannot find is recorded with what was agreed, the order
// closes, the timeline holds it, and a replacement owed keeps the order on
// the board until it is handed over.
func TestALostAccessoryIsRecordedAndTheDeviceStillHandedOver(t *testing.T) {
	p := pickup()
	p.Returned = []string{"adapter"}
	p.Lost = []LostAccessory{{Item: "cord", Agreement: AgreeReplace, By: now.AddDate(0, 0, 3), Text: " 同型号 ", Who: "安娜"}}
	o, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now)
	if err != nil {
		t.Fatalf("sign-off with the cord recorded lost: %v", err)
	}
	if o.State != StatePickedUp || len(o.Pickup.Lost) != 1 || o.Pickup.Lost[0].Text != "同型号" {
		t.Fatalf("picked up with %+v", o.Pickup)
	}
	var step *Step
	for i := range o.History {
		if o.History[i].Kind == StepLostAccessory {
			step = &o.History[i]
		}
	}
	if step == nil || step.Item != "cord" || step.Agreement != AgreeReplace || step.Who != "安娜" || step.Due.IsZero() {
		t.Fatalf("no lost-accessory step on the timeline: %+v", o.History)
	}
	o.VisitDue = time.Time{} // the return visit aside: the replacement alone keeps it on the board
	if !o.OnBoard() || !ListOwed.Has(o.Head(), now, shanghai) {
		t.Fatalf("a replacement owed is not on the board: %+v", o.Head())
	}
	if got := o.Head().Owed.In(shanghai); got.Day() != now.AddDate(0, 0, 3).In(shanghai).Day() || got.Hour() != 23 {
		t.Errorf("owed by %v, want the end of the promised day", got)
	}
	done, err := SettleLost(o, "cord", "李四", now.Add(48*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if done.OnBoard() || ListOwed.Has(done.Head(), now, shanghai) || len(done.Owed()) != 0 || len(o.Owed()) != 1 {
		t.Errorf("settled: on board %v, owed %v (before: %v)", done.OnBoard(), done.Owed(), o.Owed())
	}
	if _, err := SettleLost(done, "cord", "李四", now); !errors.Is(err, ErrNothingOwed) {
		t.Errorf("settled twice: %v", err)
	}
}

// TestALostAccessoryNeedsAnAgreementTheStationCanKeep: what the desk may
// not record as lost, and what an agreement needs.
func TestALostAccessoryNeedsAnAgreementTheStationCanKeep(t *testing.T) {
	o := readyOrder()
	for _, c := range []struct {
		name     string
		l        LostAccessory
		returned []string
		want     error
	}{
		{"not taken in", LostAccessory{Item: "bag", Agreement: AgreeWaive}, nil, ErrLostItem},
		{"handed back", LostAccessory{Item: "cord", Agreement: AgreeWaive}, []string{"cord"}, ErrLostReturned},
		{"no agreement", LostAccessory{Item: "cord"}, nil, ErrLostAgreement},
		{"replace without a day", LostAccessory{Item: "cord", Agreement: AgreeReplace}, nil, ErrReplaceBy},
		{"replace yesterday", LostAccessory{Item: "cord", Agreement: AgreeReplace, By: now.AddDate(0, 0, -1)}, nil, ErrReplaceBy},
		{"compensate with nothing said", LostAccessory{Item: "cord", Agreement: AgreeCompensate}, nil, ErrCompensation},
	} {
		if _, err := CheckLost(o, c.l, c.returned, nil, shanghai, now); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	waived, err := CheckLost(o, LostAccessory{Item: "cord", Agreement: AgreeWaive, By: now}, nil, nil, shanghai, now)
	if err != nil || !waived.By.IsZero() || waived.Owed() {
		t.Errorf("waived: %+v %v", waived, err)
	}
	if _, err := CheckLost(o, waived, nil, []LostAccessory{waived}, shanghai, now); !errors.Is(err, ErrLostItem) {
		t.Errorf("recorded twice: %v", err)
	}
	p := pickup()
	p.Returned = []string{"adapter"}
	p.Lost = []LostAccessory{{Item: "cord", Agreement: AgreeCompensate}}
	if _, err := SignOff(readyOrder(), p, DefaultConfig(), shanghai, now); !errors.Is(err, ErrAccessories) || !errors.Is(err, ErrCompensation) {
		t.Errorf("sign-off with a bad record: %v", err)
	}
}
