package onsite

import (
	"slices"
	"time"
)

// Follow is what an outcome of a call ahead asks for next (S7).
type Follow string

// What follows a call ahead.
const (
	FollowNone            Follow = ""                 // the customer expects the engineer
	FollowCallAgain       Follow = "call_again"       // no answer: another call ahead is due
	FollowTellCoordinator Follow = "tell_coordinator" // too late otherwise: go, and the coordinator is told
	FollowNoteLeft        Follow = "note_left"        // the customer was not there: a note with the station's phone left
)

// Aheads lists the outcomes of a call ahead in the order the desk offers them.
var Aheads = []AheadOutcome{AheadAnswered, AheadNoAnswer, AheadLate, AheadAbsent}

// Follow is what outcome o asks for next (S7).
func (o AheadOutcome) Follow() Follow {
	switch o {
	case AheadNoAnswer:
		return FollowCallAgain
	case AheadLate:
		return FollowTellCoordinator
	case AheadAbsent:
		return FollowNoteLeft
	}
	return FollowNone
}

// RecordAhead records a call ahead before leaving (S7, 「提前致电很贴心」),
// opened with EngineerCalls: its outcome and a note; customer absent needs
// the note (what the note left says, with the station's phone). r must be
// scheduled. (It is not named CallAhead: that is the type of the record,
// kept for the store.)
func RecordAhead(r *Request, outcome AheadOutcome, who, note string, now time.Time) error {
	if r.State != StateScheduled {
		return ErrNotScheduled
	}
	if !slices.Contains(Aheads, outcome) {
		return ErrOutcome
	}
	note, err := cleanNote(note, false)
	switch {
	case err != nil:
		return Problem{Field: FieldNote, Err: err, Limit: MaxNote}
	case note == "" && outcome == AheadAbsent:
		return Problem{Field: FieldNote, Err: ErrNoNote}
	}
	text := string(outcome)
	if note != "" {
		text += " " + note
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepAhead, Text: text})
	c.Aheads = append(slices.Clone(r.Aheads), CallAhead{At: now.UTC(), By: who, Outcome: outcome, Note: note})
	*r = c
	return nil
}

// AheadDue reports whether r is owed a call ahead: scheduled, and no call
// ahead made yet or the last one not answered.
func AheadDue(r Request) bool {
	if r.State != StateScheduled {
		return false
	}
	return len(r.Aheads) == 0 || r.Aheads[len(r.Aheads)-1].Outcome == AheadNoAnswer
}

// RunningLate is the scheduled requests whose engineer said, calling
// ahead, that they will be late: the coordinator's list to act on (S7).
func RunningLate(requests []Request) []Request {
	var out []Request
	for _, r := range requests {
		if r.State == StateScheduled && len(r.Aheads) > 0 && r.Aheads[len(r.Aheads)-1].Outcome == AheadLate {
			out = append(out, r)
		}
	}
	return out
}
