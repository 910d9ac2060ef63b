package onsite

import (
	"time"

	"frontdesk/repair"
)

// State is where an on-site request is in its life.
type State string

// The states of a request. The moves between them are in lifecycle.go.
const (
	StateNew       State = "new"       // logged from a call (S1), not yet decided
	StateGuided    State = "guided"    // phone guidance given, its call-back due (S2)
	StateScheduled State = "scheduled" // a visit agreed and an engineer assigned (S4, S6)
	StateOnSite    State = "onsite"    // the engineer arrived (S9)
	StateDone      State = "done"      // fixed on site and signed for (S9, S12)
	StateSolved    State = "solved"    // solved on the phone, confirmed at the call-back (S2)
	StateEscalated State = "escalated" // taken back as a carry-in repair (S10)
	StateCancelled State = "cancelled" // the customer withdrew it, or declined the paid visit (S3)
)

// Request is an on-site service request (服务单), opened from a call (S1).
type Request struct {
	ID       uint64    `json:"id"`
	Number   string    `json:"number"` // "S" + yymmdd + the day's sequence, like an order's
	State    State     `json:"state"`
	Received time.Time `json:"received"` // UTC: the request arrived; S8's clocks start here
	Answered time.Time `json:"answered"` // UTC: the call was answered (S8's 5 minutes)
	Taker    string    `json:"taker"`    // who took the call (H1)

	Customer Customer `json:"customer"`
	Device   Device   `json:"device"`
	Fault    string   `json:"fault"`             // as the customer says it
	Network  bool     `json:"network,omitempty"` // the site has a network (S1)
	// NetworkAsked: Network was asked on the call, so a false is an answer
	// and not a question left out (Missing).
	NetworkAsked bool `json:"network_asked,omitempty"`

	Guidance *Guidance   `json:"guidance,omitempty"` // S2
	Paid     *Paid       `json:"paid,omitempty"`     // S3
	Visit    Visit       `json:"visit,omitzero"`     // S4, S6
	Parts    []Part      `json:"parts,omitempty"`    // S5
	Aheads   []CallAhead `json:"aheads,omitempty"`   // S7
	Record   Record      `json:"record,omitzero"`    // S9
	Order    string      `json:"order,omitempty"`    // the carry-in order it was escalated to (S10)
	Check    []Checked   `json:"check,omitempty"`    // S12, as G1–G3
	VisitDue time.Time   `json:"visit_due,omitzero"` // the return visit (S12, P5)

	History []Step    `json:"history,omitempty"` // every change, who and when
	Closed  time.Time `json:"closed,omitzero"`
	Updated time.Time `json:"updated,omitzero"`
}

// Customer is who asked for the visit (S1); a business customer has its
// company and the contact's position.
type Customer struct {
	// Kind is consumer or business (I2); Check takes a request with a
	// company and no kind as a business's.
	Kind     repair.CustomerKind `json:"kind,omitempty"`
	Name     string              `json:"name"`
	Company  string              `json:"company,omitempty"`
	Position string              `json:"position,omitempty"`
	Phone    string              `json:"phone"` // normalised as repair.NormalizePhone does
	Landline string              `json:"landline,omitempty"`
	Address  string              `json:"address"`
}

// Device is the device to see (S1).
type Device struct {
	// Kind is a repair.DeviceKind key ("notebook", "desktop", …): the
	// inspection before leaving uses its list (S12, G1).
	Kind    string         `json:"kind,omitempty"`
	Model   string         `json:"model,omitempty"`
	Serial  string         `json:"serial,omitempty"` // normalised as repair.NormalizeSerial does
	Verdict repair.Verdict `json:"verdict,omitzero"` // the warranty as told on the call
}

// Guidance is the phone guidance given instead of a visit (S2).
type Guidance struct {
	At       time.Time `json:"at"`
	By       string    `json:"by"`
	Note     string    `json:"note"`
	CallBack time.Time `json:"call_back"`          // due: 2 hours after At
	Called   time.Time `json:"called,omitzero"`    // the call-back was made
	Solved   bool      `json:"solved,omitempty"`   // the customer says it is solved
	Insisted bool      `json:"insisted,omitempty"` // the customer insisted on the visit
}

// Paid is a paid visit said on the phone with its fee (S3).
type Paid struct {
	Fee      repair.Money `json:"fee"`
	Reason   string       `json:"reason"` // software, or past the free on-site period
	Accepted bool         `json:"accepted"`
}

// Visit is the agreed time and who goes (S4, S6).
type Visit struct {
	Engineer string    `json:"engineer,omitempty"`
	Start    time.Time `json:"start,omitzero"` // UTC
	End      time.Time `json:"end,omitzero"`   // UTC: the time the engineer keeps for it
}

// Part is a part the visit may need (S5).
type Part struct {
	Name    string    `json:"name"`
	InStock bool      `json:"in_stock"`
	Drawn   time.Time `json:"drawn,omitzero"`   // drawn from stock, or arrived and drawn
	Arrived time.Time `json:"arrived,omitzero"` // a part that was awaited came in
}

// AheadOutcome is how a call ahead went (S7).
type AheadOutcome string

// The outcomes of a call ahead.
const (
	AheadAnswered AheadOutcome = "answered"  // the customer expects the engineer
	AheadNoAnswer AheadOutcome = "no-answer" // call again
	AheadLate     AheadOutcome = "late"      // too late to be on time: go, and tell the coordinator
	AheadAbsent   AheadOutcome = "absent"    // the customer is not there: a note left with the station's phone
)

// CallAhead is one call before leaving (S7).
type CallAhead struct {
	At      time.Time    `json:"at"`
	By      string       `json:"by"`
	Outcome AheadOutcome `json:"outcome"`
	Note    string       `json:"note,omitempty"`
}

// Record is the service record (服务单据, S9): the times of the visit,
// what was found and done, the fee, and who signed for the customer.
type Record struct {
	Arrived  time.Time    `json:"arrived,omitzero"`
	Started  time.Time    `json:"started,omitzero"`
	Fixed    time.Time    `json:"fixed,omitzero"`
	Departed time.Time    `json:"departed,omitzero"`
	Found    string       `json:"found,omitempty"` // the fault found on site
	Done     string       `json:"done,omitempty"`  // what was done
	Fee      repair.Money `json:"fee,omitempty"`
	FeeSet   bool         `json:"fee_set,omitempty"` // the fee was written: 0 is a free visit's, not a fee forgotten
	Signer   string       `json:"signer,omitempty"`  // the customer's representative
}

// Checked is one item of the inspection with the customer before leaving
// (S12, as G1–G3).
type Checked struct {
	Item string `json:"item"`
	OK   bool   `json:"ok"`
	NA   bool   `json:"na,omitempty"` // not applicable to this device (repair.MarkNA)
	Note string `json:"note,omitempty"`
}

// Step is one change of a request, for its timeline.
type Step struct {
	At   time.Time `json:"at"` // UTC
	Who  string    `json:"who"`
	Kind string    `json:"kind"` // a Step* constant of lifecycle.go
	From State     `json:"from,omitempty"`
	To   State     `json:"to,omitempty"`
	Text string    `json:"text,omitempty"`
	// Owner is whom a call was handed over to (H1), on a call's step.
	Owner string `json:"owner,omitempty"`
}
