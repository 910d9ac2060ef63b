package onsite

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"frontdesk/repair"
)

// The results that close a call: its owner is done with it (H1).
var closing = []Result{ResultAnswered, ResultGuided, ResultRequest, ResultSolved}

// LogCall checks a call for the hotline's log (H1) and returns it cleaned:
// the phone required and normalised, the topic required, every text inert
// (no control characters, within its Max*), the owner — who answered, or
// who called out — required; the direction inbound unless outbound; the
// time now unless given, never in the future. A call logged with a
// closing result (answered, guided, request, solved) is closed at once;
// one left open stays on its owner's list (Owned) until it is closed or
// handed over. A call is never logged handed over: HandOver does that.
func LogCall(in Call, now time.Time) (Call, Problems) {
	var ps Problems
	c := in
	text := func(field string, dst *string, limit int, required bool) {
		v, err := cleanLine(*dst, limit, required)
		addProblem(&ps, field, err, limit)
		if err == nil {
			*dst = v
		}
	}
	phone, err := repair.NormalizePhone(c.Phone)
	addProblem(&ps, FieldPhone, err, 0)
	if err == nil {
		c.Phone = phone
	}
	text(FieldCustomer, &c.Customer, MaxName, false)
	text(FieldOrder, &c.Order, MaxNumber, false)
	text(FieldRequest, &c.Request, MaxNumber, false)
	text(FieldTopic, &c.Topic, MaxTopic, true)
	text(FieldOwner, &c.Owner, MaxPerson, true)
	switch c.Direction {
	case "":
		c.Direction = Inbound
	case Inbound, Outbound:
	default:
		addProblem(&ps, FieldDirection, repair.ErrChoice, 0)
	}
	switch {
	case c.Result == ResultOpen, slices.Contains(closing, c.Result):
	default:
		addProblem(&ps, FieldResult, repair.ErrChoice, 0)
	}
	if c.At.IsZero() {
		c.At = now
	}
	if c.At.After(now) {
		addProblem(&ps, FieldAt, ErrFuture, 0)
	}
	c.At = c.At.UTC()
	if c.Result != ResultOpen && c.Closed.IsZero() {
		c.Closed = now.UTC()
	}
	return c, ps
}

// Owned is the open calls on who's list (首问负责, H1): answered by them or
// handed over to them, and not closed, the oldest first.
func Owned(calls []Call, who string) []Call {
	var out []Call
	for _, c := range calls {
		if c.Owner == who && c.Closed.IsZero() {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b Call) int { return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID)) })
	return out
}

// HandOver hands an open call over from its owner, who, to another person
// with a note of where it stands (H1: "handed over with a record"): the
// call goes on to's list, its result handed over. Refused without a note,
// to nobody, to its owner, by anyone but its owner, or closed.
func HandOver(c *Call, to, note, who string, now time.Time) error {
	to, err := cleanLine(to, MaxPerson, false)
	if err != nil {
		return Problem{Field: FieldOwner, Err: err, Limit: MaxPerson}
	}
	note, err = cleanNote(note, true)
	switch {
	case !c.Closed.IsZero():
		return ErrCallClosed
	case who != c.Owner:
		return ErrNotOwner
	case to == "":
		return ErrNoOwner
	case to == c.Owner:
		return ErrSameOwner
	case err != nil:
		return Problem{Field: FieldNote, Err: err, Limit: MaxNote}
	}
	h := append(slices.Clone(c.History), Step{At: now.UTC(), Who: who, Kind: StepHandOver, Text: note, Owner: to})
	c.History, c.Owner, c.Result = h, to, ResultHandedOff
	return nil
}

// Close closes an open call by its owner with its result — answered,
// guided, a request opened, solved — and a note (optional): it leaves the
// owner's list.
func Close(c *Call, result Result, note, who string, now time.Time) error {
	note, err := cleanNote(note, false)
	switch {
	case !c.Closed.IsZero():
		return ErrCallClosed
	case who != c.Owner:
		return ErrNotOwner
	case !slices.Contains(closing, result):
		return ErrOpenResult
	case err != nil:
		return Problem{Field: FieldNote, Err: err, Limit: MaxNote}
	}
	c.History = append(slices.Clone(c.History), Step{At: now.UTC(), Who: who, Kind: StepClose, Text: strings.TrimSpace(string(result) + " " + note)})
	c.Result, c.Closed = result, now.UTC()
	return nil
}
