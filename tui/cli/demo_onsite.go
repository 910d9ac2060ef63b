package cli

import (
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
