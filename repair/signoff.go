package repair

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Pickup is the record of a device handed back (P1–P4), kept on the order.
type Pickup struct {
	Verification    Verification    `json:"verification"`
	SerialConfirmed bool            `json:"serial_confirmed"` // P2: fetched by its tag, serial checked
	Rounds          []Round         `json:"rounds"`           // G1, G2
	Returned        []string        `json:"returned"`         // accessories handed back (P3)
	Lost            []LostAccessory `json:"lost,omitempty"`   // accessories the station could not hand back, and what was agreed
	SignedBy        string          `json:"signed_by"`        // the customer, as confirmed at the counter (P4)
	Staff           string          `json:"staff"`
	At              time.Time       `json:"at"`
}

// Visit is the return visit's outcome (P5).
type Visit struct {
	At        time.Time `json:"at"`
	By        string    `json:"by"`
	Reached   bool      `json:"reached"`
	Satisfied int       `json:"satisfied,omitempty"` // 1–5 when reached
	Remarks   string    `json:"remarks,omitempty"`
}

// ReadyToHandOver reports why o cannot be handed over yet, or nil: it must
// be ready — not in repair, not already collected.
func ReadyToHandOver(o Order) error {
	switch {
	case o.State == StatePickedUp:
		return ErrCollected
	case o.State != StateReady:
		return fmt.Errorf("%w (%s)", ErrNotReady, o.State)
	}
	return nil
}

// FailInspection is G3: a failed item stops the pickup and sends the order
// back to repair, the failures written on the step by the items' names in
// the device's inspection list of cfg (the code only for an item the list
// no longer has): the step is read by people, on the timeline and in the
// report.
func FailInspection(o Order, r Round, cfg Config, who string, now time.Time) (Order, error) {
	if err := ReadyToHandOver(o); err != nil {
		return o, err
	}
	failed := r.Failed()
	if len(failed) == 0 {
		return o, fmt.Errorf("%w: nothing failed", ErrInspection)
	}
	kind, _ := cfg.Device(o.Intake.Device)
	var notes []string
	for _, c := range failed {
		name := c.Item
		if i := slices.IndexFunc(kind.Inspection, func(it Item) bool { return it.Key == c.Item }); i >= 0 {
			name = kind.Inspection[i].ZH
		}
		notes = append(notes, name+": "+c.Note)
	}
	text, _ := CleanText("验机未通过 "+strings.Join(notes, "; "), MaxNote, false)
	if len([]rune(text)) >= MaxNote {
		text = string([]rune(text)[:MaxNote])
	}
	return Move(o, StateRepairing, who, now, text)
}

// SignOff closes o at pickup (P4) once everything before it holds: ready
// (not collected); the customer verified (P1); the serial confirmed (P2);
// at least InspectionRounds complete rounds, none failed (G1–G3); every
// accessory taken in returned (P3); the loaner back (O8); the customer's
// name. The return visit becomes due cfg.VisitWorkingDays working days
// later (P5). On error o is returned unchanged.
func SignOff(o Order, p Pickup, cfg Config, loc *time.Location, now time.Time) (Order, error) {
	if err := ReadyToHandOver(o); err != nil {
		return o, err
	}
	v := p.Verification
	switch {
	case !v.ClaimCode && (v.IDType == "" || v.IDLast4 == "" || v.Supervisor == ""):
		return o, ErrNotVerified
	case o.Intake.Serial != "" && !p.SerialConfirmed:
		return o, ErrSerialMismatch
	case len(p.Rounds) < InspectionRounds:
		return o, ErrInspection
	}
	for _, r := range p.Rounds {
		if err := CheckRound(cfg, o.Intake.Device, r); err != nil {
			return o, fmt.Errorf("%w: %v", ErrInspection, err)
		}
		if len(r.Failed()) > 0 {
			return o, ErrInspectionFail
		}
	}
	var accounted []LostAccessory
	for _, l := range p.Lost {
		checked, err := CheckLost(o, l, p.Returned, accounted, loc, now)
		if err != nil {
			return o, fmt.Errorf("%w: %s: %w", ErrAccessories, l.Item, err)
		}
		accounted = append(accounted, checked)
	}
	p.Lost = accounted
	if missing := NotReturned(o.Intake.Accessories, append(slices.Clone(p.Returned), lostItems(accounted)...)); len(missing) > 0 {
		return o, fmt.Errorf("%w: %s", ErrAccessories, strings.Join(missing, ", "))
	}
	if o.LoanerOut() {
		return o, ErrLoanerOut
	}
	name, err := CleanText(p.SignedBy, MaxName, true)
	if err != nil {
		return o, ErrNoSignature
	}
	p.SignedBy, p.At = name, now.UTC()
	for _, s := range lostSteps(accounted, now) {
		o = o.withStep(s)
	}
	o = o.withStep(Step{At: now, Who: p.Staff, Kind: StepState, From: o.State, To: StatePickedUp, Text: name})
	o.State, o.Closed, o.Pickup = StatePickedUp, now.UTC(), &p
	o.VisitDue = cfg.WorkingDaysAfter(now, cfg.VisitWorkingDays, loc)
	return o, nil
}

// lostItems are the keys of the accessories recorded lost.
func lostItems(lost []LostAccessory) []string {
	out := make([]string, len(lost))
	for i, l := range lost {
		out[i] = l.Item
	}
	return out
}

// NotReturned lists the accessories taken in (I7) that are not among those
// handed back (P3), in the intake's order.
func NotReturned(takenIn, returned []string) []string {
	var out []string
	for _, k := range takenIn {
		if !slices.Contains(returned, k) {
			out = append(out, k)
		}
	}
	return out
}

// RecordVisit records a return visit (P5). One that did not reach the
// customer is written on the timeline and the visit stays due; one that
// did needs the satisfaction, 1–5, and takes the order off the board.
func RecordVisit(o Order, v Visit, now time.Time) (Order, error) {
	switch {
	case o.Visit != nil:
		return o, ErrVisitDone
	case o.VisitDue.IsZero():
		return o, ErrNoVisitDue
	case v.Reached && (v.Satisfied < 1 || v.Satisfied > 5):
		return o, ErrSatisfaction
	case !v.Reached:
		v.Satisfied = 0
	}
	remarks, err := CleanMultiline(v.Remarks, MaxNote, false)
	if err != nil {
		return o, err
	}
	v.Remarks, v.At = remarks, now.UTC()
	text := strings.TrimSpace(fmt.Sprintf("%d %s", v.Satisfied, remarks))
	o = o.withStep(Step{At: now, Who: v.By, Kind: StepVisit, Reached: v.Reached, Text: text})
	if v.Reached {
		o.Visit = &v
	}
	return o, nil
}

// WorkingDaysAfter is the day n working days after t's station day, at the
// end of the station's day: Saturdays, Sundays and cfg.Holidays are
// skipped, cfg.Workdays (the weekends worked in exchange, 调休) counted.
func (c Config) WorkingDaysAfter(t time.Time, n int, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	d := dayStart(t, loc)
	for n > 0 {
		d = d.AddDate(0, 0, 1)
		if c.WorkingDay(d) {
			n--
		}
	}
	return d.Add(24*time.Hour - time.Second)
}

// WorkingDay reports whether the station works on d's date.
func (c Config) WorkingDay(d time.Time) bool {
	day := d.Format(time.DateOnly)
	for _, w := range c.Workdays {
		if w == day {
			return true
		}
	}
	for _, h := range c.Holidays {
		if h == day {
			return false
		}
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}
