package cli

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/report"
)

// huilian is the business customer of the C2 tests.
const huilian = "华联商贸有限公司"

// customerStation is two companies' services on Monday 2 June 2025, and
// one of 华联's the day before (outside the period). 华联 on the day: a
// carry-in order of a ThinkPad T14 that will not show a picture, and five
// on-site requests — the same T14 back with a like fault, visited on time
// (1 h 30 min); another T14 visited late (2 h 30 min); a third solved on
// the phone; a 小新 visited past the 3 hours and escalated to a carry-in
// repair (its order the second carry-in); one cancelled. 远大科技 on the day:
// an order and a request of a T14 with the same fault, which are not
// 华联's.
func customerStation(t *testing.T) (*store.Store, rpt.Period, []string) {
	t.Helper()
	now := time.Date(2025, 6, 1, 7, 0, 0, 0, time.UTC) // Sunday 15:00 in Shanghai
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: queue.DefaultConfig(),
		Now: func() time.Time { return now }, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	intake := func(company, model, serial, fault, request string) repair.Order {
		t.Helper()
		now = now.Add(5 * time.Minute)
		o, err := st.SaveIntake("王工", 1, repair.Order{Request: request, Intake: repair.Intake{
			Name: "王经理", Phone: "13912345678", Kind: repair.Business, Company: company,
			Device: "notebook", Brand: "联想", Model: model, Serial: serial, Fault: fault,
		}})
		must(err)
		return o
	}
	request := func(company, model, serial, fault string, change func(r onsite.Request, at time.Time) onsite.Request) onsite.Request {
		t.Helper()
		now = now.Add(5 * time.Minute)
		r, err := st.OpenRequest("小刘", onsite.Request{
			Customer: onsite.Customer{Kind: repair.Business, Name: "王经理", Company: company, Phone: "13912345678", Address: "北京市海淀区中关村大街 1 号"},
			Device:   onsite.Device{Model: model, Serial: serial}, Fault: fault,
		})
		must(err)
		return changeRequest(t, st, r, change)
	}
	arrived := func(after time.Duration, state onsite.State) func(r onsite.Request, at time.Time) onsite.Request {
		return func(r onsite.Request, at time.Time) onsite.Request {
			r.Visit = onsite.Visit{Engineer: "张工", Start: at.Add(time.Hour), End: at.Add(2 * time.Hour)}
			r.Record.Arrived, r.State = at.Add(after), state
			return r
		}
	}
	intake(huilian, "ThinkPad T14", "PF2ABC12", "开机黑屏", "") // Sunday: not in the period
	now = time.Date(2025, 6, 2, 1, 0, 0, 0, time.UTC)       // Monday 09:00
	order := intake(huilian, "ThinkPad T14", "PF2ABC12", "开机黑屏", "")
	again := request(" 华联商贸有限公司 ", "ThinkPad T14", "PF2ABC12", "开机后黑屏,风扇响", arrived(90*time.Minute, onsite.StateDone))
	late := request(huilian, "ThinkPad T14", "PF2ABC13", "屏幕闪烁", arrived(150*time.Minute, onsite.StateDone))
	phone := request(huilian, "ThinkPad T14", "PF2ABC14", "无法连接投影仪", func(r onsite.Request, at time.Time) onsite.Request {
		r.Guidance = &onsite.Guidance{At: at, By: "小刘", CallBack: at.Add(2 * time.Hour), Called: at.Add(2 * time.Hour), Solved: true}
		r.State = onsite.StateSolved
		return r
	})
	xiaoxin := request(huilian, "小新 Pro 14", "PF5KB001", "键盘失灵", arrived(200*time.Minute, onsite.StateOnSite))
	now = now.Add(4 * time.Hour) // the engineer took it back
	escalated := intake(huilian, "小新 Pro 14", "PF5KB001", "键盘失灵", xiaoxin.Number)
	request(huilian, "ThinkPad T14", "PF2ABC15", "开机黑屏", func(r onsite.Request, _ time.Time) onsite.Request {
		r.State = onsite.StateCancelled
		return r
	})
	intake("远大科技", "ThinkPad T14", "PF9YD001", "开机黑屏", "")
	request("远大科技", "ThinkPad T14", "PF9YD001", "开机黑屏", arrived(30*time.Minute, onsite.StateDone))
	return st, rpt.Day(now, queue.DefaultConfig().Location), []string{order.Number, again.Number, late.Number, phone.Number, xiaoxin.Number, escalated.Number}
}

func customerEnv(st *store.Store, lang string, asJSON bool) (Env, *strings.Builder) {
	var out strings.Builder
	e, _ := exportEnv(st, lang)
	e.Out, e.JSON, e.Onsite = &out, asJSON, onsite.DefaultConfig()
	return e, &out
}

// TestC2_CustomerFigures: the company's carry-in orders and on-site
// requests of the period and no one else's, cancelled ones left out; its
// visits by S8 (on time, late, missed), solved on the phone, escalated;
// the recurring fault of its T14 with the two services' numbers; its
// devices by serial, each once, with its model and services.
func TestC2_CustomerFigures(t *testing.T) {
	st, p, n := customerStation(t)
	c, err := report.LoadCustomer(st, onsite.DefaultConfig(), st.Config().Location, " 华联商贸有限公司", p)
	if err != nil {
		t.Fatal(err)
	}
	want := report.Customer{Company: huilian, Period: p, CarryIn: 2, OnSite: 4, Visits: 3, OnTime: 1, Late: 1, Missed: 1,
		OnTimePct: 1.0 / 3, Phone: 1, PhonePct: 0.25, Escalated: 1}
	got := c
	got.Recurring, got.Devices = nil, nil
	if !reflect.DeepEqual(got, want) {
		t.Errorf("figures\n%+v, want\n%+v", got, want)
	}
	// The 小新's escalated request and its carry-in order are one fault
	// (S10): not a recurring one. The T14's two services are.
	if len(c.Recurring) != 1 || c.Recurring[0].Model != "ThinkPad T14" || !slices.Equal(c.Recurring[0].Services, []string{n[0], n[1]}) ||
		!slices.Equal(c.Recurring[0].Serials, []string{"PF2ABC12"}) {
		t.Errorf("recurring %+v, want the T14's %s and %s alone (远大's are not 华联's; the 小新's %s became %s)", c.Recurring, n[0], n[1], n[4], n[5])
	}
	wantDevices := []report.Device{{Serial: "PF2ABC12", Model: "ThinkPad T14", Services: 2}, {Serial: "PF2ABC13", Model: "ThinkPad T14", Services: 1}, {Serial: "PF2ABC14", Model: "ThinkPad T14", Services: 1}, {Serial: "PF5KB001", Model: "小新 Pro 14", Services: 2}}
	if !slices.Equal(c.Devices, wantDevices) {
		t.Errorf("devices %+v, want %+v", c.Devices, wantDevices)
	}
	other, err := report.LoadCustomer(st, onsite.DefaultConfig(), st.Config().Location, "远大科技", p)
	if err != nil || other.CarryIn != 1 || other.OnSite != 1 || other.OnTime != 1 || len(other.Recurring) != 1 {
		t.Errorf("远大科技: %+v %v", other, err)
	}
}

// TestC2_CustomerText: the analysis in Chinese and in English, every line
// within 80 columns: the company and the day, the counts, S8, the phone's
// share, the recurring fault with its numbers, the devices.
func TestC2_CustomerText(t *testing.T) {
	st, p, n := customerStation(t)
	for lang, want := range map[string][]string{
		"zh": {"客户服务分析 · 华联商贸有限公司 · 2025-06-02", "送修 2 · 上门报修 4 · 上门 3", "电话解决 1(占上门报修 25%) · 转送修 1",
			"2 小时内到场 1 · 2-3 小时 1 · 超过 3 小时 1 · 按时率 33%", "ThinkPad T14 · 2 次 · 开机黑屏", "服务单 " + n[0] + " " + n[1],
			"序列号 PF2ABC12", "设备(按序列号)", "PF5KB001  小新 Pro 14", "服务次数"},
		"en": {"Customer service analysis · 华联商贸有限公司 · 2025-06-02", "2 carry-in orders · 4 on-site requests · 3 visits",
			"1 solved on the phone (25% of the on-site requests) · 1 escalated to carry-in", "on time 33%",
			"ThinkPad T14 · 2 services · 开机黑屏", "services " + n[0] + " " + n[1], "Devices by serial", "Serial"},
	} {
		e, out := customerEnv(st, lang, false)
		if err := Customer(e, huilian, p); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: %q not in\n%s", lang, w, out)
			}
		}
		for _, l := range strings.Split(out.String(), "\n") {
			if lipgloss.Width(l) > reportWidth {
				t.Errorf("%s: a line of %d columns: %q", lang, lipgloss.Width(l), l)
			}
		}
		if strings.Contains(out.String(), "PF9YD001") || strings.Contains(out.String(), "[customer.") {
			t.Errorf("%s: another company's device, or a missing word:\n%s", lang, out)
		}
	}
}

// TestC2_CustomerJSON: --json is report.Customer, decoded whole.
func TestC2_CustomerJSON(t *testing.T) {
	st, p, _ := customerStation(t)
	e, out := customerEnv(st, "zh", true)
	if err := Customer(e, huilian, p); err != nil {
		t.Fatal(err)
	}
	var c report.Customer
	if err := json.Unmarshal([]byte(out.String()), &c); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if c.Company != huilian || c.CarryIn != 2 || c.OnSite != 4 || c.Missed != 1 || c.PhonePct != 0.25 || len(c.Devices) != 4 || len(c.Recurring) != 1 || c.Period.First != "2025-06-02" {
		t.Errorf("decoded %+v", c)
	}
}

// TestC2_CustomerWithoutService: a company with no service in the period
// is exit 1 saying so (the day before's order is not in it), with --json
// after the empty figures; no name is exit 2.
func TestC2_CustomerWithoutService(t *testing.T) {
	st, p, _ := customerStation(t)
	for _, lang := range []string{"zh", "en"} {
		e, out := customerEnv(st, lang, false)
		err := Customer(e, "无此公司", p.Shift(-2))
		var exit *ExitError
		want := map[string]string{"zh": "无此公司 在 2025-05-31 没有送修或上门服务", "en": "无此公司 had no carry-in or on-site service in 2025-05-31"}[lang]
		if !errors.As(err, &exit) || exit.Code != 1 || exit.Msg != want || out.Len() != 0 {
			t.Errorf("%s: %v, printed %q; want exit 1 saying %q", lang, err, out, want)
		}
	}
	e, out := customerEnv(st, "zh", true)
	err := Customer(e, huilian, p.Shift(-2))
	var exit *ExitError
	var c report.Customer
	if !errors.As(err, &exit) || exit.Code != 1 || json.Unmarshal([]byte(out.String()), &c) != nil || c.CarryIn != 0 || c.Devices == nil {
		t.Errorf("--json without service: %v, %s", err, out)
	}
	if err := Customer(e, "  ", p); !errors.As(err, &exit) || exit.Code != 2 {
		t.Errorf("no name: %v", err)
	}
}
