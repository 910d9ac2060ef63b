package parts

import (
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// OrderHead is an order in one line: its number, who, the phone, the
// device — as the pickup and the return visit head it.
func OrderHead(c common.Common, o repair.Order) string {
	in := o.Intake
	return c.Styles.Current.Render(common.Inert(o.Number)) + "  " +
		common.Inert(JoinSome(" · ", in.Name, in.Phone, JoinSome(" ", in.Brand, in.Model)))
}

// HandedOver says who signed for o and when, with which engineer (P4),
// the accessories the station lost and what was agreed, and when its
// return visit is due (P5), wrapped to w: the pickup's done
// screen and the return visit say the same.
func HandedOver(c common.Common, o repair.Order, w int) []string {
	st, t := c.Styles, c.Text
	var lines []string
	if pk := o.Pickup; pk != nil {
		lines = Wrapped(st.App, t.T("pickup.done.signed", common.Inert(pk.SignedBy), common.Inert(pk.Staff), c.Clock(pk.At).Format("2006-01-02 15:04")), w)
	}
	if pk := o.Pickup; pk != nil {
		for _, l := range pk.Lost {
			style := st.App
			if l.Owed() {
				style = st.LongWait
			}
			lines = append(lines, Wrapped(style, LostText(c, o.Intake.Device, l, true), w)...)
		}
	}
	if !o.VisitDue.IsZero() {
		lines = append(lines, Wrapped(st.App, t.T("pickup.done.visit", c.Clock(o.VisitDue).Format("2006-01-02")), w)...)
	}
	return lines
}
