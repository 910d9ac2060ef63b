package cli

import (
	"errors"
	"fmt"
	"time"

	"frontdesk/demo"
	"frontdesk/onsite"
)

// The on-site day's script: the last service day's closed visits and
// today's open requests (demo_onsite.go plays them).

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
