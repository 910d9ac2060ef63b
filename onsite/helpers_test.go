package onsite

import (
	"errors"
	"testing"
	"time"

	"frontdesk/repair"
)

// shanghai is the station's zone in the tests, Asia/Shanghai: UTC+8 all
// year, so a fixed zone stands in where the system has no tzdata. Tests
// never read the clock: now is Monday 2026-11-23 at 10:00 there.
var (
	shanghai = zoneOr("Asia/Shanghai", time.FixedZone("CST", 8*3600))
	now      = time.Date(2026, 11, 23, 10, 0, 0, 0, shanghai)
)

func zoneOr(name string, fallback *time.Location) *time.Location {
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return fallback
}

// at is h:m in Shanghai on a day of November 2026 (23 is a Monday, 28 and
// 29 the weekend).
func at(day, h, m int) time.Time { return time.Date(2026, 11, day, h, m, 0, 0, shanghai) }

// The people of the tests.
const (
	desk = "王前台" // the coordinator
	tech = "李工"  // the engineer
)

// aRequest is a business customer's request as Check makes it, received at
// 09:50 and answered at 09:52 on Monday.
func aRequest(t *testing.T) Request {
	t.Helper()
	r, ps := Check(Request{
		Received: at(23, 9, 50), Answered: at(23, 9, 52),
		Customer: Customer{Name: " 王经理 ", Company: "华联商贸有限公司", Position: "行政经理",
			Phone: "138 1234 5678", Address: "朝阳区建国路 88 号 12 层"},
		Device: Device{Kind: "notebook", Model: "ThinkPad T14", Serial: "pf2abc12"},
		Fault:  "开机黑屏",
	}, now)
	wantClean(t, ps)
	r.ID, r.Number, r.Taker = 3, "S2611230003", desk
	return r
}

// wantClean checks that there are no problems.
func wantClean(t *testing.T, ps Problems) {
	t.Helper()
	if !ps.OK() {
		t.Fatalf("problems = %v, want none", ps)
	}
}

// wantOnly checks that ps is exactly one problem, on field, matching want.
func wantOnly(t *testing.T, ps Problems, field string, want error) {
	t.Helper()
	if len(ps) != 1 || ps[0].Field != field || !errors.Is(ps[0].Err, want) {
		t.Errorf("problems = %v, want only %s: %v", ps, field, want)
	}
}

// wantErr checks that err matches want.
func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Errorf("err = %v, want %v", err, want)
	}
}

// cfg17 is the default on-site configuration with service ending at 17:00.
func cfg17() Config {
	c := DefaultConfig()
	c.Close = 17 * time.Hour
	return c
}

// rcfg is repair's default configuration: the inspection lists, P5's days.
var rcfg = repair.DefaultConfig()
