package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/config"
	"frontdesk/tui/i18n"
)

// TestBadStationCodeSaidInBothLanguages: a station code the export could
// not put in a file name is refused with the line and what a code is, in
// the user's language.
func TestBadStationCodeSaidInBothLanguages(t *testing.T) {
	path := filepath.Join(t.TempDir(), config.FileName)
	os.WriteFile(path, []byte("[station]\ncode = \"上海 一站\"\n"), 0o644)
	_, _, err := config.Load(path)
	for lang, want := range map[string]string{"zh": "第 2 行,station.code:\"上海 一站\" 不是服务站代码", "en": "line 2, station.code: \"上海 一站\" is not a station code: write 1 to 32"} {
		if got := ExplainConfig(i18n.New(lang), err); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q in it", lang, got, want)
		}
	}
}

// TestBadPrinterSaidInBothLanguages: a printer setting that cannot work is
// refused with its line and what it may be, in the user's language.
func TestBadPrinterSaidInBothLanguages(t *testing.T) {
	for _, c := range []struct{ file, zh, en string }{
		{"[print]\nkind = \"thermal\"\n", "第 2 行,print.kind:不能是 \"thermal\",只能是其中之一:text, escpos", `line 2, print.kind: "thermal" is not one of: text, escpos`},
		{"[print]\nkind = \"escpos\"\nwidth = 80\n", "每行只能是 32 字(58 毫米)或 48 字(80 毫米),不能是 80", "32 (58 mm) or 48 (80 mm) characters a line, not 80"},
		{"[print]\nkind = \"escpos\"\ndevice = \"lp0\"\n", `"lp0" 不是打印机:请写设备文件的完整路径`, `"lp0" is not a printer: write a device file's full path`},
		{"[print]\nkind = \"escpos\"\ncut = \"yes\"\n", "print.cut:不能是 \"yes\",只能是其中之一:partial, full, none", `print.cut: "yes" is not one of: partial, full, none`},
	} {
		path := filepath.Join(t.TempDir(), config.FileName)
		os.WriteFile(path, []byte(c.file), 0o644)
		_, _, err := config.Load(path)
		if err == nil {
			t.Fatalf("%q loaded", c.file)
		}
		for lang, want := range map[string]string{"zh": c.zh, "en": c.en} {
			if got := ExplainConfig(i18n.New(lang), err); !strings.Contains(got, want) {
				t.Errorf("%s: %q, want %q in it", lang, got, want)
			}
		}
	}
}
