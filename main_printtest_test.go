package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/tui/slip/escpos/escpostest"
)

// TestPrintTestPrintsOnTheConfiguredPrinter: print-test sends an ESC/POS
// test page to the configured network printer and says so; without a
// printer it says how to set one up.
func TestPrintTestPrintsOnTheConfiguredPrinter(t *testing.T) {
	addr, got := escpostest.Printer(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "frontdesk.toml")
	os.WriteFile(cfg, []byte("[print]\nkind = \"escpos\"\ndevice = \""+addr+"\"\n"), 0o644)
	var out, errOut bytes.Buffer
	if code := run([]string{"print-test", "--config", cfg, "--lang", "zh"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Join(escpostest.Lines(t, <-got), "\n")
	for _, want := range []string{"打印测试", "12345678901234567890123456789012", "中文:取机凭证", "[code128 A012]", "[cut]"} {
		if !strings.Contains(lines, want) {
			t.Errorf("test page lacks %q:\n%s", want, lines)
		}
	}
	if !strings.Contains(out.String(), "测试页已送到打印机 "+addr) {
		t.Errorf("said %q", out.String())
	}
	os.WriteFile(cfg, nil, 0o644)
	errOut.Reset()
	if code := run([]string{"print-test", "--config", cfg, "--lang", "en"}, &out, &errOut); code != 1 || !strings.Contains(errOut.String(), "no printer is set up") {
		t.Errorf("without a printer: exit %d, %q", code, errOut.String())
	}
}
