package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"frontdesk/demo"
	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// TestDemoPlaysAnOnsiteDay: the demo run at any time of the week — a
// Monday morning in service hours, a Saturday night, a weekday before
// opening, five past midnight on a Monday — leaves an on-site day on a
// fresh store, every request read back in the state its part says: the
// last service day's escalated (its carry-in order linked both ways),
// solved on the phone and paid visit done; today's visit at 王工's next
// free time and the one that asked for the same time given another, a
// call-back due, a part awaited, one whose on-site clock is near. The
// hotline has the calls that opened them, a progress call and 张工's call
// on 李工's list; the log's times never go back; store.Check passes.
func TestDemoPlaysAnOnsiteDay(t *testing.T) {
	cfg := queue.DefaultConfig()
	ocfg := onsite.DefaultConfig()
	for _, tc := range []struct {
		name   string
		now    time.Time
		orders int
	}{
		{"Monday 10:00", time.Date(2026, 12, 7, 2, 0, 0, 0, time.UTC), 0},
		{"Saturday 23:30", time.Date(2026, 12, 5, 15, 30, 0, 0, time.UTC), 300},
		{"Tuesday 08:00", time.Date(2026, 12, 8, 0, 0, 0, 0, time.UTC), 0},
		{"Monday 00:05", time.Date(2026, 12, 6, 16, 5, 0, 0, time.UTC), 0},
		{"Wednesday 16:47:30", time.Date(2026, 12, 9, 8, 47, 30, 0, time.UTC), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := tc.now
			st, played := demoStore(t, &now)
			var out bytes.Buffer
			if err := Demo(Env{Store: st, Text: i18n.New("zh"), Out: &out, JSON: true}, now, tc.orders, played.Set); err != nil {
				t.Fatal(err)
			}
			var said struct {
				Requests int `json:"requests"`
				Calls    int `json:"hotline_calls"`
			}
			if err := json.Unmarshal(out.Bytes(), &said); err != nil {
				t.Fatal(err)
			}
			if said.Requests != 8 || said.Calls != 11 {
				t.Errorf("the demo says %d requests and %d calls, want 8 and 11", said.Requests, said.Calls)
			}
			checkOnsiteDay(t, st, ocfg, cfg.Location, now, said.Calls)
			if _, err := st.Check(); err != nil {
				t.Errorf("store.Check: %v", err)
			}
		})
	}
}

// demoStore is a fresh store in a test's directory on the demo's clock,
// which plays the time the demo sets or else *now; closed at the test's end.
func demoStore(t *testing.T, now *time.Time) (*store.Store, *Clock) {
	t.Helper()
	played := new(Clock)
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: queue.DefaultConfig(),
		Now: func() time.Time { return played.Or(*now) }, NoSync: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, played
}

func checkOnsiteDay(t *testing.T, st *store.Store, ocfg onsite.Config, loc *time.Location, now time.Time, calls int) {
	t.Helper()
	cast := demo.Onsite()
	of := func(c demo.Caller) onsite.Request {
		t.Helper()
		phone, err := repair.NormalizePhone(c.Phone)
		if err != nil {
			t.Fatal(err)
		}
		rs, err := st.RequestsByPhone(phone, 10)
		if err != nil || len(rs) != 1 {
			t.Fatalf("%s's requests: %d, %v; want one", c.Name, len(rs), err)
		}
		return rs[0]
	}
	state := func(r onsite.Request, want onsite.State) {
		t.Helper()
		if r.State != want {
			t.Errorf("%s (%s): %s, want %s", r.Number, r.Customer.Name, r.State, want)
		}
	}
	today := now.In(loc).Format(time.DateOnly)
	closedBefore := func(r onsite.Request) {
		t.Helper()
		if day := r.Received.In(loc).Format(time.DateOnly); day >= today || r.Closed.IsZero() || r.Closed.In(loc).Format(time.DateOnly) >= today {
			t.Errorf("%s received %s, closed %s: want both before today %s", r.Number, r.Received.In(loc), r.Closed.In(loc), today)
		}
	}

	esc := of(cast.Escalated)
	state(esc, onsite.StateEscalated)
	closedBefore(esc)
	o, found, err := st.OrderByNumber(esc.Order)
	switch {
	case err != nil || !found:
		t.Errorf("escalated to %q: %v %v", esc.Order, found, err)
	case o.Request != esc.Number || o.Ticket != "" || o.Intake.Serial != esc.Device.Serial:
		t.Errorf("order %s: from request %q, ticket %q, serial %s; want %s, none, %s",
			o.Number, o.Request, o.Ticket, o.Intake.Serial, esc.Number, esc.Device.Serial)
	}
	if esc.Record.Arrived.IsZero() || esc.Record.Departed.IsZero() || esc.Record.Found == "" || len(esc.Aheads) != 1 {
		t.Errorf("escalated: record %+v, calls ahead %d", esc.Record, len(esc.Aheads))
	}

	solved := of(cast.Solved)
	state(solved, onsite.StateSolved)
	closedBefore(solved)
	if g := solved.Guidance; g == nil || !g.Solved || !g.Called.Equal(g.CallBack) {
		t.Errorf("solved: guidance %+v", solved.Guidance)
	}

	paid := of(cast.Paid)
	state(paid, onsite.StateDone)
	closedBefore(paid)
	if paid.Paid == nil || !paid.Paid.Accepted || paid.Paid.Reason != onsite.PaidSoftware || paid.Record.Fee != paid.Paid.Fee ||
		len(paid.Record.Missing()) > 0 || len(paid.Check) == 0 || paid.VisitDue.IsZero() {
		t.Errorf("paid: %+v, record %+v, missing %v", paid.Paid, paid.Record, paid.Record.Missing())
	}
	for _, r := range []onsite.Request{esc, paid} {
		if w := onsite.Worst(onsite.Clocks(r, ocfg, loc, now)); w != onsite.LevelOK {
			t.Errorf("%s: a limit of S8 not kept: %+v", r.Number, onsite.Clocks(r, ocfg, loc, now))
		}
	}

	next, clash := of(cast.Next), of(cast.Clash)
	state(next, onsite.StateScheduled)
	state(clash, onsite.StateScheduled)
	for _, r := range []onsite.Request{next, clash} {
		if r.Visit.Engineer != demoWang || r.Visit.Start.Before(now) {
			t.Errorf("%s: visit %+v, want 王工's from now on", r.Number, r.Visit)
		}
	}
	if clash.Visit.Start.Equal(next.Visit.Start) || clash.Visit.Start.Before(next.Visit.End) && next.Visit.Start.Before(clash.Visit.End) {
		t.Errorf("the clash %s at %s, the visit it asked for %s", clash.Number, clash.Visit.Start.In(loc), next.Visit.Start.In(loc))
	}

	guided := of(cast.Guided)
	state(guided, onsite.StateGuided)
	if due := onsite.CallBackDue([]onsite.Request{guided}, now); len(due) != 1 {
		t.Errorf("guided: call-back at %s not due at %s", guided.Guidance.CallBack.In(loc), now.In(loc))
	}

	part := of(cast.Part)
	state(part, onsite.StateNew)
	if a := onsite.Awaited(part); len(a) != 1 || a[0].Name != cast.Part.Note {
		t.Errorf("part: awaited %+v", a)
	}

	near := of(cast.Near)
	state(near, onsite.StateNew)
	for _, c := range onsite.Clocks(near, ocfg, loc, now) {
		if c.Name == onsite.ClockOnSite && (c.Level != onsite.LevelNear || c.Status != onsite.StatusRunning) {
			t.Errorf("near: on-site clock %s %v, left %s", c.Status, c.Level, c.Left)
		}
	}
	if risk := onsite.AtRisk([]onsite.Request{near}, ocfg, loc, now); len(risk) != 1 {
		t.Error("near: not at risk")
	}
	for _, r := range []onsite.Request{next, clash, guided, part, near} {
		if !r.Received.Before(now) || now.Sub(r.Received) > 4*24*time.Hour {
			t.Errorf("%s received %s, now %s", r.Number, r.Received.In(loc), now.In(loc))
		}
	}

	// The hotline: every call back, each request's opening call among them.
	opened := map[string]onsite.Result{}
	results := map[onsite.Result]int{}
	for id := uint64(1); ; id++ {
		c, found, err := st.HotlineCall(id)
		if err != nil {
			t.Fatal(err)
		}
		if !found {
			if int(id-1) != calls {
				t.Errorf("%d calls on the log, the demo says %d", id-1, calls)
			}
			break
		}
		results[c.Result]++
		if c.Request != "" && c.Direction == onsite.Inbound {
			opened[c.Request] = c.Result
		}
		if c.Result == onsite.ResultAnswered && c.Order == "" {
			t.Errorf("the progress call names no order: %+v", c)
		}
	}
	for _, r := range []onsite.Request{esc, solved, paid, next, clash, guided, part, near} {
		want := onsite.ResultRequest
		if r.Guidance != nil {
			want = onsite.ResultGuided
		}
		if opened[r.Number] != want {
			t.Errorf("%s: its call %q, want %q", r.Number, opened[r.Number], want)
		}
	}
	if results[onsite.ResultAnswered] != 1 || results[onsite.ResultSolved] != 1 || results[onsite.ResultHandedOff] != 1 {
		t.Errorf("calls by result: %v", results)
	}
	if held, err := st.CallsOwned(demoZhang); err != nil || len(held) != 0 {
		t.Errorf("张工 still holds %d calls (%v)", len(held), err)
	}
	li, err := st.CallsOwned(demoLi)
	if err != nil || len(li) != 1 || li[0].Result != onsite.ResultHandedOff || len(li[0].History) != 1 || li[0].History[0].Who != demoZhang {
		t.Errorf("李工's calls: %+v (%v)", li, err)
	}

	// The log's times never go back.
	var last time.Time
	for after := uint64(0); ; {
		es, err := st.Events(after, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) == 0 {
			break
		}
		for _, e := range es {
			if e.At.Before(last) {
				t.Fatalf("event %d (%s) at %s, after one at %s", e.ID, e.Kind, e.At.In(loc), last.In(loc))
			}
			last = e.At
			after = e.ID
		}
	}
	if last.After(now) {
		t.Errorf("the newest event at %s, after now %s", last.In(loc), now.In(loc))
	}
}

// TestDemoOnsiteDayOnlyOnANewLog: a demo run the next day on the same
// store plays its morning but no on-site day, whose last service day lies
// before the first demo's events: the log's times would go back, and its
// made-up requests would mix with the first's.
func TestDemoOnsiteDayOnlyOnANewLog(t *testing.T) {
	monday := time.Date(2026, 12, 7, 2, 0, 0, 0, time.UTC) // 10:00 in Shanghai
	now := monday
	st, played := demoStore(t, &now)
	for i, want := range []int{8, 0} {
		now = monday.AddDate(0, 0, i)
		var out bytes.Buffer
		if err := Demo(Env{Store: st, Text: i18n.New("en"), Out: &out, JSON: true}, now, 0, played.Set); err != nil {
			t.Fatal(err)
		}
		var said demoMade
		if err := json.Unmarshal(out.Bytes(), &said); err != nil || said.Requests != want {
			t.Errorf("demo on day %d: %d requests (%v), want %d", i+1, said.Requests, err, want)
		}
	}
	if _, err := st.Check(); err != nil {
		t.Errorf("store.Check: %v", err)
	}
}
