package intake

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// saveSummary is what the last step will save, a line or two per subject
// of w cells at most (Chinese counted double), so the step fits beside the
// panel at 80×24: the customer, the device, the fault, the warranty verdict, the
// accessories, the promise and loaner, and the fee when the repair is paid.
func (m Model) saveSummary(w int) []string {
	c, f := m.c, m.form
	t, in, lang := c.Text, *f.in, string(c.Text.Lang)
	var out []string
	line := func(head string, words ...string) {
		s := t.T("intake.sum.line", t.T("intake.sum."+head), common.Inert(joinNonEmpty(" · ", words...)))
		// A subject takes at most two lines, the second indented and cut:
		// a serial is never cut off while there is room below.
		wrapped := common.Wrap(s, w)
		out = append(out, wrapped[0])
		if rest, ok := strings.CutPrefix(s, wrapped[0]); ok && len(wrapped) > 1 {
			out = append(out, ansi.Truncate("  "+strings.TrimSpace(rest), w, "…"))
		} else if len(wrapped) > 1 {
			out = append(out, ansi.Truncate("  "+strings.Join(wrapped[1:], " "), w, "…"))
		}
	}
	customer := []string{in.Name, in.Phone}
	if in.Kind == repair.Business {
		customer = append(customer, in.Company)
	}
	if in.ByDealer {
		customer = append(customer, t.T("intake.sum.byDealer", in.Dealer))
	}
	line("customer", customer...)
	kind, _ := c.Repair.Device(in.Device)
	line("device", kind.In(lang), joinNonEmpty(" ", in.Brand, in.Model), in.Serial)
	line("fault", parts.FirstLine(in.Fault), t.T("intake.opt."+string(in.Reproduced)))
	line("warranty", f.verdictLine(c))
	acc := t.T("intake.sum.none")
	if names := itemNames(kind.Accessories, in.Accessories, lang); len(names) > 0 {
		acc = strings.Join(names, t.T("intake.listSep"))
	}
	line("accessories", acc, in.Extras)
	loaner := ""
	if in.LoanerAccepted {
		loaner = t.T("intake.sum.loaner", in.Loaner)
	}
	line("promise", in.Promised, loaner)
	if !f.v.Covered {
		line("fee", f.feeText(t))
	}
	return out
}

// verdictLine is the warranty as it stands in a few words: the part
// category and its verdict, or the exclusion that puts it outside.
func (f *intake) verdictLine(c common.Common) string {
	t := c.Text
	if f.in.Exclusion != repair.ExclusionNone {
		return t.T("intake.opt.ex." + string(f.in.Exclusion))
	}
	part := f.v.Part
	if rule, ok := c.Repair.Rule(f.v.Part); ok {
		part = common.Inert(rule.In(string(t.Lang)))
	}
	return part + " · " + parts.VerdictText(c, f.v)
}

// itemNames are the names of the keys' items of a configured list, in the
// list's order.
func itemNames(list []repair.Item, keys []string, lang string) []string {
	var out []string
	for _, it := range list {
		for _, k := range keys {
			if k == it.Key {
				out = append(out, it.In(lang))
			}
		}
	}
	return out
}

// joinNonEmpty joins the words that are not blank.
func joinNonEmpty(sep string, words ...string) string {
	var out []string
	for _, w := range words {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return strings.Join(out, sep)
}

// describeSave puts the summary into the last step, above its keys; it
// runs before the form draws that step, so the step shows the values as
// they are when it is reached.
func (m Model) describeSave() {
	f := m.form
	lines := append(m.saveSummary(m.formWidth()-2), "", m.c.Text.T("intake.d.save"))
	f.form.save.Description(strings.Join(lines, "\n"))
}

// feeText is what a paid repair costs as the estimate stands: its total
// with the fee, or "to be quoted" before there is an estimate (I11).
func (f *intake) feeText(t i18n.Catalog) string {
	lines, err := repair.ParseEstimate(f.in.Estimate)
	if err != nil || len(lines) == 0 {
		return t.T("intake.fee.tbd")
	}
	money, _ := repair.ParseMoney(f.in.Fee)
	return t.T("intake.fee.yuan", repair.Total(lines, money).String())
}
