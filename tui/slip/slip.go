// Package slip renders the claim slip (取机凭证, DOMAIN.md I13) the customer
// takes home after the intake, and hands it to the printer (print.go).
//
// The slip is plain text without escape sequences, laid out for an 80-column
// printout or a 58 mm thermal printer (32 columns). Widths are counted in
// terminal cells — a Chinese character is two — and no line is wider than
// the slip. Its decoration is ASCII only ('=' and '-' rules, '#' for the big
// order number): box-drawing characters are "ambiguous width" and print two
// cells wide with the GB18030 fonts of Chinese receipt printers, which would
// break every rule in two.
package slip

import (
	"strings"
	"time"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// The widths of the two printers; any other width is clamped between them.
const (
	Narrow = 32 // 58 mm thermal printer
	Wide   = 80 // A4 or dot-matrix printout
)

// Render lays out the claim slip of an order. Times are shown in loc, the
// station's time zone (nil: the local zone); the order's times are UTC.
// Everything that comes from the customer, the database or the configuration
// is made inert first, so nothing on the slip can drive the printer.
func Render(o repair.Order, cfg repair.Config, st config.Station, t i18n.Catalog, width int, loc *time.Location) string {
	return layout(o, cfg, st, t, width, loc, false).String()
}

// layout puts the slip on a sheet; bare leaves the big order number out.
func layout(o repair.Order, cfg repair.Config, st config.Station, t i18n.Catalog, width int, loc *time.Location, bare bool) *sheet {
	if loc == nil {
		loc = time.Local
	}
	width = min(max(width, Narrow), Wide)
	// Twice: first to measure the labels, so that every value on the slip
	// starts in the same column, then to lay it out.
	s := &sheet{w: width, measure: true, bare: bare}
	draw(s, o, cfg, st, t, loc)
	s.measure, s.lw = false, min(s.lw, width*2/5)
	if width-s.lw-2 >= 24 {
		s.lw += 2 // room enough: a wider gap after the labels
	} else {
		s.lw++ // a 58 mm slip: a date and time must fit after the label
	}
	draw(s, o, cfg, st, t, loc)
	return s
}

// draw puts the slip on s.
func draw(s *sheet, o repair.Order, cfg repair.Config, st config.Station, t i18n.Catalog, loc *time.Location) {
	lang := string(t.Lang)
	in := o.Intake
	kind, _ := cfg.Device(in.Device)

	// Header: who, what.
	if name := common.Inert(st.Name); strings.TrimSpace(name) != "" {
		s.centre(name)
	}
	s.centre(t.T("slip.title"))
	s.rule('=')

	// The order number, as on the device's tag, and the claim code.
	number := strings.TrimSpace(common.Inert(o.Number))
	s.line(t.T("slip.number"))
	s.big(number)
	s.rule('-')
	rows := []row{{t.T("slip.claim"), []string{claimCode(common.Inert(o.Claim))}}}
	s.rows(rows)
	s.line(t.T("slip.keep"))
	s.rule('=')

	// When.
	s.rows([]row{
		{t.T("slip.received"), []string{when(t, o.Received.In(loc))}},
		{t.T("slip.promised"), []string{when(t, o.Promised.In(loc))}},
	})
	s.rule('-')

	// Who.
	s.rows(whoRows(o, t))
	s.rule('-')

	// What: the device, its warranty, what came with it and how it looks.
	kindName := common.Inert(in.Device)
	if kind.Key != "" {
		kindName = common.Inert(kind.In(lang))
	}
	device := []row{
		{t.T("slip.device"), []string{kindName}},
		{t.T("slip.brand"), []string{common.Inert(in.Brand)}},
		{t.T("slip.model"), []string{common.Inert(in.Model)}},
		{t.T("slip.serial"), []string{common.Inert(in.Serial)}},
		{t.T("slip.warranty"), warranty(o.Verdict, in.Exclusion, cfg, t)},
	}
	s.rows(device)
	s.rule('-')

	s.rows(thingsRows(kind, in, t))
	s.rule('-')

	// Why it is here.
	fault := []row{{t.T("slip.fault"), []string{common.Inert(in.Fault)}}}
	if r := reproduced(t, in); r != "" {
		fault = append(fault, row{t.T("slip.reproduced"), []string{r}})
	}
	s.rows(fault)

	// What it may cost (I11).
	if len(o.Estimate) > 0 || o.Fee != 0 {
		s.rule('-')
		estimate(s, o, cfg, t)
	}

	// The loaner (I12).
	if in.LoanerOffered || in.LoanerAccepted {
		s.rule('-')
		v := []string{t.T("slip.loanerNo")}
		if in.LoanerAccepted {
			v = []string{common.Inert(in.Loaner), t.T("slip.loanerBack")}
		}
		s.rows([]row{{t.T("slip.loaner"), v}})
	}

	// The notices: data (I9), pickup (P1).
	s.rule('=')
	notices(s, in, t)
	s.rule('=')

	// Footer: the station's phone, who took the device in, the customer's
	// signature.
	engineer := strings.TrimSpace(common.Inert(o.Engineer))
	if o.Counter > 0 {
		engineer = t.T("slip.engineerAt", engineer, o.Counter)
	}
	s.rows([]row{
		{t.T("slip.stationPhone"), []string{common.Inert(st.Phone)}},
		{t.T("slip.engineer"), []string{engineer}},
	})
	s.blank()
	s.signature(t.T("slip.signature"))
}

// whoRows are who brought the device in: the customer, the company or the
// dealer, the phone (masked) and the queue ticket.
func whoRows(o repair.Order, t i18n.Catalog) []row {
	in := o.Intake
	who := []row{{t.T("slip.customer"), []string{common.Inert(in.Name)}}}
	if in.Kind == repair.Business {
		who = append(who, row{t.T("slip.company"), []string{common.Inert(in.Company)}})
	}
	if in.ByDealer {
		who = append(who, row{t.T("slip.dealer"), []string{common.Inert(in.Dealer)}})
	}
	return append(who,
		row{t.T("slip.phone"), []string{MaskPhone(common.Inert(in.Phone))}},
		row{t.T("slip.ticket"), []string{common.Inert(o.Ticket)}},
	)
}

// thingsRows are what came with the device (I7) and how it looks (I8).
func thingsRows(kind repair.DeviceKind, in repair.Intake, t i18n.Catalog) []row {
	lang := string(t.Lang)
	handed, missing := accessories(kind, in.Accessories, lang)
	acc := []string{orNone(t, handed)}
	if missing != "" {
		acc = append(acc, t.T("slip.missing", missing))
	}
	things := []row{{t.T("slip.accessories"), acc}}
	if extras := strings.TrimSpace(common.Inert(in.Extras)); extras != "" {
		key := "slip.extrasBack"
		if in.ExtrasLeft {
			key = "slip.extrasLeft"
		}
		things = append(things, row{t.T("slip.extras"), []string{extras, t.T(key)}})
	}
	var cond []string
	if seen := Names(kind.Condition, in.Condition, lang); seen != "" {
		cond = append(cond, seen)
	}
	if note := strings.TrimSpace(common.Inert(in.ConditionNote)); note != "" {
		cond = append(cond, note)
	}
	if len(cond) == 0 {
		cond = []string{t.T("slip.cond.none")}
	}
	return append(things, row{t.T("slip.condition"), cond})
}

// estimate puts the estimate on s (I11): its lines, the fee and the total,
// whether the customer approved it, and how long a part bought out of
// warranty is covered.
func estimate(s *sheet, o repair.Order, cfg repair.Config, t i18n.Catalog) {
	s.line(t.T("slip.estimate"))
	total := o.Fee
	var lines [][2]string
	for _, l := range o.Estimate {
		lines = append(lines, [2]string{common.Inert(l.Part), l.Price.String()})
		total += l.Price
	}
	if o.Fee != 0 {
		lines = append(lines, [2]string{t.T("slip.fee"), o.Fee.String()})
	}
	s.prices(lines, [2]string{t.T("slip.total"), total.String()})
	if o.Intake.EstimateApproved {
		s.line(t.T("slip.approved"))
	} else {
		s.line(t.T("slip.notApproved"))
	}
	if !o.Verdict.Covered && cfg.OutOfWarrantyPartMonths > 0 && len(o.Estimate) > 0 {
		s.line(t.T("slip.partMonths", cfg.OutOfWarrantyPartMonths))
	}
}

// notices are the slip's bullets: the customer's data (I9), and the claim
// slip needed at pickup (P1).
func notices(s *sheet, in repair.Intake, t i18n.Catalog) {
	s.bullet(t.T("slip.data"))
	if in.DataLossConsent {
		s.bullet(t.T("slip.consent"))
	}
	if in.PasswordAtCounter {
		s.bullet(t.T("slip.password"))
	}
	s.bullet(t.T("slip.pickup"))
}
