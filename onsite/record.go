package onsite

import (
	"fmt"
	"strings"
	"time"

	"frontdesk/repair"
)

// Stamps are the times of the service record (S9), in the order they
// happen, as Field* names: arrival, start of the work, fixed, departure.
var Stamps = []string{FieldArrived, FieldStarted, FieldFixed, FieldDeparted}

// Stamp writes one time of the visit on r's record (S9): field is one of
// Stamps, at the time the engineer gives (now when zero) — never in the
// future, never before the request arrived or a time stamped before it,
// and not when a later one is already stamped. Each needs the one before,
// except the departure, which needs the arrival only: a device escalated
// to a carry-in repair (S10) leaves unfixed. The arrival needs the visit
// scheduled and moves r on site; the others need r on site. A time once
// stamped stays. On error, a Problem naming the field, r is unchanged.
func Stamp(r *Request, field string, at time.Time, who string, now time.Time) error {
	i := indexOf(Stamps, field)
	if i < 0 {
		return Problem{Field: field, Err: repair.ErrChoice}
	}
	if at.IsZero() {
		at = now
	}
	times := r.Record.times()
	fail := func(err error) error { return Problem{Field: field, Err: err} }
	switch {
	case !times[i].IsZero():
		return fail(ErrStamped)
	case i == 0 && r.State != StateScheduled:
		return fail(ErrNotScheduled)
	case i > 0 && r.State != StateOnSite:
		return fail(ErrNotOnSite)
	case at.After(now):
		return fail(ErrFuture)
	case at.Before(r.Received):
		return fail(ErrBeforeReceived)
	}
	for j, t := range times {
		switch {
		case j > i && !t.IsZero(), j < i && at.Before(*t):
			return fail(ErrOutOfOrder)
		case j < i && t.IsZero() && (j == 0 || j == i-1 && field != FieldDeparted):
			return fail(ErrOutOfOrder)
		}
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepStamp, Text: field + " " + at.UTC().Format(time.RFC3339)})
	*c.Record.times()[i] = at.UTC()
	if i == 0 {
		if err := move(&c, StateOnSite, who, now, ""); err != nil {
			return fail(err)
		}
	}
	*r = c
	return nil
}

// times points at the record's stamps in the order of Stamps.
func (rec *Record) times() []*time.Time {
	return []*time.Time{&rec.Arrived, &rec.Started, &rec.Fixed, &rec.Departed}
}

// Stamped is the record's stamps in the order of Stamps, zero where none.
func (rec Record) Stamped() []time.Time {
	return []time.Time{rec.Arrived, rec.Started, rec.Fixed, rec.Departed}
}

// SetRecord writes what the engineer found and did, the fee and the
// customer's representative who signs (S9), each cleaned, while r is on
// site. A field left empty may be written later, but Finish waits for all;
// fee is in yuan as typed ("0" for a free visit), empty for not yet.
func SetRecord(r *Request, found, done, fee, signer, who string, now time.Time) Problems {
	var ps Problems
	rec := r.Record
	if r.State != StateOnSite {
		addProblem(&ps, FieldFound, ErrNotOnSite, 0)
	}
	var err error
	if rec.Found, err = cleanNote(found, false); err != nil {
		addProblem(&ps, FieldFound, err, MaxNote)
	}
	if rec.Done, err = cleanNote(done, false); err != nil {
		addProblem(&ps, FieldDone, err, MaxNote)
	}
	rec.Fee, rec.FeeSet = 0, strings.TrimSpace(fee) != ""
	if rec.FeeSet {
		if rec.Fee, err = repair.ParseMoney(fee); err != nil {
			addProblem(&ps, FieldFee, err, 0)
		}
	}
	if rec.Signer, err = cleanLine(signer, MaxPerson, false); err != nil {
		addProblem(&ps, FieldSigner, err, MaxPerson)
	}
	if len(ps) > 0 {
		return ps
	}
	feeText := ""
	if rec.FeeSet {
		feeText = rec.Fee.String()
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepRecord, Text: strings.Join([]string{rec.Found, rec.Done, feeText, rec.Signer}, " / ")})
	c.Record = rec
	*r = c
	return nil
}

// Missing lists what the record still lacks before the request is done,
// as Field* names: the four times, what was found and done, the fee (0 is
// a fee), the signer.
func (rec Record) Missing() []string {
	var out []string
	for i, t := range rec.Stamped() {
		if t.IsZero() {
			out = append(out, Stamps[i])
		}
	}
	for _, f := range []struct {
		name    string
		missing bool
	}{
		{FieldFound, rec.Found == ""}, {FieldDone, rec.Done == ""},
		{FieldFee, !rec.FeeSet}, {FieldSigner, rec.Signer == ""},
	} {
		if f.missing {
			out = append(out, f.name)
		}
	}
	return out
}

// RecordError is a request that cannot be done yet: the record's fields
// still missing (Record.Missing).
type RecordError struct{ Missing []string }

func (e *RecordError) Error() string { return fmt.Sprintf("%v: missing %v", ErrRecord, e.Missing) }

func (e *RecordError) Unwrap() error { return ErrRecord }

// doneCondition is what r needs to be done: the record complete (S9) and
// the check with the customer passed (S12).
func doneCondition(r *Request) error {
	if missing := r.Record.Missing(); len(missing) > 0 {
		return &RecordError{Missing: missing}
	}
	return inspected(r)
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}
