package onsite

import (
	"cmp"
	"slices"
	"time"
)

// Guide records phone guidance (电话指导) given instead of a visit, for a
// fault that looks like a misreport or misuse (S2): what the customer was
// told to do, in note (required), and the call-back due cfg.CallBack of
// service time later — a call-back due after closing would reach nobody
// at the station to make it. The customer is told a visit for the fault
// would not be free (PaidVisit). A request is guided once: when the
// call-back finds it not solved, the visit goes ahead. r must be new.
func Guide(r *Request, note string, cfg Config, loc *time.Location, who string, now time.Time) error {
	if r.Guidance != nil {
		return ErrGuidedBefore
	}
	note, err := cleanNote(note, true)
	if err != nil {
		return Problem{Field: FieldNote, Err: err, Limit: MaxNote}
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepGuidance, Text: note})
	c.Guidance = &Guidance{At: now.UTC(), By: who, Note: note, CallBack: cfg.Deadline(now, cfg.CallBack, loc).UTC()}
	if err := move(&c, StateGuided, who, now, ""); err != nil {
		return err
	}
	*r = c
	return nil
}

// Outcome is how the call-back after phone guidance went (S2).
type Outcome string

// The outcomes of a call-back.
const (
	OutcomeSolved    Outcome = "solved"     // the customer says it is solved: the request is
	OutcomeNotSolved Outcome = "not_solved" // the visit goes ahead
	OutcomeInsisted  Outcome = "insisted"   // the customer insists on the visit: it goes ahead
	OutcomeNoAnswer  Outcome = "no_answer"  // nobody answered: the call-back stays due
)

// Outcomes lists them in the order the desk offers them.
var Outcomes = []Outcome{OutcomeSolved, OutcomeNotSolved, OutcomeInsisted, OutcomeNoAnswer}

// CalledBack records the call-back after phone guidance (S2): solved
// closes r solved; not solved, or the customer insisting, sends r back to
// new for its visit to be scheduled, its on-site clocks counting from this
// call (Clocks); no answer is written on the timeline and the call-back
// stays due. note is optional. r must be guided.
func CalledBack(r *Request, outcome Outcome, note, who string, now time.Time) error {
	switch {
	case r.State != StateGuided || r.Guidance == nil:
		return ErrNotGuidedState
	case !slices.Contains(Outcomes, outcome):
		return ErrOutcome
	}
	note, err := cleanNote(note, false)
	if err != nil {
		return Problem{Field: FieldNote, Err: err, Limit: MaxNote}
	}
	text := string(outcome)
	if note != "" {
		text += " " + note
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepCallBack, Text: text})
	if outcome == OutcomeNoAnswer {
		*r = c
		return nil
	}
	g := *r.Guidance
	g.Called, g.Solved, g.Insisted = now.UTC(), outcome == OutcomeSolved, outcome == OutcomeInsisted
	c.Guidance = &g
	to := StateNew
	if g.Solved {
		to = StateSolved
	}
	if err := move(&c, to, who, now, ""); err != nil {
		return err
	}
	*r = c
	return nil
}

// CallBackDue is the guided requests whose call-back is due at now, the
// longest overdue first (S2; H2's outbound list).
func CallBackDue(requests []Request, now time.Time) []Request {
	var out []Request
	for _, r := range requests {
		if r.State == StateGuided && r.Guidance != nil && r.Guidance.Called.IsZero() && !r.Guidance.CallBack.After(now) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b Request) int {
		return cmp.Or(a.Guidance.CallBack.Compare(b.Guidance.CallBack), cmp.Compare(a.Number, b.Number))
	})
	return out
}

// RemoteDue is when remote handling of r must be done by: cfg.Remote of
// wall time after the request (S2, S8: at most 30 minutes). Guidance given
// later is still recorded, its remote clock missed; the desk offers the
// visit once this has passed.
func RemoteDue(r Request, cfg Config) time.Time { return r.Received.Add(cfg.Remote) }
