package notify

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// Station is what every text says of the station: its name and phone,
// the brand its on-site engineers serve, and its time zone.
type Station struct {
	Name, Phone, Brand string
	Loc                *time.Location
}

// On says whether the station sends texts at all: a gateway is configured.
// Without one no message is written (the desk's lists of calls to make are
// the customer's news, as before).
func (c Config) On() bool { return c.Gateway.Transport != TransportNone }

// compose is the message of moment m about a subject to phone, its
// fields filled from values, or none when the station does not send m.
// A phone that cannot take a text gives a message failed at once, so that
// the desk calls instead (C4: told, not left to wonder).
func (c Config) compose(s Station, m Moment, phone string, values map[string]string, at time.Time) (Message, bool, error) {
	if !c.On() || !c.Sends(m) {
		return Message{}, false, nil
	}
	values[FieldStation], values[FieldHotline] = s.Name, s.Phone
	text, err := Render(c.Moments[m].Text(c.Lang), values)
	if err != nil {
		return Message{}, false, &MomentError{Moment: m, Lang: c.Lang, Err: err}
	}
	msg := Message{Moment: m, Phone: phone, Lang: c.Lang, Text: text, Created: at, State: Pending, Next: at}
	if !Mobile(phone) {
		msg = msg.Fail(FailNotMobile)
	}
	return msg, true, nil
}

// ForOrder is the messages the steps of o from its before-th on call for:
// the estimate to approve (I11) when it waits for the customer's approval,
// ready for pickup (O3), a delay told (O2, the step's text its reason), the
// thanks after a return visit that reached the customer (P5). None when
// the customer said no to texts at intake. Each message's key is the
// order's number, the moment and the step's place in the timeline.
func (c Config) ForOrder(s Station, o repair.Order, before int) ([]Message, error) {
	if o.Intake.NoTexts {
		return nil, nil
	}
	var out []Message
	for i := max(before, 0); i < len(o.History); i++ {
		st := o.History[i]
		m, values := orderMoment(c, s, o, st)
		if m == "" {
			continue
		}
		msg, ok, err := c.compose(s, m, o.Intake.Phone, values, st.At)
		if err != nil {
			return nil, err
		}
		if ok {
			msg.Order, msg.Key = o.Number, Key(o.Number, m, i)
			out = append(out, msg)
		}
	}
	return out, nil
}

// orderMoment is the moment a step of o is, and its fields.
func orderMoment(c Config, s Station, o repair.Order, st repair.Step) (Moment, map[string]string) {
	values := map[string]string{"name": o.Intake.Name, "order": o.Number, "device": device(o.Intake)}
	switch {
	case st.Kind == repair.StepState && st.To == repair.StateReady:
		return Ready, values
	case st.Kind == repair.StepState && st.To == repair.StateWaitApproval:
		values["fee"] = yuan(repair.Total(o.Estimate, o.Fee))
		values["items"] = items(o.Estimate, c.Lang)
		return Estimate, values
	case st.Kind == repair.StepContact && st.Contact == repair.ContactDelay:
		values["promised"] = when(o.Promised, s.Loc, c.Lang)
		values["reason"] = flatCut(st.Text, MaxReason) // a long note must not make the text unsendable, nor refuse the call logged
		return Delay, values
	case st.Kind == repair.StepVisit && st.Reached:
		// A return visit that did not reach the customer is written on the
		// timeline too (the visit stays due): nobody is to be thanked yet.
		return Thanks, values
	}
	return "", nil
}

// ForRequest is S11's messages the steps of r from its before-th on call
// for: before the visit, once it is booked or moved (who comes, when, the
// station's phone), and after it, once the engineer has left.
func (c Config) ForRequest(s Station, r onsite.Request, before int) ([]Message, error) {
	var out []Message
	for i := max(before, 0); i < len(r.History); i++ {
		st := r.History[i]
		values := map[string]string{"name": r.Customer.Name, "request": r.Number, "brand": s.Brand}
		var m Moment
		switch {
		case st.Kind == onsite.StepSchedule && !r.Visit.Start.IsZero():
			m = VisitBefore
			values["engineer"], values["phone"] = r.Visit.Engineer, s.Phone
			values["time"] = when(r.Visit.Start, s.Loc, c.Lang)
		case st.Kind == onsite.StepStamp && strings.HasPrefix(st.Text, onsite.FieldDeparted+" "):
			m = VisitAfter
		default:
			continue
		}
		msg, ok, err := c.compose(s, m, r.Customer.Phone, values, st.At)
		if err != nil {
			return nil, err
		}
		if ok {
			msg.Request, msg.Key = r.Number, Key(r.Number, m, i)
			out = append(out, msg)
		}
	}
	return out, nil
}

// ForTurn is the message that t's turn is coming up, ahead tickets before
// it, to the phone its customer left at the kiosk. It expires with the
// wait: a turn told after the call is no news (TurnLife).
func (c Config) ForTurn(s Station, t queue.Ticket, ahead int, phone string, at time.Time) (Message, bool, error) {
	values := map[string]string{"number": t.Number, "ahead": strconv.Itoa(ahead), "type": t.Type}
	msg, ok, err := c.compose(s, Turn, phone, values, at)
	if ok {
		msg.Ticket = t.Day + " " + t.Number
		msg.Key = Key(msg.Ticket, Turn, 0)
		msg.Expires = at.Add(TurnLife)
	}
	return msg, ok, err
}

// MaxReason is the most of a delay's reason a text carries, in characters.
const MaxReason = 120

// TurnLife is how long a turn message is worth sending.
const TurnLife = 15 * time.Minute

func device(in repair.Intake) string {
	return strings.TrimSpace(in.Brand + " " + in.Model)
}

func items(ls []repair.Line, lang string) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, l.Part)
	}
	sep := "、"
	if lang == "en" {
		sep = ", "
	}
	return strings.Join(parts, sep)
}

func yuan(m repair.Money) string {
	if m%100 == 0 {
		return strconv.FormatInt(int64(m/100), 10)
	}
	return fmt.Sprintf("%d.%02d", m/100, m%100)
}

// when is a time as a text says it, in the station's zone.
func when(t time.Time, loc *time.Location, lang string) string {
	if loc == nil {
		loc = time.UTC
	}
	if lang == "en" {
		return t.In(loc).Format("Jan 2 15:04")
	}
	return t.In(loc).Format("1月2日15:04")
}
