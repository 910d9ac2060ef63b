package owner_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/store"
)

// The crash test's on-site requests and hotline calls: a writer opens a
// request, moves one a step (scheduled, on site, cancelled), escalates one
// on site to a carry-in order (the intake and the request's escalation in
// one transaction), or logs a call, and reports it once saved; after each
// kill the acknowledged ones are there (checkAcknowledged), and the
// store's invariants, which Check runs, tie each request's state to its
// timeline and events and each escalation to its order at both ends.

// crashRequest does one of the request writes, chosen by rng.
func crashRequest(c *client.Client, counter, i int, rng *rand.Rand, report func(string, ...any) error) error {
	open, err := c.OpenRequests()
	if err != nil {
		return err
	}
	if len(open) == 0 || rng.IntN(3) == 0 {
		r, err := c.OpenRequest("desk", onsite.Request{
			Customer: onsite.Customer{Name: "客户", Company: "公司", Phone: fmt.Sprintf("137%04d%04d", counter, i%10000), Address: "地址"},
			Device:   onsite.Device{Model: "ThinkPad T14", Serial: fmt.Sprintf("Q%dS%d", counter, i%50)},
			Fault:    "开机无显示",
		})
		if err != nil {
			return err
		}
		return report("request %d %s", r.ID, r.Number)
	}
	r := open[rng.IntN(len(open))]
	if r.State == onsite.StateOnSite {
		o := repair.Order{Request: r.Number, Intake: onsite.CarryIn(r)}
		o.Intake.Device, o.Intake.Brand, o.Intake.Reproduced = "notebook", "联想", repair.ReproducedYes
		saved, err := c.SaveIntake("desk", counter, o)
		if err != nil {
			return err
		}
		return report("escalate %d %s", r.ID, saved.Number)
	}
	r, err = c.UpdateRequest("desk", r.ID, func(r onsite.Request, now time.Time) (onsite.Request, error) {
		switch {
		case r.State == onsite.StateNew && rng.IntN(4) == 0:
			return r, onsite.Cancel(&r, "客户取消", "desk", now)
		case r.State == onsite.StateNew:
			r.Visit = onsite.Visit{Engineer: "desk", Start: now.Add(time.Hour), End: now.Add(2 * time.Hour)}
			return r, onsite.Move(&r, onsite.StateScheduled, "desk", now)
		case r.State == onsite.StateScheduled:
			r.Record.Arrived = now
			return r, onsite.Move(&r, onsite.StateOnSite, "desk", now)
		}
		return r, store.ErrOrderUnchanged
	})
	if err != nil {
		return err
	}
	return report("rstep %d %d %s", r.ID, len(r.History), r.State)
}

// crashHotline logs a call on the hotline.
func crashHotline(c *client.Client, counter, i int, report func(string, ...any) error) error {
	call, err := c.LogCall("desk", onsite.Call{Direction: onsite.Inbound, Phone: fmt.Sprintf("136%04d%04d", counter, i%10000), Topic: "问进度"})
	if err != nil {
		return err
	}
	return report("hotline %d", call.ID)
}

// checkRequestsAcknowledged: every request, step, escalation and call a
// writer reported is in the file after the kill.
func checkRequestsAcknowledged(t *testing.T, c *client.Client, kill int, l []string) {
	t.Helper()
	var id uint64
	fmt.Sscan(l[1], &id)
	switch l[0] {
	case "request", "rstep", "escalate":
		var r onsite.Request
		var ok bool
		err := retrying(func() (err error) { r, ok, err = c.Request(id); return err })
		steps := 0
		if l[0] == "rstep" {
			fmt.Sscan(l[2], &steps)
		}
		if err != nil || !ok || l[0] == "request" && r.Number != l[2] || len(r.History) < steps ||
			l[0] == "escalate" && (r.Order != l[2] || r.State != onsite.StateEscalated) {
			t.Errorf("after kill %d: %v was acknowledged; the request is %v %+v (%v)", kill, l, ok, r, err)
		}
	case "hotline":
		var ok bool
		err := retrying(func() (err error) { _, ok, err = c.HotlineCall(id); return err })
		if err != nil || !ok {
			t.Errorf("after kill %d: call %d was acknowledged and is gone (%v)", kill, id, err)
		}
	}
}

// requestRefused are the refusals of writers racing for the same request.
func requestRefused(err error) bool {
	var me *onsite.MoveError
	return errors.As(err, &me) || errors.Is(err, store.ErrRequestConflict)
}
