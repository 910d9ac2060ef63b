package onsite

import (
	"errors"
	"time"

	"frontdesk/repair"
)

// Check is S1's verdict on a request as typed from a call at now: the
// request cleaned — texts trimmed, the phones and the serial normalised
// as repair normalises them, times in UTC — in StateNew, and every problem,
// field by field in the order of the form. With problems the request is
// only a preview and must not be saved. Required: the customer's name,
// phone and address and the fault, and the company of a business; text
// with control characters or longer than its field's Max* is refused, so
// that nothing pasted reaches a terminal or swamps a record. A request
// with a company and no kind is a business's. Received and Answered may be
// left zero for the store to stamp; given, they may not lie in the future,
// nor the answer before the arrival. ID, Number and Taker are the store's.
// What a request may leave out is Missing's, asked on the call.
func Check(in Request, now time.Time) (Request, Problems) {
	var ps Problems
	r := in
	r.State = StateNew
	text := func(field string, dst *string, limit int, required bool) {
		v, err := cleanLine(*dst, limit, required)
		addProblem(&ps, field, err, limit)
		if err == nil {
			*dst = v
		}
	}
	phone := func(field string, dst *string, required bool) {
		v, err := repair.NormalizePhone(*dst)
		switch {
		case errors.Is(err, repair.ErrRequired) && !required:
			*dst = ""
		case err != nil:
			addProblem(&ps, field, err, 0)
		default:
			*dst = v
		}
	}
	c := &r.Customer
	switch c.Kind {
	case "":
		c.Kind = repair.Consumer
		if v, _ := cleanLine(c.Company, 0, false); v != "" {
			c.Kind = repair.Business
		}
	case repair.Consumer, repair.Business:
	default:
		addProblem(&ps, FieldKind, repair.ErrChoice, 0)
	}
	text(FieldName, &c.Name, MaxName, true)
	if c.Kind == repair.Consumer {
		c.Company, c.Position = "", ""
	} else {
		text(FieldCompany, &c.Company, MaxCompany, true)
		text(FieldPosition, &c.Position, MaxPosition, false)
	}
	phone(FieldPhone, &c.Phone, true)
	phone(FieldLandline, &c.Landline, false)
	text(FieldAddress, &c.Address, MaxAddress, true)

	text(FieldModel, &r.Device.Model, MaxModel, false)
	if serial, err := repair.NormalizeSerial(r.Device.Serial); errors.Is(err, repair.ErrRequired) {
		r.Device.Serial = ""
	} else {
		addProblem(&ps, FieldSerial, err, 0)
		if err == nil {
			r.Device.Serial = serial
		}
	}
	fault, err := repair.CleanMultiline(r.Fault, MaxFault, true)
	addProblem(&ps, FieldFault, err, MaxFault)
	if err == nil {
		r.Fault = fault
	}

	r.Received, r.Answered = r.Received.UTC(), r.Answered.UTC()
	if r.Received.After(now) {
		addProblem(&ps, FieldReceived, ErrFuture, 0)
	}
	switch {
	case r.Answered.After(now):
		addProblem(&ps, FieldAnswered, ErrFuture, 0)
	case !r.Answered.IsZero() && r.Answered.Before(r.Received):
		addProblem(&ps, FieldAnswered, ErrBeforeReceived, 0)
	}
	return r, ps
}

// Missing lists what r leaves out, to ask on the call (S1: "what the
// request leaves out is checked on the call"), as Field* names in the
// order of the form: the contact's position at a business; a landline
// when the phone given is a mobile (S4 asks for one); the device's model,
// serial and kind (the check before leaving needs its list, S12); the
// warranty (it decides whether the visit is paid, S3); and whether the
// site has a network.
func Missing(r Request) []string {
	var out []string
	add := func(field string, missing bool) {
		if missing {
			out = append(out, field)
		}
	}
	add(FieldPosition, r.Customer.Business() && r.Customer.Position == "")
	add(FieldLandline, IsMobile(r.Customer.Phone) && r.Customer.Landline == "")
	add(FieldModel, r.Device.Model == "")
	add(FieldSerial, r.Device.Serial == "")
	add(FieldKind, r.Device.Kind == "")
	add(FieldWarranty, !WarrantyKnown(r.Device.Verdict))
	add(FieldNetwork, !r.NetworkAsked)
	return out
}

// Business reports whether c is a business customer (I2): its kind says
// so, or it gave a company.
func (c Customer) Business() bool {
	return c.Kind == repair.Business || c.Kind == "" && c.Company != ""
}

// WarrantyKnown reports whether a verdict was decided: covered, or not
// covered for a reason. The zero verdict is a warranty nobody asked about.
func WarrantyKnown(v repair.Verdict) bool { return v.Covered || v.Reason != "" }

// IsMobile reports whether phone, as repair.NormalizePhone writes it, is a
// mobile number: 11 digits from 1. A visit agreed on a mobile asks whether
// the customer can talk now and for a landline (S4, MobileGiven).
func IsMobile(phone string) bool {
	if len(phone) != 11 || phone[0] != '1' {
		return false
	}
	for i := 0; i < len(phone); i++ {
		if phone[i] < '0' || phone[i] > '9' {
			return false
		}
	}
	return true
}

// cleanLine is repair.CleanText: one line, no control characters, at most
// limit runes.
func cleanLine(s string, limit int, required bool) (string, error) {
	return repair.CleanText(s, limit, required)
}

// cleanNote is repair.CleanMultiline for a note of MaxNote runes.
func cleanNote(s string, required bool) (string, error) {
	return repair.CleanMultiline(s, MaxNote, required)
}
