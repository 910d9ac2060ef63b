package order

import (
	"strings"
	"time"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// change is what the completed form does to an order, with the repair
// function of its action, as who. It captures the values as they are,
// never the form.
func (f *form) change(who string) parts.Change {
	v := *f.v
	switch f.act {
	case actMove:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.Move(o, repair.State(v.to), who, now, v.text)
		}
	case actResult:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return parts.Problems(repair.SetResult(o, v.result, who, now))
		}
	case actContact:
		c := repair.Contact{Kind: repair.ContactKind(v.kind), Reached: v.reached, Note: v.note}
		if c.Kind == repair.ContactEstimate && c.Reached {
			c.Approval = repair.Approval(v.approval)
		}
		return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.LogContact(o, c, who, now) }
	case actEstimate:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.SetEstimate(o, v.lines, v.fee, who, now)
		}
	case actNote:
		return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.AddNote(o, v.note, who, now) }
	case actEscalate:
		kind := repair.EscalationKind(v.escalation)
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.Escalate(o, kind, v.text, who, now)
		}
	case actComplain:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return parts.Problems(repair.Complain(o, v.complaint, v.answer, who, now))
		}
	case actSettle:
		return func(o repair.Order, now time.Time) (repair.Order, error) {
			return repair.SettleLost(o, v.item, who, now)
		}
	default: // actLoaner (O8): the loaner comes back, below
	}
	return func(o repair.Order, now time.Time) (repair.Order, error) { return repair.ReturnLoaner(o, who, now) }
}

// lines are the form and what goes with it: for a call, the standard
// script of its kind word for word (repair.ScriptFor), wrapped to w cells.
func (f *form) lines(c common.Common, w int) []string {
	out := strings.Split(f.form.View(), "\n")
	if f.act != actContact {
		return out
	}
	st, t := c.Styles, c.Text
	out = append(out, "", st.Title.Render(t.T("desk.panel.script")))
	script := common.Inert(repair.ScriptFor(f.o, repair.ContactKind(f.v.kind)))
	if script == "" {
		return append(out, st.Muted.Render(t.T("order.form.noScript")))
	}
	for _, l := range common.Wrap(common.Quote(script), w) {
		out = append(out, st.Script.Render(l))
	}
	return out
}
