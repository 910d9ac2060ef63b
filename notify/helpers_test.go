package notify

import (
	"testing"
	"time"

	"frontdesk/repair"
)

// shanghai is the station's zone in the tests, UTC+8 all year (China has
// no summer time, so a fixed zone is Asia/Shanghai without tzdata). Tests
// never read the clock: now is Monday 2026-12-07 at 10:00 there.
var (
	shanghai = time.FixedZone("CST", 8*3600)
	now      = time.Date(2026, 12, 7, 10, 0, 0, 0, shanghai)
)

// station is the station of the tests, its hotline a landline as most
// stations' are.
var station = Station{Name: "同创电脑维修站", Phone: "010-62345678", Brand: "联想", Loc: shanghai}

// on is the default configuration with a gateway, so that it sends.
func on() Config {
	c := Default()
	c.Gateway = Gateway{Transport: TransportWebhook, URL: "https://sms.example.cn/frontdesk", Secret: "s3cret", Timeout: 10 * time.Second}
	return c
}

// anOrder is a consumer's notebook taken in on Monday morning, promised
// for Tuesday 17:00, out of warranty: a 50 yuan fee and two parts.
func anOrder() repair.Order {
	return repair.Order{
		Number: "R2612070001", State: repair.StateReceived, Received: now,
		Intake:   repair.Intake{Name: "张三", Phone: "138 1234 5678", Brand: "联想", Model: "ThinkPad X1"},
		Promised: time.Date(2026, 12, 8, 17, 0, 0, 0, shanghai).UTC(),
		Fee:      50_00,
		Estimate: []repair.Line{{Part: "主板", Price: 380_00}, {Part: "电池", Price: 120_50}},
	}
}

// step is a change of o's state to to, at minutes past now.
func step(minutes int, to repair.State) repair.Step {
	return repair.Step{At: now.Add(time.Duration(minutes) * time.Minute).UTC(), Who: "李工", Kind: repair.StepState, To: to}
}

// wantText checks that text is a template of m and renders to want.
func wantText(t *testing.T, m Moment, text string, values map[string]string, want string) {
	t.Helper()
	if err := Check(m, text); err != nil {
		t.Fatalf("Check(%s, %q): %v", m, text, err)
	}
	got, err := Render(text, values)
	if err != nil {
		t.Fatalf("Render(%q): %v", text, err)
	}
	if got != want {
		t.Errorf("%s:\n got %q\nwant %q", m, got, want)
	}
}

// wantDefaults checks m's default templates: zh with values, en with
// values changed by en (the times and words an English text has).
func wantDefaults(t *testing.T, m Moment, values map[string]string, zh string, en map[string]string, want string) {
	t.Helper()
	wantText(t, m, defaults(m, "zh"), values, zh)
	for k, v := range en {
		values[k] = v
	}
	wantText(t, m, defaults(m, "en"), values, want)
}

// defaults is the default template of m in lang.
func defaults(m Moment, lang string) string { return DefaultTemplates()[m].Text(lang) }

// common is the fields every template has, with more of a moment's.
func common(more ...string) map[string]string {
	v := map[string]string{FieldStation: station.Name, FieldHotline: station.Phone}
	for i := 0; i+1 < len(more); i += 2 {
		v[more[i]] = more[i+1]
	}
	return v
}
