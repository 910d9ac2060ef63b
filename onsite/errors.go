package onsite

import (
	"errors"

	"frontdesk/repair"
)

// Problem and Problems are repair's: one thing wrong with one field, the
// field a Field* constant and the error wrapping a sentinel. Sharing the
// type lets the desk show an on-site form's problems with the code that
// shows an intake's, and the text errors (repair.ErrRequired, ErrTooLong,
// ErrControl, ErrPhone, ErrSerial) are repair's too, since the cleaning is.
type (
	Problem  = repair.Problem
	Problems = repair.Problems
)

// The fields of a request and a call, as Problem.Field and Missing name
// them: the JSON names of the fields, so a form, a stored draft and a
// problem agree on one name.
const (
	FieldKind      = "kind"
	FieldName      = "name"
	FieldCompany   = "company"
	FieldPosition  = "position"
	FieldPhone     = "phone"
	FieldLandline  = "landline"
	FieldAddress   = "address"
	FieldModel     = "model"
	FieldSerial    = "serial"
	FieldWarranty  = "verdict"
	FieldFault     = "fault"
	FieldNetwork   = "network"
	FieldReceived  = "received"
	FieldAnswered  = "answered"
	FieldNote      = "note"
	FieldEngineer  = "engineer"
	FieldStart     = "start"
	FieldEnd       = "end"
	FieldArrived   = "arrived"
	FieldStarted   = "started"
	FieldFixed     = "fixed"
	FieldDeparted  = "departed"
	FieldFound     = "found"
	FieldDone      = "done"
	FieldFee       = "fee"
	FieldSigner    = "signer"
	FieldOrder     = "order"
	FieldRequest   = "request"
	FieldTopic     = "topic"
	FieldCustomer  = "customer"
	FieldOwner     = "owner"
	FieldAt        = "at"
	FieldDirection = "direction"
	FieldResult    = "result"
)

// The longest text of each field, in characters (runes). The customer's
// name, company, model and serial take repair's limits, so a request
// escalated to a carry-in repair always fits its intake (S10).
const (
	MaxName     = repair.MaxName
	MaxCompany  = repair.MaxCompany
	MaxModel    = repair.MaxModel
	MaxFault    = repair.MaxFault
	MaxNote     = repair.MaxNote
	MaxPosition = 30
	MaxAddress  = 120
	MaxPerson   = 30 // an engineer, a signer, a call's owner
	MaxTopic    = 200
	MaxNumber   = 30 // an order's or request's number
)

// The reasons a rule of this package refuses something. Callers match them
// with errors.Is and show a message from the text catalogue in the user's
// language (Key gives a stable key); the wording here is for logs and tests.
var (
	ErrFuture         = errors.New("in the future")
	ErrBeforeReceived = errors.New("before the request arrived")

	// The life of a request (lifecycle.go).
	ErrUnknownState = errors.New("not a state of an on-site request")
	ErrClosed       = errors.New("the request is closed")
	ErrSameState    = errors.New("the request is already in this state")
	ErrMoveNotInS   = errors.New("the on-site rules do not allow this change of state")
	ErrFinishOnly   = errors.New("a request is done only through Finish")
	ErrNoReason     = errors.New("cancelling needs the reason")

	// S2: phone guidance and its call-back.
	ErrNoGuidance     = errors.New("no phone guidance was given")
	ErrGuidedBefore   = errors.New("phone guidance was already given for this request")
	ErrCalledBack     = errors.New("the call-back was already made")
	ErrOutcome        = errors.New("not an outcome of the call-back")
	ErrNotGuidedState = errors.New("the request is not waiting for its call-back")

	// S3: the paid visit.
	ErrNotPaid         = errors.New("the visit is free: nothing to charge")
	ErrPaidOpen        = errors.New("the customer has not accepted the paid visit")
	ErrPaidAnswered    = errors.New("the customer already answered the paid visit")
	ErrWarrantyUnknown = errors.New("the warranty is not known yet")

	// S4, S6: the visit.
	ErrNoEngineer     = errors.New("a visit needs its engineer")
	ErrPast           = errors.New("the visit's time has passed")
	ErrEndBeforeStart = errors.New("the visit ends before it starts")
	ErrOutsideHours   = errors.New("outside service hours")
	ErrClash          = errors.New("the engineer has another visit then") // a *ClashError says which
	ErrNotScheduled   = errors.New("no visit is scheduled")

	// S5: parts.
	ErrNoPart      = errors.New("no such part on the request")
	ErrPartHere    = errors.New("the part is already here")
	ErrPartTwice   = errors.New("the part is already on the request")
	ErrNotAwaiting = errors.New("the part was not awaited")

	// S7: the call ahead.
	ErrNoNote = errors.New("say what the note left says")

	// S9, S12: the record and the check before leaving.
	ErrStamped        = errors.New("already stamped")
	ErrOutOfOrder     = errors.New("before the step that comes first")
	ErrNotOnSite      = errors.New("the engineer is not on site")
	ErrRecord         = errors.New("the service record is not complete") // a *RecordError says what
	ErrNotInspected   = errors.New("the device has not been checked with the customer")
	ErrInspectionFail = repair.ErrInspectionFail

	// S10: the escalation.
	ErrNoOrder = errors.New("the carry-in order's number is needed")

	// H1: the hotline.
	ErrCallClosed = errors.New("the call is closed")
	ErrNoOwner    = errors.New("hand the call over to someone")
	ErrSameOwner  = errors.New("the call is already theirs")
	ErrNotOwner   = errors.New("only the call's owner can hand it over or close it")
	ErrOpenResult = errors.New("closing a call needs its result")
)

// codes are the stable codes of the sentinels, for Key.
var codes = []struct {
	err  error
	code string
}{
	{repair.ErrRequired, "required"}, {repair.ErrTooLong, "too_long"},
	{repair.ErrControl, "control"}, {repair.ErrChoice, "choice"},
	{repair.ErrPhone, "phone"}, {repair.ErrSerial, "serial"}, {repair.ErrMoney, "money"},
	{ErrFuture, "future"}, {ErrBeforeReceived, "before_received"},
	{ErrOutOfOrder, "out_of_order"}, {ErrStamped, "stamped"},
}

// Key is a stable catalogue key of a problem, "onsite." + field + "." +
// what is wrong ("onsite.phone.required", "onsite.fault.too_long"), so that
// the desk's zh and en messages do not hang on the wording of an error.
func Key(p Problem) string {
	code := "invalid"
	for _, c := range codes {
		if errors.Is(p.Err, c.err) {
			code = c.code
			break
		}
	}
	return "onsite." + p.Field + "." + code
}

// addProblem records a problem of field when err is not nil; limit is the
// field's maximum, kept for repair.ErrTooLong only.
func addProblem(ps *Problems, field string, err error, limit int) {
	if err == nil {
		return
	}
	p := Problem{Field: field, Err: err}
	if errors.Is(err, repair.ErrTooLong) {
		p.Limit = limit
	}
	*ps = append(*ps, p)
}
