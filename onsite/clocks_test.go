package onsite

import (
	"testing"
	"time"
)

func TestS8_DeadlineCountsServiceTimeOnly(t *testing.T) {
	holiday := cfg17()
	holiday.Holidays = []string{"2026-11-24"}
	swapped := cfg17()
	swapped.Workdays = []string{"2026-11-28"} // a Saturday worked (调休)
	none := cfg17()
	none.Days = nil
	for _, c := range []struct {
		name  string
		cfg   Config
		from  time.Time
		limit time.Duration
		want  time.Time
	}{
		{"within a day", cfg17(), at(23, 10, 0), 2 * time.Hour, at(23, 12, 0)},
		{"16:59, ends at closing", cfg17(), at(23, 16, 59), time.Minute, at(23, 17, 0)},
		{"16:59, a minute past closing", cfg17(), at(23, 16, 59), 2 * time.Minute, at(24, 8, 31)},
		{"16:59, two hours", cfg17(), at(23, 16, 59), 2 * time.Hour, at(24, 10, 29)},
		{"across midnight", cfg17(), at(23, 23, 0), 2 * time.Hour, at(24, 10, 30)},
		{"before opening", cfg17(), at(23, 7, 0), 2 * time.Hour, at(23, 10, 30)},
		{"at closing counts from the next opening", cfg17(), at(23, 17, 0), time.Hour, at(24, 9, 30)},
		{"Friday afternoon, across the weekend", cfg17(), at(27, 16, 0), 2 * time.Hour, at(30, 9, 30)},
		{"arrives on Saturday", cfg17(), at(28, 10, 0), 2 * time.Hour, at(30, 10, 30)},
		{"nothing to count: the next opening", cfg17(), at(28, 10, 0), 0, at(30, 8, 30)},
		{"a holiday does not count", holiday, at(23, 16, 0), 2 * time.Hour, at(25, 9, 30)},
		{"a Saturday worked counts", swapped, at(27, 16, 0), 2 * time.Hour, at(28, 9, 30)},
		{"restore: four hours over two days", cfg17(), at(23, 15, 0), 4 * time.Hour, at(24, 10, 30)},
		{"the default hours end at 17:30", DefaultConfig(), at(23, 16, 59), time.Hour, at(24, 8, 59)},
		{"no service days: wall time", none, at(28, 10, 0), 2 * time.Hour, at(28, 12, 0)},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.cfg.Deadline(c.from, c.limit, shanghai)
			if !got.Equal(c.want) {
				t.Errorf("Deadline(%s, %v) = %s, want %s", c.from.Format("Mon 01-02 15:04"), c.limit,
					got.In(shanghai).Format("Mon 01-02 15:04"), c.want.Format("Mon 01-02 15:04"))
			}
			if c.cfg.hours() && c.limit > 0 {
				if back := c.cfg.ServiceTime(c.from, got, shanghai); back != c.limit {
					t.Errorf("ServiceTime back = %v, want %v", back, c.limit)
				}
			}
		})
	}
}

func TestS8_ServiceTimeIsNegativePastIt(t *testing.T) {
	cfg := cfg17()
	if got := cfg.ServiceTime(at(27, 16, 0), at(30, 9, 30), shanghai); got != 2*time.Hour {
		t.Errorf("Friday 16:00 → Monday 09:30 = %v, want 2h", got)
	}
	if got := cfg.ServiceTime(at(30, 9, 30), at(27, 16, 0), shanghai); got != -2*time.Hour {
		t.Errorf("backwards = %v, want -2h", got)
	}
	if got := cfg.ServiceTime(at(28, 9, 0), at(29, 18, 0), shanghai); got != 0 {
		t.Errorf("a weekend = %v, want 0", got)
	}
}

// clock is r's clock of name at when, failing the test without one.
func clock(t *testing.T, r Request, cfg Config, when time.Time, name ClockName) Clock {
	t.Helper()
	for _, c := range Clocks(r, cfg, shanghai, when) {
		if c.Name == name {
			return c
		}
	}
	t.Fatalf("no %s clock in %+v", name, Clocks(r, cfg, shanghai, when))
	return Clock{}
}

func TestS8_OnSiteTwoHoursTargetThreeHourCap(t *testing.T) {
	r := aRequest(t)
	r.Received = at(23, 10, 0)
	for _, c := range []struct {
		name    string
		arrived time.Time
		when    time.Time
		status  Status
		level   Level
		left    time.Duration
	}{
		{"running", time.Time{}, at(23, 11, 0), StatusRunning, LevelOK, time.Hour},
		{"near: 24 minutes is a fifth of 2 hours", time.Time{}, at(23, 11, 36), StatusRunning, LevelNear, 24 * time.Minute},
		{"not yet near", time.Time{}, at(23, 11, 35), StatusRunning, LevelOK, 25 * time.Minute},
		{"past 2 hours: late but allowed, counting to the cap", time.Time{}, at(23, 12, 30), StatusLate, LevelNear, 30 * time.Minute},
		{"at the cap", time.Time{}, at(23, 13, 0), StatusLate, LevelNear, 0},
		{"past 3 hours: missed", time.Time{}, at(23, 13, 1), StatusMissed, LevelMissed, -time.Minute},
		{"arrived in time", at(23, 11, 50), at(23, 15, 0), StatusMet, LevelOK, 0},
		{"arrived at 2 hours exactly", at(23, 12, 0), at(23, 15, 0), StatusMet, LevelOK, 0},
		{"arrived late", at(23, 12, 40), at(23, 15, 0), StatusLate, LevelNear, 0},
		{"arrived past the cap", at(23, 13, 10), at(23, 15, 0), StatusMissed, LevelMissed, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := r
			r.Record.Arrived = c.arrived
			got := clock(t, r, cfg17(), c.when, ClockOnSite)
			if got.Status != c.status || got.Level != c.level || got.Left != c.left {
				t.Errorf("status %s level %d left %v, want %s %d %v", got.Status, got.Level, got.Left, c.status, c.level, c.left)
			}
			if !got.Due.Equal(at(23, 12, 0)) || !got.Cap.Equal(at(23, 13, 0)) {
				t.Errorf("due %s cap %s", got.Due, got.Cap)
			}
		})
	}
}

func TestS8_CapCountsServiceTimeAcrossTheNight(t *testing.T) {
	r := aRequest(t)
	r.Received = at(23, 16, 0) // an hour before closing at 17:00
	got := clock(t, r, cfg17(), at(23, 20, 0), ClockOnSite)
	if !got.Due.Equal(at(24, 9, 30)) || !got.Cap.Equal(at(24, 10, 30)) {
		t.Errorf("due %s cap %s, want Tuesday 09:30 and 10:30", got.Due.In(shanghai), got.Cap.In(shanghai))
	}
	if got.Status != StatusRunning || got.Left != time.Hour {
		t.Errorf("in the evening: %s with %v left, want running with 1h of service time", got.Status, got.Left)
	}
}

func TestS8_AnswerCountsWallTime(t *testing.T) {
	r := aRequest(t)
	r.Received, r.Answered = at(23, 16, 58), time.Time{}
	if c := clock(t, r, cfg17(), at(23, 17, 1), ClockAnswer); c.Status != StatusRunning || c.Level != LevelOK || c.Left != 2*time.Minute {
		t.Errorf("after closing, 3 minutes in: %+v, want running with 2m left", c)
	}
	if c := clock(t, r, cfg17(), at(23, 17, 2), ClockAnswer); c.Level != LevelNear {
		t.Errorf("a minute left: level %d, want near", c.Level)
	}
	if c := clock(t, r, cfg17(), at(23, 17, 4), ClockAnswer); c.Status != StatusMissed {
		t.Errorf("6 minutes: %s, want missed", c.Status)
	}
	r.Answered = at(23, 17, 4)
	if c := clock(t, r, cfg17(), at(23, 18, 0), ClockAnswer); c.Status != StatusMissed || c.Level != LevelMissed {
		t.Errorf("answered after 6 minutes: %+v", c)
	}
	r.Answered = at(23, 17, 3)
	if c := clock(t, r, cfg17(), at(23, 18, 0), ClockAnswer); c.Status != StatusMet {
		t.Errorf("answered after 5 minutes: %s, want met", c.Status)
	}
}

func TestS8_RemoteOnlyWhileGuided(t *testing.T) {
	r := aRequest(t)
	names := func(cs []Clock) (out []ClockName) {
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	if got := names(Clocks(r, cfg17(), shanghai, now)); len(got) != 3 || got[1] != ClockOnSite || got[2] != ClockRestore {
		t.Errorf("a new request's clocks = %v, want answer, onsite, restore", got)
	}
	r.State, r.Guidance = StateGuided, &Guidance{At: at(23, 10, 15), By: desk, Note: "重装驱动"}
	got := Clocks(r, cfg17(), shanghai, at(23, 11, 0))
	if n := names(got); len(n) != 2 || n[1] != ClockRemote {
		t.Fatalf("a guided request's clocks = %v, want answer and remote", n)
	}
	if got[1].Status != StatusMet || !got[1].Due.Equal(at(23, 10, 20)) {
		t.Errorf("guided 25 minutes after the request: %+v, want met by 10:20", got[1])
	}
	r.Guidance.At = at(23, 10, 25)
	if c := clock(t, r, cfg17(), at(23, 11, 0), ClockRemote); c.Status != StatusMissed {
		t.Errorf("guided 35 minutes after the request: %s, want missed", c.Status)
	}
}

func TestS8_RestoreOwesABusinessALoaner(t *testing.T) {
	r := aRequest(t) // received 09:50
	c := clock(t, r, cfg17(), at(23, 14, 0), ClockRestore)
	if !c.Due.Equal(at(23, 13, 50)) || c.Status != StatusMissed || !c.Loaner {
		t.Errorf("a business 4h10m in: %+v, want missed with a loaner owed", c)
	}
	r.Customer.Kind, r.Customer.Company = "consumer", ""
	if c := clock(t, r, cfg17(), at(23, 14, 0), ClockRestore); c.Loaner {
		t.Error("a consumer is owed a loaner")
	}
	r.Record.Fixed = at(23, 13, 0)
	if c := clock(t, r, cfg17(), at(23, 14, 0), ClockRestore); c.Status != StatusMet {
		t.Errorf("fixed in time: %s", c.Status)
	}
}

func TestS8_AVisitAfterGuidanceCountsFromTheCallBack(t *testing.T) {
	r := aRequest(t)
	r.Guidance = &Guidance{At: at(23, 10, 0), Called: at(23, 12, 0), CallBack: at(23, 12, 0)}
	if c := clock(t, r, cfg17(), at(23, 13, 0), ClockOnSite); !c.Due.Equal(at(23, 14, 0)) {
		t.Errorf("due %s, want 14:00: two hours after the call-back", c.Due.In(shanghai))
	}
}

func TestS8_AClosedRequestKeepsOnlySettledClocks(t *testing.T) {
	r := aRequest(t)
	r.State, r.Record.Arrived = StateEscalated, at(23, 11, 0)
	cs := Clocks(r, cfg17(), shanghai, at(24, 12, 0))
	if len(cs) != 2 || cs[0].Name != ClockAnswer || cs[1].Name != ClockOnSite || cs[1].Status != StatusMet {
		t.Errorf("clocks = %+v, want the answer and on site, met; no restore running", cs)
	}
	r.State = StateSolved
	if cs := Clocks(r, cfg17(), shanghai, at(24, 12, 0)); len(cs) != 1 {
		t.Errorf("solved on the phone: %+v, want the answer's only", cs)
	}
}

func TestS8_AtRiskAndWorst(t *testing.T) {
	fine, near, missed, closed := aRequest(t), aRequest(t), aRequest(t), aRequest(t)
	fine.Number, fine.Received = "S1", at(23, 11, 0)
	near.Number, near.Received = "S2", at(23, 9, 40) // on site due 11:40
	missed.Number, missed.Received = "S3", at(23, 8, 30)
	closed.Number, closed.Received, closed.State = "S4", at(23, 8, 30), StateCancelled
	for _, r := range []*Request{&fine, &near, &missed, &closed} {
		r.Answered = r.Received
	}
	when := at(23, 11, 20)
	got := AtRisk([]Request{fine, near, missed, closed}, cfg17(), shanghai, when)
	if len(got) != 2 || got[0].Number != "S3" || got[1].Number != "S2" {
		t.Errorf("AtRisk = %v, want S3 then S2", numbers(got))
	}
	if w := Worst(Clocks(missed, cfg17(), shanghai, when)); w != LevelNear {
		t.Errorf("Worst of a request late within the cap = %d, want near", w)
	}
	if w := Worst(Clocks(fine, cfg17(), shanghai, when)); w != LevelOK {
		t.Errorf("Worst of a fresh request = %d", w)
	}
}

func numbers(rs []Request) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Number
	}
	return out
}
