package repair

import (
	"testing"
	"time"
)

func TestI12_PromisedTime(t *testing.T) {
	promise := func(s string) Intake {
		return with(func(in *Intake) { in.Promised, in.LoanerOffered = s, true })
	}
	wantOnly(t, problems(promise("")), FieldPromised, ErrRequired)
	wantOnly(t, problems(promise("tomorrow")), FieldPromised, ErrTime)
	wantOnly(t, problems(promise("2026-11-23")), FieldPromised, ErrTime)
	wantOnly(t, problems(promise("2026-11-23 10:00")), FieldPromised, ErrPromisedPast) // now
	wantOnly(t, problems(promise("2026-11-20 18:00")), FieldPromised, ErrPromisedPast)
	wantClean(t, problems(promise("2026-11-23 10:01")))
	wantClean(t, problems(promise("2027-01-22 10:00"))) // 60 days
	wantOnly(t, problems(promise("2027-01-22 10:01")), FieldPromised, ErrPromisedFar)
	o, _ := Check(DefaultConfig(), promise("2026-11-24 9:00"), now, shanghai)
	if o.Intake.Promised != "2026-11-24 09:00" {
		t.Errorf("promised kept as %q, want the canonical form", o.Intake.Promised)
	}
}

func TestI12_LoanerOfferedPastFourHours(t *testing.T) {
	cfg := DefaultConfig()
	tests := []struct {
		promised string
		needs    bool
	}{
		{"2026-11-23 13:59", false},
		{"2026-11-23 14:00", false}, // exactly 4 hours
		{"2026-11-23 14:01", true},
		{"2026-11-26 18:00", true},
	}
	for _, tt := range tests {
		in := with(func(in *Intake) { in.Promised = tt.promised })
		if got := in.NeedsLoaner(cfg, now, shanghai); got != tt.needs {
			t.Errorf("%s: NeedsLoaner = %v, want %v", tt.promised, got, tt.needs)
		}
		if tt.needs {
			wantOnly(t, problems(in), FieldLoanerOffered, ErrLoanerNotOffered)
			in.LoanerOffered = true // offered, and declined
			wantClean(t, problems(in))
		} else {
			wantClean(t, problems(in))
		}
	}
	if (Intake{Promised: "soon"}).NeedsLoaner(cfg, now, shanghai) {
		t.Error("an unreadable promise needs a loaner")
	}
	cfg.LoanerAfter = 24 * time.Hour // a station's own threshold
	if with(func(in *Intake) { in.Promised = "2026-11-24 10:00" }).NeedsLoaner(cfg, now, shanghai) {
		t.Error("24 hours with a 24-hour threshold needs a loaner")
	}
}

func TestI12_LoanerAcceptedMustBeNamed(t *testing.T) {
	later := func(f func(*Intake)) Intake {
		return with(func(in *Intake) { in.Promised = "2026-11-25 18:00"; f(in) })
	}
	wantOnly(t, problems(later(func(in *Intake) { in.LoanerAccepted = true })), FieldLoaner, ErrLoanerWhich)
	o, ps := Check(DefaultConfig(), later(func(in *Intake) {
		in.LoanerAccepted, in.Loaner = true, " 备机 T14-03 "
	}), now, shanghai)
	wantClean(t, ps) // accepted means offered
	if !o.Intake.LoanerOffered || o.Intake.Loaner != "备机 T14-03" {
		t.Errorf("loaner %+v", o.Intake)
	}
	o, _ = Check(DefaultConfig(), later(func(in *Intake) {
		in.LoanerOffered, in.Loaner = true, "typed, then declined"
	}), now, shanghai)
	if o.Intake.Loaner != "" {
		t.Errorf("declined loaner kept as %q", o.Intake.Loaner)
	}
}

func TestI12_ProposedPromise(t *testing.T) {
	cfg := DefaultConfig()
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, shanghai) }
	tests := []struct {
		now, want time.Time
	}{
		{at(23, 10, 0), at(26, 10, 0)},  // on the hour
		{at(23, 10, 20), at(26, 11, 0)}, // rounded up
		{at(23, 17, 10), at(26, 18, 0)},
		{at(23, 18, 0), at(26, 18, 0)},
		{at(23, 18, 1), at(27, 18, 0)}, // after closing: the next day's 18:00
		{at(23, 23, 30), at(27, 18, 0)},
	}
	for _, tt := range tests {
		got := ProposedPromise(cfg, tt.now, shanghai)
		if !got.Equal(tt.want) || got.Location() != shanghai {
			t.Errorf("ProposedPromise(%s) = %s, want %s", tt.now.Format(MinuteLayout), got, tt.want.Format(MinuteLayout))
		}
		// The proposal passes the checks, with a loaner offered (3 days).
		in := with(func(in *Intake) { in.Promised, in.LoanerOffered = got.Format(MinuteLayout), true })
		if _, ps := Check(cfg, in, tt.now, shanghai); !ps.OK() {
			t.Errorf("proposal %s refused: %v", got.Format(MinuteLayout), ps)
		}
	}
	cfg.PromiseMax = cfg.PromiseDefault
	if got := ProposedPromise(cfg, at(23, 10, 20), shanghai); !got.Equal(at(26, 10, 20)) {
		t.Errorf("capped by PromiseMax: %s", got)
	}
}
