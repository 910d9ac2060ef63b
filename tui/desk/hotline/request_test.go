package hotline

import (
	"strings"
	"testing"

	"frontdesk/onsite"
	"frontdesk/tui/desk/parts"
)

// TestS1_AKnownCustomersCallOpensARequest: the phone looked up fills the
// customer, their devices, open orders and requests; 3 and the device's
// digit open the form prefilled, the mobile's script shown; saved, the
// request is stored, the call logged with its number, the visit-time and
// end-of-call scripts said, and the root told.
func TestS1_AKnownCustomersCallOpensARequest(t *testing.T) {
	s, req := station(t)
	d := onStation(t, s, "zh", 80, 24)
	if d.Sess.Status != (parts.Status{}) {
		t.Errorf("the status line was not cleared: %+v", d.Sess.Status)
	}
	d = drive(d, bizPhone, "enter")
	v := d.Plain()
	for _, want := range []string{"王芳 · 华信科技有限公司 · 行政主管", "惠普 LaserJet M1136  CNB1X2Y3", "联想 ThinkPad T14  PF3T14WF",
		bizOrder + "  诊断中  承诺 11-23 18:00", req.Number + "  已安排  上门 11-23 10:00"} {
		if !strings.Contains(v, want) {
			t.Errorf("the lookup does not show %q:\n%s", want, v)
		}
	}
	d = drive(d, "打印机又卡纸", "enter", "3", "1")
	v = d.Plain()
	if !strings.Contains(v, "序列号 > CNB1X2Y3") || !strings.Contains(v, "「"+onsite.MobileGiven+"」") {
		t.Fatalf("the form is not prefilled, or the mobile's script is missing:\n%s", v)
	}
	d = drive(d, ",纸盒也松了", "enter", "y", "enter", "enter", "enter", "enter", "010-62345678", "enter", "enter", "enter", "enter")
	got, ok := d.M.done, d.M.stage == stageDone
	if !ok || got.request == "" {
		t.Fatalf("not saved: %+v\n%s", d.Sess.Status, d.Plain())
	}
	if want := "已保存 · 上门服务单 " + got.request + " 已开,来电已记录"; d.Status() != want {
		t.Errorf("status %q, want %q", d.Status(), want)
	}
	v = d.Plain()
	for _, want := range []string{"「" + onsite.AgreeTime + "」", "「" + onsite.EndOfCall + "」"} {
		if !strings.Contains(v, want) {
			t.Errorf("the script %s is not shown:\n%s", want, v)
		}
	}
	r, found, err := s.St.RequestByNumber(got.request)
	if err != nil || !found {
		t.Fatal(found, err)
	}
	if r.Customer.Company != bizCompany || r.Customer.Landline != "010-62345678" || r.Device.Serial != "CNB1X2Y3" ||
		r.Fault != "打印机又卡纸,纸盒也松了" || !r.NetworkAsked || !r.Network || r.Taker != "张工" || r.State != onsite.StateNew {
		t.Errorf("request stored %+v", r)
	}
	cs := calls(t, s)
	if len(cs) != 1 || cs[0].Result != onsite.ResultRequest || cs[0].Request != r.Number || cs[0].Owner != "张工" || cs[0].Open() {
		t.Errorf("calls logged %+v", cs)
	}
	if len(d.Sent) != 2 || d.Sent[0] != (OpenRequestMsg{ID: r.ID}) || d.Sent[1] != (parts.SavedMsg{}) {
		t.Errorf("sent %#v", d.Sent)
	}
	d = drive(d, "enter")
	if d.M.stage != stagePhone || d.M.input.Value() != "" {
		t.Errorf("enter after the call is not the next call: %v", d.M.stage)
	}
}
