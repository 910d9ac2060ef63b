package onsite

import (
	"slices"
	"testing"
	"time"

	"frontdesk/repair"
)

func TestC2_TermsAndSimilarFaults(t *testing.T) {
	if got := Terms("开机黑屏, ThinkPad 风扇"); !slices.Equal(got, []string{"开机", "机黑", "黑屏", "thinkpad", "风扇"}) {
		t.Errorf("Terms = %v", got)
	}
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"开机黑屏", "开机后黑屏,风扇响", true},
		{"开机黑屏", "无法开机", false},
		{"屏幕闪烁", "键盘失灵", false},
		{"开机", "无法开机", false},
		{"打印卡纸", "经常卡纸", true},
		{"蓝屏 0x7B", "蓝屏0x7b", true},
		{"", "开机黑屏", false},
	} {
		if Similar(c.a, c.b) != c.want {
			t.Errorf("Similar(%q, %q) = %v", c.a, c.b, !c.want)
		}
	}
}

func TestC2_AnalyseACustomersPeriod(t *testing.T) {
	cfg := cfg17()
	from, to := time.Date(2026, 10, 1, 0, 0, 0, 0, shanghai), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai)
	req := func(number string, state State, received, arrived time.Time, model, fault string) Request {
		r := aRequest(t)
		r.Number, r.State, r.Received, r.Record.Arrived = number, state, received, arrived
		r.Device.Model, r.Fault = model, fault
		return r
	}
	requests := []Request{
		req("S1", StateDone, at(2, 9, 0), at(2, 10, 30), "ThinkPad T14", "开机黑屏"),       // on time
		req("S2", StateEscalated, at(3, 9, 0), at(3, 11, 30), "ThinkPad T14", "开机后黑屏"), // late, within 3 h
		req("S3", StateSolved, at(4, 9, 0), time.Time{}, "M7400", "打印卡纸"),
		req("S4", StateDone, at(5, 9, 0), at(5, 13, 0), "M7400", "无法联网"), // missed
		req("S5", StateCancelled, at(6, 9, 0), time.Time{}, "ThinkPad T14", "开机黑屏"),
		req("S6", StateDone, at(23, 9, 0).AddDate(0, -2, 0), at(23, 10, 0).AddDate(0, -2, 0), "ThinkPad T14", "开机黑屏"), // September
	}
	other := req("S7", StateDone, at(2, 9, 0), at(2, 9, 30), "ThinkPad T14", "开机黑屏")
	other.Customer.Company = "别的公司"
	requests = append(requests, other)
	orders := []repair.Order{
		{Number: "R1", Received: at(10, 9, 0).UTC(), Intake: repair.Intake{Company: " 华联商贸有限公司 ", Model: "M7400", Serial: "CN1", Fault: "经常卡纸"}},
		{Number: "R2", Received: at(11, 9, 0), Intake: repair.Intake{Company: "别的公司", Model: "M7400", Fault: "卡纸"}},
	}
	a := Analyse("华联商贸有限公司", from, to, requests, orders, cfg, shanghai)
	if a.CarryIn != 1 || a.OnSite != 4 || a.Visits != 3 || a.OnTime != 1 || a.Late != 1 || a.Phone != 1 || a.Escalated != 1 {
		t.Errorf("analysis %+v", a)
	}
	if s := a.OnTimeShare(); s < 0.33 || s > 0.34 {
		t.Errorf("OnTimeShare = %v, want 1/3", s)
	}
	if a.PhoneShare() != 0.25 {
		t.Errorf("PhoneShare = %v", a.PhoneShare())
	}
	if len(a.Recurring) != 2 {
		t.Fatalf("recurring %+v", a.Recurring)
	}
	if r := a.Recurring[0]; r.Model != "M7400" || !slices.Equal(r.Services, []string{"S3", "R1"}) || !slices.Equal(r.Serials, []string{"PF2ABC12", "CN1"}) {
		t.Errorf("printer: %+v", r)
	}
	if r := a.Recurring[1]; r.Model != "ThinkPad T14" || !slices.Equal(r.Services, []string{"S1", "S2"}) || r.Fault != "开机黑屏" {
		t.Errorf("notebook: %+v", r)
	}
	if empty := Analyse("无名公司", from, to, requests, orders, cfg, shanghai); empty.OnSite != 0 || empty.OnTimeShare() != 1 || empty.PhoneShare() != 0 {
		t.Errorf("a company with nothing: %+v", empty)
	}
}

// TestC2_AnEscalationIsOneService: a request escalated to a carry-in
// order and that order are one fault of one device (S10), never a
// recurring fault of two services.
func TestC2_AnEscalationIsOneService(t *testing.T) {
	from, to := time.Date(2026, 10, 1, 0, 0, 0, 0, shanghai), time.Date(2027, 1, 1, 0, 0, 0, 0, shanghai)
	r := aRequest(t)
	r.Number, r.State, r.Received, r.Order = "S1", StateEscalated, at(2, 9, 0), "R1"
	r.Device.Model, r.Fault = "ThinkPad T14", "开机黑屏"
	o := repair.Order{Number: "R1", Request: "S1", Received: at(2, 15, 0),
		Intake: repair.Intake{Company: r.Customer.Company, Model: "ThinkPad T14", Serial: r.Device.Serial, Fault: "开机黑屏"}}
	a := Analyse(r.Customer.Company, from, to, []Request{r}, []repair.Order{o}, cfg17(), shanghai)
	if a.CarryIn != 1 || a.OnSite != 1 || a.Escalated != 1 || len(a.Recurring) != 0 {
		t.Errorf("analysis %+v", a)
	}
}
