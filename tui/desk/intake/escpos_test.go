package intake

import (
	"bytes"
	"net"
	"strings"
	"testing"

	"frontdesk/config"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/slip/escpos/escpostest"
)

// saveOnESCPOS saves the morning's intake with an ESC/POS printer at addr.
func saveOnESCPOS(t *testing.T, lang, addr string) desk {
	t.Helper()
	c, st, tk := calledA(t)
	c.Text = desktest.Common(lang).Text
	c.Print = config.Print{Kind: config.PrintESCPOS, Device: addr, Width: 32, CodePage: "gb18030", Cut: "partial"}
	m := open(t, c, 80, 24, tk)
	m = drive(m, desktest.IntakeKeys()...)
	m = drive(m, press("y")...)
	if m.M.stage != stageSlip {
		t.Fatalf("%s: not saved: %s\n%s", lang, m.Status(), m.Plain())
	}
	if _, ok, err := st.OrderByNumber(m.M.slip.order.Number); !ok || err != nil {
		t.Fatalf("%s: the order is not stored: %v", lang, err)
	}
	return m
}

// TestPrinterOffLeavesTheOrderSavedAndSaysReprint: the thermal printer is
// off (its port refuses): the order is saved all the same, and the status
// says it was not printed and how to print it again, in the user's language.
func TestPrinterOffLeavesTheOrderSavedAndSaysReprint(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	for lang, want := range map[string]string{"zh": "未打印,凭证已存,可按 p 重新打印", "en": "not printed, the slip is kept: reprint it with p"} {
		m := saveOnESCPOS(t, lang, addr)
		saved := map[string]string{"zh": "已保存", "en": "Saved"}[lang]
		if !strings.HasPrefix(m.Status(), saved) || !strings.Contains(m.Status(), want) || !m.Sess.Status.Bad {
			t.Errorf("%s: status %q (bad %v), want saved and %q", lang, m.Status(), m.Sess.Status.Bad, want)
		}
	}
}

// TestThermalPrinterGetsTheSlipAndTheTag: a printer on port 9100 gets the
// slip and then the device's tag, each cut, with the saved order's number.
func TestThermalPrinterGetsTheSlipAndTheTag(t *testing.T) {
	addr, got := escpostest.Printer(t)
	m := saveOnESCPOS(t, "zh", addr)
	if !strings.Contains(m.Status(), "凭证已送打印") || m.Sess.Status.Bad {
		t.Errorf("status %q", m.Status())
	}
	stream := <-got
	n := m.M.slip.order.Number
	lines := strings.Join(escpostest.Lines(t, stream), "\n")
	if strings.Count(lines, "[code128 "+n+"]") != 2 || strings.Count(lines, "[cut]") != 2 || !strings.Contains(lines, "机器标签") {
		t.Errorf("the printer got:\n%s", lines)
	}
	if bytes.Count(stream, []byte{0x1b, '@'}) != 2 {
		t.Error("the slip and the tag do not each reset the printer")
	}
}
