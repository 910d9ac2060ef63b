package demo

import (
	"reflect"
	"testing"

	"frontdesk/onsite"
	"frontdesk/repair"
)

// onsiteHistory is the requests beside n orders, and the orders as they
// were yielded.
func onsiteHistory(orders, requests int, seed uint64) ([]repair.Order, []onsite.Request) {
	h := NewRequestHistory(RequestOptions{Requests: requests, Orders: orders, Now: now, Seed: seed})
	var out []repair.Order
	for o := range h.Orders(Orders(Options{Orders: orders, Now: now, Seed: seed})) {
		out = append(out, o)
	}
	return out, h.Requests()
}

// The on-site history: about as many requests as asked, oldest first,
// numbered by their day, every one of them closed but the newest hundredth,
// in every closed state, each escalated one linked to an order that names
// it back, a share of the callers the orders' businesses; the same seed,
// the same history.
func TestRequestHistory(t *testing.T) {
	const n, want = 10_000, 2_000
	orders, rs := onsiteHistory(n, want, 3)
	if len(orders) != n || len(rs) < want-5 || len(rs) > want {
		t.Fatalf("%d orders, %d requests", len(orders), len(rs))
	}
	byNumber := map[string]repair.Order{}
	phones := map[string]bool{}
	for _, o := range orders {
		byNumber[o.Number] = o
		phones[o.Intake.Phone] = true
	}
	states := map[onsite.State]int{}
	numbers := map[string]bool{}
	overlap := 0
	for i, r := range rs {
		states[r.State]++
		if numbers[r.Number] || !onsite.ValidRequestNumber(r.Number) || r.Number[1:7] != r.Received.In(now.Location()).Format("060102") {
			t.Fatalf("request %d: number %s (received %v)", i, r.Number, r.Received)
		}
		numbers[r.Number] = true
		if i > 0 && r.Received.Before(rs[i-1].Received) {
			t.Fatalf("request %s before %s", r.Number, rs[i-1].Number)
		}
		if r.Updated.After(now) || r.Received.After(now) {
			t.Fatalf("request %s: a step after now", r.Number)
		}
		if r.Open() && r.Received.Before(now.AddDate(0, 0, -requestOpenDays-1)) {
			t.Errorf("request %s, received %v, open", r.Number, r.Received)
		}
		if r.State == onsite.StateEscalated {
			if o, ok := byNumber[r.Order]; !ok || o.Request != r.Number || o.Intake.Phone != r.Customer.Phone {
				t.Errorf("request %s escalated to %s, which names %q", r.Number, r.Order, o.Request)
			}
		}
		if phones[r.Customer.Phone] {
			overlap++
		}
	}
	for _, s := range []onsite.State{onsite.StateSolved, onsite.StateDone, onsite.StateEscalated, onsite.StateCancelled} {
		if states[s] < want/20 {
			t.Errorf("%d requests %s: %v", states[s], s, states)
		}
	}
	if open := len(rs) - states[onsite.StateSolved] - states[onsite.StateDone] - states[onsite.StateEscalated] - states[onsite.StateCancelled]; open != want/100 {
		t.Errorf("%d open, want %d: %v", open, want/100, states)
	}
	if overlap < want/5 {
		t.Errorf("%d of %d callers with an order's phone", overlap, len(rs))
	}
	t.Logf("states %v; %d callers with an order's phone", states, overlap)
	if _, again := onsiteHistory(n, want, 3); !reflect.DeepEqual(again, rs) {
		t.Error("the same seed made another history")
	}
}
