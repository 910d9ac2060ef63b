package queue

import (
	"reflect"
	"testing"
	"time"
)

func TestAStrandedTicketIsOneNoOpenCounterCanCall(t *testing.T) {
	cfg := DefaultConfig() // counters 1–3 serve A, B, C; counter 4 serves D
	at := time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)
	d := Ticket{Number: "D001", Type: "D", State: Waiting, IssuedAt: at}
	a := Ticket{Number: "A001", Type: "A", State: Waiting, IssuedAt: at}
	toFour := Ticket{Number: "A002", Type: "A", State: Transferred, ToCounter: 4, IssuedAt: at}
	toTwo := Ticket{Number: "A003", Type: "A", State: Transferred, ToCounter: 2, IssuedAt: at}
	called := Ticket{Number: "D002", Type: "D", State: Called, Counter: 3, IssuedAt: at}
	for _, c := range []struct {
		name string
		open []int
		t    Ticket
		want bool
	}{
		{"D with counter 4 closed", []int{1, 3}, d, true},
		{"D with counter 4 open", []int{3, 4}, d, false},
		{"A with counter 1 open", []int{1}, a, false},
		{"A with no counter open", nil, a, true},
		{"A sent to counter 4, which does not serve A", []int{1, 2, 3, 4}, toFour, true},
		{"A sent to counter 2, open", []int{1, 2}, toTwo, false},
		{"A sent to counter 2, closed", []int{1, 3}, toTwo, true},
		{"a called ticket waits for nobody", nil, called, false},
	} {
		if got := Stranded(cfg, c.open, c.t); got != c.want {
			t.Errorf("%s: Stranded = %v, want %v", c.name, got, c.want)
		}
	}
	got := StrandedTypes(cfg, []int{1}, []Ticket{d, a, toFour, {Number: "D003", Type: "D", State: Waiting}})
	want := []TypeCount{{Type: "A", N: 1}, {Type: "D", N: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("StrandedTypes = %+v, want %+v", got, want)
	}
}
