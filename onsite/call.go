package onsite

import "time"

// Direction is whether the station was called or called out (H1, H2).
type Direction string

// The directions of a call.
const (
	Inbound  Direction = "in"
	Outbound Direction = "out" // O3's contacts and S2's call-backs (H2)
)

// Result is how a call ended (H1).
type Result string

// The results of a call. An open call is one with no result yet, or
// handed over: it stays on its owner's list (首问负责).
const (
	ResultOpen      Result = ""         // still the owner's
	ResultAnswered  Result = "answered" // the question was answered
	ResultGuided    Result = "guided"   // phone guidance given (S2)
	ResultRequest   Result = "request"  // an on-site request was opened
	ResultHandedOff Result = "handed"   // handed over, with a note, to another owner
	ResultSolved    Result = "solved"   // closed by its owner
)

// Call is one call on the hotline's log (H1): when, the phone, the
// customer and the order or request when known, what about, the result,
// and who owns it.
type Call struct {
	ID        uint64    `json:"id"`
	At        time.Time `json:"at"` // UTC
	Direction Direction `json:"direction"`
	Phone     string    `json:"phone"`
	Customer  string    `json:"customer,omitempty"`
	Order     string    `json:"order,omitempty"`   // a carry-in order's number
	Request   string    `json:"request,omitempty"` // an on-site request's number
	Topic     string    `json:"topic"`
	Result    Result    `json:"result,omitempty"`
	Owner     string    `json:"owner"` // who answered, or who it was handed to
	History   []Step    `json:"history,omitempty"`
	Closed    time.Time `json:"closed,omitzero"`
}
