// The on-site service record (服务单据, DOMAIN.md S9): laid out on the
// claim slip's sheet, in two copies — the station's and the customer's,
// which the customer's representative keeps once both have signed.

package slip

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"frontdesk/config"
	"frontdesk/internal/fileperm"
	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip/escpos"
)

// The blanks of the record, filled in by hand: a time not stamped, a date.
const (
	blankTime = "____-__-__ __:__"
	blankDate = "____-__-__"
)

// RenderRecord lays out the service record of an on-site request twice,
// one copy after the other with a line to cut along between them: the
// station's copy (服务站联), then the customer's (客户联), whose phone is
// masked as the claim slip's is. cfg names the device kind and the items
// of the check with the customer; times are shown in loc, the station's
// zone (nil: the local zone). A time not stamped, a date, and the
// signatures are blanks to fill in by hand. Everything from the request
// and the configuration is made inert first.
func RenderRecord(r onsite.Request, cfg repair.Config, st config.Station, t i18n.Catalog, width int, loc *time.Location) string {
	station := recordLayout(r, cfg, st, t, width, loc, false)
	customer := recordLayout(r, cfg, st, t, width, loc, true)
	return station.String() + "\n" + cutLine(t.T("record.cut"), station.w) + "\n\n" + customer.String()
}

// cutLine is the line between the copies, "- - cut here - -", w cells
// at the most; the dashes alone when the words do not fit.
func cutLine(label string, w int) string {
	lw := ansi.StringWidth(label)
	if lw+8 > w {
		return strings.TrimRight(strings.Repeat("- ", w/2), " ")
	}
	left := (w - lw) / 4
	right := (w - lw - 2*left) / 2
	return strings.Repeat("- ", left) + label + strings.Repeat(" -", right)
}

// RecordESCPOS is the service record for an ESC/POS printer: the station's
// copy, cut, then the customer's copy, cut — the text record's lines.
func RecordESCPOS(r onsite.Request, cfg repair.Config, st config.Station, t i18n.Catalog, pos POS, loc *time.Location) []byte {
	var out []byte
	for _, customer := range []bool{false, true} {
		d := escpos.New(pos.Page, pos.Width)
		for _, l := range recordLayout(r, cfg, st, t, pos.Width, loc, customer).lines {
			d.Line(l)
		}
		d.End(pos.Cut)
		out = append(out, d.Bytes()...)
	}
	return out
}

// WriteRecord saves the service record of a request as <dir>/<request
// number>.txt, as Write saves a claim slip: whole or not at all, dir made
// when missing, both as m says (it holds the customer's phone and
// address). It returns the path written.
func WriteRecord(dir string, m fileperm.Modes, r onsite.Request, text string) (string, error) {
	name := FileName(r.Number)
	if name == "" {
		return "", fmt.Errorf("service record: request %d has no usable number %q", r.ID, r.Number)
	}
	return write(dir, m, "service record", name, text)
}

// recordLayout puts one copy of the record on a sheet: the customer's
// masks the phone numbers.
func recordLayout(r onsite.Request, cfg repair.Config, st config.Station, t i18n.Catalog, width int, loc *time.Location, customer bool) *sheet {
	if loc == nil {
		loc = time.Local
	}
	width = min(max(width, Narrow), Wide)
	// Twice, as the claim slip: the labels measured, then laid out.
	s := &sheet{w: width, measure: true}
	drawRecord(s, r, cfg, st, t, loc, customer)
	s.measure, s.lw = false, min(s.lw, width*2/5)
	if width-s.lw-2 >= 24 {
		s.lw += 2
	} else {
		s.lw++
	}
	drawRecord(s, r, cfg, st, t, loc, customer)
	return s
}

// drawRecord puts one copy of the record on s.
func drawRecord(s *sheet, r onsite.Request, cfg repair.Config, st config.Station, t i18n.Catalog, loc *time.Location, customer bool) {
	lang := string(t.Lang)
	phone := strings.TrimSpace(common.Inert(st.Phone))

	// Header: the station, the record, which copy.
	if name := common.Inert(st.Name); strings.TrimSpace(name) != "" {
		s.centre(name)
	}
	if phone != "" {
		s.centre(t.T("record.phone", phone))
	}
	s.centre(t.T("record.title"))
	copyKey := "record.copy.station"
	if customer {
		copyKey = "record.copy.customer"
	}
	s.centre(t.T(copyKey))
	s.rule('=')
	s.rows([]row{{t.T("record.number"), []string{common.Inert(r.Number)}}})
	s.rule('-')

	// The customer.
	cu := r.Customer
	contact := strings.TrimSpace(common.Inert(cu.Name))
	if pos := strings.TrimSpace(common.Inert(cu.Position)); pos != "" {
		contact = t.T("record.contactAs", contact, pos)
	}
	var phones []string
	for _, p := range []string{cu.Phone, cu.Landline} {
		if p = strings.TrimSpace(common.Inert(p)); p != "" {
			if customer {
				p = MaskPhone(p)
			}
			phones = append(phones, p)
		}
	}
	s.rows([]row{
		{t.T("record.company"), []string{common.Inert(cu.Company)}},
		{t.T("record.contact"), []string{contact}},
		{t.T("record.tel"), phones},
		{t.T("record.address"), []string{common.Inert(cu.Address)}},
	})
	s.rule('-')

	// The device and the fault as reported.
	dev := r.Device
	kindName := common.Inert(dev.Kind)
	if kind, ok := cfg.Device(dev.Kind); ok {
		kindName = common.Inert(kind.In(lang))
	}
	s.rows([]row{
		{t.T("record.device"), []string{kindName}},
		{t.T("record.model"), []string{common.Inert(dev.Model)}},
		{t.T("record.serial"), []string{common.Inert(dev.Serial)}},
		{t.T("record.fault"), []string{common.Inert(r.Fault)}},
	})
	s.rule('-')

	// The times: each stamped one, else a blank to fill in.
	rec := r.Record
	times := []row{{t.T("record.received"), []string{stamp(t, r.Received, loc)}}}
	for i, at := range rec.Stamped() {
		v := stamp(t, at, loc)
		if onsite.Stamps[i] == onsite.FieldFixed && at.IsZero() && r.State == onsite.StateEscalated {
			v = t.T("record.notFixed")
		}
		times = append(times, row{t.T("record." + onsite.Stamps[i]), []string{v}})
	}
	s.rows(times)
	s.rule('-')

	// What was found and done, the parts, the fee.
	var used []string
	for _, p := range r.Parts {
		if !p.Drawn.IsZero() {
			used = append(used, common.Inert(p.Name))
		}
	}
	fee := []string{t.T("record.yuan", "______")}
	if rec.FeeSet {
		fee = []string{t.T("record.yuan", rec.Fee.String())}
	}
	if pd := r.Paid; pd != nil && pd.Accepted {
		fee = append(fee, t.T("record.paidAgreed", pd.Fee.String()))
	}
	// A line across the value column to write on.
	blank := strings.Repeat("_", max(8, s.w-s.lw))
	work := []row{
		{t.T("record.found"), []string{orBlank(common.Inert(rec.Found), blank)}},
		{t.T("record.done"), []string{orBlank(common.Inert(rec.Done), blank)}},
		{t.T("record.parts"), []string{join(used, lang)}},
	}
	if r.State == onsite.StateEscalated {
		outcome := t.T("record.escalatedBare")
		if n := strings.TrimSpace(common.Inert(r.Order)); n != "" {
			outcome = t.T("record.escalated", n)
		}
		work = append(work, row{t.T("record.outcome"), []string{outcome}})
	}
	s.rows(append(work, row{t.T("record.fee"), fee}))

	// The check with the customer before leaving; none for a device taken
	// in unfixed.
	if r.State != onsite.StateEscalated || len(r.Check) > 0 {
		s.rule('-')
		s.line(t.T("record.check"))
		checks(s, r, cfg, t)
	}
	s.rule('=')

	// Who came, the hotline, the signatures.
	engineer := strings.TrimSpace(common.Inert(r.Visit.Engineer))
	s.rows([]row{{t.T("record.engineer"), []string{engineer}}})
	s.line(t.T("script.endservice"))
	if phone != "" {
		s.line(t.T("record.hotline", phone))
	}
	s.rule('=')
	s.line(t.T("record.confirm"))
	s.blank()
	s.signature(signLabel(t, "record.signEngineer", engineer))
	s.add(t.T("record.date") + " " + blankDate)
	s.blank()
	s.signature(signLabel(t, "record.signCustomer", strings.TrimSpace(common.Inert(rec.Signer))))
	s.add(t.T("record.date") + " " + blankDate)
	if customer {
		s.blank()
		s.line(t.T("record.keep"))
	}
}

// checks puts the check with the customer on s: each item of the request's
// check, or, none recorded, of the device kind's list with a blank to
// mark; its mark at the right edge and its note under it.
func checks(s *sheet, r onsite.Request, cfg repair.Config, t i18n.Catalog) {
	lang := string(t.Lang)
	kind := r.Device.Kind
	if kind == "" {
		kind = "other"
	}
	dk, _ := cfg.Device(kind)
	name := func(key string) string {
		for _, it := range dk.Inspection {
			if it.Key == key {
				return common.Inert(it.In(lang))
			}
		}
		return common.Inert(key)
	}
	var items [][2]string
	var notes []string
	if len(r.Check) == 0 {
		for _, it := range dk.Inspection {
			items = append(items, [2]string{common.Inert(it.In(lang)), "____"})
			notes = append(notes, "")
		}
	}
	for _, c := range r.Check {
		mark := t.T("record.mark.ok")
		switch {
		case c.NA:
			mark = t.T("record.mark.na")
		case !c.OK:
			mark = t.T("record.mark.fail")
		}
		items = append(items, [2]string{name(c.Item), mark})
		notes = append(notes, strings.TrimSpace(common.Inert(c.Note)))
	}
	w := min(s.w, 48)
	mw := 0
	for _, it := range items {
		mw = max(mw, ansi.StringWidth(it[1]))
	}
	for i, it := range items {
		names := common.Wrap(it[0], w-2-mw-2)
		if len(names) == 0 {
			names = []string{""}
		}
		for _, n := range names[:len(names)-1] {
			s.add("  " + n)
		}
		last := names[len(names)-1]
		s.add("  " + last + strings.Repeat(" ", w-2-ansi.StringWidth(last)-ansi.StringWidth(it[1])) + it[1])
		for _, l := range common.Wrap(notes[i], s.w-4) {
			s.add("    " + l)
		}
	}
}

// stamp is a time of the record, or the blank to fill it in by hand.
func stamp(t i18n.Catalog, at time.Time, loc *time.Location) string {
	if at.IsZero() {
		return blankTime
	}
	return when(t, at.In(loc))
}

// signLabel is the label of a signature line, with the name printed when
// it is known.
func signLabel(t i18n.Catalog, key, name string) string {
	if name == "" {
		return t.T(key)
	}
	return t.T(key+"As", name)
}

// orBlank is a text of the record, or blank, the line to write it on.
func orBlank(s, blank string) string {
	if strings.TrimSpace(s) == "" {
		return blank
	}
	return s
}
