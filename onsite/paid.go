package onsite

import (
	"time"

	"frontdesk/repair"
)

// Why a visit is paid (Paid.Reason).
const (
	PaidSoftware = "software" // a software fault: on site it is paid whatever the warranty (S3)
	PaidWarranty = "warranty" // past the free on-site period: the warranty does not cover it
)

// Declined is the reason written when the customer declines a paid visit.
const Declined = "用户谢绝有偿上门服务"

// PaidReason is why a visit for r would be paid (S3), "" when it is free:
// a software fault (software, as the coordinator judges it), or a warranty
// that does not cover the device. A warranty nobody has asked about yet is
// ErrWarrantyUnknown: it is asked on the call (Missing) before the visit
// is offered free or paid.
func PaidReason(r Request, software bool) (string, error) {
	switch {
	case software:
		return PaidSoftware, nil
	case !WarrantyKnown(r.Device.Verdict):
		return "", ErrWarrantyUnknown
	case !r.Device.Verdict.Covered:
		return PaidWarranty, nil
	}
	return "", nil
}

// OfferPaid records that the visit was said on the phone to be paid, with
// its fee (S3), and returns the script that says it. fee 0 is cfg.Fee,
// I11's on-site fee. The visit waits for the customer's answer
// (AnswerPaid): Schedule refuses a paid visit not accepted. r must be new.
func OfferPaid(r *Request, reason string, fee repair.Money, cfg Config, who string, now time.Time) (string, error) {
	switch {
	case r.State.Final():
		return "", ErrClosed
	case r.State != StateNew:
		return "", &MoveError{From: r.State, To: StateScheduled, Err: ErrMoveNotInS}
	case r.Paid != nil && r.Paid.Accepted:
		return "", ErrPaidAnswered
	case reason != PaidSoftware && reason != PaidWarranty:
		return "", repair.ErrChoice
	case fee < 0 || fee > repair.MaxMoney:
		return "", repair.ErrMoney
	}
	if fee == 0 {
		fee = repair.Money(cfg.Fee) * 100
	}
	c := r.withStep(Step{At: now, Who: who, Kind: StepPaid, Text: reason + " " + fee.String()})
	c.Paid = &Paid{Fee: fee, Reason: reason}
	*r = c
	return PaidVisit(fee.String() + "元"), nil
}

// AnswerPaid records the customer's answer to the paid visit (S3). One who
// accepts has the visit scheduled next. One who declines has the warranty
// policy explained — the desk shows the device's warranty table
// (repair.Table) — and the request is cancelled with Declined as its
// reason, the offer kept on it: a customer who changes their mind calls
// again, and that is a new request with its own clocks.
func AnswerPaid(r *Request, accepted bool, who string, now time.Time) error {
	switch {
	case r.Paid == nil:
		return ErrNotPaid
	case r.Paid.Accepted:
		return ErrPaidAnswered
	}
	if !accepted {
		return Cancel(r, Declined, who, now)
	}
	if r.State.Final() {
		return ErrClosed
	}
	p := *r.Paid
	p.Accepted = true
	c := r.withStep(Step{At: now, Who: who, Kind: StepPaid, Text: "accepted " + p.Fee.String()})
	c.Paid = &p
	*r = c
	return nil
}
