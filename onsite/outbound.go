package onsite

import (
	"slices"
	"time"

	"frontdesk/repair"
)

// Why the station calls a customer (H2).
type Purpose string

// The purposes of an outbound call.
const (
	PurposeCallBack Purpose = "call_back" // S2: is the fault solved after phone guidance?
	PurposeProgress Purpose = "progress"  // O2: a repair whose promise is in question
	PurposeReady    Purpose = "ready"     // O3: ready for pickup, the customer not yet reached
	PurposeVisit    Purpose = "visit"     // P5: the return visit after a pickup
)

// OutCall is one call owed to a customer, with what to say.
type OutCall struct {
	Purpose Purpose
	Due     time.Time
	Name    string
	Phone   string
	Request string // the on-site request's number, for a call-back
	Order   string // the repair order's number, for the others
	Script  string // in Chinese; "" where the standards give none
}

// ToCall is the hotline's outbound list at now (外呼, H2), the longest
// overdue first: the call-backs after phone guidance that are due (S2,
// AskSolved with cfg.Brand), and from the board's heads of repair orders
// those owed a progress call (repair.CallDue: the delay apology), ready but
// not told (repair.ReadyForPickup) and owed their return visit (P5, no
// standard script). It is a list to work from: a call made is logged
// (LogCall) and recorded where it belongs (CalledBack, repair.LogContact,
// repair.RecordVisit), which takes it off.
func ToCall(requests []Request, heads []repair.Head, cfg Config, loc *time.Location, now time.Time) []OutCall {
	var out []OutCall
	for _, r := range CallBackDue(requests, now) {
		out = append(out, OutCall{Purpose: PurposeCallBack, Due: r.Guidance.CallBack, Name: r.Customer.Name,
			Phone: r.Customer.Phone, Request: r.Number, Script: AskSolved(cfg.Brand)})
	}
	for _, h := range heads {
		if h.Damaged {
			continue
		}
		call := OutCall{Name: h.Name, Phone: h.Phone, Order: h.Number}
		switch {
		case repair.CallDue(h, now, loc):
			call.Purpose, call.Due, call.Script = PurposeProgress, h.Promised, repair.DelayApology("")
		case repair.ListReadyUntold.Has(h, now, loc):
			call.Purpose, call.Due, call.Script = PurposeReady, h.ReadyAt, repair.ReadyForPickup
		case repair.ListVisits.Has(h, now, loc):
			call.Purpose, call.Due = PurposeVisit, h.VisitDue
		default:
			continue
		}
		out = append(out, call)
	}
	slices.SortStableFunc(out, func(a, b OutCall) int { return a.Due.Compare(b.Due) })
	return out
}
