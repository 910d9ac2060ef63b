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

// TestBadStationGroupSaidInBothLanguages: a station group that does not
// exist is refused with its line, in the user's language; one the user
// is not in says how to join it.
func TestBadStationGroupSaidInBothLanguages(t *testing.T) {
	path := filepath.Join(t.TempDir(), config.FileName)
	os.WriteFile(path, []byte("[station]\ngroup = \"frontdesk-no-such-group\"\n"), 0o644)
	_, _, err := config.Load(path)
	for lang, want := range map[string]string{
		"zh": "第 2 行,station.group:本机没有名为 \"frontdesk-no-such-group\" 的用户组",
		"en": "line 2, station.group: there is no group \"frontdesk-no-such-group\" on this computer",
	} {
		if got := ExplainConfig(i18n.New(lang), err); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q in it", lang, got, want)
		}
	}
	notIn := &config.Error{Path: path, Line: 2, Key: "station.group", Kind: config.KindGroup, Value: "staff", Want: "member", Got: "coordinator"}
	for lang, want := range map[string]string{
		"zh": "用户 coordinator 不在用户组 \"staff\" 中,无法把客户资料文件交给这个组(请执行 usermod -aG staff coordinator,然后重新登录)",
		"en": "the user coordinator is not a member of the group \"staff\", so the files of customers' data cannot be given to it (run usermod -aG staff coordinator, then log in again)",
	} {
		if got := ExplainConfig(i18n.New(lang), notIn); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %q in it", lang, got, want)
		}
	}
}
