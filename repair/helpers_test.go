package repair

import (
	"errors"
	"testing"
	"time"
)

// shanghai is the station's zone in the tests; without tzdata it is still
// UTC+8 all year.
var shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}()

// now is 10:00 in Shanghai on Monday 2026-11-23. Tests never read the clock.
var now = time.Date(2026, 11, 23, 10, 0, 0, 0, shanghai)

// day is midnight of a date in Shanghai.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, shanghai) }

// good is an intake with nothing wrong: a consumer's notebook bought with an
// invoice in March, promised for 13:00 today (3 hours: no loaner needed).
func good() Intake {
	return Intake{
		Phone:        "138 1234 5678",
		Name:         " 张三 ",
		Kind:         Consumer,
		Device:       "notebook",
		Brand:        "联想",
		Model:        "ThinkPad X1",
		Serial:       "pf-12ab34",
		Purchased:    "2026-03-10",
		Proof:        ProofInvoice,
		Fault:        "开机黑屏\n风扇响",
		Reproduced:   ReproducedYes,
		Accessories:  []string{"adapter"},
		BackupRaised: true,
		Promised:     "2026-11-23 13:00",
	}
}

// with is good() changed by f.
func with(f func(*Intake)) Intake {
	in := good()
	f(&in)
	return in
}

// problems checks in at now with the default configuration.
func problems(in Intake) Problems {
	_, ps := Check(DefaultConfig(), in, now, shanghai)
	return ps
}

// wantOnly checks that ps is exactly one problem, on field, matching want.
func wantOnly(t *testing.T, ps Problems, field string, want error) {
	t.Helper()
	if len(ps) != 1 || ps[0].Field != field || !errors.Is(ps[0].Err, want) {
		t.Errorf("problems = %v, want only %s: %v", ps, field, want)
	}
}

// wantClean checks that there are no problems.
func wantClean(t *testing.T, ps Problems) {
	t.Helper()
	if !ps.OK() {
		t.Errorf("problems = %v, want none", ps)
	}
}
