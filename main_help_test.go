package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"frontdesk/tui/i18n"
)

// mentions reports whether text names the flag --name (not a longer flag
// that begins with it).
func mentions(text, name string) bool {
	return regexp.MustCompile(`--` + regexp.QuoteMeta(name) + `\b`).MatchString(text)
}

// TestEverySubcommandHelpListsItsFlags: every command's --help and -h, in
// both languages, is an answer on stdout with exit 0: the usage line with
// what the command requires, what it does, and every flag of its real flag
// set with its default in the user's language; frontdesk --help names every
// command and every flag any of them takes. The flags are read off the flag
// sets, so a flag added without its help fails here.
func TestEverySubcommandHelpListsItsFlags(t *testing.T) {
	t.Setenv("FRONTDESK_DB", filepath.Join(t.TempDir(), "station.db"))
	sets := flagSets()
	for _, lang := range []string{"zh", "en"} {
		tr := i18n.New(lang)
		for name, fs := range sets {
			for _, h := range []string{"--help", "-h"} {
				code, out, errOut := frontdesk(t, name, h, "--lang", lang)
				usage := tr.T("help.usage", tr.T("help."+name+".usage"))
				if code != 0 || errOut != "" || !strings.HasPrefix(out, usage+"\n") {
					t.Errorf("%s %s --lang %s: exit %d, want 0 and %q first on stdout:\n%s%s", name, h, lang, code, usage, out, errOut)
				}
				if strings.Contains(out, "[help.") {
					t.Errorf("%s %s --lang %s: a catalogue key is missing:\n%s", name, h, lang, out)
				}
				fs.VisitAll(func(f *flag.Flag) {
					if !mentions(out, f.Name) {
						t.Errorf("%s %s --lang %s does not list --%s:\n%s", name, h, lang, f.Name, out)
					}
				})
				want, not := "(默认 3s)", "(default"
				if lang == "en" {
					want, not = "(default 3s)", "默认"
				}
				if !strings.Contains(out, want) || strings.Contains(out, not) {
					t.Errorf("%s --help --lang %s: the defaults are not said in the user's language (%q):\n%s", name, lang, want, out)
				}
			}
		}
		code, out, _ := frontdesk(t, "--help", "--lang", lang)
		if code != 0 {
			t.Errorf("frontdesk --help --lang %s: exit %d", lang, code)
		}
		for name, fs := range sets {
			if !slices.Contains(commandOrder, name) {
				t.Errorf("frontdesk --help leaves out the command %s", name)
			}
			fs.VisitAll(func(f *flag.Flag) {
				if !mentions(out, f.Name) {
					t.Errorf("frontdesk --help --lang %s does not name --%s, a flag of %s:\n%s", lang, f.Name, name, out)
				}
			})
		}
	}
}

// TestAWrongFlagIsToldInTheUsersLanguage: a flag that does not exist, one
// without its value or with a value of the wrong kind is said in the
// user's language with the flag and what it takes, and where to see the
// flags, on stderr with exit 2 — never the flag package's English — and no
// file is touched.
func TestAWrongFlagIsToldInTheUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "station.db")
	for _, c := range []struct {
		args   []string
		zh, en string
	}{
		{[]string{"take", "A", "--nope"}, "没有 --nope 这个选项", "there is no flag --nope"},
		{[]string{"call", "--counter", "abc"}, "--counter 需要一个整数,而不是“abc”", "--counter needs a whole number, not “abc”"},
		{[]string{"desk", "--keep", "many"}, "--keep 需要一个整数,而不是“many”", "--keep needs a whole number, not “many”"},
		{[]string{"status", "--timeout", "soon"}, "--timeout 需要一个时长,例如 3s、500ms、2m,而不是“soon”", "--timeout needs a duration such as 3s, 500ms or 2m, not “soon”"},
		{[]string{"find", "x", "--limit"}, "--limit 后面需要一个值", "--limit needs a value after it"},
		{[]string{"status", "--json=maybe"}, "--json 是开关:写 --json 即可(或 --json=false),而不是“maybe”", "--json is a switch: write --json (or --json=false), not “maybe”"},
		{[]string{"report", "---day"}, "“---day”不是选项的写法", "“---day” is not how a flag is written"},
	} {
		name := c.args[0]
		for lang, want := range map[string]string{"zh": c.zh, "en": c.en} {
			code, out, errOut := frontdesk(t, append([]string{"--db", db, "--lang", lang}, c.args...)...)
			see := i18n.New(lang).T("help.see", name)
			if code != 2 || out != "" || !strings.Contains(errOut, want) || !strings.Contains(errOut, see) {
				t.Errorf("%q --lang %s: exit %d, stdout %q, want 2 and %q, %q on stderr:\n%s", c.args, lang, code, out, want, see, errOut)
			}
			for _, english := range []string{"flag provided", "invalid", "needs an argument", "Usage of", "bad flag syntax"} {
				if strings.Contains(errOut, english) {
					t.Errorf("%q --lang %s: the flag package's words %q:\n%s", c.args, lang, english, errOut)
				}
			}
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a wrong flag touched files: %v", entries)
	}
}
