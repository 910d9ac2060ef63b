package cli

import (
	"fmt"
	"time"

	"frontdesk/demo"
	"frontdesk/onsite"
	"frontdesk/repair"
)

// The steps of the demo's on-site day, each through package onsite's
// rules and the store.

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
		var pick *onsite.Call
		for _, h := range heads {
			if h.Damaged || h.Phone == "" {
				continue
			}
			c := onsite.Call{Phone: h.Phone, Customer: h.Name, Order: h.Number, Topic: topic, Result: onsite.ResultAnswered, Owner: demoCoordinator}
			if _, problems := onsite.LogCall(c, now); !problems.OK() {
				continue // an order whose text the hotline would refuse (an import's): another
			}
			if pick = &c; h.Number != d.order.Number {
				break
			}
		}
		if pick == nil {
			return nil // no order to ask after
		}
		return d.logCall(demoCoordinator, *pick, now)
	}
}
