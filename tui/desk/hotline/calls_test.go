package hotline

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// atResult is the business customer's call with its topic typed, waiting
// for the key that ends it.
func atResult(t *testing.T, s *desktest.Station, lang string) desk {
	t.Helper()
	d := drive(onStation(t, s, lang, 80, 24), bizPhone, "enter", "问维修进度", "enter")
	if d.M.stage != stageResult {
		t.Fatalf("not at the result: %v\n%s", d.M.stage, d.Plain())
	}
	return d
}

// TestH1_AnsweredIsLoggedClosed: 1 logs the call closed, answered, owned
// by who answered; saved is said after the commit.
func TestH1_AnsweredIsLoggedClosed(t *testing.T) {
	s, _ := station(t)
	d := drive(atResult(t, s, "zh"), "1")
	cs := calls(t, s)
	if len(cs) != 1 || cs[0].Result != onsite.ResultAnswered || cs[0].Open() || cs[0].Owner != "张工" ||
		cs[0].Phone != bizPhone || cs[0].Customer != "王芳" || cs[0].Topic != "问维修进度" {
		t.Fatalf("logged %+v", cs)
	}
	if d.Status() != "已保存 · 来电已记录:已解答" || !d.Has(parts.SavedMsg{}) {
		t.Errorf("status %q, sent %#v", d.Status(), d.Sent)
	}
}

// TestH1_AboutAnOrder: 5 and the order's digit log the call with the
// order's number.
func TestH1_AboutAnOrder(t *testing.T) {
	s, _ := station(t)
	d := drive(atResult(t, s, "en"), "5")
	if !strings.Contains(d.Plain(), "1 "+bizOrder) {
		t.Fatalf("the open orders are not numbered:\n%s", d.Plain())
	}
	d = drive(d, "2", "1") // no second order: nothing; then the first
	cs := calls(t, s)
	if len(cs) != 1 || cs[0].Order != bizOrder || cs[0].Result != onsite.ResultAnswered {
		t.Fatalf("logged %+v", cs)
	}
	if d.Status() != "Saved · Call logged: about order "+bizOrder {
		t.Errorf("status %q", d.Status())
	}
}

// TestS2_GuidanceOpensAGuidedRequest: 2, the guidance note, then the form:
// the request is opened guided, its call-back due, the call logged guided.
func TestS2_GuidanceOpensAGuidedRequest(t *testing.T) {
	s, _ := station(t)
	d := drive(atResult(t, s, "zh"), "2")
	if !strings.Contains(d.Plain(), "上门服务不是免费的") {
		t.Errorf("the customer is not told a visit would not be free:\n%s", d.Plain())
	}
	d = drive(d, "enter")
	if !d.Sess.Status.Bad || d.M.stage != stageGuide {
		t.Fatalf("an empty guidance was taken: %+v", d.Sess.Status)
	}
	d = drive(d, "重启打印机并清理进纸通道", "enter", "1")
	d = desktest.Drive(d, desktest.Ctrl('s'))
	if d.M.stage != stageDone {
		t.Fatalf("not saved: %+v\n%s", d.Sess.Status, d.Plain())
	}
	r, found, err := s.St.RequestByNumber(d.M.done.request)
	if err != nil || !found || r.State != onsite.StateGuided || r.Guidance == nil ||
		r.Guidance.Note != "重启打印机并清理进纸通道" || r.Guidance.CallBack.IsZero() {
		t.Fatalf("request %+v %v %v", r, found, err)
	}
	cs := calls(t, s)
	if len(cs) != 1 || cs[0].Result != onsite.ResultGuided || cs[0].Request != r.Number {
		t.Errorf("logged %+v", cs)
	}
	if strings.Contains(d.Plain(), onsite.AgreeTime) || !strings.Contains(d.Plain(), onsite.EndOfCall) {
		t.Errorf("guided: no visit time to agree, the call ends:\n%s", d.Plain())
	}
}

// TestH1_HandOverNeedsANote: 4, a person typed (no staff record), an empty
// note refused with why and nothing logged; with a note the call is on
// the other's list.
func TestH1_HandOverNeedsANote(t *testing.T) {
	s, _ := station(t)
	d := drive(atResult(t, s, "zh"), "4", "张工", "enter")
	if d.Status() != "不能转交给自己" {
		t.Errorf("handed to oneself: %q", d.Status())
	}
	d = drive(d, "backspace", "backspace", "李主任", "enter", "enter")
	if !d.Sess.Status.Bad || !strings.Contains(d.Status(), "转交须写明情况") || len(calls(t, s)) != 0 {
		t.Fatalf("a hand-over without a note: %+v, %d calls", d.Sess.Status, len(calls(t, s)))
	}
	d = drive(d, "客户要求主管回电", "enter")
	cs := calls(t, s)
	if len(cs) != 1 || cs[0].Owner != "李主任" || cs[0].Result != onsite.ResultHandedOff || !cs[0].Open() {
		t.Fatalf("logged %+v", cs)
	}
	if d.Status() != "已保存 · 来电已转交给 李主任" {
		t.Errorf("status %q", d.Status())
	}
	if mine, _ := s.St.CallsOwned("李主任"); len(mine) != 1 {
		t.Errorf("not on 李主任's list: %+v", mine)
	}
}

// TestH1_MyCallsAreClosedOrHandedOver: tab lists the person's open calls;
// enter on one and s closes it solved; h hands another over with a note.
func TestH1_MyCallsAreClosedOrHandedOver(t *testing.T) {
	s, _ := station(t)
	for _, topic := range []string{"打印机卡纸", "发票抬头"} {
		if _, err := s.St.LogCall("张工", onsite.Call{Phone: bizPhone, Customer: "王芳", Topic: topic, Owner: "张工"}); err != nil {
			t.Fatal(err)
		}
	}
	d := onStation(t, s, "zh", 80, 24)
	if v := d.Plain(); !strings.Contains(v, "我的来电(2)") || !strings.Contains(v, "打印机卡纸") {
		t.Fatalf("the calls are not shown:\n%s", v)
	}
	d = drive(d, "tab", "enter", "s")
	if d.Status() != "已保存 · 来电已解决" || d.M.stage != stageMine {
		t.Fatalf("status %q, stage %v", d.Status(), d.M.stage)
	}
	d = drive(d, "enter", "h", "王工", "enter", "已联系财务,待开票", "enter")
	if d.Status() != "已保存 · 来电已转交给 王工" {
		t.Fatalf("status %q\n%s", d.Status(), d.Plain())
	}
	cs := calls(t, s)
	if cs[0].Result != onsite.ResultSolved || cs[0].Open() || cs[1].Owner != "王工" || cs[1].Result != onsite.ResultHandedOff {
		t.Errorf("calls %+v", cs)
	}
	if mine, _ := s.St.CallsOwned("张工"); len(mine) != 0 || len(d.M.mine) != 0 {
		t.Errorf("still mine: %+v %+v", mine, d.M.mine)
	}
}

// TestEscGoesBack: esc at the phone field goes back to the queue, once.
func TestEscGoesBack(t *testing.T) {
	s, _ := station(t)
	d := drive(onStation(t, s, "zh", 80, 24), "138", "esc", "enter")
	if len(d.Sent) != 1 || d.Sent[0] != (BackMsg{}) {
		t.Fatalf("sent %#v", d.Sent)
	}
	d = drive(atResult(t, s, "zh"), "3", "esc")
	if d.M.stage != stageResult || len(d.Sent) != 0 {
		t.Errorf("esc in the call is not a step back: %v %#v", d.M.stage, d.Sent)
	}
	d = drive(d, "esc")
	if d.M.stage != stageTopic || d.M.input.Value() != "问维修进度" {
		t.Errorf("esc at the result is not the topic again: %v %q", d.M.stage, d.M.input.Value())
	}
	d = drive(d, "esc", "esc")
	if d.M.stage != stagePhone || len(d.Sent) != 1 || d.Sent[0] != (BackMsg{}) {
		t.Errorf("esc, esc from the topic: %v %#v", d.M.stage, d.Sent)
	}
}

// TestZeroModel: a screen never opened ignores every message and draws
// nothing.
func TestZeroModel(t *testing.T) {
	var m Model
	for _, msg := range append(keys("1", "enter", "esc"), lookedUpMsg{}, savedMsg{}, mineMsg{}) {
		var cmd tea.Cmd
		if m, cmd = m.Update(msg); cmd != nil || len(m.Drain()) != 0 {
			t.Errorf("%#v: a zero screen answered", msg)
		}
	}
	if m.View() != "" {
		t.Error("a zero screen draws")
	}
}
