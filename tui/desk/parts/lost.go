package parts

import (
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// LostText says in words an accessory the station lost and what was agreed
// with the customer — which accessory, the agreement (a replacement with
// its day, and whether it was handed over), the note, and with who who
// recorded it — as the pickup, the order screen and its timeline say it.
func LostText(c common.Common, device string, l repair.LostAccessory, who bool) string {
	t := c.Text
	name := slip.Names(KindOf(c, device).Accessories, []string{l.Item}, string(t.Lang))
	text := JoinSome(" · ", t.T("lost.item", name), LostAgreed(c, l))
	if who {
		text = JoinSome(" · ", text, t.T("lost.who", common.Inert(l.Who)))
	}
	return text
}

// LostAgreed is what was agreed for a lost accessory, in words: the
// agreement (a replacement with its day, and whether it was handed over)
// and the note.
func LostAgreed(c common.Common, l repair.LostAccessory) string {
	t := c.Text
	if l.Agreement != repair.AgreeReplace {
		return JoinSome(" · ", t.T("lost.agree."+string(l.Agreement)), common.Inert(l.Text))
	}
	agreed := t.T("lost.agree.replaceBy", c.Clock(l.By).Format("2006-01-02"))
	if !l.Settled.IsZero() {
		agreed += " · " + t.T("lost.settled", c.Clock(l.Settled).Format("01-02"), common.Inert(l.SettledBy))
	}
	return JoinSome(" · ", agreed, common.Inert(l.Text))
}

// LostStep is the record a timeline step of a lost accessory holds.
func LostStep(s repair.Step) repair.LostAccessory {
	return repair.LostAccessory{Item: s.Item, Agreement: s.Agreement, By: s.Due, Text: s.Text, Who: s.Who}
}
