package onsiteboard

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/onsite"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// open is request id's screen on st, read, in lang at 80×24.
func open(t *testing.T, st *fakeStore, lang string, id uint64) Detail {
	t.Helper()
	d, cmd := NewDetail(testCommon(lang, st), parts.Session{Counter: 3, Engineer: "刘调度"}, id)
	d.SetSize(80, 24)
	d = desktest.Run(d, cmd)
	if !d.loaded {
		t.Fatalf("request %d not read", id)
	}
	return d
}

// press drives d with keys.
func press(d Detail, keys ...string) Detail { return desktest.Drive(d, desktest.Press(keys...)...) }

// status is the last status line d asked for, and what else it sent.
func status(d *Detail) (parts.StatusMsg, []tea.Msg) {
	var s parts.StatusMsg
	var other []tea.Msg
	for _, m := range d.Drain() {
		if sm, ok := m.(parts.StatusMsg); ok {
			s = sm
		} else {
			other = append(other, m)
		}
	}
	return s, other
}

// saved checks that d said saved and asked the root to read again.
func saved(t *testing.T, d *Detail) {
	t.Helper()
	s, other := status(d)
	if s.Bad || !strings.Contains(s.Text, "已保存") && !strings.Contains(s.Text, "Saved") {
		t.Errorf("status %+v, want saved", s)
	}
	if len(other) != 1 || other[0] != (parts.SavedMsg{}) {
		t.Errorf("sent %v, want SavedMsg", other)
	}
}

// refused checks that d said why and that nothing of request id changed.
func refused(t *testing.T, d *Detail, st *fakeStore, was onsite.Request, want string) {
	t.Helper()
	s, _ := status(d)
	if !s.Bad || !strings.Contains(s.Text, want) {
		t.Errorf("status %+v, want a refusal with %q", s, want)
	}
	if got := st.get(was.ID); !reflect.DeepEqual(got, was) {
		t.Errorf("a refusal changed the request:\n%+v\nwas\n%+v", got, was)
	}
}

func TestGuidance(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 7), "g", "重启后按F2恢复默认设置", "enter")
	if r := st.get(7); r.State != onsite.StateGuided || r.Guidance == nil || r.Guidance.CallBack != now.Add(2*60*60e9) {
		t.Fatalf("after g: %+v", r)
	}
	saved(t, &d)
	was := st.get(7)
	d = press(d, "g") // no longer new: the key is disabled
	if d.form != nil || !reflect.DeepEqual(st.get(7), was) {
		t.Error("g on a guided request opened a form")
	}
}

func TestScheduleClashPastAndHours(t *testing.T) {
	st := newFake(now, day()...)
	d := open(t, st, "zh", 8)
	was := st.get(8)
	// 张工 has #1 10:45–12:00: a clash, with his next free slot and the apology.
	d = press(d, "s", "enter", "enter", "11:00", "enter", "enter")
	refused(t, &d, st, was, "最早空闲 12:00")
	if v := desktest.Plain(d.View()); !strings.Contains(desktest.Flat(v), "非常抱歉,您约的时间我已经安排了其他用户的服务,恐怕不能准时到达。请问12:00您方便吗?") {
		t.Errorf("no apology after the clash:\n%s", v)
	}
	d = press(d, "s", "enter", "enter", "09:00", "enter", "enter")
	refused(t, &d, st, was, "已经过了")
	d = press(d, "s", "enter", "enter", "17:00", "enter", "enter")
	refused(t, &d, st, was, "不在服务时间内")
	d = press(d, "s", "enter", "enter", "12:00", "enter", "enter")
	saved(t, &d)
	r := st.get(8)
	if r.State != onsite.StateScheduled || r.Visit.Engineer != "张工" || !r.Visit.Start.Equal(at("12:00", 0)) || !r.Visit.End.Equal(at("13:00", 0)) {
		t.Errorf("scheduled: %+v", r.Visit)
	}
}

func TestPaidVisitSaysItsScript(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "en", 7), "$")
	v := desktest.Flat(desktest.Plain(d.View()))
	if !strings.Contains(v, "「根据现有的问题和相关的保修政策,我们可以为你提供有偿上门服务,具体费用为50.00元。」") {
		t.Fatalf("the paid visit's script is not there word for word:\n%s", v)
	}
	d = press(d, "enter", "enter", "y", "enter")
	if p := st.get(7).Paid; p == nil || !p.Accepted || p.Fee != 5000 {
		t.Fatalf("paid: %+v", p)
	}
	saved(t, &d)
}

func TestCallAheadOutcomes(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 1), "c")
	if v := desktest.Flat(desktest.Plain(d.View())); !strings.Contains(v, "「您好,我是联想服务工程师张工」") {
		t.Fatalf("no call-ahead script:\n%s", v)
	}
	d = press(d, "2")
	saved(t, &d)
	d = press(d, "c", "4", "enter") // absent needs the note
	if len(st.get(1).Aheads) != 1 || d.form == nil {
		t.Fatalf("absent without a note: aheads %v", st.get(1).Aheads)
	}
	d = press(d, "便条贴在门上,电话010-12345678", "enter")
	if a := st.get(1).Aheads; len(a) != 2 || a[0].Outcome != onsite.AheadNoAnswer || a[1].Outcome != onsite.AheadAbsent {
		t.Fatalf("aheads %+v", a)
	}
	saved(t, &d)
}

func TestTheVisitStampedRecordedCheckedDone(t *testing.T) {
	st := newFake(now, day()...)
	d := open(t, st, "zh", 1)
	d = press(d, "a")
	saved(t, &d)
	if r := st.get(1); r.State != onsite.StateOnSite || !r.Record.Arrived.Equal(now) {
		t.Fatalf("after a: %s %v", r.State, r.Record.Arrived)
	}
	was := st.get(1)
	d = press(d, "x") // fixed before started
	refused(t, &d, st, was, "要先记前一步的时间")
	d = press(d, "b")
	saved(t, &d)
	d = press(d, "x")
	saved(t, &d)
	d = press(d, "r", "内存松动", "enter", "重新插拔内存", "enter", "0", "enter", "王建国", "enter")
	saved(t, &d)
	if rec := st.get(1).Record; rec.Found != "内存松动" || !rec.FeeSet || rec.Signer != "王建国" {
		t.Fatalf("record %+v", rec)
	}
	d = press(d, "k", "enter", "enter")
	saved(t, &d)
	d = press(d, "l")
	saved(t, &d)
	if r := st.get(1); r.State != onsite.StateDone || r.VisitDue.IsZero() {
		t.Errorf("after l with the record and check complete: %s, visit due %v", r.State, r.VisitDue)
	}
}

func TestEscalateAndPrintAskTheRoot(t *testing.T) {
	st := newFake(now, day()...)
	d := press(open(t, st, "zh", 3), "e", "p")
	_, out := status(&d)
	if len(out) != 2 {
		t.Fatalf("sent %v", out)
	}
	in, ok := out[0].(OpenIntakeMsg)
	if !ok || in.Request != "S2611230003" || in.Intake.Name != "赵敏" || in.Intake.Company != "海淀第一中学" || in.Intake.Serial != "PF2ABCDE" {
		t.Errorf("e sent %+v", out[0])
	}
	if out[1] != (PrintRecordMsg{ID: 3}) {
		t.Errorf("p sent %+v", out[1])
	}
	d = press(d, "esc")
	if _, out := status(&d); len(out) != 1 || out[0] != (detailBackMsg{}) {
		t.Errorf("esc sent %v", out)
	}
}
