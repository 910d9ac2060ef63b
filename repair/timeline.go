package repair

import (
	"strings"
	"time"
)

// StepKind is what one entry of an order's timeline records.
type StepKind string

// The kinds of step.
const (
	StepState      StepKind = "state"      // From → To, Text: the part awaited or the reason
	StepResult     StepKind = "result"     // the repair result written or changed (O4)
	StepContact    StepKind = "contact"    // a call to the customer (O3)
	StepNote       StepKind = "note"       // anything the engineer writes down
	StepEstimate   StepKind = "estimate"   // a new estimate, Text its lines and fee
	StepEscalation StepKind = "escalation" // O5
	StepComplaint  StepKind = "complaint"  // O5, Text the complaint, Answer the answer
	StepLoaner     StepKind = "loaner"     // the loaner back (O8), Text which
	StepVisit      StepKind = "visit"      // a return visit (P5), Text satisfaction and remarks

	// An accessory the station lost, recorded at pickup: Item which,
	// Agreement what was agreed, Due the day of a replacement, Text the rest.
	StepLostAccessory StepKind = "lost_accessory"
	StepAccessoryBack StepKind = "accessory_back" // the replacement of Item handed over
)

// Step is one entry of an order's timeline: what changed, who and when.
type Step struct {
	At         time.Time      `json:"at"` // UTC
	Who        string         `json:"who"`
	Kind       StepKind       `json:"kind"`
	From       State          `json:"from,omitempty"`
	To         State          `json:"to,omitempty"`
	Contact    ContactKind    `json:"contact,omitempty"`
	Reached    bool           `json:"reached,omitempty"`
	Escalation EscalationKind `json:"escalation,omitempty"`
	Text       string         `json:"text,omitempty"`
	Answer     string         `json:"answer,omitempty"`
	Item       string         `json:"item,omitempty"` // an accessory's key, for the two accessory steps
	Agreement  Agreement      `json:"agreement,omitempty"`
	Due        time.Time      `json:"due,omitzero"`
}

// Result is what the engineer found and did (O4), explained to the customer
// at pickup (P3). All four are needed before the order is ready; "无" is an
// answer for parts.
type Result struct {
	Cause  string `json:"cause,omitempty"`
	Work   string `json:"work,omitempty"`
	Parts  string `json:"parts,omitempty"`
	Advice string `json:"advice,omitempty"`
}

// The names of Result's fields, in MoveError.Missing and in Problems.
const (
	FieldCause  = "cause"
	FieldWork   = "work"
	FieldParts  = "parts"
	FieldAdvice = "advice"
)

// Missing lists the fields of r still empty, in the order they are written.
func (r Result) Missing() []string {
	var out []string
	for _, f := range []struct{ name, v string }{
		{FieldCause, r.Cause}, {FieldWork, r.Work}, {FieldParts, r.Parts}, {FieldAdvice, r.Advice},
	} {
		if strings.TrimSpace(f.v) == "" {
			out = append(out, f.name)
		}
	}
	return out
}

// SetResult writes the repair result on o (O4), each field cleaned; a field
// left empty may be filled in later, but ready waits for all four.
func SetResult(o Order, r Result, who string, now time.Time) (Order, Problems) {
	var ps Problems
	for _, f := range []struct {
		name string
		v    *string
	}{{FieldCause, &r.Cause}, {FieldWork, &r.Work}, {FieldParts, &r.Parts}, {FieldAdvice, &r.Advice}} {
		v, err := CleanMultiline(*f.v, MaxNote, false)
		if err != nil {
			ps = append(ps, Problem{Field: f.name, Err: err, Limit: MaxNote})
			continue
		}
		*f.v = v
	}
	if o.State.Final() {
		ps = append(ps, Problem{Field: FieldCause, Err: ErrClosed})
	}
	if len(ps) > 0 {
		return o, ps
	}
	o = o.withStep(Step{At: now, Who: who, Kind: StepResult, Text: strings.Join([]string{r.Cause, r.Work, r.Parts, r.Advice}, " / ")})
	o.Result = r
	return o, nil
}

// AddNote writes a note on o's timeline.
func AddNote(o Order, text, who string, now time.Time) (Order, error) {
	text, err := CleanMultiline(text, MaxNote, true)
	switch {
	case err == ErrRequired:
		return o, ErrEmptyNote
	case err != nil:
		return o, err
	}
	return o.withStep(Step{At: now, Who: who, Kind: StepNote, Text: text}), nil
}

// EscalationKind is why an order goes beyond the counter (O5, seed 004).
type EscalationKind string

// The reasons to escalate (O5).
const (
	EscalateTechnicalNeed EscalationKind = "technical_need" // the fault was mis-described
	EscalateDeviceFault   EscalationKind = "device_fault"   // cannot be fixed here, sent on
	EscalateAbility       EscalationKind = "ability"        // another engineer is needed
)

// EscalationKinds lists them in the order of O5.
var EscalationKinds = []EscalationKind{EscalateTechnicalNeed, EscalateDeviceFault, EscalateAbility}

// Escalate records an escalation of o with what was done (O5).
func Escalate(o Order, kind EscalationKind, text, who string, now time.Time) (Order, error) {
	if !oneOf(kind, EscalationKinds) {
		return o, ErrChoice
	}
	if o.State.Final() {
		return o, ErrClosed
	}
	text, err := CleanMultiline(text, MaxNote, true)
	if err != nil {
		return o, err
	}
	return o.withStep(Step{At: now, Who: who, Kind: StepEscalation, Escalation: kind, Text: text}), nil
}

// Complain records a complaint about o, who handled it and the answer given
// (O5). A complaint may come after the order closed.
func Complain(o Order, complaint, answer, who string, now time.Time) (Order, Problems) {
	var ps Problems
	complaint, err := CleanMultiline(complaint, MaxNote, true)
	if err != nil {
		ps = append(ps, Problem{Field: "complaint", Err: err, Limit: MaxNote})
	}
	answer, err = CleanMultiline(answer, MaxNote, true)
	if err != nil {
		ps = append(ps, Problem{Field: "answer", Err: err, Limit: MaxNote})
	}
	if len(ps) > 0 {
		return o, ps
	}
	return o.withStep(Step{At: now, Who: who, Kind: StepComplaint, Text: complaint, Answer: answer}), nil
}

// SetEstimate replaces o's estimate after diagnosis (I11's format: one "part
// price" per line, and the fee in yuan); the customer's approval is asked
// again.
func SetEstimate(o Order, lines, fee, who string, now time.Time) (Order, error) {
	if o.State.Final() {
		return o, ErrClosed
	}
	parsed, err := ParseEstimate(lines)
	if err != nil {
		return o, err
	}
	var f Money
	if strings.TrimSpace(fee) != "" {
		if f, err = ParseMoney(fee); err != nil {
			return o, err
		}
	}
	if len(parsed) == 0 && f == 0 {
		return o, ErrNoEstimate
	}
	text := strings.TrimSpace(lines)
	if f != 0 {
		text = strings.TrimSpace(text + "\n" + f.String())
	}
	o = o.withStep(Step{At: now, Who: who, Kind: StepEstimate, Text: text})
	o.Estimate, o.Fee, o.Approval = parsed, f, ""
	return o, nil
}

func oneOf[T comparable](v T, list []T) bool {
	for _, x := range list {
		if v == x {
			return true
		}
	}
	return false
}
