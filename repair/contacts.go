package repair

import (
	"strings"
	"time"
)

// ContactKind is what a call to the customer is about (O3).
type ContactKind string

// The kinds of call.
const (
	ContactProgress ContactKind = "progress" // how the repair goes (O2: every 2 days past the promise)
	ContactDelay    ContactKind = "delay"    // the promise cannot be kept: reason and apology (O2)
	ContactEstimate ContactKind = "estimate" // the customer approves or declines an estimate
	ContactReady    ContactKind = "ready"    // ready for pickup, bring the claim slip (O3)
	ContactOther    ContactKind = "other"
)

// ContactKinds lists them in the order the desk offers them.
var ContactKinds = []ContactKind{ContactProgress, ContactDelay, ContactEstimate, ContactReady, ContactOther}

// Approval is the customer's answer to an estimate given after intake.
type Approval string

// The answers to an estimate.
const (
	ApprovalApproved Approval = "approved"
	ApprovalDeclined Approval = "declined"
)

// Contact is one call to the customer: whether it reached them, what was
// said, and for an estimate their answer.
type Contact struct {
	Kind     ContactKind
	Reached  bool
	Approval Approval // ContactEstimate, when reached
	Note     string
}

// LogContact records a call on o's timeline (O3) and what it settles: a
// progress or delay call restarts O2's two days; a ready call that reached
// the customer takes the order off "not told"; an estimate call that
// reached them records their approval.
func LogContact(o Order, c Contact, who string, now time.Time) (Order, error) {
	if !oneOf(c.Kind, ContactKinds) {
		return o, ErrChoice
	}
	note, err := CleanMultiline(c.Note, MaxNote, false)
	if err != nil {
		return o, err
	}
	switch {
	case c.Kind == ContactEstimate && c.Reached && c.Approval != ApprovalApproved && c.Approval != ApprovalDeclined:
		return o, ErrNoApproval
	case c.Kind == ContactEstimate && len(o.Estimate) == 0 && o.Fee == 0:
		return o, ErrNoEstimate
	case c.Kind == ContactReady && o.State != StateReady:
		return o, ErrNotReadyYet
	}
	text := note
	if c.Kind == ContactEstimate && c.Reached {
		text = strings.TrimSpace(string(c.Approval) + " " + note)
	}
	o = o.withStep(Step{At: now, Who: who, Kind: StepContact, Contact: c.Kind, Reached: c.Reached, Text: text})
	switch c.Kind {
	case ContactProgress, ContactDelay:
		if c.Reached { // O2 is about the customer being told
			o.LastCall = now.UTC()
		}
	case ContactReady:
		if c.Reached {
			o.ToldReady = now.UTC()
		}
	case ContactEstimate:
		if c.Reached {
			o.Approval = c.Approval
		}
	default:
		// Any other call is only logged.
	}
	return o, nil
}

// DelayApology is said when the promised time cannot be kept (O2): the
// reason, an apology, and that the customer will be kept informed. Where a
// part is awaited it is PartNotInStock instead.
func DelayApology(reason string) string {
	because := ""
	if reason != "" {
		because = ",原因是" + reason
	}
	return "非常抱歉,您的机器未能按约定时间修好" + because + "。给您带来不便了,我们会尽快处理,并随时告诉您进度。"
}

// ReadyForPickup is said when the device is ready (O3, seed 002): the call
// reminds the customer to bring the claim slip.
const ReadyForPickup = "您好,您送修的机器已经修好,请您携带取机凭证到服务站取机,谢谢!"

// ScriptFor is what the desk offers to say on a call of kind k about o, in
// Chinese: the standard scripts where DOMAIN.md has one.
func ScriptFor(o Order, k ContactKind) string {
	switch k {
	case ContactDelay:
		if o.AwaitedPart != "" {
			return PartNotInStock(o.AwaitedPart)
		}
		return DelayApology("") // the reason is the engineer's to add, not a "…" to read out
	case ContactEstimate:
		return PaidService(Total(o.Estimate, o.Fee).String() + "元")
	case ContactReady:
		return ReadyForPickup
	default:
		return ""
	}
}
