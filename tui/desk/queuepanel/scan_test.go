package queuepanel

import (
	"strings"
	"testing"

	"frontdesk/tui/desk/internal/desktest"
)

// TestAScannedCodeIsGatheredAndOpened: a code typed as a barcode gun types
// it — capital letters and digits no key of the queue screen is, then
// enter — is gathered whole, keys like n and r inside it calling nobody,
// and enter asks the root to open it; esc lets one go.
func TestAScannedCodeIsGatheredAndOpened(t *testing.T) {
	d := newDesk(t, "zh", 80, 24, desktest.Morning())
	code := "R2612070001"
	for _, r := range code {
		if cmd := d.press(desktest.Press(string(r))...); cmd != nil {
			t.Fatalf("%q of the code ran a command", r)
		}
	}
	if v := d.Plain(); !strings.Contains(v, code+"▏") {
		t.Fatalf("the code is not shown as typed:\n%s", v)
	}
	d.takeSent()
	d.keys("enter")
	sent := d.takeSent()
	if len(sent) != 1 || sent[0] != (ScanMsg{Code: code}) {
		t.Fatalf("enter sent %#v", sent)
	}
	if v := d.Plain(); strings.Contains(v, code) {
		t.Fatalf("the code is still shown:\n%s", v)
	}

	// A serial with small letters inside: n and r are part of it.
	if cmd := d.press(desktest.Press("P", "F", "n", "r", "2")...); cmd != nil {
		t.Fatal("a letter of a serial ran a command")
	}
	d.keys("backspace", "esc")
	if sent := d.takeSent(); len(sent) != 0 || d.Sess.Status.Text != "已取消输入的单号" {
		t.Fatalf("esc: sent %#v, status %q", sent, d.Sess.Status.Text)
	}
	// n alone is still the next call, not a code.
	d.keys("n")
	if v := d.Plain(); strings.Contains(v, "▏") {
		t.Fatalf("n began a code:\n%s", v)
	}
}
