package repair

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// Check is the pre-check intake's verdict on what was recorded (I1–I12) at
// now, with dates read in loc, the station's zone. It returns the order the
// intake opens — the intake cleaned (texts trimmed, phone and serial
// normalised, dates and the fee in their canonical form), the warranty
// verdict, the promised time, the estimate — and every problem, field by
// field in the order of the form. With problems the order is only a preview
// and must not be saved. ID, Number, Claim, Counter, Engineer and Ticket are
// left for the desk and the store. Check never panics, whatever the input.
func Check(cfg Config, in Intake, now time.Time, loc *time.Location) (Order, Problems) {
	if loc == nil {
		loc = time.UTC
	}
	c := &checker{cfg: cfg, now: now, loc: loc, out: in}
	c.customer()
	c.device()
	c.fault()
	c.items()
	c.data()
	c.estimate()
	c.promise()
	o := Order{
		State:    StateReceived,
		Received: now.UTC(),
		Intake:   c.out,
		Verdict:  Decide(cfg, c.out, now, loc),
		Promised: c.promised.UTC(),
		Estimate: c.lines,
		Fee:      c.fee,
	}
	if c.out.EstimateApproved {
		o.Approval = ApprovalApproved // at the counter (I11): repair may start on it
	}
	return o, c.ps
}

// CheckField is the first problem of one field (a Field* constant), as a
// Problem, or nil: the form checks a field where it is typed with the same
// rules as the final Check.
func CheckField(cfg Config, in Intake, field string, now time.Time, loc *time.Location) error {
	_, ps := Check(cfg, in, now, loc)
	if p := ps.For(field); p != nil {
		return *p
	}
	return nil
}

// checker carries one Check: the intake being cleaned and what was found.
type checker struct {
	cfg      Config
	now      time.Time
	loc      *time.Location
	out      Intake
	ps       Problems
	kind     DeviceKind
	known    bool // kind is the intake's device kind
	lines    []Line
	fee      Money
	promised time.Time
}

// set stores a cleaned value, or records the field's problem and keeps the
// value as typed.
func (c *checker) set(field string, dst *string, v string, err error, limit int) {
	if err != nil {
		c.ps.add(field, err, limit)
		return
	}
	*dst = v
}

// text cleans a text field in place, and reports whether it was clean (its
// problem, if any, is recorded either way).
func (c *checker) text(field string, dst *string, limit int, required, multi bool) bool {
	clean := CleanText
	if multi {
		clean = CleanMultiline
	}
	v, err := clean(*dst, limit, required)
	c.set(field, dst, v, err, limit)
	return err == nil
}

// customer: I1 the end user's name and phone, also from a dealer; I2 kind.
func (c *checker) customer() {
	o := &c.out
	// A dealer refusing the end user's details is refused (I1).
	endUser := func(err error) error {
		if o.ByDealer && errors.Is(err, ErrRequired) {
			return ErrDealerEndUser
		}
		return err
	}
	if o.ByDealer {
		c.text(FieldDealer, &o.Dealer, MaxDealer, false, false)
	} else {
		o.Dealer, o.DealerPhone = "", ""
	}
	phone, err := NormalizePhone(o.Phone)
	c.set(FieldPhone, &o.Phone, phone, endUser(err), 0)
	name, err := CleanText(o.Name, MaxName, true)
	c.set(FieldName, &o.Name, name, endUser(err), MaxName)
	switch o.Kind {
	case Consumer:
		o.Company = ""
	case Business:
		c.text(FieldCompany, &o.Company, MaxCompany, true, false)
	case "":
		c.ps.add(FieldKind, ErrRequired, 0)
	default:
		c.ps.add(FieldKind, ErrChoice, 0)
	}
	if strings.TrimSpace(o.DealerPhone) == "" {
		o.DealerPhone = ""
	} else {
		phone, err := NormalizePhone(o.DealerPhone)
		c.set(FieldDealerPhone, &o.DealerPhone, phone, err, 0)
	}
}

// device: I3 the device and its purchase proof; I4 part and exclusion.
func (c *checker) device() {
	o := &c.out
	o.Device = strings.TrimSpace(o.Device)
	c.kind, c.known = c.cfg.Device(o.Device)
	switch {
	case o.Device == "":
		c.ps.add(FieldDevice, ErrRequired, 0)
	case !c.known:
		c.ps.add(FieldDevice, ErrUnknownDevice, 0)
	}
	c.text(FieldBrand, &o.Brand, MaxBrand, false, false)
	c.text(FieldModel, &o.Model, MaxModel, false, false)
	serial, err := NormalizeSerial(o.Serial)
	c.set(FieldSerial, &o.Serial, serial, err, MaxSerial)
	c.proof()

	o.Part = strings.TrimSpace(o.Part)
	if o.Part != "" {
		_, rule := c.cfg.Rule(o.Part)
		if !rule || c.known && !slices.Contains(c.kind.Parts, o.Part) {
			c.ps.add(FieldPart, ErrUnknownPart, 0)
		}
	}
	switch o.Exclusion {
	case ExclusionNone, ExclusionDamage, ExclusionDisaster, ExclusionGift, ExclusionUserPart:
	default:
		c.ps.add(FieldExclusion, ErrChoice, 0)
	}
}

// proof: the purchase date is required with an invoice, the factory month
// with a voucher (I3); neither may lie in the future, nor the purchase
// before the factory month.
func (c *checker) proof() {
	o := &c.out
	var proofErr, saleErr, monthErr error
	switch o.Proof {
	case "":
		o.Proof = ProofNone
	case ProofInvoice, ProofVoucher, ProofNone:
	default:
		proofErr = ErrChoice
	}
	sale, err := ParseDay(o.Purchased, c.loc)
	switch {
	case errors.Is(err, ErrRequired):
		o.Purchased = ""
		if o.Proof == ProofInvoice {
			saleErr = ErrRequired
		}
	case err != nil:
		saleErr = err
	case dayNumber(sale, c.loc) > dayNumber(c.now, c.loc):
		saleErr = ErrFuture
	default:
		o.Purchased = sale.Format(DayLayout)
	}
	month, err := ParseMonth(o.FactoryMonth, c.loc)
	switch {
	case errors.Is(err, ErrRequired):
		o.FactoryMonth = ""
		if o.Proof == ProofVoucher {
			monthErr = ErrFactoryMonth
		}
	case err != nil:
		monthErr = err
	case monthNumber(month, c.loc) > monthNumber(c.now, c.loc):
		monthErr = ErrFuture
	default:
		o.FactoryMonth = month.Format(MonthLayout)
		if saleErr == nil && o.Purchased != "" && sale.Before(month) {
			saleErr = ErrBeforeFactory
		}
	}
	c.ps.add(FieldPurchased, saleErr, 0)
	c.ps.add(FieldProof, proofErr, 0)
	c.ps.add(FieldFactoryMonth, monthErr, 0)
}

// fault: I6 the fault as told, and burn-in only with consent.
func (c *checker) fault() {
	o := &c.out
	c.text(FieldFault, &o.Fault, MaxFault, true, true)
	switch o.Reproduced {
	case ReproducedYes, ReproducedIntermittent:
	case ReproducedNo:
		if !o.BurnInConsent {
			c.ps.add(FieldBurnInConsent, ErrBurnInConsent, 0)
		}
	case "":
		c.ps.add(FieldReproduced, ErrRequired, 0)
	default:
		c.ps.add(FieldReproduced, ErrChoice, 0)
	}
}

// items: I7 accessories from the standard set, I8 condition from the list.
// Without a known device kind there is no list to check them against; the
// device's own problem says so.
func (c *checker) items() {
	o := &c.out
	if c.known {
		acc, err := c.kind.CheckAccessories(o.Accessories)
		if err != nil {
			c.ps.add(FieldAccessories, err, 0)
		} else {
			o.Accessories = acc
		}
	}
	c.text(FieldExtras, &o.Extras, MaxExtras, false, false)
	if c.known {
		seen, err := c.kind.CheckCondition(o.Condition)
		if err != nil {
			c.ps.add(FieldCondition, err, 0)
		} else {
			o.Condition = seen
		}
	}
	c.text(FieldConditionNote, &o.ConditionNote, MaxConditionNote, false, false)
}

// data: I9 backup raised, consent to a possible data loss. I10, the consent
// to open the case, is recorded as given: without it the case stays shut,
// which is no reason to refuse the intake.
func (c *checker) data() {
	if !c.out.BackupRaised {
		c.ps.add(FieldBackupRaised, ErrBackupNotRaised, 0)
	}
	if c.out.DataRisk && !c.out.DataLossConsent {
		c.ps.add(FieldDataLossConsent, ErrDataLossConsent, 0)
	}
}

// estimate: I11 parts and prices, and the fee, when given; an approval
// needs something to approve.
func (c *checker) estimate() {
	o := &c.out
	if c.text(FieldEstimate, &o.Estimate, MaxEstimate, false, true) {
		lines, err := ParseEstimate(o.Estimate)
		c.ps.add(FieldEstimate, err, 0)
		c.lines = lines
	}
	if o.EstimateApproved && strings.TrimSpace(o.Estimate) == "" && strings.TrimSpace(o.Fee) == "" {
		c.ps.add(FieldEstimate, ErrRequired, 0)
	}
	if strings.TrimSpace(o.Fee) == "" {
		o.Fee = ""
		return
	}
	fee, err := ParseMoney(o.Fee)
	c.set(FieldFee, &o.Fee, fee.String(), err, 0)
	if err == nil {
		c.fee = fee
	}
}
