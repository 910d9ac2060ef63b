package repair

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// clock is a time in Shanghai.
func clock(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, shanghai)
}

// head is a head as the store keeps it: times in UTC.
func head(number string, s State, promised time.Time) Head {
	return Head{Number: number, State: s, Promised: promised.UTC(), Received: now.Add(-48 * time.Hour).UTC()}
}

// numbers are the numbers of hs, in order.
func numbers(hs []Head) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Number
	}
	return out
}

func TestO2_CallDue(t *testing.T) {
	promised := clock(2026, 11, 25, 15, 0)
	calledThatDay := clock(2026, 11, 25, 8, 0)
	tests := []struct {
		name     string
		state    State
		lastCall time.Time
		at       time.Time
		want     bool
	}{
		{"the day before", StateRepairing, time.Time{}, clock(2026, 11, 24, 23, 59).Add(59 * time.Second), false},
		{"long before", StateDiagnosing, time.Time{}, now, false},
		{"from 00:00 of the promised day", StateRepairing, time.Time{}, clock(2026, 11, 25, 0, 0), true},
		{"the promise passed", StateRepairing, time.Time{}, clock(2026, 11, 25, 15, 1), true},
		{"days late, never called", StateWaitParts, time.Time{}, clock(2026, 12, 2, 9, 0), true},
		{"a call the evening before counts for 2 days", StateRepairing, clock(2026, 11, 24, 18, 0), clock(2026, 11, 25, 9, 0), false},
		{"a call 3 days before does not", StateRepairing, clock(2026, 11, 22, 9, 0), clock(2026, 11, 25, 9, 0), true},
		{"called at 00:00 of the day", StateRepairing, clock(2026, 11, 25, 0, 0), clock(2026, 11, 25, 9, 0), false},
		{"called that day", StateRepairing, calledThatDay, clock(2026, 11, 25, 20, 0), false},
		{"47h59m after the call", StateRepairing, calledThatDay, calledThatDay.Add(47*time.Hour + 59*time.Minute), false},
		{"48h after the call", StateRepairing, calledThatDay, calledThatDay.Add(48 * time.Hour), true},
		{"received, never looked at", StateReceived, time.Time{}, clock(2026, 11, 25, 9, 0), true},
		{"waiting for approval", StateWaitApproval, time.Time{}, clock(2026, 11, 25, 9, 0), true},
		{"testing", StateTesting, time.Time{}, clock(2026, 11, 25, 9, 0), true},
		{"ready", StateReady, time.Time{}, clock(2026, 11, 28, 9, 0), false},
		{"picked up", StatePickedUp, time.Time{}, clock(2026, 11, 28, 9, 0), false},
		{"cancelled", StateCancelled, time.Time{}, clock(2026, 11, 28, 9, 0), false},
		{"returned", StateReturned, time.Time{}, clock(2026, 11, 28, 9, 0), false},
	}
	for _, tt := range tests {
		h := head("0001", tt.state, promised)
		h.LastCall = tt.lastCall.UTC()
		if got := CallDue(h, tt.at, shanghai); got != tt.want {
			t.Errorf("%s: CallDue at %v = %v, want %v", tt.name, tt.at, got, tt.want)
		}
		if got := ListCallDue.Has(h, tt.at, shanghai); got != tt.want {
			t.Errorf("%s: ListCallDue.Has = %v, want %v", tt.name, got, tt.want)
		}
	}
	if CallDue(head("0002", StateRepairing, time.Time{}), clock(2027, 1, 1, 9, 0), shanghai) {
		t.Error("an order without a promise is owed a call")
	}
}

func TestO2_CallDueCountsStationDays(t *testing.T) {
	// 00:30 in Shanghai is still the day before in UTC: the station's
	// promised day starts at 00:00 Shanghai, 16:00 UTC the day before.
	h := head("0001", StateRepairing, clock(2026, 11, 25, 0, 30))
	noon := clock(2026, 11, 24, 12, 0) // 04:00 UTC
	if CallDue(h, noon, shanghai) {
		t.Error("due the day before in the station's zone")
	}
	if CallDue(h, noon, time.FixedZone("CST", 8*3600)) {
		t.Error("due the day before at UTC+8")
	}
	if !CallDue(h, noon, time.UTC) || !CallDue(h, noon, nil) {
		t.Error("the zone is not used: UTC's promised day has begun")
	}
	if !CallDue(h, clock(2026, 11, 25, 0, 0), shanghai) {
		t.Error("not due at 00:00 of the promised day in Shanghai")
	}
}

func TestO2_ACallClearsItForTwoDays(t *testing.T) {
	o := placed(t, StateWaitParts)
	o.Promised = clock(2026, 11, 25, 15, 0).UTC()
	morning := clock(2026, 11, 25, 9, 0)
	if !CallDue(o.Head(), morning, shanghai) {
		t.Fatal("not due on the promised day")
	}
	o, err := LogContact(o, Contact{Kind: ContactDelay, Reached: true, Note: "配件未到"}, desk, morning.Add(30*time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	call := morning.Add(30 * time.Minute)
	for _, tt := range []struct {
		at   time.Time
		want bool
	}{
		{call, false},
		{clock(2026, 11, 26, 18, 0), false},
		{call.Add(48*time.Hour - time.Minute), false},
		{call.Add(48 * time.Hour), true},
	} {
		if got := CallDue(o.Head(), tt.at, shanghai); got != tt.want {
			t.Errorf("at %v: CallDue = %v, want %v", tt.at, got, tt.want)
		}
	}
	o, _ = LogContact(o, Contact{Kind: ContactProgress, Reached: true}, desk, call.Add(47*time.Hour))
	if CallDue(o.Head(), call.Add(48*time.Hour), shanghai) {
		t.Error("a progress call did not restart the two days")
	}
	ready := moved(t, moved(t, o, StateRepairing, tech, call.Add(50*time.Hour), ""), StateReady, tech, call.Add(51*time.Hour), "")
	if CallDue(ready.Head(), call.Add(200*time.Hour), shanghai) {
		t.Error("a ready order is owed a progress call")
	}
}

func TestO2_PromisedTodayAndOverdue(t *testing.T) {
	heads := []Head{
		head("0008", StateTesting, clock(2026, 11, 23, 9, 0)),
		head("0001", StateDiagnosing, clock(2026, 11, 23, 13, 0)),
		head("0002", StateRepairing, clock(2026, 11, 23, 9, 0)),
		head("0003", StateWaitParts, clock(2026, 11, 22, 18, 0)),
		head("0004", StateReceived, clock(2026, 11, 24, 0, 0)), // today in UTC, not at the station
		head("0005", StateReady, clock(2026, 11, 23, 9, 0)),
		head("0006", StatePickedUp, clock(2026, 11, 23, 9, 0)),
		head("0007", StateTesting, time.Time{}),
		head("0009", StateRepairing, now), // the promise is now: not yet passed
		head("0010", StateCancelled, clock(2026, 11, 20, 9, 0)),
	}
	if got, want := numbers(Select(heads, ListPromisedToday, now, shanghai)), []string{"0002", "0008", "0009", "0001"}; !slices.Equal(got, want) {
		t.Errorf("promised today %v, want %v", got, want)
	}
	if got, want := numbers(Select(heads, ListOverdue, now, shanghai)), []string{"0003", "0002", "0008"}; !slices.Equal(got, want) {
		t.Errorf("overdue %v, want %v", got, want)
	}
	if got := numbers(Select(heads, ListPromisedToday, now, time.UTC)); !slices.Contains(got, "0004") {
		t.Errorf("in UTC 0004 is promised today: %v", got)
	}
	if got := numbers(Select(heads, ListOverdue, now.Add(time.Second), shanghai)); !slices.Contains(got, "0009") {
		t.Errorf("a second after its promise 0009 is not overdue: %v", got)
	}
}

func TestSelect_OpenByStateThenPromise(t *testing.T) {
	heads := []Head{
		head("0001", StateReady, clock(2026, 11, 20, 9, 0)),
		head("0002", StateRepairing, clock(2026, 11, 25, 9, 0)),
		head("0003", StateReceived, clock(2026, 11, 26, 9, 0)),
		head("0004", StatePickedUp, clock(2026, 11, 20, 9, 0)),
		head("0005", StateRepairing, clock(2026, 11, 24, 9, 0)),
		head("0006", StateWaitParts, clock(2026, 11, 24, 9, 0)),
		head("0007", StateDiagnosing, clock(2026, 11, 30, 9, 0)),
		head("0008", StateWaitApproval, clock(2026, 11, 24, 9, 0)),
		head("0009", StateTesting, clock(2026, 11, 24, 9, 0)),
		head("0010", StateRepairing, clock(2026, 11, 24, 9, 0)),
		head("0011", StateReturned, clock(2026, 11, 24, 9, 0)),
		head("0012", StateReceived, clock(2026, 11, 23, 12, 0)),
	}
	want := []string{"0012", "0003", "0007", "0008", "0006", "0005", "0010", "0002", "0009", "0001"}
	in := slices.Clone(heads)
	if got := numbers(Select(heads, ListOpen, now, shanghai)); !slices.Equal(got, want) {
		t.Errorf("open\n got %v\nwant %v", got, want)
	}
	if !slices.Equal(numbers(heads), numbers(in)) {
		t.Error("Select reordered the heads it was given")
	}
	if got := Select(nil, ListOpen, now, shanghai); len(got) != 0 {
		t.Errorf("nothing selected %v", got)
	}
}

func TestSelect_CountsAgreeWithTheLists(t *testing.T) {
	loanerOut := head("0007", StatePickedUp, clock(2026, 11, 20, 9, 0))
	loanerOut.Loaner = "备机 #1"
	lent := head("0008", StateRepairing, clock(2026, 11, 27, 9, 0))
	lent.Loaner = "备机 #2"
	visit := head("0009", StatePickedUp, clock(2026, 11, 10, 9, 0))
	visit.VisitDue = clock(2026, 11, 23, 0, 0).UTC()
	visitLater := head("0010", StatePickedUp, clock(2026, 11, 10, 9, 0))
	visitLater.VisitDue = clock(2026, 11, 24, 0, 0).UTC()
	visitLater.Owed = clock(2026, 11, 30, 23, 59).UTC() // a lost accessory's replacement owed
	told := head("0004", StateReady, clock(2026, 11, 22, 9, 0))
	told.ReadyAt, told.ToldReady = clock(2026, 11, 22, 8, 0).UTC(), true
	untold := head("0005", StateReady, clock(2026, 11, 23, 9, 0))
	untold.ReadyAt = clock(2026, 11, 23, 8, 0).UTC()
	heads := []Head{
		head("0001", StateRepairing, clock(2026, 11, 23, 15, 0)), // promised today, call due
		head("0002", StateWaitParts, clock(2026, 11, 21, 15, 0)), // overdue, call due
		head("0003", StateDiagnosing, clock(2026, 11, 26, 9, 0)),
		told, untold, head("0006", StateCancelled, time.Time{}), loanerOut, lent, visit, visitLater,
	}
	want := map[List]int{
		ListOpen: 6, ListPromisedToday: 1, ListOverdue: 1, ListCallDue: 2,
		ListReadyUntold: 1, ListUncollected: 2, ListLoaners: 2, ListVisits: 1, ListOwed: 1,
	}
	counts := Counts(heads, now, shanghai)
	for _, l := range Lists {
		if n := len(Select(heads, l, now, shanghai)); counts[l] != n || counts[l] != want[l] {
			t.Errorf("%s: Counts %d, Select %d, want %d", l, counts[l], n, want[l])
		}
	}
	if len(counts) != len(Lists) {
		t.Errorf("counts %v", counts)
	}
	if got := numbers(Select(heads, ListVisits, now, shanghai)); !slices.Equal(got, []string{"0009"}) {
		t.Errorf("visits %v", got)
	}
	if got := numbers(Select(heads, ListVisits, clock(2026, 11, 24, 0, 0), shanghai)); !slices.Equal(got, []string{"0009", "0010"}) {
		t.Errorf("visits tomorrow %v", got)
	}
	if len(Counts(nil, now, shanghai)) != 0 {
		t.Error("counts of nothing")
	}
	if List("all").Has(heads[0], now, shanghai) {
		t.Error("an unknown list has a head")
	}
	if want := []List{ListOpen, ListPromisedToday, ListOverdue, ListCallDue, ListReadyUntold, ListUncollected, ListLoaners, ListVisits, ListOwed}; !slices.Equal(Lists, want) {
		t.Errorf("Lists %v", Lists)
	}
}

func TestO6_HeadCarriesWhatTheBoardSearchShows(t *testing.T) {
	o := taken(t)
	o.Updated = now.Add(time.Hour).UTC()
	h := o.Head()
	want := Head{
		ID: 7, Number: "20261123-0007", State: StateReceived, Name: "张三", Phone: "13812345678",
		Device: "联想 ThinkPad X1", Received: now.UTC(), Promised: now.Add(3 * time.Hour).UTC(), Updated: now.Add(time.Hour).UTC(),
	}
	if h != want {
		t.Errorf("head\n got %+v\nwant %+v", h, want)
	}
	if strings.Contains(h.Number+h.Name+h.Phone+h.Device, o.Claim) {
		t.Error("the head shows the claim code")
	}
	for _, tt := range []struct{ brand, model, want string }{
		{"联想", "", "联想"}, {"", "X1", "X1"}, {"", "", ""},
	} {
		o.Intake.Brand, o.Intake.Model = tt.brand, tt.model
		if got := o.Head().Device; got != tt.want {
			t.Errorf("device of %q %q = %q, want %q", tt.brand, tt.model, got, tt.want)
		}
	}
}

func TestO8_ListLoaners(t *testing.T) {
	lend := func(o Order, loaner string) Order {
		o.Intake.LoanerAccepted, o.Intake.Loaner = true, loaner
		return o
	}
	out := lend(placed(t, StateRepairing), "备机 #2")
	out.Number, out.Promised = "0002", clock(2026, 11, 26, 9, 0).UTC()
	closed := lend(placed(t, StatePickedUp), "备机 #1")
	closed.Number, closed.Promised = "0001", clock(2026, 11, 20, 9, 0).UTC()
	back, err := ReturnLoaner(lend(placed(t, StateRepairing), "备机 #3"), desk, now)
	if err != nil {
		t.Fatal(err)
	}
	back.Number = "0003"
	none := placed(t, StateRepairing)
	none.Number = "0004"
	heads := []Head{out.Head(), closed.Head(), back.Head(), none.Head()}
	got := Select(heads, ListLoaners, now, shanghai)
	if !slices.Equal(numbers(got), []string{"0001", "0002"}) || got[0].Loaner != "备机 #1" || got[1].Loaner != "备机 #2" {
		t.Errorf("loaners %+v", got)
	}
	if got := numbers(Select(heads, ListOpen, now, shanghai)); slices.Contains(got, "0001") {
		t.Errorf("a picked-up order is open: %v", got)
	}
}

func TestO8_UncollectedOldestFirst(t *testing.T) {
	ready := func(number string, readyAt time.Time) Head {
		h := head(number, StateReady, clock(2026, 11, 10, 9, 0))
		h.ReadyAt = readyAt.UTC()
		return h
	}
	told := ready("0001", clock(2026, 11, 20, 9, 0))
	told.ToldReady = true
	back := head("0006", StateRepairing, clock(2026, 11, 10, 9, 0)) // ready once, failed G3
	back.ReadyAt = clock(2026, 10, 1, 9, 0).UTC()
	heads := []Head{
		told,
		ready("0002", clock(2026, 11, 22, 17, 0)),
		ready("0005", clock(2026, 10, 30, 9, 0)),
		ready("0003", clock(2026, 11, 20, 9, 0)),
		back,
		ready("0004", clock(2026, 11, 23, 9, 30)),
	}
	got := Select(heads, ListUncollected, now, shanghai)
	if want := []string{"0005", "0001", "0003", "0002", "0004"}; !slices.Equal(numbers(got), want) {
		t.Errorf("uncollected %v, want %v", numbers(got), want)
	}
	var ages []int
	for _, h := range got {
		ages = append(ages, h.AgeDays(now))
	}
	if want := []int{24, 3, 3, 0, 0}; !slices.Equal(ages, want) {
		t.Errorf("ages %v, want %v", ages, want)
	}
	if got := numbers(Select(heads, ListReadyUntold, now, shanghai)); !slices.Equal(got, []string{"0002", "0003", "0004", "0005"}) {
		t.Errorf("ready untold %v, want by promise then number", got)
	}
}

func TestO8_AgeDays(t *testing.T) {
	readyAt := clock(2026, 11, 20, 10, 0)
	tests := []struct {
		at   time.Time
		want int
	}{
		{readyAt.Add(-time.Hour), 0}, // a clock behind
		{readyAt, 0},
		{readyAt.Add(24*time.Hour - time.Second), 0},
		{readyAt.Add(24 * time.Hour), 1},
		{readyAt.Add(3*24*time.Hour + 5*time.Hour), 3},
		{readyAt.Add(30 * 24 * time.Hour), 30},
	}
	h := Head{State: StateReady, ReadyAt: readyAt.UTC()}
	for _, tt := range tests {
		if got := h.AgeDays(tt.at); got != tt.want {
			t.Errorf("AgeDays at %v = %d, want %d", tt.at, got, tt.want)
		}
	}
	if got := (Head{State: StateReady}).AgeDays(now); got != 0 {
		t.Errorf("no ReadyAt: %d", got)
	}
}

func TestO2_ASameDayOrderIsOwedACallOnlyOnceItsPromisePasses(t *testing.T) {
	promised := clock(2026, 11, 25, 15, 0)
	h := head("0003", StateRepairing, promised)
	h.Received = clock(2026, 11, 25, 10, 0).UTC()
	if CallDue(h, clock(2026, 11, 25, 14, 59), shanghai) {
		t.Error("due before the promise of an order taken in that day")
	}
	if !ListPromisedToday.Has(h, clock(2026, 11, 25, 14, 59), shanghai) {
		t.Error("not on the promised-today list")
	}
	if !CallDue(h, promised, shanghai) {
		t.Error("not due once the promise passed")
	}
}

func TestO2_ACallThatReachedNobodySettlesNothing(t *testing.T) {
	o := placed(t, StateRepairing)
	o.Promised = clock(2026, 11, 25, 15, 0).UTC()
	at := clock(2026, 11, 25, 9, 0)
	o, err := LogContact(o, Contact{Kind: ContactDelay, Reached: false, Note: "无人接听"}, desk, at)
	if err != nil {
		t.Fatal(err)
	}
	if !o.LastCall.IsZero() || !CallDue(o.Head(), at.Add(time.Minute), shanghai) || len(o.History) == 0 {
		t.Errorf("an unanswered call: last call %v, history %d", o.LastCall, len(o.History))
	}
}
