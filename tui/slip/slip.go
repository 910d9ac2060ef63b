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
	"fmt"
	"strings"
	"time"
	"unicode"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"

	"github.com/charmbracelet/x/ansi"
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
	if loc == nil {
		loc = time.Local
	}
	width = min(max(width, Narrow), Wide)
	// Twice: first to measure the labels, so that every value on the slip
	// starts in the same column, then to lay it out.
	s := &sheet{w: width, measure: true}
	draw(s, o, cfg, st, t, loc)
	s.measure, s.lw = false, min(s.lw, width*2/5)
	if width-s.lw-2 >= 24 {
		s.lw += 2 // room enough: a wider gap after the labels
	} else {
		s.lw++ // a 58 mm slip: a date and time must fit after the label
	}
	draw(s, o, cfg, st, t, loc)
	return s.String()
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
	who := []row{{t.T("slip.customer"), []string{common.Inert(in.Name)}}}
	if in.Kind == repair.Business {
		who = append(who, row{t.T("slip.company"), []string{common.Inert(in.Company)}})
	}
	if in.ByDealer {
		who = append(who, row{t.T("slip.dealer"), []string{common.Inert(in.Dealer)}})
	}
	who = append(who,
		row{t.T("slip.phone"), []string{MaskPhone(common.Inert(in.Phone))}},
		row{t.T("slip.ticket"), []string{common.Inert(o.Ticket)}},
	)
	s.rows(who)
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
	things = append(things, row{t.T("slip.condition"), cond})
	s.rows(things)
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
		if in.EstimateApproved {
			s.line(t.T("slip.approved"))
		} else {
			s.line(t.T("slip.notApproved"))
		}
		if !o.Verdict.Covered && cfg.OutOfWarrantyPartMonths > 0 && len(o.Estimate) > 0 {
			s.line(t.T("slip.partMonths", cfg.OutOfWarrantyPartMonths))
		}
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
	s.bullet(t.T("slip.data"))
	if in.DataLossConsent {
		s.bullet(t.T("slip.consent"))
	}
	if in.PasswordAtCounter {
		s.bullet(t.T("slip.password"))
	}
	s.bullet(t.T("slip.pickup"))
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

// MaskPhone hides a phone number on the slip, which may get lost: only the
// first three digits stay (the mobile network or the area code, enough for
// the customer to recognise it). The last four digits are what pickup checks
// together with the claim code (P1), so a slip must never show them.
// Separators are kept as typed: "010-62345678" → "010-********".
func MaskPhone(phone string) string {
	digits := 0
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	keep := min(3, max(0, digits-4))
	var b strings.Builder
	seen := 0
	for _, r := range phone {
		switch {
		case r >= '0' && r <= '9':
			seen++
			if seen <= keep {
				b.WriteRune(r)
			} else {
				b.WriteByte('*')
			}
		case unicode.IsLetter(r):
			b.WriteByte('*') // a letter is a typo or a code; masked like a digit
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// claimCode writes a claim code in groups of four, the way it is read out:
// "ABCDEFGH" → "ABCD-EFGH". A code that is not plain ASCII (it never is,
// unless the database was tampered with) is printed as stored.
func claimCode(code string) string {
	n := repair.NormalizeClaim(code)
	for i := 0; i < len(n); i++ {
		if n[i] <= ' ' || n[i] >= 0x7f {
			return code
		}
	}
	return repair.FormatClaim(n)
}

// when is a time on the slip: date, weekday, time of day.
func when(t i18n.Catalog, at time.Time) string {
	if at.IsZero() {
		return "-"
	}
	return at.Format("2006-01-02") + " " + t.T(fmt.Sprintf("slip.wd.%d", at.Weekday())) + " " + at.Format("15:04")
}

// warranty is the verdict as told to the customer: covered or not and why,
// then the 三包 option when the customer has one.
func warranty(v repair.Verdict, ex repair.Exclusion, cfg repair.Config, t i18n.Catalog) []string {
	var out []string
	switch {
	case v.Covered && !v.Until.IsZero():
		out = append(out, t.T("slip.w.until", v.Until.Format("2006-01-02")))
	case v.Covered:
		out = append(out, t.T("slip.w.covered"))
	case v.Reason == repair.ReasonNoPart || v.Reason == repair.ReasonUnknownPt:
		out = append(out, t.T("slip.w.pending"))
	case v.Reason == repair.ReasonNoProof:
		out = append(out, t.T("slip.w.noProof"))
	case v.Reason == repair.ReasonExcluded:
		if x := exclusion(t, ex); x != "" {
			out = append(out, t.T("slip.w.excluded", x))
		} else {
			out = append(out, t.T("slip.w.out"))
		}
	case !v.Until.IsZero():
		out = append(out, t.T("slip.w.out"), t.T("slip.w.ended", v.Until.Format("2006-01-02")))
	default:
		out = append(out, t.T("slip.w.out"))
	}
	switch v.SanBao {
	case repair.SanBaoReturn:
		out = append(out, t.T("slip.w.return", cfg.ReturnDays))
	case repair.SanBaoExchange:
		out = append(out, t.T("slip.w.exchange", cfg.ExchangeDays))
	}
	return out
}

// exclusion names why the warranty does not apply (I4); "" for none.
func exclusion(t i18n.Catalog, ex repair.Exclusion) string {
	switch ex {
	case repair.ExclusionDamage:
		return t.T("slip.x.damage")
	case repair.ExclusionDisaster:
		return t.T("slip.x.disaster")
	case repair.ExclusionGift:
		return t.T("slip.x.gift")
	case repair.ExclusionUserPart:
		return t.T("slip.x.userpart")
	}
	return ""
}

// reproduced is whether the fault showed at the counter (I6).
func reproduced(t i18n.Catalog, in repair.Intake) string {
	switch in.Reproduced {
	case repair.ReproducedYes:
		return t.T("slip.repro.yes")
	case repair.ReproducedNo:
		if in.BurnInConsent {
			return t.T("slip.repro.burnIn")
		}
		return t.T("slip.repro.no")
	case repair.ReproducedIntermittent:
		return t.T("slip.repro.sometime")
	}
	return ""
}

// accessories are the names of the standard accessories handed over, in the
// order of the standard set, and of those missing from it (I7). A key the
// configuration no longer knows is shown as it is stored.
func accessories(kind repair.DeviceKind, keys []string, lang string) (handed, missing string) {
	handed = Names(kind.Accessories, keys, lang)
	got := map[string]bool{}
	for _, k := range keys {
		got[k] = true
	}
	var miss []string
	for _, it := range kind.Accessories {
		if !got[it.Key] {
			miss = append(miss, common.Inert(it.In(lang)))
		}
	}
	return handed, join(miss, lang)
}

// Names are the wordings of the items whose keys are given, in the list's
// order, then unknown keys as stored.
func Names(list []repair.Item, keys []string, lang string) string {
	want := map[string]bool{}
	for _, k := range keys {
		want[k] = true
	}
	var out []string
	for _, it := range list {
		if want[it.Key] {
			out = append(out, common.Inert(it.In(lang)))
			delete(want, it.Key)
		}
	}
	for _, k := range keys {
		if want[k] {
			out = append(out, common.Inert(k))
			delete(want, k)
		}
	}
	return join(out, lang)
}

// join lists names the way the language does: 「、」 in Chinese.
func join(items []string, lang string) string {
	if lang == "en" {
		return strings.Join(items, ", ")
	}
	return strings.Join(items, "、")
}

func orNone(t i18n.Catalog, s string) string {
	if s == "" {
		return t.T("slip.none")
	}
	return s
}

// row is a label and its value, one paragraph per entry.
type row struct {
	label string
	value []string
}

// sheet collects the lines of a slip w cells wide.
type sheet struct {
	w       int
	lw      int  // the label column, with the gap after it
	measure bool // only measure the labels into lw
	lines   []string
}

func (s *sheet) String() string {
	return strings.Join(s.lines, "\n") + "\n"
}

// line adds a paragraph, wrapped to the slip.
func (s *sheet) line(text string) {
	for _, l := range common.Wrap(text, s.w) {
		s.add(l)
	}
}

func (s *sheet) add(l string) {
	if !s.measure {
		s.lines = append(s.lines, strings.TrimRight(l, " "))
	}
}

func (s *sheet) blank() { s.add("") }

func (s *sheet) rule(c byte) { s.add(strings.Repeat(string(c), s.w)) }

// centre adds text centred, wrapped first when it is too wide.
func (s *sheet) centre(text string) {
	for _, l := range common.Wrap(text, s.w) {
		s.add(strings.Repeat(" ", (s.w-ansi.StringWidth(l))/2) + l)
	}
}

// big adds the order number as large as the slip allows: in the block font
// of the queue display when it fits, else spaced out and centred.
func (s *sheet) big(number string) {
	if number == "" {
		s.centre("-")
		return
	}
	if bigtext.Supports(number) && bigtext.Width(number, 1) <= s.w-4 {
		for _, l := range strings.Split(bigtext.Render(number, 1), "\n") {
			l = strings.ReplaceAll(l, "█", "#")
			s.add(strings.Repeat(" ", (s.w-ansi.StringWidth(l))/2) + l)
		}
		s.centre(number)
		return
	}
	spaced := strings.Join(common.Clusters(number), " ")
	if ansi.StringWidth(spaced) <= s.w {
		s.centre(spaced)
		return
	}
	s.centre(number)
}

// rows adds labelled values, the values in one column for the whole slip
// (a label too wide for it stands on a line of its own). A value's paragraphs are
// wrapped to the value column, each under the previous; an empty value is
// left out.
func (s *sheet) rows(rows []row) {
	if s.measure {
		for _, r := range rows {
			s.lw = max(s.lw, ansi.StringWidth(r.label))
		}
		return
	}
	lw := s.lw
	vw := s.w - lw
	for _, r := range rows {
		var paras []string
		for _, p := range r.value {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
		if len(paras) == 0 {
			continue
		}
		indent := strings.Repeat(" ", lw)
		first := true
		if ansi.StringWidth(r.label)+1 > lw {
			s.line(r.label) // too long for the column: on its own line
			first = false
		}
		for _, p := range paras {
			for _, l := range common.Wrap(p, vw) {
				if first {
					s.add(r.label + strings.Repeat(" ", lw-ansi.StringWidth(r.label)) + l)
					first = false
					continue
				}
				s.add(indent + l)
			}
		}
	}
}

// bullet adds a paragraph marked "* ", its lines hanging under the text.
func (s *sheet) bullet(text string) {
	for i, l := range common.Wrap(text, s.w-2) {
		if i == 0 {
			s.add("* " + l)
		} else {
			s.add("  " + l)
		}
	}
}

// prices adds an estimate: each part with its price at the right edge, then
// the total under a short rule.
func (s *sheet) prices(lines [][2]string, total [2]string) {
	w := min(s.w, 48) // on a wide slip, not a gap of a whole line
	pw := ansi.StringWidth(total[1])
	for _, l := range lines {
		pw = max(pw, ansi.StringWidth(l[1]))
	}
	pw = min(pw, w/2)
	add := func(item, price string) {
		nw := w - 2 - pw - 2
		names := common.Wrap(item, nw)
		if len(names) == 0 {
			names = []string{""}
		}
		for i, n := range names {
			if i < len(names)-1 {
				s.add("  " + n)
				continue
			}
			pad := w - 2 - ansi.StringWidth(n) - ansi.StringWidth(price)
			if pad < 2 { // a price wider than its column: on its own line
				s.add("  " + n)
				for _, p := range common.Wrap(price, w) {
					s.add(strings.Repeat(" ", w-ansi.StringWidth(p)) + p)
				}
				return
			}
			s.add("  " + n + strings.Repeat(" ", pad) + price)
		}
	}
	for _, l := range lines {
		add(l[0], l[1])
	}
	s.add(strings.Repeat(" ", w-pw) + strings.Repeat("-", pw))
	add(total[0], total[1])
}

// signature adds the line the customer signs on, across the slip.
func (s *sheet) signature(label string) {
	lw := ansi.StringWidth(label) + 1
	if lw+8 > s.w {
		s.line(label)
		s.blank()
		s.add(strings.Repeat("_", s.w))
		return
	}
	s.add(label + " " + strings.Repeat("_", s.w-lw))
}
