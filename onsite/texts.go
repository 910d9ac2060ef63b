package onsite

import (
	"time"
)

// The text messages of an on-site visit (S11, 000 §3.2.1 上门前短信, §3.2.2
// 上门后短信; 「合理利用短信息」): before the visit, who is coming, when,
// and a number to reach them; after it, thanks and the hotline. Ours: the
// seed names what each says, not its words. The station sends them
// through its gateway (the outbox of the messages' issue); until then the
// desk shows them to send by hand.

// VisitText is a text message to the customer of a visit.
type VisitText struct {
	Before, After bool   // which of the two it is
	Text          string // in Chinese, as sent
}

// BeforeVisit is the text before the visit (S11): the brand's engineer by
// name, the agreed time in the station's zone and the phone to call (the
// station's: an engineer's own number is not the customer's to keep).
func BeforeVisit(r Request, brand, phone string, loc *time.Location) (VisitText, error) {
	switch {
	case r.Visit.Engineer == "" || r.Visit.Start.IsZero():
		return VisitText{}, ErrNotScheduled
	case !r.Open():
		return VisitText{}, ErrClosed
	}
	at := r.Visit.Start.In(zone(loc)).Format("1月2日15:04")
	return VisitText{Before: true, Text: "您好,我是" + brand + "服务工程师" + r.Visit.Engineer +
		",将于" + at + "上门为您服务(服务单" + r.Number + "),如需联系请拨打" + phone + "。"}, nil
}

// AfterVisit is the text after the visit (S11): thanks, and the hotline
// for any later problem. Sent once the engineer has left (the departure
// stamped, S9).
func AfterVisit(r Request, brand, hotline string) (VisitText, error) {
	if r.Record.Departed.IsZero() {
		return VisitText{}, ErrNotOnSite
	}
	return VisitText{After: true, Text: "感谢您使用" + brand + "上门服务(服务单" + r.Number +
		")!今后如有用机问题,请拨打我们的服务热线" + hotline + "。"}, nil
}
