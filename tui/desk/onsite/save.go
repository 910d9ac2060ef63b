package onsiteboard

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// step is one thing the request's screen does to a request, one key each.
type step string

const (
	stepGuide    step = "guide"    // g: phone guidance
	stepSchedule step = "schedule" // s: the visit agreed
	stepPaid     step = "paid"     // $: the paid visit said with its fee
	stepAhead    step = "ahead"    // c: a call before leaving
	stepAbsent   step = "absent"   // c 4: the customer not there, the note left
	stepArrive   step = "arrived"  // a
	stepStart    step = "started"  // b
	stepFixed    step = "fixed"    // x
	stepDepart   step = "departed" // l
	stepRecord   step = "record"   // r: the service record
	stepInspect  step = "inspect"  // k: the check with the customer
)

// stepOf is the stamp step of a record field.
func stepOf(field string) step { return step(field) }

// change is what a step does to the request as stored, at the commit's
// time; others are the open requests, for a visit's clash.
type change func(r onsite.Request, others []onsite.Request, now time.Time) (onsite.Request, error)

// saying is a change that also gives what the rule returns to say to the
// customer (S5's part-not-in-stock apology), "" for nothing.
type saying func(r onsite.Request, others []onsite.Request, now time.Time) (onsite.Request, string, error)

// quiet is ch, with nothing to say.
func quiet(ch change) saying {
	return func(r onsite.Request, others []onsite.Request, now time.Time) (onsite.Request, string, error) {
		r, err := ch(r, others, now)
		return r, "", err
	}
}

// aheadOutcomes are the call ahead's outcomes by their digits 1–4.
var aheadOutcomes = []onsite.AheadOutcome{onsite.AheadAnswered, onsite.AheadNoAnswer, onsite.AheadLate, onsite.AheadAbsent}

// stampChange stamps field now (onsite.Stamp); the departure closes the
// request when its record and check are complete.
func stampChange(c common.Common, field, who string) change {
	rcfg, loc := c.Repair, c.Cfg.Location
	return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
		if err := onsite.Stamp(&r, field, time.Time{}, who, now); err != nil {
			return r, err
		}
		return finishIfReady(r, rcfg, loc, who, now), nil
	}
}

// aheadChange records a call ahead with its outcome.
func aheadChange(out onsite.AheadOutcome, note, who string) change {
	return func(r onsite.Request, _ []onsite.Request, now time.Time) (onsite.Request, error) {
		err := onsite.RecordAhead(&r, out, who, note, now)
		return r, err
	}
}

// savedMsg is a step committed, or refused with nothing written.
type savedMsg struct {
	step step
	r    onsite.Request
	said string // what the rule gave to say, shown once committed
	err  error
}

// save writes a step through store.UpdateRequest, as the session's
// engineer: the change applied to the request as stored, in one
// transaction, nothing written when it refuses. A visit reads the open
// requests first, for the engineer's other visits. One step at a time.
func (d Detail) save(st step, ch change, others bool) (Detail, tea.Cmd) {
	return d.saveSaying(st, quiet(ch), others)
}

// saveSaying is save of a change with words to say: those of the run
// that committed come back with it.
func (d Detail) saveSaying(st step, ch saying, others bool) (Detail, tea.Cmd) {
	if d.c.Store == nil || d.saving {
		return d, nil
	}
	d.saving = true
	d.Say(d.c.Text.T("onsite.saving"), false)
	s, id, who := d.c.Store, d.id, d.sess.Engineer
	return d, func() tea.Msg {
		var open []onsite.Request
		if others {
			var err error
			if open, err = s.OpenRequests(); err != nil {
				return savedMsg{step: st, err: err}
			}
		}
		var said string
		r, err := s.UpdateRequest(who, id, func(r onsite.Request, now time.Time) (onsite.Request, error) {
			var err error
			r, said, err = ch(r, open, now)
			return r, err
		})
		return savedMsg{step: st, r: r, said: said, err: err}
	}
}

// saved says "saved" once the commit returned and asks the root to read
// again, or says why nothing was written — after a clash, with the words
// of apology to say.
func (d Detail) saved(msg savedMsg) Detail {
	d.saving = false
	t := d.c.Text
	if msg.err != nil {
		d.Say(refusal(d.c, msg.err), true)
		d.script = apology(d.c, msg.err)
		return d
	}
	if msg.r.ID == d.id {
		d.show(msg.r)
	}
	if msg.said != "" {
		d.script = msg.said // S5: the apology, said to the customer now
	}
	did := t.T("onsite.did."+string(msg.step), common.Inert(msg.r.Number))
	if msg.r.State == onsite.StateDone {
		did += " · " + t.T("onsite.did.done")
	}
	d.Say(t.T("saved")+" · "+did, false)
	d.Send(parts.SavedMsg{})
	return d
}
