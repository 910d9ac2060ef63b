package repair

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// The engineer and the front desk who change orders in these tests.
const (
	tech = "李工"
	desk = "王前台"
)

// done is a repair result with all four fields of O4.
var done = Result{Cause: "主板供电芯片损坏", Work: "更换供电芯片,拷机4小时", Parts: "供电芯片 1 个", Advice: "请使用原装适配器"}

// taken is good() as checked at now, numbered as the store numbers it.
func taken(t *testing.T) Order {
	t.Helper()
	o, ps := Check(DefaultConfig(), good(), now, shanghai)
	wantClean(t, ps)
	o.ID, o.Number, o.Claim = 7, "20261123-0007", "K7M2QX9P"
	return o
}

// placed is taken(t) put straight into state s with what every move out of
// s needs: the result written, an estimate approved, the part awaited when
// s is waiting_parts. Its history is left empty.
func placed(t *testing.T, s State) Order {
	t.Helper()
	o := taken(t)
	o.State, o.Result = s, done
	o.Estimate, o.Fee, o.Approval = []Line{{Part: "供电芯片", Price: 12000}}, 5000, ApprovalApproved
	if s == StateWaitParts {
		o.AwaitedPart = "供电芯片"
	}
	return o
}

// moved is Move that must succeed.
func moved(t *testing.T, o Order, to State, who string, at time.Time, text string) Order {
	t.Helper()
	o, err := Move(o, to, who, at, text)
	if err != nil {
		t.Fatalf("Move to %s: %v", to, err)
	}
	return o
}

// clone is a copy of o that shares no slice with it.
func clone(o Order) Order {
	o.History = slices.Clone(o.History)
	o.Previous = slices.Clone(o.Previous)
	o.Estimate = slices.Clone(o.Estimate)
	o.Intake.Accessories = slices.Clone(o.Intake.Accessories)
	o.Intake.Condition = slices.Clone(o.Intake.Condition)
	return o
}

// refused checks that err is a *MoveError from → to wrapping want, and that
// the order returned is the one given, unchanged.
func refused(t *testing.T, got, before Order, err error, from, to State, want error) {
	t.Helper()
	var me *MoveError
	switch {
	case !errors.Is(err, want):
		t.Errorf("%s → %s: err = %v, want %v", from, to, err, want)
	case !errors.As(err, &me):
		t.Errorf("%s → %s: err %T is not a *MoveError", from, to, err)
	case me.From != from || me.To != to:
		t.Errorf("MoveError says %s → %s, want %s → %s", me.From, me.To, from, to)
	}
	if !reflect.DeepEqual(got, before) {
		t.Errorf("%s → %s refused but the order changed:\n got %+v\nwant %+v", from, to, got, before)
	}
}

// o1 is the table of O1 as DOMAIN.md and G3 give it, written out here
// rather than read from lifecycle.go, so that a change to either shows.
var o1 = map[State][]State{
	StateReceived:     {StateDiagnosing, StateCancelled},
	StateDiagnosing:   {StateWaitApproval, StateWaitParts, StateRepairing, StateTesting, StateReady, StateReturned, StateCancelled},
	StateWaitApproval: {StateRepairing, StateWaitParts, StateReturned, StateCancelled},
	StateWaitParts:    {StateRepairing, StateReturned, StateCancelled},
	StateRepairing:    {StateWaitParts, StateTesting, StateReady, StateReturned},
	StateTesting:      {StateRepairing, StateReady},
	StateReady:        {StateRepairing}, // and picked up, by the pickup only
}

func TestO1_EveryPairOfStates(t *testing.T) {
	when := now.Add(90 * time.Minute)
	targets := append(slices.Clone(States), "lost", "")
	for _, from := range States {
		for _, to := range targets {
			t.Run(string(from)+"→"+string(to), func(t *testing.T) {
				o := placed(t, from)
				before := clone(o)
				got, err := Move(o, to, tech, when, " 客户要求 ")
				var want error
				switch {
				case !to.Valid():
					want = ErrUnknownState
				case from.Final():
					want = ErrClosed
				case from == to:
					want = ErrSameState
				case to == StatePickedUp:
					want = ErrPickupOnly
				case !slices.Contains(o1[from], to):
					want = ErrMoveNotInO1
				}
				if want != nil {
					refused(t, got, before, err, from, to, want)
					return
				}
				if err != nil {
					t.Fatalf("allowed move refused: %v", err)
				}
				if got.State != to || len(got.History) != 1 {
					t.Fatalf("state %s, history %v", got.State, got.History)
				}
				step := got.History[0]
				wantStep := Step{At: when.UTC(), Who: tech, Kind: StepState, From: from, To: to, Text: "客户要求"}
				if !reflect.DeepEqual(step, wantStep) {
					t.Errorf("step %+v, want %+v", step, wantStep)
				}
				if step.At.Location() != time.UTC || !got.Updated.Equal(when) || got.Updated.Location() != time.UTC {
					t.Errorf("step at %v, updated %v: want %v in UTC", step.At, got.Updated, when)
				}
				if !reflect.DeepEqual(o, before) {
					t.Errorf("the order moved from was changed: %+v", o)
				}
			})
		}
	}
}

func TestO1_NextAndFinal(t *testing.T) {
	for _, s := range States {
		want := slices.DeleteFunc(slices.Clone(o1[s]), func(n State) bool { return n == StatePickedUp })
		if got := s.Next(); !slices.Equal(got, want) {
			t.Errorf("%s.Next() = %v, want %v", s, got, want)
		}
		if got, want := s.Final(), s == StatePickedUp || s == StateCancelled || s == StateReturned; got != want {
			t.Errorf("%s.Final() = %v", s, got)
		}
		if !s.Valid() {
			t.Errorf("%s not valid", s)
		}
	}
	if State("lost").Valid() || State("").Valid() || State("Ready").Valid() {
		t.Error("a state not in States is valid")
	}
	if n := StateReady.Next(); !slices.Equal(n, []State{StateRepairing}) {
		t.Errorf("ready.Next() = %v: picked up is the pickup's", n)
	}
	if len(States) != 10 || States[0] != StateReceived || States[9] != StateReturned {
		t.Errorf("States = %v", States)
	}
}

func TestO1_ClosedOrdersRefuseEverything(t *testing.T) {
	for _, s := range []State{StatePickedUp, StateCancelled, StateReturned} {
		for _, to := range States {
			o := placed(t, s)
			got, err := Move(o, to, tech, now, "x")
			refused(t, got, placed(t, s), err, s, to, ErrClosed)
		}
	}
}

func TestO1_AWholeRepairIsStampedStepByStep(t *testing.T) {
	o := taken(t)
	o.Estimate, o.Fee = nil, 0
	type mv struct {
		to   State
		who  string
		text string
	}
	walk := []mv{
		{StateDiagnosing, tech, ""},
		{StateRepairing, tech, ""},
		{StateWaitParts, tech, "屏线"},
		{StateRepairing, tech, ""},
		{StateTesting, tech, "拷机 4 小时"},
	}
	for i, m := range walk {
		o = moved(t, o, m.to, m.who, now.Add(time.Duration(i+1)*time.Hour), m.text)
	}
	o, _ = SetResult(o, done, tech, now.Add(6*time.Hour))
	o = moved(t, o, StateReady, tech, now.Add(7*time.Hour), "")
	o = moved(t, o, StateRepairing, desk, now.Add(8*time.Hour), "金钥匙验机未过: 键盘失灵") // G3
	o = moved(t, o, StateReady, tech, now.Add(9*time.Hour), "")

	var chain []string
	for _, s := range o.History {
		if s.Kind == StepState {
			chain = append(chain, string(s.From)+">"+string(s.To)+"@"+s.At.Format("15")+" "+s.Who)
		}
	}
	want := []string{
		"received>diagnosing@03 李工", "diagnosing>repairing@04 李工", "repairing>waiting_parts@05 李工",
		"waiting_parts>repairing@06 李工", "repairing>testing@07 李工", "testing>ready@09 李工",
		"ready>repairing@10 王前台", "repairing>ready@11 李工",
	}
	if !slices.Equal(chain, want) {
		t.Errorf("timeline\n got %q\nwant %q", chain, want)
	}
	if len(o.History) != 9 || o.History[5].Kind != StepResult {
		t.Errorf("history %d steps, sixth %q: want 9 with the result sixth", len(o.History), o.History[5].Kind)
	}
	if !o.ReadyAt.Equal(now.Add(9*time.Hour)) || o.ReadyAt.Location() != time.UTC {
		t.Errorf("ReadyAt %v, want the last ready, in UTC", o.ReadyAt)
	}
	if !o.Updated.Equal(now.Add(9*time.Hour)) || !o.Closed.IsZero() {
		t.Errorf("updated %v closed %v", o.Updated, o.Closed)
	}
}

func TestO1_ARefusedOrLaterMoveLeavesEarlierHistoriesAlone(t *testing.T) {
	o := taken(t)
	// Room to grow in place: a Move that appended to o's own array would
	// write into the history of every other copy of o.
	o.History = make([]Step, 1, 8)
	o.History[0] = Step{At: now.UTC(), Who: desk, Kind: StepNote, Text: "intake"}
	orig := clone(o)

	a := moved(t, o, StateDiagnosing, tech, now.Add(time.Hour), "")
	b := moved(t, o, StateCancelled, desk, now.Add(2*time.Hour), "客户不修了")
	if !reflect.DeepEqual(o, orig) {
		t.Errorf("original changed: %+v", o.History)
	}
	if len(a.History) != 2 || a.History[1].To != StateDiagnosing || a.History[0] != orig.History[0] {
		t.Errorf("a later move on the same order rewrote an earlier result: %+v", a.History)
	}
	if len(b.History) != 2 || b.History[1].To != StateCancelled {
		t.Errorf("b history %+v", b.History)
	}
	// And a move on a copy leaves the copy it came from alone.
	c := moved(t, a, StateRepairing, tech, now.Add(3*time.Hour), "")
	if len(a.History) != 2 || a.State != StateDiagnosing || len(c.History) != 3 {
		t.Errorf("a %d steps in %s, c %d steps", len(a.History), a.State, len(c.History))
	}
	c.History[0].Who = "改过"
	if a.History[0].Who != desk || o.History[0].Who != desk {
		t.Error("histories share their steps")
	}
}

func TestO1_MoveConditions(t *testing.T) {
	noEstimate := func(s State) Order {
		o := placed(t, s)
		o.Estimate, o.Fee, o.Approval = nil, 0, ""
		return o
	}
	unapproved := func(a Approval) func(State) Order {
		return func(s State) Order { o := placed(t, s); o.Approval = a; return o }
	}
	loaner := func(s State) Order {
		o := placed(t, s)
		o.Intake.LoanerAccepted, o.Intake.Loaner = true, "备机 T14 #3"
		return o
	}
	empty := func(s State) Order { o := placed(t, s); o.Result = Result{}; return o }
	tests := []struct {
		name     string
		order    func(State) Order
		from, to State
		text     string
		want     error
	}{
		{"waiting for parts needs the part", func(s State) Order { return placed(t, s) }, StateDiagnosing, StateWaitParts, "", ErrNoPartNamed},
		{"blank is no part", func(s State) Order { return placed(t, s) }, StateRepairing, StateWaitParts, "  \u3000 ", ErrNoPartNamed},
		{"cancel needs a reason", func(s State) Order { return placed(t, s) }, StateReceived, StateCancelled, "", ErrNoReason},
		{"return needs a reason", func(s State) Order { return placed(t, s) }, StateRepairing, StateReturned, " ", ErrNoReason},
		{"approval needs an estimate", noEstimate, StateDiagnosing, StateWaitApproval, "", ErrNoEstimate},
		{"repairing needs the approval", unapproved(""), StateWaitApproval, StateRepairing, "", ErrNotApproved},
		{"declined is not approved", unapproved(ApprovalDeclined), StateWaitApproval, StateRepairing, "", ErrNotApproved},
		{"nor are parts ordered unapproved", unapproved(""), StateWaitApproval, StateWaitParts, "屏幕", ErrNotApproved},
		{"ready needs the result", empty, StateTesting, StateReady, "", ErrNoResult},
		{"the loaner first (O8)", loaner, StateWaitParts, StateCancelled, "不修了", ErrLoanerOut},
		{"control characters", func(s State) Order { return placed(t, s) }, StateDiagnosing, StateWaitParts, "屏\x1b[2J", ErrControl},
		{"too long", func(s State) Order { return placed(t, s) }, StateDiagnosing, StateReturned, strings.Repeat("长", MaxNote+1), ErrTooLong},
		{"one line only", func(s State) Order { return placed(t, s) }, StateDiagnosing, StateReturned, "a\nb", ErrControl},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.order(tt.from)
			got, err := Move(o, tt.to, tech, now, tt.text)
			refused(t, got, tt.order(tt.from), err, tt.from, tt.to, tt.want)
		})
	}
}

func TestO1_WaitingForPartsKeepsThePartUntilItLeaves(t *testing.T) {
	o := moved(t, placed(t, StateRepairing), StateWaitParts, tech, now, "  液晶屏 14寸 ")
	if o.AwaitedPart != "液晶屏 14寸" || o.History[0].Text != "液晶屏 14寸" {
		t.Errorf("awaited %q, step %q", o.AwaitedPart, o.History[0].Text)
	}
	back := moved(t, o, StateRepairing, tech, now.Add(time.Hour), "")
	if back.AwaitedPart != "" {
		t.Errorf("still awaiting %q after the part came", back.AwaitedPart)
	}
	gone := moved(t, o, StateReturned, tech, now.Add(time.Hour), "配件停产")
	if gone.AwaitedPart != "" || !gone.Closed.Equal(now.Add(time.Hour)) || gone.Closed.Location() != time.UTC {
		t.Errorf("returned: awaited %q closed %v", gone.AwaitedPart, gone.Closed)
	}
	if o.AwaitedPart != "液晶屏 14寸" {
		t.Error("leaving changed the order left")
	}
}

func TestO1_CancelAndReturnCloseWithTheReason(t *testing.T) {
	for _, to := range []State{StateCancelled, StateReturned} {
		o := moved(t, placed(t, StateDiagnosing), to, desk, now, "客户取回")
		if !o.State.Final() || !o.Closed.Equal(now) || o.History[0].Text != "客户取回" || o.History[0].Who != desk {
			t.Errorf("%s: state %s closed %v step %+v", to, o.State, o.Closed, o.History[0])
		}
		if _, err := Move(o, StateRepairing, tech, now, ""); !errors.Is(err, ErrClosed) {
			t.Errorf("%s then repairing: %v", to, err)
		}
	}
	if o := moved(t, placed(t, StateTesting), StateReady, tech, now, ""); !o.Closed.IsZero() {
		t.Error("ready closed the order")
	}
}

func TestO1_ApprovalAfterWaitingForIt(t *testing.T) {
	o := taken(t)
	o.Estimate, o.Fee = nil, 0
	o = moved(t, o, StateDiagnosing, tech, now, "")
	if _, err := Move(o, StateWaitApproval, tech, now, ""); !errors.Is(err, ErrNoEstimate) {
		t.Fatalf("no estimate: %v", err)
	}
	o, err := SetEstimate(o, "内存条 8G 350\n\n硬盘 1T 420.5", "50", tech, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Line{{"内存条 8G", 35000}, {"硬盘 1T", 42050}}; !slices.Equal(o.Estimate, want) || o.Fee != 5000 {
		t.Errorf("estimate %v fee %v", o.Estimate, o.Fee)
	}
	if s := o.History[len(o.History)-1]; s.Kind != StepEstimate || s.Text != "内存条 8G 350\n\n硬盘 1T 420.5\n50.00" {
		t.Errorf("estimate step %+v", s)
	}
	o = moved(t, o, StateWaitApproval, tech, now.Add(time.Minute), "")

	if _, err := Move(o, StateRepairing, tech, now, ""); !errors.Is(err, ErrNotApproved) {
		t.Fatalf("unapproved: %v", err)
	}
	// Not reached: nothing approved.
	o, err = LogContact(o, Contact{Kind: ContactEstimate, Approval: ApprovalApproved}, desk, now.Add(2*time.Minute))
	if err != nil || o.Approval != "" {
		t.Fatalf("unreached call: approval %q, %v", o.Approval, err)
	}
	o, err = LogContact(o, Contact{Kind: ContactEstimate, Reached: true, Approval: ApprovalApproved, Note: "同意"}, desk, now.Add(3*time.Minute))
	if err != nil || o.Approval != ApprovalApproved {
		t.Fatalf("approved call: approval %q, %v", o.Approval, err)
	}
	ok := moved(t, o, StateRepairing, tech, now.Add(4*time.Minute), "")
	if ok.Approval != ApprovalApproved {
		t.Error("the approval was lost on the move")
	}
	if _, err := Move(o, StateWaitParts, tech, now, "内存条"); err != nil {
		t.Errorf("approved, parts ordered: %v", err)
	}

	// A new estimate is asked again.
	o, err = SetEstimate(o, "", "80", tech, now.Add(5*time.Minute))
	if err != nil || o.Approval != "" || o.Estimate != nil || o.Fee != 8000 {
		t.Fatalf("re-estimate: approval %q estimate %v fee %v, %v", o.Approval, o.Estimate, o.Fee, err)
	}
	if _, err := Move(o, StateRepairing, tech, now, ""); !errors.Is(err, ErrNotApproved) {
		t.Errorf("re-estimated, unapproved: %v", err)
	}
	o, _ = LogContact(o, Contact{Kind: ContactEstimate, Reached: true, Approval: ApprovalDeclined}, desk, now.Add(6*time.Minute))
	if _, err := Move(o, StateRepairing, tech, now, ""); !errors.Is(err, ErrNotApproved) {
		t.Errorf("declined: %v", err)
	}
	if o = moved(t, o, StateReturned, desk, now.Add(7*time.Minute), "客户不同意报价"); o.State != StateReturned {
		t.Errorf("declined, returned: %s", o.State)
	}
}

func TestO1_SetEstimate(t *testing.T) {
	o := placed(t, StateDiagnosing)
	for _, tt := range []struct {
		lines, fee string
		want       error
	}{
		{"", "", ErrNoEstimate},
		{"\n \n", "0", ErrNoEstimate},
		{"内存条", "", ErrEstimateLine},
		{"内存条 abc", "", ErrMoney},
		{"内存条 350", "-1", ErrMoney},
		{"内存条 350\x1b", "", ErrControl},
	} {
		got, err := SetEstimate(o, tt.lines, tt.fee, tech, now)
		if !errors.Is(err, tt.want) || !reflect.DeepEqual(got, placed(t, StateDiagnosing)) {
			t.Errorf("SetEstimate(%q, %q) = %v, want %v and the order unchanged", tt.lines, tt.fee, err, tt.want)
		}
	}
	if _, err := SetEstimate(placed(t, StatePickedUp), "", "50", tech, now); !errors.Is(err, ErrClosed) {
		t.Errorf("closed: %v", err)
	}
}

func TestO3_LogContact(t *testing.T) {
	later := now.Add(26 * time.Hour)
	tests := []struct {
		name  string
		state State
		c     Contact
		check func(t *testing.T, o Order)
	}{
		{"progress reached", StateWaitParts, Contact{Kind: ContactProgress, Reached: true, Note: "配件周五到"}, func(t *testing.T, o Order) {
			if !o.LastCall.Equal(later) || o.LastCall.Location() != time.UTC {
				t.Errorf("LastCall %v", o.LastCall)
			}
		}},
		{"delay reached", StateRepairing, Contact{Kind: ContactDelay, Reached: true, Note: "主板需返厂"}, func(t *testing.T, o Order) {
			if !o.LastCall.Equal(later) {
				t.Errorf("LastCall %v", o.LastCall)
			}
		}},
		{"estimate approved", StateWaitApproval, Contact{Kind: ContactEstimate, Reached: true, Approval: ApprovalApproved}, func(t *testing.T, o Order) {
			if o.Approval != ApprovalApproved || o.History[0].Text != "approved" || !o.LastCall.IsZero() {
				t.Errorf("approval %q text %q lastcall %v", o.Approval, o.History[0].Text, o.LastCall)
			}
		}},
		{"estimate declined", StateWaitApproval, Contact{Kind: ContactEstimate, Reached: true, Approval: ApprovalDeclined, Note: "嫌贵"}, func(t *testing.T, o Order) {
			if o.Approval != ApprovalDeclined || o.History[0].Text != "declined 嫌贵" {
				t.Errorf("approval %q text %q", o.Approval, o.History[0].Text)
			}
		}},
		{"ready reached", StateReady, Contact{Kind: ContactReady, Reached: true}, func(t *testing.T, o Order) {
			if !o.ToldReady.Equal(later) || o.ToldReady.Location() != time.UTC || !o.LastCall.IsZero() {
				t.Errorf("ToldReady %v LastCall %v", o.ToldReady, o.LastCall)
			}
		}},
		{"ready not reached", StateReady, Contact{Kind: ContactReady, Note: "无人接听"}, func(t *testing.T, o Order) {
			if !o.ToldReady.IsZero() {
				t.Errorf("ToldReady %v by an unanswered call", o.ToldReady)
			}
		}},
		{"other", StateDiagnosing, Contact{Kind: ContactOther, Reached: true, Note: "客户询问\r\n是否可加内存"}, func(t *testing.T, o Order) {
			if o.History[0].Text != "客户询问\n是否可加内存" || !o.LastCall.IsZero() || !o.ToldReady.IsZero() || o.Approval != ApprovalApproved {
				t.Errorf("other call changed the order: %+v", o)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := placed(t, tt.state)
			if tt.state == StateWaitApproval {
				o.Approval = ""
			}
			got, err := LogContact(o, tt.c, desk, later)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.History) != 1 {
				t.Fatalf("history %+v", got.History)
			}
			s := got.History[0]
			if s.Kind != StepContact || s.Contact != tt.c.Kind || s.Reached != tt.c.Reached || s.Who != desk ||
				!s.At.Equal(later) || s.At.Location() != time.UTC || !got.Updated.Equal(later) {
				t.Errorf("step %+v", s)
			}
			if got.State != tt.state {
				t.Errorf("a call moved the order to %s", got.State)
			}
			tt.check(t, got)
		})
	}
}

func TestO3_LogContactRefusals(t *testing.T) {
	noEstimate := placed(t, StateDiagnosing)
	noEstimate.Estimate, noEstimate.Fee = nil, 0
	tests := []struct {
		name string
		o    Order
		c    Contact
		want error
	}{
		{"unknown kind", placed(t, StateRepairing), Contact{Kind: "sms", Reached: true}, ErrChoice},
		{"no kind", placed(t, StateRepairing), Contact{Reached: true}, ErrChoice},
		{"ready before ready", placed(t, StateTesting), Contact{Kind: ContactReady, Reached: true}, ErrNotReadyYet},
		{"ready after pickup", placed(t, StatePickedUp), Contact{Kind: ContactReady}, ErrNotReadyYet},
		{"estimate reached, no answer", placed(t, StateWaitApproval), Contact{Kind: ContactEstimate, Reached: true}, ErrNoApproval},
		{"estimate reached, not an answer", placed(t, StateWaitApproval), Contact{Kind: ContactEstimate, Reached: true, Approval: "maybe"}, ErrNoApproval},
		{"estimate of nothing", noEstimate, Contact{Kind: ContactEstimate}, ErrNoEstimate},
		{"control characters", placed(t, StateRepairing), Contact{Kind: ContactProgress, Note: "\u202e反转"}, ErrControl},
		{"too long", placed(t, StateRepairing), Contact{Kind: ContactProgress, Note: strings.Repeat("话", MaxNote+1)}, ErrTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := clone(tt.o)
			got, err := LogContact(tt.o, tt.c, desk, now)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if !reflect.DeepEqual(got, before) {
				t.Errorf("refused call changed the order")
			}
		})
	}
}

func TestO3_ReadyCallTakesTheOrderOffReadyUntold(t *testing.T) {
	o := moved(t, placed(t, StateTesting), StateReady, tech, now, "")
	untold := func(o Order) bool {
		return len(Select([]Head{o.Head()}, ListReadyUntold, now, shanghai)) == 1
	}
	if !untold(o) || o.Head().ToldReady {
		t.Fatal("a ready order not yet called is not on ready_untold")
	}
	missed, err := LogContact(o, Contact{Kind: ContactReady, Note: "关机"}, desk, now.Add(time.Hour))
	if err != nil || !untold(missed) {
		t.Errorf("an unanswered ready call took it off: %v", err)
	}
	told, err := LogContact(missed, Contact{Kind: ContactReady, Reached: true}, desk, now.Add(2*time.Hour))
	if err != nil || untold(told) || !told.Head().ToldReady || len(told.History) != 3 {
		t.Errorf("a reached ready call left it on: %v, history %d", err, len(told.History))
	}
	// Back to repairing (G3) and ready again: the customer is to be told again.
	again := moved(t, moved(t, told, StateRepairing, desk, now.Add(3*time.Hour), "验机未过"), StateReady, tech, now.Add(5*time.Hour), "")
	if !again.ToldReady.IsZero() || !untold(again) {
		t.Errorf("ready again, told %v", again.ToldReady)
	}
}

func TestO3_Scripts(t *testing.T) {
	o := placed(t, StateRepairing)
	if got := ScriptFor(o, ContactReady); got != ReadyForPickup || !strings.Contains(got, "取机凭证") {
		t.Errorf("ready script %q", got)
	}
	if got := ScriptFor(o, ContactDelay); got != DelayApology("") || strings.Contains(got, "…") || !strings.HasPrefix(got, "非常抱歉,您的机器未能按约定时间修好。") {
		t.Errorf("delay script %q", got)
	}
	if got := DelayApology("主板需返厂"); !strings.Contains(got, "原因是主板需返厂。") || !strings.Contains(got, "随时告诉您进度") {
		t.Errorf("DelayApology %q", got)
	}
	o = moved(t, o, StateWaitParts, tech, now, "液晶屏")
	if got, want := ScriptFor(o, ContactDelay), "非常抱歉,由于维修您机器所需要的液晶屏部件现在还未到货…此部件到后我们会立即与您联系"; got != want {
		t.Errorf("delay awaiting a part\n got %q\nwant %q", got, want)
	}
	o.Estimate, o.Fee = []Line{{"内存条 8G", 35000}, {"硬盘", 42050}}, 5000
	if got, want := ScriptFor(o, ContactEstimate), "根据现有的问题和相关的保修政策,我们可以为您提供有偿服务,具体费用为820.50元。"; got != want {
		t.Errorf("estimate\n got %q\nwant %q", got, want)
	}
	for _, k := range []ContactKind{ContactProgress, ContactOther, "sms"} {
		if got := ScriptFor(o, k); got != "" {
			t.Errorf("%s script %q, want none", k, got)
		}
	}
	if !slices.Equal(ContactKinds, []ContactKind{ContactProgress, ContactDelay, ContactEstimate, ContactReady, ContactOther}) {
		t.Errorf("ContactKinds %v", ContactKinds)
	}
}

func TestO4_ReadyNeedsTheResult(t *testing.T) {
	tests := []struct {
		r    Result
		want []string
	}{
		{Result{}, []string{FieldCause, FieldWork, FieldParts, FieldAdvice}},
		{Result{Work: "更换键盘", Advice: " \n "}, []string{FieldCause, FieldParts, FieldAdvice}},
		{Result{Cause: "进液", Work: "清洗", Parts: "无"}, []string{FieldAdvice}},
		{Result{Cause: "进液", Parts: "无", Advice: "远离水杯"}, []string{FieldWork}},
	}
	for _, tt := range tests {
		o := placed(t, StateTesting)
		o.Result = tt.r
		before := clone(o)
		got, err := Move(o, StateReady, tech, now, "")
		refused(t, got, before, err, StateTesting, StateReady, ErrNoResult)
		var me *MoveError
		if errors.As(err, &me) && !slices.Equal(me.Missing, tt.want) {
			t.Errorf("%+v: missing %v, want %v", tt.r, me.Missing, tt.want)
		}
		if !slices.Equal(tt.r.Missing(), tt.want) {
			t.Errorf("Result.Missing() = %v, want %v", tt.r.Missing(), tt.want)
		}
		if err != nil && !strings.Contains(err.Error(), "missing ["+strings.Join(tt.want, " ")+"]") {
			t.Errorf("error %q does not say what is missing", err)
		}
	}
	if len(done.Missing()) != 0 {
		t.Errorf("done misses %v", done.Missing())
	}
}

func TestO4_SetResultThenReady(t *testing.T) {
	o := placed(t, StateTesting)
	o.Result = Result{}
	o, ps := SetResult(o, Result{Cause: " 进液导致键盘短路 ", Work: "清洗主板\r\n更换键盘", Parts: "无", Advice: "远离水杯"}, tech, now)
	wantClean(t, ps)
	want := Result{Cause: "进液导致键盘短路", Work: "清洗主板\n更换键盘", Parts: "无", Advice: "远离水杯"}
	if o.Result != want {
		t.Errorf("result %+v, want %+v", o.Result, want)
	}
	if s := o.History[0]; s.Kind != StepResult || s.Who != tech || s.Text != "进液导致键盘短路 / 清洗主板\n更换键盘 / 无 / 远离水杯" || !s.At.Equal(now) {
		t.Errorf("result step %+v", s)
	}
	later := now.Add(30 * time.Minute)
	o = moved(t, o, StateReady, tech, later, "")
	if !o.ReadyAt.Equal(later) || o.ReadyAt.Location() != time.UTC {
		t.Errorf("ReadyAt %v, want %v in UTC", o.ReadyAt, later)
	}

	// A result written in parts: ready waits for the last field.
	p := placed(t, StateRepairing)
	p.Result = Result{}
	p, ps = SetResult(p, Result{Cause: "硬盘坏道", Work: "更换硬盘"}, tech, now)
	wantClean(t, ps)
	if _, err := Move(p, StateReady, tech, now, ""); !errors.Is(err, ErrNoResult) {
		t.Errorf("half a result: %v", err)
	}
	p, _ = SetResult(p, Result{Cause: "硬盘坏道", Work: "更换硬盘", Parts: "硬盘 1T", Advice: "定期备份"}, tech, now)
	if _, err := Move(p, StateReady, tech, now, ""); err != nil {
		t.Errorf("whole result: %v", err)
	}
}

func TestO4_SetResultProblems(t *testing.T) {
	o := placed(t, StateTesting)
	o.Result = Result{}
	before := clone(o)
	got, ps := SetResult(o, Result{Cause: "短路\x1b[31m", Work: "ok", Parts: "无", Advice: strings.Repeat("长", MaxNote+1)}, tech, now)
	if !slices.Equal(ps.Fields(), []string{FieldCause, FieldAdvice}) ||
		!errors.Is(ps.For(FieldCause).Err, ErrControl) || !errors.Is(ps.For(FieldAdvice).Err, ErrTooLong) ||
		ps.For(FieldAdvice).Limit != MaxNote {
		t.Errorf("problems %v", ps)
	}
	if !errors.Is(ps, ErrControl) || !errors.Is(ps, ErrTooLong) {
		t.Error("errors.Is does not find the sentinels in Problems")
	}
	if !reflect.DeepEqual(got, before) {
		t.Error("a refused result changed the order")
	}
	if _, ps := SetResult(o, Result{Cause: strings.Repeat("长", MaxNote)}, tech, now); !ps.OK() {
		t.Errorf("exactly MaxNote: %v", ps)
	}
	if _, ps := SetResult(o, Result{Work: "a\u2066b"}, tech, now); !errors.Is(ps, ErrControl) {
		t.Errorf("bidi override: %v", ps)
	}
	closed := placed(t, StatePickedUp)
	if got, ps := SetResult(closed, done, tech, now); !errors.Is(ps, ErrClosed) || len(got.History) != 0 {
		t.Errorf("closed: %v", ps)
	}
}

func TestO5_Escalate(t *testing.T) {
	if !slices.Equal(EscalationKinds, []EscalationKind{EscalateTechnicalNeed, EscalateDeviceFault, EscalateAbility}) {
		t.Errorf("EscalationKinds %v", EscalationKinds)
	}
	for i, k := range EscalationKinds {
		when := now.Add(time.Duration(i) * time.Hour)
		o, err := Escalate(placed(t, StateDiagnosing), k, " 送厂家维修中心\r\n单号 SF123 ", tech, when)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		want := Step{At: when.UTC(), Who: tech, Kind: StepEscalation, Escalation: k, Text: "送厂家维修中心\n单号 SF123"}
		if len(o.History) != 1 || o.History[0] != want || o.State != StateDiagnosing || !o.Updated.Equal(when) {
			t.Errorf("%s: history %+v state %s", k, o.History, o.State)
		}
	}
	tests := []struct {
		name string
		o    Order
		kind EscalationKind
		text string
		want error
	}{
		{"unknown kind", placed(t, StateRepairing), "manager", "x", ErrChoice},
		{"no kind", placed(t, StateRepairing), "", "x", ErrChoice},
		{"nothing written", placed(t, StateRepairing), EscalateAbility, " \n ", ErrRequired},
		{"control characters", placed(t, StateRepairing), EscalateAbility, "\x07", ErrControl},
		{"closed", placed(t, StateReturned), EscalateDeviceFault, "x", ErrClosed},
	}
	for _, tt := range tests {
		got, err := Escalate(tt.o, tt.kind, tt.text, tech, now)
		if !errors.Is(err, tt.want) || len(got.History) != 0 {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestO5_Complain(t *testing.T) {
	for _, s := range []State{StateRepairing, StatePickedUp, StateCancelled} {
		o, ps := Complain(placed(t, s), " 等了一周没人通知 ", "已致歉,减免检测费", "张站长", now)
		wantClean(t, ps)
		want := Step{At: now.UTC(), Who: "张站长", Kind: StepComplaint, Text: "等了一周没人通知", Answer: "已致歉,减免检测费"}
		if len(o.History) != 1 || o.History[0] != want || o.State != s {
			t.Errorf("%s: %+v", s, o.History)
		}
	}
	tests := []struct {
		complaint, answer string
		fields            []string
		want              error
	}{
		{"", "已致歉", []string{"complaint"}, ErrRequired},
		{"太慢", " ", []string{"answer"}, ErrRequired},
		{"", "", []string{"complaint", "answer"}, ErrRequired},
		{"太慢\x1b", "好", []string{"complaint"}, ErrControl},
		{"太慢", strings.Repeat("答", MaxNote+1), []string{"answer"}, ErrTooLong},
	}
	for _, tt := range tests {
		o := placed(t, StatePickedUp)
		got, ps := Complain(o, tt.complaint, tt.answer, "张站长", now)
		if !slices.Equal(ps.Fields(), tt.fields) || !errors.Is(ps, tt.want) || len(got.History) != 0 {
			t.Errorf("Complain(%q, %q) = %v, want %v on %v", tt.complaint, tt.answer, ps, tt.want, tt.fields)
		}
	}
}

func TestO5_AddNote(t *testing.T) {
	o, err := AddNote(placed(t, StateRepairing), " 客户要求保留旧硬盘\r\n放附件袋 ", tech, now)
	if err != nil || len(o.History) != 1 || o.History[0] != (Step{At: now.UTC(), Who: tech, Kind: StepNote, Text: "客户要求保留旧硬盘\n放附件袋"}) {
		t.Errorf("note %+v, %v", o.History, err)
	}
	for text, want := range map[string]error{"": ErrEmptyNote, " \n\t": ErrControl, "\n \n": ErrEmptyNote, "\x1b[2J": ErrControl, strings.Repeat("记", MaxNote+1): ErrTooLong} {
		if got, err := AddNote(placed(t, StateRepairing), text, tech, now); !errors.Is(err, want) || len(got.History) != 0 {
			t.Errorf("AddNote(%q) = %v, want %v", text, err, want)
		}
	}
}

func TestO7_RepairsAndExchange(t *testing.T) {
	tests := []struct {
		previous []string
		repairs  int
		exchange bool
	}{
		{nil, 1, false},
		{[]string{"20260401-0003"}, 2, false},
		{[]string{"20260401-0003", "20260710-0012"}, 3, true},
		{[]string{"a", "b", "c"}, 4, true},
	}
	for _, tt := range tests {
		o := taken(t)
		o.Previous = tt.previous
		if o.Repairs() != tt.repairs || o.ExchangeOwed() != tt.exchange {
			t.Errorf("%d previous: Repairs %d ExchangeOwed %v, want %d %v", len(tt.previous), o.Repairs(), o.ExchangeOwed(), tt.repairs, tt.exchange)
		}
	}
}

func TestO7_TheWarrantyClockDoesNotRestart(t *testing.T) {
	o := taken(t)
	o.Previous = []string{"20260401-0003"}
	if !o.Verdict.Covered || o.Verdict.From.IsZero() || o.Verdict.Until.IsZero() {
		t.Fatalf("good() has no warranty: %+v", o.Verdict)
	}
	verdict, received, promised := o.Verdict, o.Received, o.Promised
	o.Estimate, o.Fee = nil, 0
	o = moved(t, o, StateDiagnosing, tech, now.Add(time.Hour), "")
	o = moved(t, o, StateRepairing, tech, now.Add(2*time.Hour), "")
	o, _ = SetResult(o, done, tech, now.Add(3*time.Hour))
	o = moved(t, o, StateReady, tech, now.Add(30*24*time.Hour), "")
	o, _ = LogContact(o, Contact{Kind: ContactReady, Reached: true}, desk, now.Add(31*24*time.Hour))
	if !reflect.DeepEqual(o.Verdict, verdict) || !o.Received.Equal(received) || !o.Promised.Equal(promised) {
		t.Errorf("verdict %+v received %v promised %v: changed by the repair", o.Verdict, o.Received, o.Promised)
	}
	if !slices.Equal(o.Previous, []string{"20260401-0003"}) || o.Repairs() != 2 {
		t.Errorf("previous %v", o.Previous)
	}
}

func TestO8_TheLoanerMustBeBackBeforeClosing(t *testing.T) {
	o := placed(t, StateWaitParts)
	o.Intake.LoanerAccepted, o.Intake.Loaner = true, "备机 T14 #3"
	if !o.LoanerOut() || o.Head().Loaner != "备机 T14 #3" {
		t.Fatalf("loaner out %v, head %q", o.LoanerOut(), o.Head().Loaner)
	}
	for _, to := range []State{StateCancelled, StateReturned} {
		got, err := Move(o, to, desk, now, "客户不修了")
		refused(t, got, clone(o), err, StateWaitParts, to, ErrLoanerOut)
	}
	// Work goes on with the loaner out.
	if _, err := Move(o, StateRepairing, tech, now, ""); err != nil {
		t.Errorf("repairing with the loaner out: %v", err)
	}

	back, err := ReturnLoaner(o, desk, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if back.LoanerOut() || !back.LoanerBack.Equal(now.Add(time.Hour)) || back.LoanerBack.Location() != time.UTC || back.Head().Loaner != "" {
		t.Errorf("loaner back %v, out %v, head %q", back.LoanerBack, back.LoanerOut(), back.Head().Loaner)
	}
	want := Step{At: now.Add(time.Hour).UTC(), Who: desk, Kind: StepLoaner, Text: "备机 T14 #3"}
	if len(back.History) != 1 || back.History[0] != want || !back.Updated.Equal(want.At) {
		t.Errorf("loaner step %+v", back.History)
	}
	if !o.LoanerOut() || len(o.History) != 0 {
		t.Error("ReturnLoaner changed the order it was given")
	}
	if c := moved(t, back, StateCancelled, desk, now.Add(2*time.Hour), "客户不修了"); c.State != StateCancelled || c.OnBoard() {
		t.Errorf("cancelled with the loaner back: %s, on board %v", c.State, c.OnBoard())
	}

	again, err := ReturnLoaner(back, desk, now.Add(3*time.Hour))
	if !errors.Is(err, ErrNoLoaner) || !strings.Contains(err.Error(), "2026-11-23") || len(again.History) != 1 {
		t.Errorf("twice: %v", err)
	}
	for name, f := range map[string]func(*Intake){
		"none":         func(in *Intake) {},
		"not accepted": func(in *Intake) { in.Loaner = "备机 #3" },
		"not named":    func(in *Intake) { in.LoanerAccepted = true },
	} {
		p := placed(t, StateRepairing)
		f(&p.Intake)
		if p.LoanerOut() || p.Head().Loaner != "" {
			t.Errorf("%s: a loaner is out", name)
		}
		if _, err := ReturnLoaner(p, desk, now); !errors.Is(err, ErrNoLoaner) {
			t.Errorf("%s: %v", name, err)
		}
		if _, err := Move(p, StateReturned, desk, now, "无法修复"); err != nil {
			t.Errorf("%s: returned: %v", name, err)
		}
	}
}

func TestO8_PickedUpWithTheLoanerOutStaysOnTheBoard(t *testing.T) {
	o := placed(t, StatePickedUp)
	o.Intake.LoanerAccepted, o.Intake.Loaner = true, "备机 #5"
	if !o.OnBoard() || o.Head().Loaner != "备机 #5" {
		t.Errorf("on board %v, loaner %q", o.OnBoard(), o.Head().Loaner)
	}
	back, err := ReturnLoaner(o, desk, now)
	if err != nil || back.OnBoard() {
		t.Errorf("loaner back after pickup: %v, on board %v", err, back.OnBoard())
	}
	back.VisitDue = day(2026, 11, 30)
	if !back.OnBoard() {
		t.Error("a return visit due is off the board")
	}
}

func TestO1_AnEstimateApprovedAtTheCounterNeedsNoCall(t *testing.T) {
	in := good()
	in.Estimate, in.Fee, in.EstimateApproved = "主板 1200", "80", true
	o, ps := Check(DefaultConfig(), in, now, shanghai)
	if len(ps) > 0 || o.Approval != ApprovalApproved {
		t.Fatalf("approval %q, problems %v", o.Approval, ps)
	}
	o = moved(t, o, StateDiagnosing, tech, now, "")
	o = moved(t, o, StateWaitApproval, tech, now, "")
	moved(t, o, StateRepairing, tech, now, "")
}
