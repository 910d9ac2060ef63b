package main

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"frontdesk/internal/wording"
)

// TestNoOutputShowsACodeAKeyOrALayout: what every command prints — its
// help, its answers on a demo station and its refusals — holds running
// text only (wording.Words), in Chinese and in English. `config` is left
// out: it prints the configuration file, whose keys are its point.
func TestNoOutputShowsACodeAKeyOrALayout(t *testing.T) {
	words := wording.StationWords(t)
	db := demoDB(t)
	var number string
	if code, out, e := frontdesk(t, "--db", db, "find", "R2", "--json"); code != 0 {
		t.Fatalf("find: %d %s", code, e)
	} else if _, rest, ok := strings.Cut(out, `"number": "`); ok {
		number, _, _ = strings.Cut(rest, `"`)
	}
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	runs := [][]string{{"--help"}, {"take"}, {"take", "Z"}, {"take", "A"}, {"call"}, {"call", "--counter", "9"},
		{"call", "--counter", "1"}, {"status"}, {"find", number}, {"find", "R26"}, {"find", "没有这个人"},
		{"report"}, {"report", "--from", "2026-01-01", "--to", "2026-12-31"}, {"report", "--day", "明天"},
		{"check"}, {"backup", filepath.Join(t.TempDir(), "b.db")}, {"restore", filepath.Join(t.TempDir(), "none.db")},
		{"close-day"}, {"demo"}, {"export"}, {"take", "--nope"}, {"call", "--counter", "x"}, {"nosuchcommand"}}
	for _, name := range names {
		if name != "config" {
			runs = append(runs, []string{name, "--help"})
		}
	}
	for _, lang := range []string{"zh", "en"} {
		for _, args := range runs {
			_, out, e := frontdesk(t, append([]string{"--db", db, "--lang", lang}, args...)...)
			words.Check(t, lang+" frontdesk "+strings.Join(args, " "), lang, out+e)
		}
	}
}
