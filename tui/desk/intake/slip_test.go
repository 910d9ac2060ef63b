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
	m.m.c.Print.Command, m.m.c.Print.Width = command, 48
	s := desktest.NewStation(t)
	o := s.Order(desktest.Brought{Number: "R2611220001", Received: "2026-11-22 10:20", Promised: "2026-11-25 18:00",
		Name: "张伟", Phone: "13800138000", Device: "notebook", Brand: "联想", Model: "ThinkPad X1", Serial: "PF2XK9A1", Fault: "开机后屏幕闪烁"})
	c := m.m.c
	text := slip.Render(o, c.Repair, c.Station, c.Text, 48, c.Cfg.Location)
	m = drive(m, OrderSavedMsg{Order: o, Slip: text, File: "/srv/slips/R2611220001.txt"})
	if m.m.stage != stageSlip || !m.got(parts.SavedMsg{Queue: true, Board: true}) {
		t.Fatalf("no slip after the save: %v\n%s", m.sent, plain(m))
	}
	return m, o
}

func TestSlipSaysSavedAndWhereTheSlipWent(t *testing.T) {
	m, o := atSlip(t, 24, "")
	for _, want := range []string{"已保存", o.Number, repair.FormatClaim(o.Claim), "/srv/slips/R2611220001.txt"} {
		if !strings.Contains(m.status(), want) {
			t.Errorf("status %q lacks %q", m.status(), want)
		}
	}
	if v := plain(m); !strings.Contains(v, "取机凭证 R2611220001") || !strings.Contains(v, "p 重新打印") {
		t.Errorf("the slip is not on screen:\n%s", v)
	}
	for _, c := range []struct {
		msg  OrderSavedMsg
		want string
		bad  bool
	}{
		{OrderSavedMsg{Order: o, FileErr: errors.New("disk")}, "凭证文件未能写入:disk", true},
		{OrderSavedMsg{Order: o, PrintErr: errors.New("lp")}, "打印失败:lp", true},
	} {
		got := drive(m, c.msg)
		if !strings.Contains(got.status(), c.want) || got.s.Status.Bad != c.bad {
			t.Errorf("status %q (bad %v), want %q", got.status(), got.s.Status.Bad, c.want)
		}
	}
}

func TestSlipKeys(t *testing.T) {
	for _, k := range []string{"enter", "esc", "q"} {
		m, _ := atSlip(t, 24, "")
		if m = drive(m, press(k)...); !m.got(DoneMsg{}) {
			t.Errorf("%s did not close the slip: %v", k, m.sent)
		}
	}
	m, _ := atSlip(t, 24, "")
	if m = drive(m, press("n")...); !m.got(CallNextMsg{}) {
		t.Errorf("n did not ask for the next customer: %v", m.sent)
	}
	top := plain(m)
	m = drive(m, press("down", "j", "j")...)
	if m.m.slip.scroll != 3 || plain(m) == top {
		t.Errorf("↓/j did not scroll: %d", m.m.slip.scroll)
	}
	m = drive(m, press("up", "k")...)
	if m.m.slip.scroll != 1 {
		t.Errorf("↑/k did not scroll back: %d", m.m.slip.scroll)
	}
	m = drive(m, press("up", "up", "up")...)
	if m.m.slip.scroll != 0 || plain(m) != top {
		t.Errorf("scrolled above the top: %d", m.m.slip.scroll)
	}
}

func TestSlipPrintedAgain(t *testing.T) {
	m, _ := atSlip(t, 24, "")
	m = drive(m, press("p")...)
	if !m.s.Status.Bad || !strings.Contains(m.status(), "未配置打印命令") || !strings.Contains(m.status(), "/srv/slips/R2611220001.txt") {
		t.Errorf("p without a printer: status %q", m.status())
	}
	m, _ = atSlip(t, 24, "true")
	if !strings.Contains(m.status(), "凭证已送打印") {
		t.Errorf("a printed slip: status %q", m.status())
	}
	m = drive(m, press("p")...)
	if m.s.Status.Bad || m.status() != "凭证已送打印" {
		t.Errorf("p with a printer: status %q", m.status())
	}
	m = drive(m, printedMsg{err: errors.New("lp: jammed")})
	if !m.s.Status.Bad || !strings.Contains(m.status(), "打印失败:lp: jammed") {
		t.Errorf("a failed reprint: status %q", m.status())
	}
}

func TestSlipFitsANarrowScreen(t *testing.T) {
	m, _ := atSlip(t, 24, "")
	m.m.SetSize(44, 20)
	screentest.CheckFits(t, "the slip", m.View(), 44, 20)
	if !strings.Contains(m.m.slip.shown, "取机码") || m.m.slip.shown == m.m.slip.text {
		t.Error("the slip was not rendered anew at the screen's width")
	}
}
