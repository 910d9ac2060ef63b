package onsite

import (
	"time"

	"frontdesk/repair"
)

// Escalate sends r on to a carry-in repair (S10, 设备故障升级: a fault that
// cannot be fixed on site): r is closed escalated, linked to the repair
// order's number; the store links the order back to r. The order is
// opened first from CarryIn(r), so the number exists. r must be on site:
// the device is taken back and the record handed to the customer there.
// The other escalations of O5, the technical need and the engineer's
// ability, send another engineer: Schedule again, not Escalate.
func Escalate(r *Request, orderNumber, who string, now time.Time) error {
	number, err := cleanLine(orderNumber, MaxNumber, false)
	switch {
	case err != nil:
		return Problem{Field: FieldOrder, Err: err, Limit: MaxNumber}
	case number == "":
		return Problem{Field: FieldOrder, Err: ErrNoOrder}
	}
	c := *r
	c.Order = number
	if err := move(&c, StateEscalated, who, now, number); err != nil {
		return err
	}
	*r = c
	return nil
}

// CarryIn is the intake of the carry-in repair r is escalated to, filled
// in from r (S10): the customer, the company (a business then), the
// phone, the device's kind, model and serial, the fault. Nothing about the
// warranty is carried: the intake decides it again from the purchase
// proof (I4), and the counter completes what a request does not hold.
func CarryIn(r Request) repair.Intake {
	in := repair.Intake{
		Phone:  r.Customer.Phone,
		Name:   r.Customer.Name,
		Kind:   repair.Consumer,
		Device: r.Device.Kind,
		Model:  r.Device.Model,
		Serial: r.Device.Serial,
		Fault:  r.Fault,
	}
	if r.Customer.Business() {
		in.Kind, in.Company = repair.Business, r.Customer.Company
	}
	return in
}
