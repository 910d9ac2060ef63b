package repair

import (
	"errors"
	"slices"
	"time"
)

// Agreement is what the station agreed with the customer for an accessory
// it took in (I7) and cannot hand back at pickup (P3). The station took it
// into its keeping, so the station answers for it (承担责任, seed 003):
// the customer is never asked to wait for it to be found, and never leaves
// without an agreement written down.
type Agreement string

// The agreements a station can make.
const (
	AgreeCompensate Agreement = "compensate" // paid for now; the text says how much or how
	AgreeReplace    Agreement = "replace"    // the station hands over a replacement by a date
	AgreeWaive      Agreement = "waive"      // the customer asks for nothing
)

// Agreements lists them in the order the desk offers them.
var Agreements = []Agreement{AgreeReplace, AgreeCompensate, AgreeWaive}

// The refusals of a lost accessory's record.
var (
	ErrLostItem      = errors.New("not an accessory taken in with this order, or already recorded") // I7
	ErrLostReturned  = errors.New("an accessory handed back cannot also be lost")
	ErrReplaceBy     = errors.New("a replacement needs the day it will be handed over, today or later")
	ErrCompensation  = errors.New("a compensation needs what was agreed: the amount or what is given")
	ErrNothingOwed   = errors.New("no replacement of this accessory is owed on this order")
	ErrLostAgreement = errors.New("not one of the agreements")
)

// LostAccessory is an accessory taken in that the station cannot find at
// pickup, recorded on the order with the sign-off: which one, who recorded
// it (the engineer handing over, who answers for it at the counter), what
// was agreed, and — for a replacement — the day it is promised and, once
// handed over, when and by whom.
type LostAccessory struct {
	Item      string    `json:"item"` // the accessory's key on the device kind's list
	Agreement Agreement `json:"agreement"`
	By        time.Time `json:"by,omitzero"` // replace: the end of the promised station day, UTC
	Text      string    `json:"text,omitempty"`
	Who       string    `json:"who"`
	Settled   time.Time `json:"settled,omitzero"` // replace: handed over
	SettledBy string    `json:"settled_by,omitempty"`
}

// Owed reports whether the station still owes the customer this accessory.
func (l LostAccessory) Owed() bool { return l.Agreement == AgreeReplace && l.Settled.IsZero() }

// CheckLost checks a lost accessory against order o as the desk records it
// at pickup, with the accessories already ticked as handed back and those
// already recorded lost: it must be one taken in, neither handed back nor
// recorded twice; a replacement needs its day, today or later in loc; a
// compensation needs what was agreed. It returns the record cleaned, the
// day as the end of that station day.
func CheckLost(o Order, l LostAccessory, returned []string, recorded []LostAccessory, loc *time.Location, now time.Time) (LostAccessory, error) {
	switch {
	case !slices.Contains(o.Intake.Accessories, l.Item),
		slices.ContainsFunc(recorded, func(r LostAccessory) bool { return r.Item == l.Item }):
		return l, ErrLostItem
	case slices.Contains(returned, l.Item):
		return l, ErrLostReturned
	case !oneOf(l.Agreement, Agreements):
		return l, ErrLostAgreement
	}
	text, err := CleanMultiline(l.Text, MaxNote, l.Agreement == AgreeCompensate)
	switch {
	case errors.Is(err, ErrRequired):
		return l, ErrCompensation
	case err != nil:
		return l, err
	}
	l.Text, l.Settled, l.SettledBy = text, time.Time{}, ""
	if l.Agreement != AgreeReplace {
		l.By = time.Time{}
		return l, nil
	}
	if err := CheckReplaceBy(l.By, loc, now); err != nil {
		return l, err
	}
	l.By = dayStart(l.By, loc).Add(24*time.Hour - time.Second).UTC()
	return l, nil
}

// CheckReplaceBy checks the day a replacement is promised for: a day,
// today or later in loc.
func CheckReplaceBy(day time.Time, loc *time.Location, now time.Time) error {
	if day.IsZero() || dayStart(day, loc).Before(dayStart(now, loc)) {
		return ErrReplaceBy
	}
	return nil
}

// Owed is the accessories the station still owes the customer after the
// pickup, the earliest promised first.
func (o Order) Owed() []LostAccessory {
	if o.Pickup == nil {
		return nil
	}
	var out []LostAccessory
	for _, l := range o.Pickup.Lost {
		if l.Owed() {
			out = append(out, l)
		}
	}
	slices.SortStableFunc(out, func(a, b LostAccessory) int { return a.By.Compare(b.By) })
	return out
}

// SettleLost records that the replacement of accessory item was handed
// over to the customer: the follow-up leaves the board, and the timeline
// says when and by whom.
func SettleLost(o Order, item, who string, now time.Time) (Order, error) {
	if o.Pickup == nil {
		return o, ErrNothingOwed
	}
	i := slices.IndexFunc(o.Pickup.Lost, func(l LostAccessory) bool { return l.Item == item && l.Owed() })
	if i < 0 {
		return o, ErrNothingOwed
	}
	p := *o.Pickup
	p.Lost = slices.Clone(p.Lost)
	p.Lost[i].Settled, p.Lost[i].SettledBy = now.UTC(), who
	o = o.withStep(Step{At: now, Who: who, Kind: StepAccessoryBack, Item: item})
	o.Pickup = &p
	return o, nil
}

// lostSteps are the timeline's record of the accessories lost at a pickup,
// one step each.
func lostSteps(lost []LostAccessory, now time.Time) []Step {
	out := make([]Step, len(lost))
	for i, l := range lost {
		out[i] = Step{At: now, Who: l.Who, Kind: StepLostAccessory, Item: l.Item, Agreement: l.Agreement, Due: l.By, Text: l.Text}
	}
	return out
}
