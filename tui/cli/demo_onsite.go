package cli

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"frontdesk/demo"
	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
)

// The demo's on-site day (DOMAIN.md S, H): requests by phone and the
// hotline's calls, each step through package onsite's rules and the
// store, on the store's clock at the step's time. Its people are the
// morning's engineers and the coordinator who takes the calls.
const (
	demoCoordinator = "刘静"
	demoWang        = "王工"
	demoLi          = "李工"
	demoZhang       = "张工"
	demoZhao        = "赵工"
)

// demoVisit is the time an engineer keeps for one of today's visits.
const demoVisit = time.Hour

// demoMade is what the on-site day made, as the demo's JSON says it.
type demoMade struct {
	Requests int `json:"requests"`
	Calls    int `json:"hotline_calls"`
}

// demoStep is one step of the day: done at its minute, on the store's
// clock set to it.
type demoStep struct {
	at time.Time
	do func(now time.Time) error
}

// demoOnsite is the on-site day as it is played: its steps in time order,
// those before the morning first, the others at their minute of it.
type demoOnsite struct {
	st       store.Station
	cfg      onsite.Config
	rcfg     repair.Config
	loc      *time.Location
	now      time.Time
	counter  int // where the escalated device is taken in
	setClock func(time.Time)
	steps    []demoStep
	next     int
	made     demoMade
	// The requests by part, as last saved.
	escalated, solved, paid, nextFree, clash, guided, part, near onsite.Request
	order                                                        repair.Order // the carry-in order escalated to
}

// demoOnsiteDay plans the on-site day that ends at now (nothing of it
// after now): on the last service day before today, a visit escalated to a
// carry-in repair, a fault solved on the phone and a paid software visit,
// all closed; today a visit at the engineer's next free time, another that
// asks for the same time and is given the next free one, phone guidance
// whose call-back is due, a request waiting for a part not in stock and one
// about to miss its two hours on site; on the hotline the calls that opened
// them, a call about a repair order's progress and one handed over. The
// times are computed from now and the service hours of e.Onsite (the
// defaults when it has none). The day is planned only on a store whose log
// has nothing after its first step: it never sets the store's clock back.
func demoOnsiteDay(e Env, now time.Time, setClock func(time.Time)) (*demoOnsite, error) {
	cfg := e.Onsite
	if cfg.Validate() != nil {
		cfg = onsite.DefaultConfig()
	}
	qcfg := e.Store.Config()
	d := &demoOnsite{st: e.Store, cfg: cfg, rcfg: repair.DefaultConfig(), loc: qcfg.Location, now: now, setClock: setClock}
	if d.loc == nil {
		d.loc = time.Local
	}
	if len(qcfg.Counters) > 0 {
		d.counter = qcfg.Counters[0].Number
	}
	cast := demo.Onsite()
	d.history(cast)
	d.today(cast)
	slices.SortStableFunc(d.steps, func(a, b demoStep) int { return a.at.Compare(b.at) })
	if len(d.steps) == 0 {
		return d, nil
	}
	if last := d.steps[len(d.steps)-1].at; last.After(now) {
		return nil, fmt.Errorf("demo: an on-site step at %s is after now", last.In(d.loc).Format(time.DateTime))
	}
	newest, err := newestEvent(e.Store)
	if err != nil {
		return nil, err
	}
	if newest.After(d.steps[0].at) {
		d.steps = nil // a store already in use: the day would go back in its log
	}
	return d, nil
}

// newestEvent is the time of the store's newest event, the zero time when
// it has none: found by halving, a handful of reads of one event.
func newestEvent(st store.Station) (time.Time, error) {
	probe := func(after uint64) ([]store.Event, error) { return st.Events(after, 1) }
	es, err := probe(0)
	if err != nil || len(es) == 0 {
		return time.Time{}, err
	}
	lo, hi := uint64(0), uint64(1) // an event has an id after lo; none after hi, once found
	for {
		if es, err = probe(hi); err != nil {
			return time.Time{}, err
		}
		if len(es) == 0 {
			break
		}
		lo, hi = hi, 2*hi
	}
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if es, err = probe(mid); err != nil {
			return time.Time{}, err
		}
		if len(es) > 0 {
			lo = mid
		} else {
			hi = mid
		}
	}
	if es, err = probe(lo); err != nil || len(es) == 0 { // the newest, hi
		return time.Time{}, err
	}
	return es[0].At, nil
}

// play does the steps due by until, each on the store's clock at its
// time: the steps are whole minutes, as the morning's are.
func (d *demoOnsite) play(until time.Time) error {
	for d.next < len(d.steps) && !d.steps[d.next].at.After(until) {
		s := d.steps[d.next]
		d.next++
		d.setClock(s.at)
		if err := s.do(s.at); err != nil {
			return fmt.Errorf("demo: on-site step at %s: %w", s.at.In(d.loc).Format(time.DateTime), err)
		}
	}
	return nil
}

func (d *demoOnsite) at(t time.Time, do func(now time.Time) error) {
	d.steps = append(d.steps, demoStep{at: t.Truncate(time.Minute), do: do})
}

// history is the last service day before today, every request of it
// closed. Its times are minutes after the opening, squeezed into a short
// day's hours.
func (d *demoOnsite) history(cast demo.OnsiteDay) {
	y, m, dd := d.now.In(d.loc).Date()
	var open, close time.Time
	for i := 1; i <= 60 && open.IsZero(); i++ {
		if day := time.Date(y, m, dd-i, 12, 0, 0, 0, d.loc); d.cfg.ServiceDay(day, d.loc) {
			dy, dm, ddd := day.Date()
			open = time.Date(dy, dm, ddd, 0, 0, 0, int(d.cfg.Open), d.loc)
			close = time.Date(dy, dm, ddd, 0, 0, 0, int(d.cfg.Close), d.loc)
		}
	}
	if open.IsZero() {
		return
	}
	k := min(1, float64(close.Sub(open))/float64(5*time.Hour)) // the last visit ends 4 hours after the opening
	at := func(minutes int) time.Time {
		return open.Add(time.Duration(float64(minutes)*k) * time.Minute).Truncate(time.Minute)
	}

	// A visit that finds a fault it cannot fix on site: escalated (S10).
	e := &d.escalated
	d.at(at(6), func(now time.Time) error {
		if err := d.open(e, cast.Escalated, onsite.ResultRequest, at(5), now); err != nil {
			return err
		}
		return d.schedule(e, demoWang, at(60), at(150))
	})
	d.goOut(e, demoWang, at(50), at(62), at(65))
	d.at(at(110), d.record(e, cast.Escalated, "0"))
	d.at(at(115), d.stamp(e, demoWang, onsite.FieldDeparted))
	d.at(at(170), func(now time.Time) error { return d.carryIn(e, cast.Escalated, now) })

	// Phone guidance, and the call-back two service hours later: solved (S2).
	s := &d.solved
	guided := at(40)
	d.at(guided, func(now time.Time) error {
		if err := d.open(s, cast.Solved, onsite.ResultGuided, guided.Add(-time.Minute), now); err != nil {
			return err
		}
		return d.guide(s, cast.Solved.Note)
	})
	back := d.cfg.Deadline(guided, d.cfg.CallBack, d.loc)
	if !back.Before(close) {
		back = close.Add(-5 * time.Minute) // a short day: called back before closing
	}
	d.at(back, func(now time.Time) error {
		if err := d.update(s, demoCoordinator, func(r *onsite.Request, now time.Time) error {
			return onsite.CalledBack(r, onsite.OutcomeSolved, "", demoCoordinator, now)
		}); err != nil {
			return err
		}
		return d.logCall(demoCoordinator, onsite.Call{Direction: onsite.Outbound, Phone: s.Customer.Phone,
			Customer: s.Customer.Name, Request: s.Number, Topic: "电话指导后回访", Result: onsite.ResultSolved}, now)
	})

	// A software fault: the visit is paid, said with its fee and accepted
	// (S3), done, checked with the customer and finished (S9, S12).
	p := &d.paid
	d.at(at(90), func(now time.Time) error {
		if err := d.open(p, cast.Paid, onsite.ResultRequest, at(89), now); err != nil {
			return err
		}
		if err := d.update(p, demoCoordinator, func(r *onsite.Request, now time.Time) error {
			reason, err := onsite.PaidReason(*r, true)
			if err != nil {
				return err
			}
			if _, err := onsite.OfferPaid(r, reason, 0, d.cfg, demoCoordinator, now); err != nil {
				return err
			}
			return onsite.AnswerPaid(r, true, demoCoordinator, now)
		}); err != nil {
			return err
		}
		return d.schedule(p, demoLi, at(150), at(240))
	})
	d.goOut(p, demoLi, at(135), at(152), at(155))
	d.at(at(200), d.stamp(p, demoLi, onsite.FieldFixed))
	d.at(at(205), func(now time.Time) error { return d.record(p, cast.Paid, p.Paid.Fee.String())(now) })
	d.at(at(210), d.change(p, demoLi, func(r *onsite.Request, now time.Time) error {
		return onsite.Inspect(r, d.allPassed(r.Device.Kind), d.rcfg, demoLi, now)
	}))
	d.at(at(215), d.change(p, demoLi, func(r *onsite.Request, now time.Time) error {
		if err := onsite.Stamp(r, onsite.FieldDeparted, time.Time{}, demoLi, now); err != nil {
			return err
		}
		return onsite.Finish(r, d.rcfg, d.loc, demoLi, now)
	}))
}

// today is the requests and calls of today, up to a minute before now.
func (d *demoOnsite) today(cast demo.OnsiteDay) {
	n := d.now.Truncate(time.Minute)
	ago := func(minutes int) time.Time { return n.Add(-time.Duration(minutes) * time.Minute) }

	// A visit at 王工's next free time from now, with room for another
	// after it (S4, S6).
	nf := &d.nextFree
	d.at(ago(130), func(now time.Time) error {
		if err := d.open(nf, cast.Next, onsite.ResultRequest, ago(131), now); err != nil {
			return err
		}
		others, err := d.st.OpenRequests()
		if err != nil {
			return err
		}
		from := d.now.Add(15*time.Minute - 1).Truncate(15 * time.Minute)
		start := d.freeFrom(demoWang, 2*demoVisit, from, others)
		if start.IsZero() {
			return errors.New("no free time for a visit in two weeks")
		}
		return d.schedule(nf, demoWang, start, start.Add(demoVisit))
	})

	// A request waiting for a part not in stock (S5).
	pt := &d.part
	d.at(ago(90), func(now time.Time) error { return d.open(pt, cast.Part, onsite.ResultRequest, ago(91), now) })
	d.at(ago(80), d.change(pt, demoZhao, func(r *onsite.Request, now time.Time) error {
		_, err := onsite.NeedPart(r, cast.Part.Note, false, demoZhao, now)
		return err
	}))

	// The hotline: a customer asks after a repair order (H1), and a call
	// 张工 cannot finish is handed over to 李工 with a note.
	d.at(ago(60), d.progressCall(cast.Progress))
	var held onsite.Call
	d.at(ago(50), func(now time.Time) error {
		c, err := d.logged(demoZhang, onsite.Call{Phone: cast.HandedOver.Phone, Customer: cast.HandedOver.Name,
			Topic: cast.HandedOver.Topic}, now)
		held = c
		return err
	})
	d.at(ago(45), func(now time.Time) error {
		changed := held
		if err := onsite.HandOver(&changed, demoLi, cast.HandedOver.Note, demoZhang, now); err != nil {
			return err
		}
		_, err := d.st.ReplaceCall(demoZhang, held, changed)
		return err
	})

	// The same engineer asked for the same time: refused with the
	// clash, then given its next free slot (S6).
	cl := &d.clash
	d.at(ago(6), func(now time.Time) error { return d.open(cl, cast.Clash, onsite.ResultRequest, ago(7), now) })
	d.at(ago(4), func(now time.Time) error {
		others, err := d.st.OpenRequests()
		if err != nil {
			return err
		}
		asked := d.nextFree.Visit
		err = d.update(cl, demoCoordinator, func(r *onsite.Request, now time.Time) error {
			return onsite.Schedule(r, demoWang, asked.Start, asked.End, others, d.cfg, d.loc, demoCoordinator, now)
		})
		var clash *onsite.ClashError
		if !errors.As(err, &clash) {
			return fmt.Errorf("%s asked for %s's time: %v, want a clash", cl.Number, d.nextFree.Number, err)
		}
		start := clash.Next
		if start.IsZero() {
			start = d.freeFrom(demoWang, demoVisit, asked.End, others)
		}
		return d.schedule(cl, demoWang, start, start.Add(demoVisit))
	})

	// Phone guidance whose call-back is due now, a little overdue (S2).
	g := &d.guided
	given := d.stepBack(d.cfg.CallBack + 10*time.Minute)
	d.at(given, func(now time.Time) error {
		if err := d.open(g, cast.Guided, onsite.ResultGuided, given.Add(-3*time.Minute), now); err != nil {
			return err
		}
		return d.guide(g, cast.Guided.Note)
	})

	// A request not yet scheduled, an hour and three quarters of service
	// time old: its on-site clock is near (S8).
	nr := &d.near
	received := d.stepBack(d.cfg.OnSite - 15*time.Minute)
	d.at(received.Add(time.Minute), func(now time.Time) error { return d.open(nr, cast.Near, onsite.ResultRequest, received, now) })
}

// stepBack is the latest minute before now with at least service of
// service time from it to now.
func (d *demoOnsite) stepBack(service time.Duration) time.Time {
	t := d.now.Truncate(time.Minute)
	for range 60 * 24 * 31 {
		if d.cfg.ServiceTime(t, d.now, d.loc) >= service {
			break
		}
		t = t.Add(-time.Minute)
	}
	return t
}

// freeFrom is the start of engineer's first free stretch of length from
// from on, on the next service days; the zero time when two weeks have none.
func (d *demoOnsite) freeFrom(engineer string, length time.Duration, from time.Time, others []onsite.Request) time.Time {
	t := from
	for range 14 {
		day := d.cfg.Deadline(t, 0, d.loc)
		if s := onsite.NextFree(engineer, length, t, day, others, d.cfg, d.loc); !s.IsZero() {
			return s
		}
		y, m, dd := day.In(d.loc).Date()
		t = time.Date(y, m, dd+1, 0, 0, 0, 0, d.loc)
	}
	return time.Time{}
}

// open takes a request on the phone (S1), checked by onsite.Check, and
// logs the call that opened it (H1) with its result — a request opened,
// or guidance given: received when the call came in, answered now.
func (d *demoOnsite) open(r *onsite.Request, c demo.Caller, result onsite.Result, received, now time.Time) error {
	in, ps := onsite.Check(onsite.Request{
		Received: received, Answered: now,
		Customer: onsite.Customer{Name: c.Name, Company: c.Company, Position: c.Position,
			Phone: c.Phone, Landline: c.Landline, Address: c.Address},
		Device: onsite.Device{Kind: c.Kind, Model: c.Brand + " " + c.Model, Serial: c.Serial,
			Verdict: repair.Verdict{Covered: c.Covered}},
		Fault: c.Fault, Network: c.Network, NetworkAsked: true,
	}, now)
	if !ps.OK() {
		return ps
	}
	saved, err := d.st.OpenRequest(demoCoordinator, in)
	if err != nil {
		return err
	}
	*r = saved
	d.made.Requests++
	return d.logCall(demoCoordinator, onsite.Call{At: received, Phone: saved.Customer.Phone,
		Customer: saved.Customer.Name, Request: saved.Number, Topic: saved.Fault, Result: result}, now)
}

// logCall logs a call on the hotline, checked by onsite.LogCall.
func (d *demoOnsite) logCall(who string, c onsite.Call, now time.Time) error {
	_, err := d.logged(who, c, now)
	return err
}

func (d *demoOnsite) logged(who string, c onsite.Call, now time.Time) (onsite.Call, error) {
	c.Owner = who
	checked, ps := onsite.LogCall(c, now)
	if !ps.OK() {
		return onsite.Call{}, ps
	}
	saved, err := d.st.LogCall(who, checked)
	if err == nil {
		d.made.Calls++
	}
	return saved, err
}

// update changes r in the store through change, one or more of onsite's
// rules at the store's time, and keeps the request as saved.
func (d *demoOnsite) update(r *onsite.Request, who string, change func(r *onsite.Request, now time.Time) error) error {
	saved, err := d.st.UpdateRequest(who, r.ID, func(x onsite.Request, now time.Time) (onsite.Request, error) {
		err := change(&x, now)
		return x, err
	})
	if err != nil {
		return err
	}
	*r = saved
	return nil
}

// change is update as a step.
func (d *demoOnsite) change(r *onsite.Request, who string, change func(r *onsite.Request, now time.Time) error) func(time.Time) error {
	return func(time.Time) error { return d.update(r, who, change) }
}

// guide gives phone guidance instead of a visit (S2); the call that asked
// for the visit was guided.
func (d *demoOnsite) guide(r *onsite.Request, note string) error {
	return d.update(r, demoCoordinator, func(r *onsite.Request, now time.Time) error {
		return onsite.Guide(r, note, d.cfg, d.loc, demoCoordinator, now)
	})
}

// schedule agrees r's visit with engineer (S4, S6) against the open
// requests' visits.
func (d *demoOnsite) schedule(r *onsite.Request, engineer string, start, end time.Time) error {
	others, err := d.st.OpenRequests()
	if err != nil {
		return err
	}
	return d.update(r, demoCoordinator, func(r *onsite.Request, now time.Time) error {
		return onsite.Schedule(r, engineer, start, end, others, d.cfg, d.loc, demoCoordinator, now)
	})
}

// goOut is the steps of engineer's going out to r: the call ahead,
// answered (S7), then the arrival and the start of the work stamped (S9).
func (d *demoOnsite) goOut(r *onsite.Request, engineer string, ahead, arrived, started time.Time) {
	d.at(ahead, d.change(r, engineer, func(r *onsite.Request, now time.Time) error {
		return onsite.RecordAhead(r, onsite.AheadAnswered, engineer, "", now)
	}))
	d.at(arrived, d.stamp(r, engineer, onsite.FieldArrived))
	d.at(started, d.stamp(r, engineer, onsite.FieldStarted))
}

// stamp is the step that writes one time of the visit, now (S9).
func (d *demoOnsite) stamp(r *onsite.Request, engineer, field string) func(time.Time) error {
	return d.change(r, engineer, func(r *onsite.Request, now time.Time) error {
		return onsite.Stamp(r, field, time.Time{}, engineer, now)
	})
}

// record is the step that writes what the engineer found and did, the
// fee and the customer who signs (S9).
func (d *demoOnsite) record(r *onsite.Request, c demo.Caller, fee string) func(time.Time) error {
	return func(time.Time) error {
		return d.update(r, r.Visit.Engineer, func(r *onsite.Request, now time.Time) error {
			if ps := onsite.SetRecord(r, c.Found, c.Done, fee, c.Name, r.Visit.Engineer, now); !ps.OK() {
				return ps
			}
			return nil
		})
	}
}

// allPassed is the device kind's inspection list, every item passed with
// the customer (S12).
func (d *demoOnsite) allPassed(kind string) []onsite.Checked {
	k, _ := d.rcfg.Device(kind)
	out := make([]onsite.Checked, len(k.Inspection))
	for i, it := range k.Inspection {
		out[i] = onsite.Checked{Item: it.Key, OK: true}
	}
	return out
}

// carryIn takes the device back as a carry-in repair (S10): the intake
// filled in from the request (onsite.CarryIn) and completed as the counter
// would, saved with the request's number, so that the store escalates the
// request in the same transaction; no ticket was served for it.
func (d *demoOnsite) carryIn(r *onsite.Request, c demo.Caller, now time.Time) error {
	in := onsite.CarryIn(*r)
	in.Brand, in.Model = c.Brand, c.Model
	in.Proof, in.Purchased = repair.ProofInvoice, now.In(d.loc).AddDate(-1, -2, 0).Format(repair.DayLayout)
	in.Part, in.Reproduced = "main", repair.ReproducedYes
	if k, ok := d.rcfg.Device(in.Device); ok && len(k.Accessories) > 0 {
		in.Accessories = []string{k.Accessories[0].Key}
	}
	in.BackupRaised, in.OpenConsent = true, true
	in.Promised = repair.ProposedPromise(d.rcfg, now, d.loc).Format(repair.MinuteLayout)
	in.LoanerOffered = in.NeedsLoaner(d.rcfg, now, d.loc)
	o, ps := repair.Check(d.rcfg, in, now, d.loc)
	if !ps.OK() {
		return ps
	}
	o.Request = r.Number
	saved, err := d.st.SaveIntake(r.Visit.Engineer, d.counter, o)
	if err != nil {
		return err
	}
	d.order = saved
	escalated, found, err := d.st.RequestByNumber(r.Number)
	switch {
	case err != nil:
		return err
	case !found || escalated.State != onsite.StateEscalated:
		return fmt.Errorf("request %s not escalated to %s", r.Number, saved.Number)
	}
	*r = escalated
	return nil
}

// progressCall is the step of a customer asking after a repair order on
// the board (one of the demo's, or the one escalated): answered.
func (d *demoOnsite) progressCall(topic string) func(time.Time) error {
	return func(now time.Time) error {
		heads, err := d.st.Board()
		if err != nil {
			return err
		}
		var pick *repair.Head
		for i, h := range heads {
			if h.Damaged || h.Phone == "" {
				continue
			}
			if pick = &heads[i]; h.Number != d.order.Number {
				break
			}
		}
		if pick == nil {
			return nil // no order to ask after
		}
		return d.logCall(demoCoordinator, onsite.Call{Phone: pick.Phone, Customer: pick.Name, Order: pick.Number,
			Topic: topic, Result: onsite.ResultAnswered}, now)
	}
}
