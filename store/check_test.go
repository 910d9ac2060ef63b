package store

import (
	"strings"
	"testing"
	"time"
)

// A ticket is called again after a no-show's return and after a transfer:
// each time it was queued again, so Check passes.
func TestCheckCallsAfterReturnAndTransfer(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	tk := take(t, s, "A")
	must(t)(s.CallNext(1, "desk"))
	c.Add(10 * time.Minute) // past the no-show wait
	must(t)(s.NoShow(1, "desk"))
	must(t)(s.ReturnNoShow(tk.ID, "desk"))
	must(t)(s.CallNext(1, "desk"))
	must(t)(s.Transfer(1, "B", 0, "desk"))
	if again := must(t)(s.CallNext(2, "desk")); again.ID != tk.ID {
		t.Fatalf("counter 2 called %s, want the transferred %s", again.Number, tk.Number)
	}
	if _, err := s.Check(); err != nil {
		t.Fatalf("Check of a ticket called three times, queued again between: %v", err)
	}
}

// A second call of a ticket nobody queued again, and an announcement the
// log does not have, are named by Check.
func TestCheckNamesDoubleCalls(t *testing.T) {
	for name, tamper := range map[string]func(*wtx, uint64) error{
		"called twice": func(w *wtx, id uint64) error {
			tk, err := w.todays(id)
			if err != nil {
				return err
			}
			return w.saved(KindCall, 2, tk, "")
		},
		"announcement not in the log": func(w *wtx, id uint64) error {
			return tab(w.tx, bucketCalls).putJSON(u64(1), Call{Number: "A001", Counter: 3, At: w.now})
		},
	} {
		t.Run(name, func(t *testing.T) {
			s := openTest(t, newClock())
			tk := take(t, s, "A")
			must(t)(s.CallNext(1, "desk"))
			if _, err := s.Check(); err != nil {
				t.Fatalf("Check before tampering: %v", err)
			}
			if err := s.write("test", false, func(w *wtx) error { return tamper(w, tk.ID) }); err != nil {
				t.Fatal(err)
			}
			_, err := s.Check()
			if err == nil || !strings.Contains(err.Error(), "A001") {
				t.Fatalf("Check after %s: %v, want the ticket named", name, err)
			}
		})
	}
}
