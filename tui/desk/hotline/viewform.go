package hotline

import (
	"strings"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// formLines are the request form (S1): the call it comes from, the form,
// the mobile's script when the phone is one (S4), what is still to ask
// (onsite.Missing) and what Check refused, per field.
func (m Model) formLines(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	head := t.T("hotline.form.call", common.Inert(m.topic))
	if m.guide != "" {
		head = t.T("hotline.form.guided", common.Inert(parts.FirstLine(m.guide)))
	}
	lines := []string{" " + st.Muted.Render(common.Cut(head, w-2))}
	if m.form != nil {
		lines = append(lines, strings.Split(strings.TrimRight(m.form.View(), "\n "), "\n")...)
	}
	var tail []string
	if m.v != nil && onsite.IsMobile(strings.TrimSpace(m.v.phone)) {
		tail = append(tail, parts.Indent(parts.Wrapped(st.Script, t.T("hotline.say", t.T("hotline.script.mobile")), w-1))...)
	}
	if miss := m.missing(); len(miss) > 0 {
		tail = append(tail, parts.Indent(parts.Wrapped(st.LongWait, t.T("hotline.form.ask", strings.Join(miss, t.T("intake.listSep"))), w-1))...)
	}
	for _, p := range m.probs {
		tail = append(tail, parts.Indent(parts.Wrapped(st.Bad, t.T("hotline.err.field", fieldName(m.c, p.Field), parts.RuleText(t, p.Err, max(p.Limit, 1))), w-1))...)
	}
	if len(lines)+len(tail) > h {
		lines = parts.Compact(lines, h-len(tail))
	}
	return append(lines, tail...)
}
