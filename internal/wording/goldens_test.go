package wording

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var langOf = regexp.MustCompile(`(^|[_/])(zh|en)([_./]|$)`)

// TestNoGoldenScreenShowsACodeAKeyOrALayout: every golden screen of tui —
// the desk's, the kiosk's, the display's, the claim slip's, the report's —
// holds running text only (Words), in the language its name says (both
// rules where it says none).
func TestNoGoldenScreenShowsACodeAKeyOrALayout(t *testing.T) {
	words := StationWords(t)
	n := 0
	err := filepath.WalkDir("../../tui", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".golden" {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lang := "zh"
		if m := langOf.FindStringSubmatch(path); m != nil {
			lang = m[2]
		}
		words.Check(t, path, lang, string(b))
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 60 {
		t.Fatalf("only %d golden screens found under tui", n)
	}
}
