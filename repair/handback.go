package repair

import (
	"fmt"
	"slices"
)

// HandBackReason is why a device went back to the customer at the counter
// without a repair order being opened: the pre-check intake can end without
// the customer's agreement as well as with it (I1, I3, I4, I6, I9–I11).
type HandBackReason string

// The reasons a counter hands a device back unaccepted, the most common
// first; HandBackOther needs the engineer's words.
const (
	HandBackEstimate HandBackReason = "estimate"  // the estimate or fee declined (I11)
	HandBackTerms    HandBackReason = "terms"     // the terms or the opening declined (I10)
	HandBackNoProof  HandBackReason = "no_proof"  // warranty claimed without proof, and no paid repair (I3, I4)
	HandBackScope    HandBackReason = "scope"     // a brand or model the station does not serve
	HandBackDataRisk HandBackReason = "data_risk" // the risk to the data not accepted (I9)
	HandBackEndUser  HandBackReason = "end_user"  // a dealer who cannot name the end user (I1)
	HandBackBurnIn   HandBackReason = "burn_in"   // not reproduced, and no consent to keep it for burn-in (I6)
	HandBackOther    HandBackReason = "other"     // said in the note
)

// HandBackReasons are the reasons in the order the desk lists them.
var HandBackReasons = []HandBackReason{
	HandBackEstimate, HandBackTerms, HandBackNoProof, HandBackScope,
	HandBackDataRisk, HandBackEndUser, HandBackBurnIn, HandBackOther,
}

// HandBackNoteLimit is the longest note, in characters.
const HandBackNoteLimit = 200

// HandBack is the outcome of an intake that ended with the device handed
// back: the reason, and what the engineer wrote down about it.
type HandBack struct {
	Reason HandBackReason `json:"reason"`
	Note   string         `json:"note,omitempty"`
}

// Check cleans a hand-back: the reason must be one of HandBackReasons
// (ErrChoice), the note plain text of at most HandBackNoteLimit characters,
// and required with HandBackOther (ErrRequired), which says nothing by
// itself. The error is a Problem of field "note" or "reason".
func (h HandBack) Check() (HandBack, error) {
	if !slices.Contains(HandBackReasons, h.Reason) {
		return h, Problem{Field: "reason", Err: fmt.Errorf("%w: %q", ErrChoice, h.Reason)}
	}
	note, err := CleanText(h.Note, HandBackNoteLimit, h.Reason == HandBackOther)
	if err != nil {
		return h, Problem{Field: "note", Err: err, Limit: HandBackNoteLimit}
	}
	h.Note = note
	return h, nil
}
