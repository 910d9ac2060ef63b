// Package wording checks that running text holds words only: the tests of
// every screen and command share it (issue 23, item 8).
package wording

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"frontdesk/config"
	"frontdesk/repair"
)

// What running text must never hold, whatever the screen or command
// (issue 23, item 8): a catalogue key the catalogue did not know ("[a.b]"),
// a rule ID of DOMAIN.md ("O4", "(P1)") — the staff's words are the rules'
// content, not their numbers —, a configuration key or an item's code in
// place of its name ("fault_gone", "display:" in Chinese text), or a Go
// time layout ("2006-01-02") where a date or its example belongs.
var (
	catalogueKey = regexp.MustCompile(`\[[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+\]`)
	// A rule ID as the texts cited them, in brackets ("(O4)", "（P1）",
	// "(G1, G2)"); bare, "G1" is as likely a model's name (惠普 战99 G1),
	// and the catalogue's own test looks for bare ones in its texts.
	ruleID    = regexp.MustCompile(`[(（]\s*([QIOPGRSCH][0-9]{1,2})\b[^)）]*[)）]`)
	goLayout  = regexp.MustCompile(`2006|01-02 15|Jan 2|15:04:05`)
	asciiWord = regexp.MustCompile(`\b[a-z][a-z0-9_]*\b`)
	// An item code standing in for its name in Chinese text: a lower-case
	// word before a colon ("display: 花屏") or against a Chinese character
	// ("显示器display"); a command's name in a help text stands apart.
	codeInZH = regexp.MustCompile(`\b([a-z][a-z0-9_]*)(?:[:：]|\p{Han})|\p{Han}([a-z][a-z0-9_]*)\b`)
)

// notRules are words that look like a rule ID and are not one.
var notRules = map[string]bool{"P90": true}

// Words are the codes that must not reach running text: every key of the
// station's configuration file and every item code of its repair tables.
type Words struct {
	keys map[string]bool // config keys and item codes with an underscore: never, in either language
	zh   map[string]bool // item codes that are English words: never in Chinese text
}

// StationWords gathers the codes of the default configuration.
func StationWords(t testing.TB) Words {
	t.Helper()
	w := Words{keys: map[string]bool{}, zh: map[string]bool{}}
	var b bytes.Buffer
	if err := config.Default().Encode(&b, config.Source{}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if k, _, ok := strings.Cut(strings.TrimSpace(line), " = "); ok && strings.Contains(k, "_") {
			w.keys[k] = true
		}
	}
	code := func(it repair.Item) {
		if strings.Contains(it.Key, "_") {
			w.keys[it.Key] = true
		}
		w.zh[it.Key] = true
	}
	rc := repair.DefaultConfig()
	for _, d := range rc.Devices {
		code(d.Item)
		for _, list := range [][]repair.Item{d.Accessories, d.Condition, d.Inspection} {
			for _, it := range list {
				code(it)
			}
		}
	}
	for _, r := range rc.Warranty {
		code(r.Item)
	}
	return w
}

// Check fails when view, the screen or output what in language lang ("zh"
// or "en"), holds any of them.
func (w Words) Check(t testing.TB, what, lang, view string) {
	t.Helper()
	text := ansi.Strip(view)
	if m := catalogueKey.FindString(text); m != "" {
		t.Errorf("%s: a catalogue key is shown: %q in\n%s", what, m, text)
	}
	for _, m := range ruleID.FindAllStringSubmatch(text, -1) {
		if !notRules[m[1]] {
			t.Errorf("%s: a rule ID is shown: %q in\n%s", what, m[0], text)
		}
	}
	if m := goLayout.FindString(text); m != "" {
		t.Errorf("%s: a Go time layout is shown: %q in\n%s", what, m, text)
	}
	for _, word := range asciiWord.FindAllString(text, -1) {
		if w.keys[word] {
			t.Errorf("%s: a configuration key or item code is shown: %q in\n%s", what, word, text)
		}
	}
	if lang != "zh" {
		return
	}
	for _, m := range codeInZH.FindAllStringSubmatch(text, -1) {
		if code := m[1] + m[2]; w.zh[code] {
			t.Errorf("%s: an item code is shown for its name: %q in\n%s", what, code, text)
		}
	}
}
