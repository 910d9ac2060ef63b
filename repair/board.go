package repair

import (
	"cmp"
	"slices"
	"time"
)

// Head is what the order board knows of an order that still needs the
// station: enough for every list, small enough to read a thousand of at
// once. The store keeps one per open order, written with the order.
type Head struct {
	ID        uint64    `json:"id"`
	Number    string    `json:"number"`
	State     State     `json:"state"`
	Name      string    `json:"name"`
	Phone     string    `json:"phone"`
	Device    string    `json:"device"` // brand and model
	Received  time.Time `json:"received"`
	Promised  time.Time `json:"promised"`
	ReadyAt   time.Time `json:"ready_at,omitzero"`
	ToldReady bool      `json:"told_ready,omitempty"`
	LastCall  time.Time `json:"last_call,omitzero"`
	Loaner    string    `json:"loaner,omitempty"` // out with the customer (O8)
	VisitDue  time.Time `json:"visit_due,omitzero"`
	Owed      time.Time `json:"owed,omitzero"` // the earliest day a lost accessory's replacement is promised
	Updated   time.Time `json:"updated,omitzero"`
	// Damaged is a head the store could not read back intact: only its
	// ID is known, and the board says so rather than show it (or hide
	// every other order with it).
	Damaged bool `json:"damaged,omitempty"`
}

// Head returns o's head.
func (o Order) Head() Head {
	h := Head{
		ID: o.ID, Number: o.Number, State: o.State, Name: o.Intake.Name, Phone: o.Intake.Phone,
		Device: joinNonEmpty(o.Intake.Brand, o.Intake.Model), Received: o.Received, Promised: o.Promised,
		ReadyAt: o.ReadyAt, ToldReady: !o.ToldReady.IsZero(), LastCall: o.LastCall,
		Updated: o.Updated,
	}
	if o.visitOwed() {
		h.VisitDue = o.VisitDue
	}
	if o.LoanerOut() {
		h.Loaner = o.Intake.Loaner
	}
	if owed := o.Owed(); len(owed) > 0 {
		h.Owed = owed[0].By
	}
	return h
}

// OnBoard reports whether o still needs the station: not closed, or a
// loaner still out, or a return visit still due, or a lost accessory's
// replacement still owed.
func (o Order) OnBoard() bool {
	return !o.State.Final() || o.LoanerOut() || o.visitOwed() || len(o.Owed()) > 0
}

// visitOwed reports whether o's return visit is due and not yet made (P5).
func (o Order) visitOwed() bool { return !o.VisitDue.IsZero() && o.Visit == nil }

// List is one of the lists a station works from every morning.
type List string

// The lists, each with what it holds.
const (
	ListOpen          List = "open"           // every open order, by state
	ListPromisedToday List = "promised_today" // not ready, promised for today
	ListOverdue       List = "overdue"        // not ready, the promised time passed
	ListCallDue       List = "call_due"       // owed a progress call (O2)
	ListReadyUntold   List = "ready_untold"   // ready, the customer not yet reached (O3)
	ListUncollected   List = "uncollected"    // ready, not collected, oldest first (O8)
	ListLoaners       List = "loaners"        // loaners out (O8)
	ListVisits        List = "visits"         // return visits due (P5)
	ListOwed          List = "owed"           // a lost accessory's replacement owed to the customer
)

// Lists in the order the board shows them, each one key away.
var Lists = []List{ListOpen, ListPromisedToday, ListOverdue, ListCallDue, ListReadyUntold, ListUncollected, ListLoaners, ListVisits, ListOwed}

// inWork reports whether an order in s is still being worked on: open and
// not yet ready.
func inWork(s State) bool { return !s.Final() && s != StateReady }

// Has reports whether h belongs on list l at now; days are station days in loc.
func (l List) Has(h Head, now time.Time, loc *time.Location) bool {
	switch l {
	case ListOpen:
		return !h.State.Final()
	case ListPromisedToday:
		return inWork(h.State) && sameDay(h.Promised, now, loc)
	case ListOverdue:
		return inWork(h.State) && !h.Promised.IsZero() && h.Promised.Before(now)
	case ListCallDue:
		return CallDue(h, now, loc)
	case ListReadyUntold:
		return h.State == StateReady && !h.ToldReady
	case ListUncollected:
		return h.State == StateReady
	case ListLoaners:
		return h.Loaner != ""
	case ListVisits:
		return !h.VisitDue.IsZero() && !dayStart(h.VisitDue, loc).After(dayStart(now, loc))
	case ListOwed:
		return !h.Owed.IsZero()
	}
	return false
}

// CallDue is O2: an order still in work is owed a call once its promise is
// in question — from the start of the promised day, or for an order taken
// in that same day from the promised time itself (the promised-today list
// shows it before) — unless the customer was reached in the last 2 days;
// after that, every 2 days. Calls that did not reach anyone do not count.
func CallDue(h Head, now time.Time, loc *time.Location) bool {
	if !inWork(h.State) || h.Promised.IsZero() {
		return false
	}
	due := dayStart(h.Promised, loc)
	if !h.Received.Before(due) {
		due = h.Promised
	}
	if now.Before(due) {
		return false
	}
	return h.LastCall.IsZero() || now.Sub(h.LastCall) >= 48*time.Hour
}

// Select returns the heads on list l, sorted as the list is read: open
// orders by state then promise; uncollected ones oldest first (by age);
// the others by their promise, then number.
func Select(heads []Head, l List, now time.Time, loc *time.Location) []Head {
	var out []Head
	for _, h := range heads {
		if l.Has(h, now, loc) {
			out = append(out, h)
		}
	}
	byPromise := func(a, b Head) int {
		return cmp.Or(a.Promised.Compare(b.Promised), cmp.Compare(a.Number, b.Number))
	}
	switch l {
	case ListOpen:
		slices.SortFunc(out, func(a, b Head) int {
			return cmp.Or(cmp.Compare(stateRank(a.State), stateRank(b.State)), byPromise(a, b))
		})
	case ListUncollected:
		slices.SortFunc(out, func(a, b Head) int {
			return cmp.Or(a.ReadyAt.Compare(b.ReadyAt), cmp.Compare(a.Number, b.Number))
		})
	case ListVisits:
		slices.SortFunc(out, func(a, b Head) int {
			return cmp.Or(a.VisitDue.Compare(b.VisitDue), cmp.Compare(a.Number, b.Number))
		})
	case ListOwed:
		slices.SortFunc(out, func(a, b Head) int {
			return cmp.Or(a.Owed.Compare(b.Owed), cmp.Compare(a.Number, b.Number))
		})
	default:
		slices.SortFunc(out, byPromise)
	}
	return out
}

// Counts is how many heads each list holds.
func Counts(heads []Head, now time.Time, loc *time.Location) map[List]int {
	out := make(map[List]int, len(Lists))
	for _, h := range heads {
		for _, l := range Lists {
			if l.Has(h, now, loc) {
				out[l]++
			}
		}
	}
	return out
}

// AgeDays is how many whole days a ready order has waited to be collected.
func (h Head) AgeDays(now time.Time) int {
	if h.ReadyAt.IsZero() || now.Before(h.ReadyAt) {
		return 0
	}
	return int(now.Sub(h.ReadyAt) / (24 * time.Hour))
}

func stateRank(s State) int { return slices.Index(States, s) }

func dayStart(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := t.In(loc).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

func sameDay(a, b time.Time, loc *time.Location) bool {
	return !a.IsZero() && dayStart(a, loc).Equal(dayStart(b, loc))
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}
