package demo

import (
	"encoding/json"
	"hash/fnv"
	"iter"
	"reflect"
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
)

var (
	shanghai = time.FixedZone("CST", 8*3600)
	now      = time.Date(2025, 6, 2, 10, 30, 0, 0, shanghai)
)

func generate(opts Options) []repair.Order {
	var out []repair.Order
	for o := range Orders(opts) {
		out = append(out, o)
	}
	return out
}

// Every order is an intake repair.Check accepts, in a valid state, its
// timeline replays through package repair's functions to the order
// itself, and the newest are open while all before them are closed.
func TestOrdersObeyTheRules(t *testing.T) {
	const n, open = 20_000, 400
	cfg := repair.DefaultConfig()
	orders := generate(Options{Orders: n, Open: open, Now: now, Seed: 7})
	if len(orders) != n {
		t.Fatalf("%d orders, want %d", len(orders), n)
	}
	numbers, claims := map[string]repair.Order{}, map[string]bool{}
	first := now.AddDate(0, 0, -Days-1)
	for i, o := range orders {
		if i > 0 && o.Received.Before(orders[i-1].Received) {
			t.Fatalf("%s received before the order before it", o.Number)
		}
		if o.Received.Before(first) || !o.Received.Before(now.Truncate(24*time.Hour)) {
			t.Errorf("%s received %v, outside the three years before today", o.Number, o.Received)
		}
		if _, dup := numbers[o.Number]; dup || claims[o.Claim] || !repair.ValidOrderNumber(o.Number) ||
			!repair.ValidClaim(o.Claim, cfg.ClaimCodeLength) {
			t.Fatalf("number %s / claim %s repeated or malformed", o.Number, o.Claim)
		}
		numbers[o.Number], claims[o.Claim] = o, true
		for _, p := range o.Previous { // O7: earlier orders of the same device
			if prev, ok := numbers[p]; !ok || prev.Intake.Serial != o.Intake.Serial {
				t.Errorf("%s: previous %s is not an earlier order of %s", o.Number, p, o.Intake.Serial)
			}
		}
		checkIntake(t, cfg, o)
		if !o.State.Valid() || o.State.Final() != (i < n-open) {
			t.Fatalf("order %d of %d (%s) is %s", i, n, o.Number, o.State)
		}
		if got := replay(t, cfg, o); !reflect.DeepEqual(got, o) {
			t.Fatalf("%s does not replay:\n%s\n%s", o.Number, asJSON(got), asJSON(o))
		}
		last := o.Received
		for _, st := range o.History {
			if st.At.Before(last) || !st.At.Before(now) {
				t.Fatalf("%s: step %+v out of order or after now", o.Number, st)
			}
			last = st.At
		}
		if o.State == repair.StatePickedUp && (len(o.Result.Missing()) > 0 || o.ReadyAt.IsZero() ||
			o.ToldReady.IsZero() || o.Closed.IsZero() || o.LoanerOut() || o.Pickup == nil) {
			t.Errorf("%s picked up without result, ready call or loaner back: %s", o.Number, asJSON(o))
		}
	}
}

// checkIntake: the intake is what repair.Check makes of it at the counter.
func checkIntake(t *testing.T, cfg repair.Config, o repair.Order) {
	t.Helper()
	got, ps := repair.Check(cfg, o.Intake, o.Received, shanghai)
	if !ps.OK() {
		t.Fatalf("%s: intake refused: %v\n%s", o.Number, ps, asJSON(o.Intake))
	}
	if !reflect.DeepEqual(got.Intake, o.Intake) || got.Verdict != o.Verdict || !got.Promised.Equal(o.Promised) {
		t.Fatalf("%s: Check makes\n%s\n%v %v of\n%s\n%v %v", o.Number, asJSON(got.Intake), got.Verdict, got.Promised,
			asJSON(o.Intake), o.Verdict, o.Promised)
	}
}

// replay makes o again from its intake, step by step, with the functions
// of package repair and what the order recorded of its pickup and visit.
func replay(t *testing.T, cfg repair.Config, o repair.Order) repair.Order {
	t.Helper()
	r := repair.Order{
		ID: o.ID, Number: o.Number, Claim: o.Claim, State: repair.StateReceived, Received: o.Received,
		Counter: o.Counter, Engineer: o.Engineer, Ticket: o.Ticket, Intake: o.Intake, Verdict: o.Verdict,
		Promised: o.Promised, Previous: o.Previous,
	}
	for _, st := range o.History {
		var err error
		switch st.Kind {
		case repair.StepState:
			if st.To != repair.StatePickedUp {
				r, err = repair.Move(r, st.To, st.Who, st.At, st.Text)
				break
			}
			r, err = repair.SignOff(r, *o.Pickup, cfg, shanghai, st.At)
		case repair.StepResult:
			f := strings.Split(st.Text, " / ")
			var ps repair.Problems
			r, ps = repair.SetResult(r, repair.Result{Cause: f[0], Work: f[1], Parts: f[2], Advice: f[3]}, st.Who, st.At)
			if !ps.OK() {
				err = ps
			}
		case repair.StepContact:
			c := repair.Contact{Kind: st.Contact, Reached: st.Reached, Note: st.Text}
			if st.Contact == repair.ContactEstimate && st.Reached {
				answer, note, _ := strings.Cut(st.Text, " ")
				c.Approval, c.Note = repair.Approval(answer), note
			}
			r, err = repair.LogContact(r, c, st.Who, st.At)
		case repair.StepEstimate:
			r, err = repair.SetEstimate(r, st.Text, "", st.Who, st.At)
		case repair.StepNote:
			r, err = repair.AddNote(r, st.Text, st.Who, st.At)
		case repair.StepLoaner:
			r, err = repair.ReturnLoaner(r, st.Who, st.At)
		case repair.StepEscalation:
			r, err = repair.Escalate(r, st.Escalation, st.Text, st.Who, st.At)
		case repair.StepComplaint:
			var ps repair.Problems
			if r, ps = repair.Complain(r, st.Text, st.Answer, st.Who, st.At); !ps.OK() {
				err = ps
			}
		case repair.StepLostAccessory: // written by the sign-off, the next step
		case repair.StepAccessoryBack:
			r, err = repair.SettleLost(r, st.Item, st.Who, st.At)
		case repair.StepVisit:
			v := repair.Visit{By: st.Who, Reached: st.Reached}
			if o.Visit != nil && st.Reached {
				v = *o.Visit
			}
			r, err = repair.RecordVisit(r, v, st.At)
		default:
			t.Fatalf("%s: a step the generator does not make: %+v", o.Number, st)
		}
		if err != nil {
			t.Fatalf("%s: step %+v refused: %v", o.Number, st, err)
		}
	}
	return r
}

// The open orders give every list of the board something, and every open
// state of O1 is there.
func TestOpenOrdersFillTheBoard(t *testing.T) {
	orders := generate(Options{Orders: 3000, Open: 300, Now: now, Seed: 1})
	var heads []repair.Head
	states := map[repair.State]int{}
	latin, landline, comebacks, loaners := 0, 0, 0, 0
	for _, o := range orders {
		if o.OnBoard() {
			heads = append(heads, o.Head())
		}
		states[o.State]++
		if o.Intake.Name[0] < 0x80 {
			latin++
		}
		if strings.HasPrefix(o.Intake.Phone, "0") {
			landline++
		}
		if len(o.Previous) > 0 {
			comebacks++
		}
		if o.Intake.LoanerAccepted {
			loaners++
		}
	}
	counts := repair.Counts(heads, now, shanghai)
	for _, l := range repair.Lists {
		if counts[l] == 0 {
			t.Errorf("list %s is empty: %v", l, counts)
		}
	}
	for _, s := range repair.States {
		if states[s] == 0 {
			t.Errorf("no order is %s: %v", s, states)
		}
	}
	if counts[repair.ListOpen] != 300 || states[repair.StatePickedUp] < 2400 {
		t.Errorf("open %d, picked up %d", counts[repair.ListOpen], states[repair.StatePickedUp])
	}
	for what, got := range map[string]int{"Latin names": latin, "landlines": landline, "comebacks": comebacks, "loaners": loaners} {
		if got < 30 || got > 600 {
			t.Errorf("%d %s of 3000", got, what)
		}
	}
}

func TestSameSeedSameOrders(t *testing.T) {
	sum := func(seed uint64) uint64 {
		h := fnv.New64a()
		for o := range Orders(Options{Orders: 2000, Now: now, Seed: seed}) {
			h.Write([]byte(asJSON(o)))
		}
		return h.Sum64()
	}
	if a, b, c := sum(3), sum(3), sum(4); a != b || a == c {
		t.Errorf("seed 3: %x, again %x; seed 4: %x", a, b, c)
	}
}

// TestDefaultOpen: a workshop of about eight days of intake, at least 40
// orders (every open state) and at most 1000, never more than there are.
func TestDefaultOpen(t *testing.T) {
	for n, want := range map[int]int{0: 0, 1: 1, 30: 30, 999: 40, 5000: 40, 100_000: 729, 1_000_000: 1000} {
		if got := DefaultOpen(n); got != want {
			t.Errorf("DefaultOpen(%d) = %d, want %d", n, got, want)
		}
		if got := len(generate(Options{Orders: min(n, 5000), Now: now})); got != min(n, 5000) {
			t.Errorf("%d orders made of %d", got, n)
		}
	}
	// A history of one order: it is open, received yesterday.
	o := generate(Options{Orders: 1, Now: now})[0]
	if o.State.Final() || !o.Received.Before(now) || now.Sub(o.Received) > 48*time.Hour {
		t.Errorf("the only order %s, received %v", o.State, o.Received)
	}
}

// BenchmarkOrders is the generator alone, per order.
func BenchmarkOrders(b *testing.B) {
	next, stop := iter.Pull(Orders(Options{Orders: 10_000_000, Now: now, Open: 1000}))
	defer stop()
	for b.Loop() {
		next()
	}
}

func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
