package i18n

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCatalogComplete: every key has both languages, stands in one table
// only, and takes the same arguments in both languages.
func TestCatalogComplete(t *testing.T) {
	seen := map[string]int{}
	for i, table := range tables {
		for key, e := range table {
			if j, ok := seen[key]; ok {
				t.Errorf("%q is in tables %d and %d", key, j, i)
			}
			seen[key] = i
			if strings.TrimSpace(e.zh) == "" || strings.TrimSpace(e.en) == "" {
				t.Errorf("%q lacks a language: zh %q, en %q", key, e.zh, e.en)
			}
			zh, en := verbs(e.zh), verbs(e.en)
			if len(zh) != len(en) {
				t.Errorf("%q: zh has %d %%-verbs %q, en %d %q", key, len(zh), zh, len(en), en)
				continue
			}
			slices.Sort(zh)
			slices.Sort(en)
			if !slices.Equal(zh, en) {
				t.Errorf("%q: zh verbs %q, en verbs %q", key, zh, en)
			}
		}
	}
	if len(seen) == 0 {
		t.Fatal("the catalogue is empty")
	}
}

// verbs are the formatting verbs of a message, flags and width left out
// ("%-3d" is "d"); "%%" is none.
func verbs(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.[]*", s[j]) >= 0 {
			j++
		}
		if j < len(s) && s[j] != '%' {
			out = append(out, s[j:j+1])
		}
		i = j
	}
	return out
}

func TestVerbs(t *testing.T) {
	got := verbs("%d 号 100%% %-3s %[2]v %.1f%")
	if want := []string{"d", "s", "v", "f"}; !slices.Equal(got, want) {
		t.Fatalf("verbs = %q, want %q", got, want)
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{
		"zh": ZH, "zh_CN.UTF-8": ZH, "ZH-cn": ZH, "en": EN, "en_US.UTF-8": EN, "EN": EN,
		"": "", "C": "", "POSIX": "", "de_DE.UTF-8": "", "e": "", " en": "",
	} {
		if got := Parse(in); got != want {
			t.Errorf("Parse(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzParse: any --lang value or locale is Chinese, English or unknown, and
// New always gives one of the two languages.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"zh", "en_US.UTF-8", "zh_CN.GB18030", "C.UTF-8", "", "\xff", "İen", "ZH"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		switch l := Parse(s); l {
		case "", ZH, EN:
		default:
			t.Fatalf("Parse(%q) = %q", s, l)
		}
		if c := New(s); c.Lang != ZH && c.Lang != EN {
			t.Fatalf("New(%q).Lang = %q", s, c.Lang)
		}
	})
}

// TestNoTextCitesARuleID: the staff and the customers read what a rule
// says, never its number in DOMAIN.md ("维修结果", not "维修结果(O4)").
// The configuration file's own comments, for whoever sets the station up,
// are the exception: configTexts.
func TestNoTextCitesARuleID(t *testing.T) {
	rule := regexp.MustCompile(`\b[QIOPGRSCH][0-9]{1,2}\b`)
	for i, table := range tables {
		if reflect.ValueOf(table).Pointer() == reflect.ValueOf(configTexts).Pointer() {
			continue
		}
		for key, e := range table {
			for _, s := range []string{e.zh, e.en} {
				if m := rule.FindString(s); m != "" && m != "P90" {
					t.Errorf("table %d, %q cites %s: %q", i, key, m, s)
				}
			}
		}
	}
}

// TestChineseTextsUseOneWidthOfPunctuation: one screen never mixes "，" and
// ",": every text writes , ; : ? ! ( ) as DOMAIN.md's standard scripts do,
// which must appear word for word ("请排队号为…来,我们将为您服务,谢谢!");
// 。、「」 have no such twin and stay.
func TestChineseTextsUseOneWidthOfPunctuation(t *testing.T) {
	for _, table := range tables {
		for key, e := range table {
			if i := strings.IndexAny(e.zh, "，；：？！（）"); i >= 0 {
				t.Errorf("%q holds the full-width %q: %q", key, []rune(e.zh[i:])[0], e.zh)
			}
		}
	}
}
