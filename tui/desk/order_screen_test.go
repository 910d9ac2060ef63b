package desk

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// atOrder is a desk showing one order of the station, opened from the board.
func atOrder(t *testing.T, s *station, lang string, w, h int, number string) Model {
	t.Helper()
	m := s.desk(lang, w, h)
	next, cmd := m.openOrder(s.ids[number], screenBoard)
	m = run(next.(Model), cmd)
	if !m.order.loaded {
		t.Fatalf("%s not shown: %s", number, m.status)
	}
	return m
}

// downTo moves a form's list down until done says it is there.
func downTo(t *testing.T, m Model, done func(v formValues) bool) Model {
	t.Helper()
	for range 12 {
		if done(*m.order.form.v) {
			return m
		}
		m = drive(m, press("down")...)
	}
	t.Fatalf("never got there:\n%s", plain(m))
	return m
}

func toState(s repair.State) func(formValues) bool {
	return func(v formValues) bool { return v.to == string(s) }
}

// moveTo changes the open order's state with the picker (s, ↓…, enter).
func moveTo(t *testing.T, m Model, s repair.State, text ...string) Model {
	t.Helper()
	m = drive(m, press("s")...)
	m = downTo(t, m, toState(s))
	m = drive(m, press("enter")...)
	if len(text) > 0 {
		m = drive(m, press(text[0], "enter")...)
	}
	return m
}

func (s *station) stored(t *testing.T, number string) repair.Order {
	t.Helper()
	o, ok, err := s.st.Order(s.ids[number])
	if err != nil || !ok {
		t.Fatalf("%s: %v", number, err)
	}
	return o
}

// TestO4_RefusedMoveSaysWhatIsMissing: ready without the repair result is
// refused with exactly the fields still empty, and nothing is written.
func TestO4_RefusedMoveSaysWhatIsMissing(t *testing.T) {
	s := morningStation(t)
	m := atOrder(t, s, "zh", 100, 30, "R2611200001")
	before := s.stored(t, "R2611200001")
	events, _ := s.st.Events(0, 1000)

	m = moveTo(t, m, repair.StateReady)
	want := "不能改为待取机：还缺 故障原因、维修内容、更换部件、使用建议（O4）"
	if m.status != want || !m.statusBad || !strings.Contains(plain(m), want) {
		t.Fatalf("status %q, want %q\n%s", m.status, want, plain(m))
	}
	after := s.stored(t, "R2611200001")
	if after.State != before.State || len(after.History) != len(before.History) {
		t.Errorf("a refused move changed the order: %s, %d steps", after.State, len(after.History))
	}
	if evs, _ := s.st.Events(0, 1000); len(evs) != len(events) {
		t.Errorf("a refused move logged %d events", len(evs)-len(events))
	}

	// Half a result: the refusal names only what is still missing.
	m = drive(m, press("r", "排线松动", "enter", "重新插接", "enter", "enter", "enter")...)
	if !strings.Contains(m.status, "必填") && m.order.form == nil {
		t.Fatalf("an empty field of the result was taken: %q", m.status)
	}
	m = drive(m, press("esc")...)
	s.do("R2611200001", "2026-11-22 10:25", "王工", writeResult(repair.Result{Cause: "排线松动", Work: "重新插接"}))
	m = drive(m, common.ChangedMsg{})
	m = moveTo(t, m, repair.StateReady)
	if want := "不能改为待取机：还缺 更换部件、使用建议（O4）"; m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
}

func TestO4_RefusalInEnglish(t *testing.T) {
	m := atOrder(t, morningStation(t), "en", 100, 30, "R2611200001")
	m = moveTo(t, m, repair.StateReady)
	want := "Cannot move to ready: still missing fault cause, work done, parts replaced, advice for use (O4)"
	if m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
}

// TestO1_O4_ResultThenMovesToReady: the result written with the form, the
// order goes diagnosing → repairing → testing → ready, each said saved only
// once stored.
func TestO1_O4_ResultThenMovesToReady(t *testing.T) {
	s := morningStation(t)
	m := atOrder(t, s, "zh", 100, 30, "R2611200001")
	m = drive(m, press("r", "屏幕排线松动", "enter", "重新插接排线", "enter", "无", "enter", "避免大角度开合", "enter")...)
	if want := "已保存 · R2611200001 维修结果已记录"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	if r := s.stored(t, "R2611200001").Result; r.Cause != "屏幕排线松动" || r.Advice != "避免大角度开合" {
		t.Fatalf("result stored %+v", r)
	}
	for _, st := range []repair.State{repair.StateRepairing, repair.StateTesting, repair.StateReady} {
		m = moveTo(t, m, st)
		if want := "已保存 · R2611200001 已改为" + stateName(m.c.Text, st); m.status != want {
			t.Fatalf("status %q, want %q", m.status, want)
		}
		if got := s.stored(t, "R2611200001").State; got != st {
			t.Fatalf("stored state %s, want %s", got, st)
		}
	}
	v := plain(m)
	for _, want := range []string{"R2611200001  待取机", "拷机中 → 待取机", "屏幕排线松动"} {
		if !strings.Contains(v, want) {
			t.Errorf("the order screen lacks %q:\n%s", want, v)
		}
	}
	if n := m.board.counts[repair.ListReadyUntold]; n != 2 {
		t.Errorf("the board has %d ready orders not told, want 2", n)
	}
}

// TestO3_ReadyCallSetsToldReady: the ready call shows its script word for
// word; reaching the customer takes the order off "not told".
func TestO3_ReadyCallSetsToldReady(t *testing.T) {
	s := morningStation(t)
	m := atOrder(t, s, "zh", 100, 30, "R2611210001")
	m = drive(m, press("c")...)
	if m.order.form.v.kind != string(repair.ContactReady) {
		t.Fatalf("a ready order's call is about %s, want ready", m.order.form.v.kind)
	}
	if v := plain(m); !strings.Contains(strings.ReplaceAll(v, "│", ""), "「"+repair.ReadyForPickup[:30]) {
		t.Errorf("the ready script is not shown:\n%s", v)
	}
	m = drive(m, press("enter", "y", "已约明天上午来取", "enter")...)
	if want := "已保存 · R2611210001 联系已记录"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	if o := s.stored(t, "R2611210001"); o.ToldReady.IsZero() {
		t.Error("the ready call that reached the customer did not set ToldReady")
	}
	if n := m.board.counts[repair.ListReadyUntold]; n != 0 {
		t.Errorf("%d ready orders still not told", n)
	}
	if !strings.Contains(plain(m), "致电·取机通知 · 已联系上：已约明天上午来取") {
		t.Errorf("the call is not on the timeline:\n%s", plain(m))
	}
}

// TestO2_DelayCallOffersThePartScript: an order waiting for a part is
// offered the part-not-in-stock script for a delay call, word for word.
func TestO2_DelayCallOffersThePartScript(t *testing.T) {
	m := atOrder(t, morningStation(t), "zh", 120, 30, "R2611180001")
	m = drive(m, press("c")...)
	m = downTo(t, m, func(v formValues) bool { return v.kind == string(repair.ContactDelay) })
	if v := strings.ReplaceAll(plain(m), "│", ""); !strings.Contains(strings.Join(strings.Fields(v), ""), repair.PartNotInStock("主板")) {
		t.Errorf("the script %q is not shown:\n%s", repair.PartNotInStock("主板"), plain(m))
	}
	m = drive(m, press("esc")...)
	if m.order.form != nil || m.screen != screenOrder {
		t.Error("esc did not close the form")
	}
}

// TestO8_LoanerBackBeforeClosing: cancelling with the loaner out is
// refused; once it is back, the order may be cancelled.
func TestO8_LoanerBackBeforeClosing(t *testing.T) {
	s := morningStation(t)
	m := atOrder(t, s, "zh", 100, 30, "R2611200001")
	m = moveTo(t, m, repair.StateCancelled, "客户不修了")
	if want := "不能改为已取消：备机还未归还（O8）"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	m = drive(m, press("b", "y")...)
	if want := "已保存 · R2611200001 备机已归还"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	if strings.Contains(plain(m), "b 备机归还") {
		t.Error("the loaner key is still offered with the loaner back")
	}
	m = moveTo(t, m, repair.StateCancelled, "客户不修了")
	if got := s.stored(t, "R2611200001").State; got != repair.StateCancelled {
		t.Fatalf("state %s after the loaner came back, want cancelled: %s", got, m.status)
	}
	if strings.Contains(plain(m), "s 改状态") {
		t.Error("a closed order still offers a change of state")
	}
}

func TestEstimateNotApprovedRefused(t *testing.T) {
	m := atOrder(t, morningStation(t), "zh", 100, 30, "R2611210002")
	m = moveTo(t, m, repair.StateRepairing)
	if want := "不能改为维修中：客户尚未同意报价"; m.status != want {
		t.Errorf("status %q, want %q", m.status, want)
	}
}

// TestO5_NoteEscalationComplaint: each goes on the timeline with who.
func TestO5_NoteEscalationComplaint(t *testing.T) {
	s := morningStation(t)
	m := atOrder(t, s, "zh", 120, 40, "R2611220001")
	m = drive(m, press("n", "客户来电询问进度", "enter")...)
	m = drive(m, press("x")...)
	m = downTo(t, m, func(v formValues) bool { return v.escalation == string(repair.EscalateAbility) })
	m = drive(m, press("enter", "转李工检修硬盘", "enter")...)
	m = drive(m, press("t", "态度不好", "enter", "已致歉并说明处理进度", "enter")...)
	if want := "已保存 · R2611220001 投诉已记录"; m.status != want {
		t.Fatalf("status %q, want %q", m.status, want)
	}
	v := plain(m)
	for _, want := range []string{"张工 备注：客户来电询问进度", "升级·技术能力（转其他工程师）：转李工检修硬盘", "投诉：态度不好 · 答复：已致歉并说明处理进度"} {
		if !strings.Contains(v, want) {
			t.Errorf("the timeline lacks %q:\n%s", want, v)
		}
	}
	if n := len(s.stored(t, "R2611220001").History); n != 3 {
		t.Errorf("%d steps stored, want 3", n)
	}
}

func TestOrderScrolls(t *testing.T) {
	m := atOrder(t, morningStation(t), "zh", 80, 24, "R2611180001")
	if !strings.Contains(plain(m), "维修单 R2611180001 ↓") {
		t.Fatalf("a long order does not say there is more:\n%s", plain(m))
	}
	m = drive(m, press("pgdown", "pgdown", "pgdown")...)
	if m.order.scroll != m.maxScroll() || !strings.Contains(plain(m), "11-18 09:20 张工 接机") {
		t.Fatalf("scrolled to %d of %d:\n%s", m.order.scroll, m.maxScroll(), plain(m))
	}
	m = drive(m, press("k")...)
	if m.order.scroll != m.maxScroll()-1 {
		t.Errorf("k scrolled to %d", m.order.scroll)
	}
}

func TestGoldenOrder(t *testing.T) {
	s := morningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				v := atOrder(t, s, lang, size[0], size[1], "R2611180001").View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// TestGoldenOrderMove is the state picker as it opens.
func TestGoldenOrderMove(t *testing.T) {
	s := morningStation(t)
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := atOrder(t, s, lang, 80, 24, "R2611200001")
			v := drive(m, press("s")...).View().Content
			checkFits(t, v, 80, 24)
			golden.RequireEqual(t, []byte(ansi.Strip(v)))
		})
	}
}

// TestQ8_HostileOrderTextsAreInert: a damaged or hostile database may hold
// anything in an order's words; the board, the queue's board panel, the
// search results and the order screen draw none of it as a sequence.
func TestQ8_HostileOrderTextsAreInert(t *testing.T) {
	s := newStation(t)
	var orders []repair.Order
	for i, bad := range hostileNames {
		o := s.order(brought{number: fmt.Sprintf("R26112200%02d", i+1), received: "2026-11-22 09:00", promised: "2026-11-22 10:00",
			name: "客户", phone: "13800138000", device: "notebook", brand: "联想", model: "X1", serial: "PF2XK9A1", fault: "坏了", loaner: "T14"})
		o.Intake.Name, o.Intake.Brand, o.Intake.Model, o.Intake.Fault, o.Intake.Loaner = bad, bad, bad, bad, bad
		o.Intake.Extras, o.Intake.ConditionNote, o.AwaitedPart, o.Engineer, o.Ticket = bad, bad, bad, bad, bad
		o.Previous = []string{bad}
		o.Result = repair.Result{Cause: bad, Work: bad, Parts: bad, Advice: bad}
		o.History = []repair.Step{
			{At: fixed, Who: bad, Kind: repair.StepNote, Text: bad},
			{At: fixed, Who: bad, Kind: repair.StepComplaint, Text: bad, Answer: bad},
			{At: fixed, Who: bad, Kind: repair.StepKind(bad), Text: bad},
			{At: fixed, Who: bad, Kind: repair.StepState, From: repair.State(bad), To: repair.StateDiagnosing, Text: bad},
		}
		orders = append(orders, o)
	}
	s.store(orders...)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {140, 40}} {
			m := s.desk(lang, size[0], size[1])
			checkInert(t, "queue", m.View().Content)
			m = drive(m, press("o")...)
			checkInert(t, "board", m.View().Content)
			m = drive(m, press("7")...)
			checkInert(t, "loaners", m.View().Content)
			m = drive(m, press("/", "13800")...)
			if len(m.search.rows) == 0 {
				t.Fatal("the hostile orders were not found")
			}
			checkInert(t, "search", m.View().Content)
			for range hostileNames {
				m = drive(m, press("enter")...)
				checkInert(t, "order", m.View().Content)
				checkFits(t, m.View().Content, size[0], size[1])
				m = drive(m, press("c")...)
				checkInert(t, "contact", m.View().Content)
				m = drive(m, press("esc", "esc", "down")...)
			}
		}
	}
}
