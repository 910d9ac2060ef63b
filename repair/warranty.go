package repair

import (
	"slices"
	"time"
)

// LastDay is the last day covered by a period of months counted from the
// date of from (民法典 第二百零三条): the same date in the period's last month,
// or that month's last day when it has no such date. A year from 29 February
// ends on 28 February; 6 months from 31 August end on the last day of
// February. The result is midnight in from's zone.
func LastDay(from time.Time, months int) time.Time {
	y, m, d := from.Date()
	end := m + time.Month(months)
	last := time.Date(y, end+1, 0, 0, 0, 0, 0, from.Location()).Day()
	return time.Date(y, end, min(d, last), 0, 0, 0, 0, from.Location())
}

// Decide is the warranty verdict of an intake on today, both as dates in loc,
// the station's zone (I4, I5):
//
//   - the part category is in.Part, or the device kind's first when empty
//     (ReasonNoPart when the device kind is unknown too); one the device kind
//     does not list is ReasonUnknownPt;
//   - the warranty counts from the purchase date with an invoice, otherwise
//     from the first day of the factory month on the voucher's barcode (a
//     purchase date is then only informational); with neither it cannot be
//     decided (ReasonNoProof);
//   - it covers through LastDay(From, the rule's months); after that it is
//     ReasonExpired, and an Exclusion makes it ReasonExcluded whatever the date;
//   - 三包 (SanBao) needs an invoice and a performance fault (no Exclusion):
//     return up to Config.ReturnDays days after the sale, exchange up to
//     Config.ExchangeDays (DaysSince counts them);
//   - Days is DaysSince the purchase date, -1 without one.
//
// From and Until are midnight in loc; format them In(loc).
func Decide(cfg Config, in Intake, today time.Time, loc *time.Location) Verdict {
	if loc == nil {
		loc = time.UTC
	}
	v := Verdict{Days: -1}
	sale, err := ParseDay(in.Purchased, loc)
	sold := err == nil
	if sold {
		v.Days = DaysSince(sale, today, loc)
	}
	if in.Proof == ProofInvoice && sold && in.Exclusion == ExclusionNone && v.Days >= 0 {
		switch {
		case v.Days <= cfg.ReturnDays:
			v.SanBao = SanBaoReturn
		case v.Days <= cfg.ExchangeDays:
			v.SanBao = SanBaoExchange
		}
	}

	part, reason := decidePart(cfg, in)
	v.Part = part
	if reason != "" {
		v.Reason = reason
		return v
	}
	rule, _ := cfg.Rule(part)
	from, proven := warrantyStart(in, sale, sold, loc)
	if proven {
		v.From, v.Until = from, LastDay(from, rule.Months)
	}
	switch {
	case in.Exclusion != ExclusionNone:
		v.Reason = ReasonExcluded
	case !proven:
		v.Reason = ReasonNoProof
	case dayNumber(today, loc) > dayNumber(v.Until, loc):
		v.Reason = ReasonExpired
	default:
		v.Covered = true
	}
	return v
}

// decidePart is the part category a verdict is about, and a Reason when
// there is none or it does not belong to the device kind.
func decidePart(cfg Config, in Intake) (string, string) {
	d, known := cfg.Device(in.Device)
	part := in.Part
	if part == "" {
		if !known || len(d.Parts) == 0 {
			return "", ReasonNoPart
		}
		part = d.Parts[0]
	}
	if _, ok := cfg.Rule(part); !ok || known && !slices.Contains(d.Parts, part) {
		return part, ReasonUnknownPt
	}
	return part, ""
}

// warrantyStart is the day the warranty counts from: the invoice's date,
// else the factory month (I3), and whether there is one.
func warrantyStart(in Intake, sale time.Time, sold bool, loc *time.Location) (time.Time, bool) {
	if in.Proof == ProofInvoice && sold {
		return sale, true
	}
	if m, err := ParseMonth(in.FactoryMonth, loc); err == nil {
		return m, true
	}
	return time.Time{}, false
}

// Table is the verdict for every part category of a device kind, in the
// kind's order, so the desk can show the customer the whole table; nil for
// an unknown kind. in.Device and in.Part are ignored.
func Table(cfg Config, device string, in Intake, today time.Time, loc *time.Location) []Verdict {
	d, ok := cfg.Device(device)
	if !ok {
		return nil
	}
	in.Device = device
	out := make([]Verdict, 0, len(d.Parts))
	for _, p := range d.Parts {
		in.Part = p
		out = append(out, Decide(cfg, in, today, loc))
	}
	return out
}
