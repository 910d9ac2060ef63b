package intake

import (
	"errors"
	"strings"
	"testing"

	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/internal/screentest"
	"frontdesk/tui/slip"
)

// atSlip is the slip screen of a saved order, on a terminal h lines high,
// printed with command ("" for none).
func atSlip(t *testing.T, h int, command string) (desk, repair.Order) {
	t.Helper()
	m := atIntake(t, "zh", 80, h)
	m.M.c.Print.Command, m.M.c.Print.Width = command, 48
	s := desktest.NewStation(t)
	o := s.Order(desktest.Brought{
		Number: "R2611220001", Received: "2026-11-22 10:20", Promised: "2026-11-25 18:00",
		Name: "张伟", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "ThinkPad X1", Serial: "PF2XK9A1", Fault: "开机后屏幕闪烁",
	})
	c := m.M.c
	text := slip.Render(o, c.Repair, c.Station, c.Text, 48, c.Cfg.Location)
	m = drive(m, OrderSavedMsg{Order: o, Slip: text, File: "/srv/slips/R2611220001.txt"})
	if m.M.stage != stageSlip || !m.Has(parts.SavedMsg{Queue: true, Board: true}) {
		t.Fatalf("no slip after the save: %v\n%s", m.Sent, m.Plain())
	}
	return m, o
}

func TestSlipSaysSavedAndWhereTheSlipWent(t *testing.T) {
	m, o := atSlip(t, 24, "true")
	for _, want := range []string{"已保存", o.Number, repair.FormatClaim(o.Claim), "凭证已送打印"} {
		if !strings.Contains(m.Status(), want) {
			t.Errorf("status %q lacks %q", m.Status(), want)
		}
	}
	if file, _ := atSlip(t, 24, ""); !strings.Contains(desktest.Flat(file.Plain()), "/srv/slips/R2611220001.txt") {
		t.Errorf("without a printer the slip screen does not name the file:\n%s", file.Plain())
	}
	if v := m.Plain(); !strings.Contains(v, "取机凭证 R2611220001") || !strings.Contains(v, "p 重新打印") {
		t.Errorf("the slip is not on screen:\n%s", v)
	}
	for _, c := range []struct {
		msg  OrderSavedMsg
		want string
		bad  bool
	}{
		{OrderSavedMsg{Order: o, FileErr: errors.New("disk")}, "凭证文件未能写入:disk", true},
		{OrderSavedMsg{Order: o, PrintErr: errors.New("lp")}, "未打印,凭证已存,可按 p 重新打印:lp", true},
	} {
		got := drive(m, c.msg)
		if !strings.Contains(got.Status(), c.want) || got.Sess.Status.Bad != c.bad {
			t.Errorf("status %q (bad %v), want %q", got.Status(), got.Sess.Status.Bad, c.want)
		}
	}
}

func TestSlipKeys(t *testing.T) {
	for _, k := range []string{"enter", "esc", "q"} {
		m, _ := atSlip(t, 24, "")
		if m = drive(m, press(k)...); !m.Has(DoneMsg{}) {
			t.Errorf("%s did not close the slip: %v", k, m.Sent)
		}
	}
	m, _ := atSlip(t, 24, "")
	if m = drive(m, press("n")...); !m.Has(CallNextMsg{}) {
		t.Errorf("n did not ask for the next customer: %v", m.Sent)
	}
	top := m.Plain()
	m = drive(m, press("down", "j", "j")...)
	if m.M.slip.scroll != 3 || m.Plain() == top {
		t.Errorf("↓/j did not scroll: %d", m.M.slip.scroll)
	}
	m = drive(m, press("up", "k")...)
	if m.M.slip.scroll != 1 {
		t.Errorf("↑/k did not scroll back: %d", m.M.slip.scroll)
	}
	m = drive(m, press("up", "up", "up")...)
	if m.M.slip.scroll != 0 || m.Plain() != top {
		t.Errorf("scrolled above the top: %d", m.M.slip.scroll)
	}
}

func TestSlipPrintedAgain(t *testing.T) {
	m, _ := atSlip(t, 24, "")
	m = drive(m, press("p")...)
	if !m.Sess.Status.Bad || !strings.Contains(m.Status(), "没有设置打印机") {
		t.Errorf("p without a printer: status %q", m.Status())
	}
	m, _ = atSlip(t, 24, "true")
	if !strings.Contains(m.Status(), "凭证已送打印") {
		t.Errorf("a printed slip: status %q", m.Status())
	}
	m = drive(m, press("p")...)
	if m.Sess.Status.Bad || m.Status() != "凭证已送打印" {
		t.Errorf("p with a printer: status %q", m.Status())
	}
	m = drive(m, printedMsg{err: errors.New("lp: jammed")})
	if !m.Sess.Status.Bad || !strings.Contains(m.Status(), "打印失败:lp: jammed") {
		t.Errorf("a failed reprint: status %q", m.Status())
	}
}

func TestSlipFitsANarrowScreen(t *testing.T) {
	m, _ := atSlip(t, 24, "")
	m.M.SetSize(44, 20)
	screentest.CheckFits(t, "the slip", m.View(), 44, 20)
	if !strings.Contains(m.M.slip.shown, "取机码") || m.M.slip.shown == m.M.slip.text {
		t.Error("the slip was not rendered anew at the screen's width")
	}
}
