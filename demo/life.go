package demo

import (
	"fmt"
	"slices"
	"time"

	"frontdesk/repair"
)

// life is one order's way through the station after intake (O1), made
// step by step with package repair's functions.
type life struct {
	g       *gen
	o       repair.Order
	f       fault
	at      time.Time // the last step's time
	end     time.Time // every step is before it
	target  repair.State
	delayed bool // the delay call of O2 was made
	onTime  bool // the repair is made ready before the promised time
}

// stage orders the states of the way for an open order's target: a step
// into a later stage than the target's is not taken.
var stage = map[repair.State]int{
	repair.StateReceived: 0, repair.StateDiagnosing: 1, repair.StateWaitApproval: 2,
	repair.StateWaitParts: 3, repair.StateRepairing: 4, repair.StateTesting: 5, repair.StateReady: 6,
}

// The ways a repair ends (a cancel ends it before the repair: cancel).
const (
	endPickup = iota
	endReturn // unrepaired
)

// close takes the order to its end: picked up mostly, some cancelled or
// returned unrepaired, with the loaner back first (O8).
func (l *life) close() {
	l.target = repair.StatePickedUp
	switch r := l.g.rng.Float64(); {
	case r < 0.04:
		l.cancel()
	case r < 0.07:
		l.work(endReturn)
	default:
		l.work(endPickup)
	}
}

// open takes the order as far as target and leaves it there, as the
// station has it now: loaners still out, a call owed or made.
func (l *life) open(target repair.State) {
	l.target = target
	l.work(endPickup)
	if l.inWork() && l.g.now.After(l.o.Promised) && !l.delayed && l.g.chance(0.6) {
		l.delay()
	}
}

// cancel: the customer withdraws before the repair.
func (l *life) cancel() {
	if l.g.chance(0.5) {
		l.move(repair.StateDiagnosing, l.hours(1, 20), "")
	}
	l.loanerBack(l.hours(1, 48))
	l.move(repair.StateCancelled, l.hours(2, 72), l.g.pick(cancelReasons))
}

// work is the repair: diagnosis, an estimate where the warranty does not
// cover it (I11), the part ordered, the repair, burn-in, the result (O4),
// ready and the call (O3), and the end.
func (l *life) work(end int) {
	if !l.move(repair.StateDiagnosing, l.hours(1, 20), "") {
		return
	}
	if l.o.Intake.DataRisk && l.g.chance(0.5) {
		l.note("已为客户备份数据")
	}
	if end == endReturn && l.g.chance(0.5) {
		l.loanerBack(l.hours(2, 48))
		l.move(repair.StateReturned, l.hours(4, 48), returnReasons[1])
		return
	}
	if !l.o.Verdict.Covered && !l.estimate(end) {
		return
	}
	if l.f.order != "" {
		if !l.move(repair.StateWaitParts, l.hours(1, 24), l.f.order) {
			return
		}
		if end == endReturn {
			l.loanerBack(l.hours(24, 96))
			l.move(repair.StateReturned, l.hours(24, 96), returnReasons[2])
			return
		}
		if !l.move(repair.StateRepairing, l.hours(24, 7*24), "") {
			return
		}
	} else if !l.move(repair.StateRepairing, l.hours(1, 12), "") {
		return
	}
	if l.g.chance(0.02) { // O5: another engineer takes it on
		o, err := repair.Escalate(l.o, repair.EscalateAbility, "转交高级工程师处理", l.who(), l.after(l.hours(1, 8)))
		l.must(err == nil, err)
		l.o = o
	}
	if l.g.chance(0.5) && !l.move(repair.StateTesting, l.hours(2, 24), "") {
		return
	}
	if l.stop(repair.StateReady) {
		return
	}
	r := repair.Result{Cause: l.f.cause, Work: l.f.work, Parts: l.f.parts, Advice: l.f.advice}
	o, ps := repair.SetResult(l.o, r, l.who(), l.after(l.hours(1, 24)))
	l.must(ps.OK(), ps)
	l.o = o
	l.move(repair.StateReady, l.minutes(5, 60), "")
	l.readyCall()
	if l.target != repair.StatePickedUp {
		return
	}
	l.loanerBack(l.hours(1, 10*24))
	l.pickup(l.hours(1, 10*24))
}

// estimate prices the repair out of warranty and asks the customer (I11,
// O3): a declined estimate returns the device unrepaired. It reports
// whether the repair goes on.
func (l *life) estimate(end int) bool {
	if l.stop(repair.StateWaitApproval) {
		return false
	}
	lines := fmt.Sprintf("检测维修费 %d", l.f.price)
	if l.f.order != "" {
		lines = fmt.Sprintf("%s %d\n维修服务费 80", l.f.order, l.f.price)
	}
	o, err := repair.SetEstimate(l.o, lines, "", l.who(), l.after(l.hours(1, 8)))
	l.must(err == nil, err)
	l.o = o
	if !l.move(repair.StateWaitApproval, l.minutes(1, 30), "") {
		return false
	}
	if l.g.chance(0.25) {
		l.contact(repair.Contact{Kind: repair.ContactEstimate}, l.minutes(10, 120))
	}
	if l.target == repair.StateWaitApproval {
		return false // still waiting for the customer's answer
	}
	answer := repair.ApprovalApproved
	if end == endReturn {
		answer = repair.ApprovalDeclined
	}
	l.contact(repair.Contact{Kind: repair.ContactEstimate, Reached: true, Approval: answer}, l.hours(1, 30))
	if answer == repair.ApprovalDeclined {
		l.loanerBack(l.hours(2, 48))
		l.move(repair.StateReturned, l.hours(2, 72), returnReasons[0])
		return false
	}
	return true
}

// readyCall tells the customer the device is ready (O3), sometimes only at
// the second try; an open order may not have been told yet.
func (l *life) readyCall() {
	open := l.target != repair.StatePickedUp
	if open && l.g.chance(0.3) {
		return
	}
	if l.g.chance(0.15) {
		l.contact(repair.Contact{Kind: repair.ContactReady}, l.minutes(5, 120))
		if open && l.g.chance(0.5) {
			return
		}
	}
	l.contact(repair.Contact{Kind: repair.ContactReady, Reached: true}, l.hours(1, 24))
}

// pickup hands the device back (P1–P4): the claim code checked (now and
// then a lost slip, with an identity check and the supervisor), the serial
// confirmed, two rounds of the golden-key inspection (G1, G2) — once in a
// while failed and the device back to repair first (G3) — the accessories
// returned and the customer's name.
func (l *life) pickup(d time.Duration) {
	kind, _ := l.g.cfg.Device(l.o.Intake.Device)
	round := make(repair.Round, len(kind.Inspection))
	for i, it := range kind.Inspection {
		round[i] = repair.Inspected{Item: it.Key, Mark: repair.MarkPass}
	}
	if l.g.chance(0.02) {
		failed := slices.Clone(round)
		failed[0] = repair.Inspected{Item: kind.Inspection[0].Key, Mark: repair.MarkFail, Note: "故障复现"}
		o, err := repair.FailInspection(l.o, failed, l.g.cfg, l.who(), l.after(d))
		l.must(err == nil, err)
		l.o = o
		l.move(repair.StateReady, l.hours(2, 48), "")
		l.contact(repair.Contact{Kind: repair.ContactReady, Reached: true}, l.minutes(5, 60))
		d = l.hours(1, 4)
	}
	at, who := l.after(d), l.who()
	v := repair.Verification{By: who, At: at.UTC(), ClaimCode: true}
	if l.g.chance(0.02) {
		var err error
		v, err = repair.LostSlip(repair.IDResident, fmt.Sprintf("%03dX", l.g.rng.IntN(1000)), "站长", who, at)
		l.must(err == nil, err)
	}
	p := repair.Pickup{
		Verification: v, SerialConfirmed: true, Rounds: []repair.Round{round, round},
		Returned: l.o.Intake.Accessories, SignedBy: l.o.Intake.Name, Staff: who,
	}
	acc := l.o.Intake.Accessories
	lost := len(acc) > 0 && l.g.chance(0.03)
	if lost { // the station lost the last one: a replacement ordered, promised in 3 to 14 days
		p.Returned = acc[:len(acc)-1]
		by := at.Add(l.hours(72, 336))
		p.Lost = []repair.LostAccessory{{Item: acc[len(acc)-1], Agreement: repair.AgreeReplace, By: by, Text: "同型号原装", Who: who}}
	}
	o, err := repair.SignOff(l.o, p, l.g.cfg, l.g.loc, at)
	l.must(err == nil, err)
	l.o = o
	l.returnVisit(at)
	if lost {
		l.replaced(p.Lost[0])
	}
}

// replaced hands over a lost accessory's replacement on the day promised,
// after whatever the order recorded last (its return visit), when that is
// before now — but once in a while it is forgotten, and stays owed on the
// board for the station to chase.
func (l *life) replaced(lost repair.LostAccessory) {
	at := l.g.opening(lost.By.Add(-8 * time.Hour).Truncate(time.Second))
	if last := l.o.History[len(l.o.History)-1].At; !at.After(last) {
		at = l.g.opening(last.Add(2 * time.Hour).Truncate(time.Second))
	}
	if !at.Before(l.g.now) || l.g.chance(0.1) {
		return
	}
	o, err := repair.SettleLost(l.o, lost.Item, l.who(), at)
	l.must(err == nil, err)
	l.o = o
}

// returnVisit calls the customer a day or two after the pickup (P5), when
// that is before now: reached, maybe at the second try; now and then an
// unhappy customer whose complaint is recorded with the answer (O5).
func (l *life) returnVisit(pickup time.Time) {
	visit := l.g.opening(pickup.Add(l.hours(20, 60)).Truncate(time.Second))
	for l.g.chance(0.1) { // nobody answered; tried again the next day
		if !visit.Before(l.g.now) {
			return // still owed: on the board's list of visits
		}
		l.visit(repair.Visit{By: l.who()}, visit)
		visit = l.g.opening(visit.Add(24 * time.Hour))
	}
	if !visit.Before(l.g.now) || l.g.now.Sub(pickup) < 7*24*time.Hour && l.g.chance(0.3) {
		return // not yet made, or a week's pickups the station has not called yet
	}
	v := repair.Visit{By: l.who(), Reached: true, Satisfied: 3 + l.g.rng.IntN(3)}
	if l.g.chance(0.01) { // O5: an unhappy customer, and what they were told
		v.Satisfied, v.Remarks = 2, "客户认为等待时间太长"
		l.visit(v, visit)
		o, ps := repair.Complain(l.o, "等配件时间太长，没有人主动联系", "已向客户致歉，说明配件到货时间，今后主动告知进度", "站长", visit)
		l.must(ps.OK(), ps)
		l.o = o
		return
	}
	l.visit(v, visit)
}

func (l *life) visit(v repair.Visit, at time.Time) {
	o, err := repair.RecordVisit(l.o, v, at)
	l.must(err == nil, err)
	l.o, l.at = o, at
}

// move changes the state, unless that is beyond the open order's target;
// before the move, the delay call of O2 if the promise passes meanwhile.
// It reports whether the order moved.
func (l *life) move(to repair.State, d time.Duration, text string) bool {
	if l.stop(to) {
		return false
	}
	at := l.after(d)
	if l.inWork() && !l.delayed && at.After(l.o.Promised) && l.g.chance(0.7) {
		l.delay()
		at = l.after(d)
	}
	o, err := repair.Move(l.o, to, l.who(), at, text)
	l.must(err == nil, err)
	l.o = o
	return true
}

// stop reports whether a move to `to` goes beyond an open order's target.
func (l *life) stop(to repair.State) bool {
	s, ok := stage[to]
	return ok && stage[l.target] < s && l.target != repair.StatePickedUp
}

// delay is the call before the promise passes (O2): the reason and an
// apology, or the part awaited.
func (l *life) delay() {
	l.delayed = true
	note := l.g.pick(delayReasons)
	if l.o.AwaitedPart != "" {
		note = repair.PartNotInStock(l.o.AwaitedPart)
	}
	l.contact(repair.Contact{Kind: repair.ContactDelay, Reached: true, Note: note}, l.minutes(10, 240))
}

func (l *life) contact(c repair.Contact, d time.Duration) {
	o, err := repair.LogContact(l.o, c, l.who(), l.after(d))
	l.must(err == nil, err)
	l.o = o
}

func (l *life) note(text string) {
	o, err := repair.AddNote(l.o, text, l.who(), l.after(l.minutes(10, 60)))
	l.must(err == nil, err)
	l.o = o
}

// loanerBack records the loaner back, if one is out (O8).
func (l *life) loanerBack(d time.Duration) {
	if !l.o.LoanerOut() {
		return
	}
	o, err := repair.ReturnLoaner(l.o, l.who(), l.after(d))
	l.must(err == nil, err)
	l.o = o
}

func (l *life) inWork() bool {
	return !l.o.State.Final() && l.o.State != repair.StateReady
}

// after is the time of the next step, about d after the last one but never
// more than half the time left before end, so that every step of a long
// life still fits before now — and, while a repair that keeps its promise
// is in work, before the promised time; moved into the station's opening
// hours when that still fits.
func (l *life) after(d time.Duration) time.Time {
	end := l.end
	if l.onTime && l.inWork() && l.o.Promised.Before(end) {
		end = l.o.Promised
	}
	t := l.at.Add(min(d, max(0, end.Sub(l.at)/2))).Truncate(time.Second)
	if w := l.g.opening(t); w.Before(end) {
		t = w
	}
	l.at = t
	return t
}

func (l *life) who() string { return l.g.pick(engineers) }

// must stops the generator on a step package repair refused: the demo's
// own mistake, which its tests are there to find.
func (l *life) must(ok bool, why any) {
	if !ok {
		panic(fmt.Sprintf("demo: order %s in %s: %v", l.o.Number, l.o.State, why))
	}
}

// hours and minutes are a random duration between lo and hi.
func (l *life) hours(lo, hi int) time.Duration { return l.between(lo, hi, time.Hour) }

func (l *life) minutes(lo, hi int) time.Duration { return l.between(lo, hi, time.Minute) }

func (l *life) between(lo, hi int, unit time.Duration) time.Duration {
	return time.Duration(lo)*unit + time.Duration(l.g.rng.Int64N(int64(hi-lo)*int64(unit)+1))
}
