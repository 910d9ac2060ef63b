package hotline

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/internal/desktest"
)

// TestBadInputIsRefusedWithWhy: a phone that is not one, an empty or
// absurdly long topic, control characters, a request form emptied of its
// required fields — each refused with a message, nothing looked up or
// saved.
func TestBadInputIsRefusedWithWhy(t *testing.T) {
	s, _ := station(t)
	d := drive(onStation(t, s, "zh", 80, 24), "12345", "enter")
	if !d.Sess.Status.Bad || !strings.Contains(d.Status(), "不是有效电话") || d.M.stage != stagePhone || d.M.busy {
		t.Fatalf("a bad phone: %+v, stage %v", d.Sess.Status, d.M.stage)
	}
	d = drive(onStation(t, s, "zh", 80, 24), bizPhone, "enter", "enter")
	if !d.Sess.Status.Bad || d.M.stage != stageTopic {
		t.Fatalf("an empty topic: %+v", d.Sess.Status)
	}
	d = desktest.Drive(d, tea.PasteMsg{Content: strings.Repeat("长", 240)}, desktest.Press("enter")[0])
	if !d.Sess.Status.Bad || !strings.Contains(d.Status(), "200") || d.M.stage != stageTopic {
		t.Fatalf("a topic too long: %+v", d.Sess.Status)
	}
	d = drive(onStation(t, s, "zh", 80, 24), bizPhone, "enter")
	d = desktest.Drive(d, tea.PasteMsg{Content: "打印\x1b[31m机\x07坏了"}, desktest.Press("enter")[0])
	if d.M.stage == stageResult && strings.ContainsAny(d.M.topic, "\x1b\x07") {
		t.Fatalf("control characters taken: %q", d.M.topic)
	}
	if d.M.stage != stageResult && !d.Sess.Status.Bad {
		t.Fatalf("control characters neither cleaned nor refused: %+v", d.Sess.Status)
	}
	if strings.ContainsAny(d.View(), "\x07") {
		t.Error("a bell reached the screen")
	}

	// The form: the name and the address emptied, a serial that is not one.
	d = drive(atResult(t, s, "zh"), "3", "1")
	d = drive(d, "enter", "y")
	d = drive(d, "backspace", "backspace")
	d = desktest.Drive(d, desktest.Ctrl('s'))
	if !d.Sess.Status.Bad || d.M.stage != stageForm || len(d.M.probs) == 0 {
		t.Fatalf("an empty name saved: %+v, stage %v", d.Sess.Status, d.M.stage)
	}
	if v := d.Plain(); !strings.Contains(v, "姓名:必填") && !strings.Contains(v, "姓名:") {
		t.Errorf("the name's problem is not shown by its field:\n%s", v)
	}
	if r, _ := s.St.OpenRequests(); len(r) != 1 || len(calls(t, s)) != 0 {
		t.Errorf("something was saved: %d requests, %d calls", len(r), len(calls(t, s)))
	}
}
