package hotline

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// savedMsg reports a commit of the screen: the call as logged (or as it
// was, when the commit failed), the request opened, and the error; late
// is an error after something was already written (the request opened,
// the call not logged; the call logged, not handed over).
type savedMsg struct {
	call onsite.Call
	req  onsite.Request
	err  error
	late bool
	what string // the catalogue key of what was done
}

// doneNote is what the screen shows once a call is logged: what was done
// and what to say now.
type doneNote struct {
	what    string // said on the status line too
	request string // the request opened, if any
	visit   bool   // a visit to agree: the visit-time script
}

// newCall is the call on the line, as it ends with result.
func (m Model) newCall(result onsite.Result, order, request string) onsite.Call {
	name := m.cust.name
	if m.v != nil {
		name = m.v.name
	}
	return onsite.Call{
		Direction: onsite.Inbound, Phone: m.phone, Customer: name, Order: order, Request: request,
		Topic: m.topic, Result: result, Owner: m.sess.Engineer,
	}
}

// logClosed logs the call, closed with result; order is the order it was
// about, if any.
func (m Model) logClosed(result onsite.Result, order string) (Model, tea.Cmd) {
	c, ps := onsite.LogCall(m.newCall(result, order, ""), m.c.Now())
	if len(ps) > 0 {
		m.Say(problemsText(m.c, ps), true)
		return m, nil
	}
	what := "hotline.did.answered"
	if order != "" {
		what = "hotline.did.order"
	}
	return m.commit(func(st store.Station, who string) savedMsg {
		saved, err := st.LogCall(who, c)
		return savedMsg{call: saved, err: err, what: what}
	})
}

// handOver hands the call over with note: a call on the line is logged
// first, then handed; one of the person's is handed as it stands.
func (m Model) handOver(note string) (Model, tea.Cmd) {
	to, now, who := m.handTo, m.c.Now(), m.sess.Engineer
	if m.call != nil {
		was := *m.call
		changed := was
		if err := onsite.HandOver(&changed, to, note, who, now); err != nil {
			m.Say(callError(m.c, err), true)
			return m, nil
		}
		return m.commit(func(st store.Station, who string) savedMsg {
			saved, err := st.ReplaceCall(who, was, changed)
			return savedMsg{call: saved, err: err, what: "hotline.did.handed"}
		})
	}
	c, ps := onsite.LogCall(m.newCall(onsite.ResultOpen, "", ""), now)
	if len(ps) > 0 {
		m.Say(problemsText(m.c, ps), true)
		return m, nil
	}
	probe := c
	if err := onsite.HandOver(&probe, to, note, who, now); err != nil {
		m.Say(callError(m.c, err), true)
		return m, nil
	}
	return m.commit(func(st store.Station, who string) savedMsg {
		logged, err := st.LogCall(who, c)
		if err != nil {
			return savedMsg{err: err}
		}
		changed := logged
		if err := onsite.HandOver(&changed, to, note, who, now); err != nil {
			return savedMsg{call: logged, err: err, late: true}
		}
		saved, err := st.ReplaceCall(who, logged, changed)
		if err != nil {
			return savedMsg{call: logged, err: err, late: true}
		}
		return savedMsg{call: saved, what: "hotline.did.handed"}
	})
}

// solve closes one of the person's calls, solved.
func (m Model) solve() (Model, tea.Cmd) {
	was := *m.call
	changed := was
	if err := onsite.Close(&changed, onsite.ResultSolved, "", m.sess.Engineer, m.c.Now()); err != nil {
		m.Say(callError(m.c, err), true)
		return m, nil
	}
	return m.commit(func(st store.Station, who string) savedMsg {
		saved, err := st.ReplaceCall(who, was, changed)
		return savedMsg{call: saved, err: err, what: "hotline.did.solved"}
	})
}

// openRequest opens r — guided with the note when one was given (S2) —
// and logs the call with its number.
func (m Model) openRequest(r onsite.Request) (Model, tea.Cmd) {
	result, what := onsite.ResultRequest, "hotline.did.request"
	now, who, note, cfg, loc := m.c.Now(), m.sess.Engineer, m.guide, m.c.Onsite, m.c.Cfg.Location
	if note != "" {
		result, what = onsite.ResultGuided, "hotline.did.guided"
		if err := onsite.Guide(&r, note, cfg, loc, who, now); err != nil {
			m.Say(callError(m.c, err), true)
			return m, nil
		}
	}
	c, ps := onsite.LogCall(m.newCall(result, "", "S0000000000"), now)
	if len(ps) > 0 {
		m.Say(problemsText(m.c, ps), true)
		return m, nil
	}
	return m.commit(func(st store.Station, who string) savedMsg {
		saved, err := st.OpenRequest(who, r)
		if err != nil {
			return savedMsg{err: err}
		}
		c.Request = saved.Number
		logged, err := st.LogCall(who, c)
		return savedMsg{call: logged, req: saved, err: err, late: err != nil, what: what}
	})
}

// commit runs write in a command as the session's person, the keys
// waiting until it answers.
func (m Model) commit(write func(st store.Station, who string) savedMsg) (Model, tea.Cmd) {
	st, who := m.c.Store, m.sess.Engineer
	if st == nil {
		return m, nil
	}
	m.busy = true
	m.Say(m.c.Text.T("order.form.saving"), false)
	return m, func() tea.Msg { return write(st, who) }
}

// saved says "saved" once the commit returned and shows what to say now;
// a refusal stays where it was with why, nothing changed.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	if !m.busy {
		return m, nil
	}
	m.busy = false
	t := m.c.Text
	if msg.req.ID != 0 {
		m.Send(OpenRequestMsg{ID: msg.req.ID})
	}
	switch {
	case msg.err != nil && msg.late && msg.req.ID != 0:
		m.Send(parts.SavedMsg{})
		m.Say(t.T("hotline.err.lateCall", common.Inert(msg.req.Number), callError(m.c, msg.err)), true)
		m.done, m.stage = doneNote{request: msg.req.Number, visit: m.guide == ""}, stageDone
		return m, readMine(m.c.Store, m.sess.Engineer)
	case msg.err != nil && msg.late:
		m.Send(parts.SavedMsg{})
		m.Say(t.T("hotline.err.lateHand", callError(m.c, msg.err)), true)
		m.done, m.stage = doneNote{}, stageDone
		return m, readMine(m.c.Store, m.sess.Engineer)
	case msg.err != nil:
		m.Say(callError(m.c, msg.err), true)
		return m, readMine(m.c.Store, m.sess.Engineer)
	}
	m.Send(parts.SavedMsg{})
	var what string
	switch msg.what {
	case "hotline.did.order":
		what = t.T(msg.what, common.Inert(msg.call.Order))
	case "hotline.did.handed":
		what = t.T(msg.what, common.Inert(msg.call.Owner))
	case "hotline.did.request", "hotline.did.guided":
		what = t.T(msg.what, common.Inert(msg.req.Number))
	default:
		what = t.T(msg.what)
	}
	m.Say(t.T("saved")+" · "+what, false)
	if m.call != nil { // one of the person's calls: back to their list
		m.stage, m.call, m.pick = stageMine, nil, 0
		return m, readMine(m.c.Store, m.sess.Engineer)
	}
	m.done = doneNote{what: what, request: msg.req.Number, visit: msg.req.ID != 0 && m.guide == ""}
	m.stage = stageDone
	return m, readMine(m.c.Store, m.sess.Engineer)
}

// callErrKeys are the refusals of the hotline's rules and the store's.
var callErrKeys = []parts.ErrKey{
	{Err: onsite.ErrCallClosed, Key: "hotline.why.closed"},
	{Err: onsite.ErrNoOwner, Key: "hotline.why.noOwner"},
	{Err: onsite.ErrSameOwner, Key: "hotline.why.sameOwner"},
	{Err: onsite.ErrNotOwner, Key: "hotline.why.notOwner"},
	{Err: onsite.ErrGuidedBefore, Key: "hotline.why.guidedBefore"},
	{Err: store.ErrCallConflict, Key: "hotline.why.conflict"},
	{Err: store.ErrNoCall, Key: "hotline.why.noCall"},
	{Err: store.ErrReceivedTime, Key: "hotline.why.time"},
}

// callError says why a call or a request was not written.
func callError(c common.Common, err error) string {
	if key, ok := parts.KeyOf(err, callErrKeys); ok {
		return c.Text.T(key)
	}
	var p onsite.Problem
	if errors.As(err, &p) {
		return problemsText(c, onsite.Problems{p})
	}
	return parts.OrderError(c, err)
}

// problemsText is the first of a check's problems, with its field's name.
func problemsText(c common.Common, ps onsite.Problems) string {
	p := ps[0]
	return c.Text.T("hotline.err.field", fieldName(c, p.Field), parts.RuleText(c.Text, p.Err, max(p.Limit, 1)))
}

// sinceLocal is t in the station's zone as "01-02 15:04", "" when zero.
func sinceLocal(c common.Common, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return c.Clock(t).Format("01-02 15:04")
}
