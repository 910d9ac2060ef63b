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
