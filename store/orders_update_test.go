package store

import (
	"bytes"
	"errors"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"frontdesk/repair"
)

// change is what UpdateOrder does to an order.
type change = func(o repair.Order, now time.Time) (repair.Order, error)

// move moves the order (repair.Move).
func move(to repair.State, text string) change {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.Move(o, to, "安娜", now, text)
	}
}

// steps makes one update of several changes.
func steps(cs ...change) change {
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		for _, c := range cs {
			var err error
			if o, err = c(o, now); err != nil {
				return o, err
			}
		}
		return o, nil
	}
}

// repaired takes an order in diagnosis through the repair to ready, with
// its result (O4).
var repaired = steps(move(repair.StateRepairing, ""),
	func(o repair.Order, now time.Time) (repair.Order, error) {
		o, ps := repair.SetResult(o, repair.Result{Cause: "内存松动", Work: "重新安装内存", Parts: "无", Advice: "定期除尘"}, "安娜", now)
		if !ps.OK() {
			return o, ps
		}
		return o, nil
	},
	move(repair.StateReady, ""))

// estimated prices a repair out of warranty (I11).
func estimated(o repair.Order, now time.Time) (repair.Order, error) {
	return repair.SetEstimate(o, "主板 1200", "80", "安娜", now)
}

// signedOff hands a ready notebook back to name (P1–P4): claim code, two
// passed inspection rounds, signature.
func signedOff(s *Store, name string) change { return signedOffWith(s, name, func(*repair.Pickup) {}) }

// signedOffWith is signedOff with what more the pickup records (the
// accessories handed back or lost).
func signedOffWith(s *Store, name string, more func(*repair.Pickup)) change {
	cfg := repair.DefaultConfig()
	kind, _ := cfg.Device("notebook")
	var round repair.Round
	for _, it := range kind.Inspection {
		round = append(round, repair.Inspected{Item: it.Key, Mark: repair.MarkPass})
	}
	return func(o repair.Order, now time.Time) (repair.Order, error) {
		p := repair.Pickup{
			Verification:    repair.Verification{By: "安娜", At: now, ClaimCode: true},
			SerialConfirmed: true, Rounds: []repair.Round{round, round}, SignedBy: name, Staff: "安娜",
		}
		more(&p)
		return repair.SignOff(o, p, cfg, s.Config().Location, now)
	}
}

func update(t *testing.T, s *Store, id uint64, c change) repair.Order {
	t.Helper()
	o, err := s.UpdateOrder("安娜", 2, id, c)
	if err != nil {
		t.Fatalf("UpdateOrder: %v", err)
	}
	return o
}

// orderEvents are the KindOrder events of the log.
func orderEvents(t *testing.T, s *Store) []Event {
	t.Helper()
	var out []Event
	for _, e := range allEvents(t, s) {
		if e.Kind == KindOrder {
			out = append(out, e)
		}
	}
	return out
}

// rawOrder is an order's bytes as stored.
func rawOrder(t *testing.T, s *Store, id uint64) []byte {
	t.Helper()
	var raw []byte
	err := s.view(func(tx *bolt.Tx) error {
		raw = bytes.Clone(tx.Bucket(bucketOrders).Get(u64(id)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// boardNumbers are the numbers and states of the heads on the board.
func boardNumbers(t *testing.T, s *Store) []string {
	t.Helper()
	heads, err := s.Board()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range heads {
		out = append(out, h.Number+" "+string(h.State))
	}
	return out
}

// boardEmpty fails unless no order is on the board any more.
func boardEmpty(t *testing.T, s *Store, after string) {
	t.Helper()
	if got := boardNumbers(t, s); len(got) != 0 {
		t.Errorf("%s, still on the board: %v", after, got)
	}
}

// O1–O4 through the store: each update writes the order, logs one event per
// new step with the state after it, and keeps the order's head on the
// board while it is open.
func TestUpdateOrderWritesLogsAndKeepsTheBoard(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	a := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	b := saveIntake(t, s, 1, newOrder("李雷", "13900139000", "MJ0ABC12"))
	if got := boardNumbers(t, s); !slices.Equal(got, []string{a.Number + " received", b.Number + " received"}) {
		t.Fatalf("board after intake %v", got)
	}

	c.Add(time.Hour)
	r := rev(t, s)
	got := update(t, s, a.ID, move(repair.StateDiagnosing, ""))
	if stored, _, _ := s.Order(a.ID); got.State != repair.StateDiagnosing || stored.State != got.State ||
		len(stored.History) != 1 || !stored.History[0].At.Equal(c.Now()) || rev(t, s) != r+1 {
		t.Fatalf("moved %+v, stored %+v, rev %d → %d", got.State, stored.History, r, rev(t, s))
	}
	// Two steps in one update: two events, each with the state after the update.
	got = update(t, s, a.ID, steps(estimated, move(repair.StateWaitApproval, "")))
	ev := orderEvents(t, s)
	if len(ev) != 3 || got.State != repair.StateWaitApproval {
		t.Fatalf("events %+v", ev)
	}
	for i, want := range []struct{ state, detail string }{
		{"diagnosing", "state received diagnosing"},
		{"waiting_approval", "estimate 主板 1200\n80.00"},
		{"waiting_approval", "state diagnosing waiting_approval"},
	} {
		if e := ev[i]; e.State != want.state || e.Detail != want.detail || e.Order != a.Number || e.Counter != 2 || e.Who != "安娜" {
			t.Errorf("event %d: %+v, want %+v", i, e, want)
		}
	}
	if got := boardNumbers(t, s); !slices.Equal(got, []string{a.Number + " waiting_approval", b.Number + " received"}) {
		t.Errorf("board %v", got)
	}

	// Cancelled, with no loaner out: off the board.
	update(t, s, b.ID, move(repair.StateCancelled, "客户不修了"))
	if got := boardNumbers(t, s); !slices.Equal(got, []string{a.Number + " waiting_approval"}) {
		t.Errorf("board after a cancel %v", got)
	}
	if o, _, _ := s.Order(b.ID); o.State != repair.StateCancelled || o.Closed.IsZero() {
		t.Errorf("cancelled order %+v", o)
	}
}

// O8: an order with a loaner out stays on the board, with the loaner on
// its head; it cannot close until the loaner is back, and then leaves.
func TestO8_LoanerKeepsTheOrderOnTheBoard(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	in := newOrder("张伟", "13800138000", "PF2XK9A1")
	in.Intake.LoanerOffered, in.Intake.LoanerAccepted, in.Intake.Loaner = true, true, "备机 07"
	o := saveIntake(t, s, 1, in)
	update(t, s, o.ID, move(repair.StateDiagnosing, ""))

	before, r, n := rawOrder(t, s, o.ID), rev(t, s), len(allEvents(t, s))
	_, err := s.UpdateOrder("安娜", 2, o.ID, move(repair.StateCancelled, "客户不修了"))
	var me *repair.MoveError
	if !errors.As(err, &me) || !errors.Is(err, repair.ErrLoanerOut) {
		t.Fatalf("cancel with the loaner out: %v", err)
	}
	heads, _ := s.Board()
	if len(heads) != 1 || heads[0].Loaner != "备机 07" || heads[0].State != repair.StateDiagnosing {
		t.Errorf("board with the loaner out %+v", heads)
	}
	if !bytes.Equal(rawOrder(t, s, o.ID), before) || rev(t, s) != r || len(allEvents(t, s)) != n {
		t.Error("a refused move changed the file")
	}

	update(t, s, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.ReturnLoaner(o, "安娜", now)
	})
	if heads, _ := s.Board(); len(heads) != 1 || heads[0].Loaner != "" {
		t.Errorf("loaner back, still open: %+v", heads)
	}
	update(t, s, o.ID, move(repair.StateCancelled, "客户不修了"))
	boardEmpty(t, s, "closed with the loaner back")
}

// P5 through the store: a picked-up order stays on the board until its
// return visit is recorded.
func TestPickedUpOrderLeavesTheBoardAfterTheVisit(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	update(t, s, o.ID, steps(move(repair.StateDiagnosing, ""), repaired))
	c.Add(24 * time.Hour)
	picked := update(t, s, o.ID, signedOff(s, "张伟"))
	heads, _ := s.Board()
	if picked.State != repair.StatePickedUp || len(heads) != 1 || heads[0].VisitDue.IsZero() {
		t.Fatalf("picked up %s, board %+v", picked.State, heads)
	}
	c.Add(48 * time.Hour)
	update(t, s, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.RecordVisit(o, repair.Visit{By: "安娜", Reached: true, Satisfied: 5}, now)
	})
	boardEmpty(t, s, "visited")
}

// A refused change writes nothing; a missing order is ErrNoOrder; an update
// may not touch what the order is found by, nor record nothing.
func TestUpdateOrderRefusals(t *testing.T) {
	c := newClock()
	s := openTest(t, c)
	o := saveIntake(t, s, 1, newOrder("张伟", "13800138000", "PF2XK9A1"))
	before, r, n, board := rawOrder(t, s, o.ID), rev(t, s), len(allEvents(t, s)), boardNumbers(t, s)
	unchanged := func(what string) {
		t.Helper()
		if !bytes.Equal(rawOrder(t, s, o.ID), before) || rev(t, s) != r || len(allEvents(t, s)) != n ||
			!slices.Equal(boardNumbers(t, s), board) {
			t.Errorf("%s changed the file", what)
		}
	}

	_, err := s.UpdateOrder("安娜", 2, o.ID, move(repair.StateReady, ""))
	var me *repair.MoveError
	if !errors.As(err, &me) || me.From != repair.StateReceived || me.To != repair.StateReady {
		t.Errorf("received → ready: %v", err)
	}
	unchanged("a refused move")

	if _, err := s.UpdateOrder("安娜", 2, 99, move(repair.StateDiagnosing, "")); !errors.Is(err, ErrNoOrder) {
		t.Errorf("missing order: %v", err)
	}
	_, err = s.UpdateOrder("安娜", 2, o.ID, func(o repair.Order, _ time.Time) (repair.Order, error) { return o, nil })
	wantErr(t, err, ErrOrderUnchanged)
	unchanged("an empty update")

	for name, edit := range map[string]func(*repair.Order){
		"number": func(o *repair.Order) { o.Number = "R2506020099" },
		"claim":  func(o *repair.Order) { o.Claim = "ZZZZZZZZ" },
		"phone":  func(o *repair.Order) { o.Intake.Phone = "13900000000" },
		"serial": func(o *repair.Order) { o.Intake.Serial = "OTHER001" },
		"name":   func(o *repair.Order) { o.Intake.Name = "李雷" },
		"id":     func(o *repair.Order) { o.ID = 7 },
	} {
		_, err := s.UpdateOrder("安娜", 2, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
			o, err := repair.Move(o, repair.StateDiagnosing, "安娜", now, "")
			edit(&o)
			return o, err
		})
		if err == nil {
			t.Errorf("an update that changes the %s was saved", name)
		}
		unchanged("changing the " + name)
	}
	// Still findable as before, and movable.
	if res, _ := s.Search("8000", 0); len(res.Heads) != 1 || res.Heads[0].Number != o.Number {
		t.Errorf("after the refusals: %v", headNumbers(res.Heads))
	}
	update(t, s, o.ID, move(repair.StateDiagnosing, ""))
}
