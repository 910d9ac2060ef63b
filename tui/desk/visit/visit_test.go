package visit

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
)

// visitsDue is how many orders the board's list 8 holds now.
func visitsDue(t *testing.T, s *desktest.Station) int {
	t.Helper()
	heads, err := s.St.Board()
	if err != nil {
		t.Fatal(err)
	}
	return repair.Counts(heads, desktest.Fixed, desktest.CommonWith(s.St, "zh").Cfg.Location)[repair.ListVisits]
}

// TestP5_RecordVisitFromTheBoard (the visit screen's part; the board's
// enter on list 8 is in package board): a visit not reached is logged and
// stays due; the next call shows the earlier try, and a visit that reached
// the customer is stored with the satisfaction and remarks, off the list.
// Each save goes back to the board and has it read again.
func TestP5_RecordVisitFromTheBoard(t *testing.T) {
	s := desktest.MorningStation(t)
	const number = "R2611150001" // 孙丽, picked up, visit due today
	d := onStation(t, s, "zh", 100, 30, number)
	if d.Sess.Status != (parts.Status{}) || !strings.Contains(d.Plain(), "联系上客户了吗") {
		t.Fatalf("no visit form: %+v\n%s", d.Sess.Status, d.Plain())
	}
	// Not reached: logged, still due.
	d = desktest.Drive(d, desktest.Press("n", "无人接听", "enter")...)
	if want := "已保存 · R2611150001 回访未联系上,已记录,仍待回访"; d.Sess.Status.Text != want {
		t.Fatalf("status %q, want %q", d.Sess.Status.Text, want)
	}
	if len(d.Sent) != 2 || d.Sent[0] != (BackMsg{}) || d.Sent[1] != (parts.SavedMsg{Board: true}) {
		t.Fatalf("after saving sent %#v, want back to the board and read it again", d.Sent)
	}
	if n := visitsDue(t, s); n != 1 {
		t.Fatalf("%d visits due after a visit not reached, want 1", n)
	}
	// Reached: satisfaction and remarks, off the list.
	d = onStation(t, s, "zh", 100, 30, number)
	if !strings.Contains(d.Plain(), "已回访 1 次未联系上") {
		t.Errorf("the earlier try is not shown:\n%s", d.Plain())
	}
	d = desktest.Drive(d, desktest.Press("y", "down", "enter", "键盘正常,很满意", "enter")...)
	if want := "已保存 · R2611150001 回访已记录"; d.Sess.Status.Text != want {
		t.Fatalf("status %q, want %q", d.Sess.Status.Text, want)
	}
	o := s.Stored(t, number)
	if o.Visit == nil || !o.Visit.Reached || o.Visit.Satisfied != 4 || o.Visit.By != "张工" || o.Visit.Remarks != "键盘正常,很满意" {
		t.Fatalf("visit stored %+v", o.Visit)
	}
	if n := visitsDue(t, s); n != 0 {
		t.Errorf("%d visits still due", n)
	}
}

// TestVisitRefusedStaysWithWhy: an order with no visit due is refused with
// the rule's words, and a fresh form is shown to try again.
func TestVisitRefusedStaysWithWhy(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, "R2611200001") // still being diagnosed
	d = desktest.Drive(d, desktest.Press("n", "无人接听", "enter")...)
	if want := "这张单没有待做的回访"; d.Sess.Status.Text != want || !d.Sess.Status.Bad {
		t.Fatalf("status %+v, want %q", d.Sess.Status, want)
	}
	if len(d.Sent) != 0 {
		t.Fatalf("a refused visit sent %#v", d.Sent)
	}
	if v := d.Plain(); !strings.Contains(v, "联系上客户了吗") || strings.Contains(v, "无人接听") {
		t.Errorf("no fresh form after the refusal:\n%s", v)
	}
}

// TestVisitEscGoesBack: esc, before the order is read or on the form,
// goes back to the board unsaved and clears the status line; an answer
// arriving after is not the screen's any more.
func TestVisitEscGoesBack(t *testing.T) {
	s := desktest.MorningStation(t)
	c := desktest.CommonWith(s.St, "zh")
	c.SetSize(100, 30)
	m, read := New(c, desktest.Session(), s.IDs["R2611150001"])
	d := desktest.NewDesk[Model, *Model](m, parts.Status{}, nil)
	d = desktest.Drive(d, desktest.Press("esc")...)
	d = desktest.Run(d, read)
	if d.Last() != (BackMsg{}) || len(d.Sent) != 1 || d.M.loaded {
		t.Fatalf("esc before the read: sent %#v, loaded %v", d.Sent, d.M.loaded)
	}

	before := len(s.Stored(t, "R2611150001").History)
	d = onStation(t, s, "zh", 100, 30, "R2611150001")
	d.Sess.Status = parts.Status{Text: "x", Bad: true}
	d = desktest.Drive(d, desktest.Press("n", "esc")...)
	if d.Last() != (BackMsg{}) || d.Sess.Status != (parts.Status{}) {
		t.Fatalf("esc on the form: sent %#v, status %+v", d.Sent, d.Sess.Status)
	}
	if o := s.Stored(t, "R2611150001"); len(o.History) != before || o.Visit != nil {
		t.Fatal("esc saved something")
	}
	d = desktest.Drive(d, desktest.Press("enter")...)
	if len(d.Sent) != 1 {
		t.Errorf("a left screen still answers: %#v", d.Sent)
	}
}

// TestVisitEscWhileSaving: while the commit is under way esc is not taken;
// the answer then goes back to the board.
func TestVisitEscWhileSaving(t *testing.T) {
	s := desktest.MorningStation(t)
	d := onStation(t, s, "zh", 100, 30, "R2611150001")
	d = desktest.Drive(d, desktest.Press("n", "无人接听")...)
	d, save := untilSaving(d, desktest.Press("enter")[0])
	if !d.M.saving || d.Sess.Status.Text != "正在保存……" {
		t.Fatalf("not saving: %+v", d.Sess.Status)
	}
	d = desktest.Drive(d, desktest.Press("esc")...)
	if len(d.Sent) != 0 {
		t.Fatalf("esc while saving sent %#v", d.Sent)
	}
	d = desktest.Run(d, save)
	if d.Last() != (parts.SavedMsg{Board: true}) || d.Sent[0] != (BackMsg{}) {
		t.Fatalf("after the commit sent %#v", d.Sent)
	}
}

// untilSaving sends msg and runs what it asks, as the runtime would, up to
// the command that writes the visit, which it returns unrun.
func untilSaving(d desk, msg tea.Msg) (desk, tea.Cmd) {
	d, cmd := d.Update(msg)
	for !d.M.saving && cmd != nil {
		var next tea.Cmd
		for _, m := range desktest.Execute(cmd) {
			var more tea.Cmd
			if d, more = d.Update(m); d.M.saving {
				return d, more
			}
			next = tea.Batch(next, more)
		}
		cmd = next
	}
	return d, cmd
}

// TestVisitOrderNotThere: an order that is not found, or a database that
// cannot be read, is said, and the screen goes back to the board.
func TestVisitOrderNotThere(t *testing.T) {
	s := desktest.MorningStation(t)
	c := desktest.CommonWith(s.St, "zh")
	m, read := New(c, desktest.Session(), 999999)
	d := desktest.NewDesk[Model, *Model](m, parts.Status{}, read)
	if d.Sess.Status != (parts.Status{Text: "找不到这张维修单", Bad: true}) || d.Last() != (BackMsg{}) {
		t.Fatalf("not found: %+v, sent %#v", d.Sess.Status, d.Sent)
	}
	m, read = New(c, desktest.Session(), s.IDs["R2611150001"])
	if err := s.St.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path, []byte(strings.Repeat("not a database ", 400)), 0o600); err != nil {
		t.Fatal(err)
	}
	d = desktest.NewDesk[Model, *Model](m, parts.Status{}, read)
	if !d.Sess.Status.Bad || !strings.Contains(d.Sess.Status.Text, "数据库暂时无法读取") || d.Last() != (BackMsg{}) {
		t.Fatalf("unreadable: %+v, sent %#v", d.Sess.Status, d.Sent)
	}
}

// TestVisitQuits: ctrl+c quits from the visit screen.
func TestVisitQuits(t *testing.T) {
	d := onStation(t, desktest.MorningStation(t), "zh", 100, 30, "R2611150001")
	_, cmd := d.Update(desktest.Ctrl('c'))
	if cmd == nil {
		t.Fatal("ctrl+c: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c did not quit")
	}
}

// TestVisitFits: the screen fits the terminal, loading and loaded, in
// both languages, and says the visit's due day and who signed.
func TestVisitFits(t *testing.T) {
	s := desktest.MorningStation(t)
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {40, 12}, {140, 40}} {
			d := onStation(t, s, lang, size[0], size[1], "R2611150001")
			screentest.CheckFits(t, lang+" visit", d.M.View(), size[0], size[1])
			if !strings.Contains(d.Plain(), "R2611150001") || !strings.Contains(d.Plain(), "2026-11-22") {
				t.Errorf("%s %v: the order's facts are missing:\n%s", lang, size, d.Plain())
			}
		}
	}
}

// TestVisitZeroModel: a screen never opened ignores every message.
func TestVisitZeroModel(t *testing.T) {
	var m Model
	for _, msg := range append(desktest.Press("n", "enter", "esc"), desktest.Ctrl('c'), orderMsg{found: true}, savedMsg{}, tea.PasteMsg{Content: "x"}) {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		if cmd != nil || len(m.Drain()) != 0 {
			t.Errorf("%#v: a zero screen answered", msg)
		}
	}
	if m.View() != "" {
		t.Error("a zero screen draws")
	}
}
