package common

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// hostile are the seeds of FuzzInert and the cases of TestInertHostile: what
// a database or a customer could smuggle into a name.
var hostile = []string{
	"\x1b]52;c;aGVsbG8=\x07",       // OSC 52: write the clipboard
	"\x1b]52;c;aGVsbG8=\x1b\\",     // the same, ended by ST
	"\x1b[2J",                      // CSI: clear the screen
	"\x9b31m",                      // 8-bit CSI, as a raw byte
	"\u009b31m",                    // 8-bit CSI, as UTF-8
	"\x07",                         // bell
	"\u202eevil",                   // right-to-left override
	"a\u2066b\u2069c\u200bd\ufeff", // isolate, zero-width space, BOM
	"张三丰",
	"王\x1b[31m工\a",
	"\x1bP+q\x1b\\",  // DCS
	"\x1b_apc\x1b\\", // APC
	"x\r\ny\tz\x7f",  // line breaks, tab, DEL
	"\xff\xfe\xc2",   // invalid UTF-8
	"\x1b",           // a lone ESC
	"\U000E0041tag",  // a tag character
	"\x1b]8;;http://x\x07link\x1b]8;;\x07",
}

func FuzzInert(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Add("A012 Zhao, Li-Na (No. 3)! 100% ok?")
	f.Fuzz(func(t *testing.T, s string) {
		out := Inert(s)
		if bad, ok := unsafeRune(out); ok {
			t.Fatalf("Inert(%q) = %q keeps %U", s, out, bad)
		}
		if again := Inert(out); again != out {
			t.Fatalf("Inert not idempotent on %q: %q then %q", s, out, again)
		}
		if p := printable(s); p != "" && Inert(p) != p {
			t.Fatalf("Inert changed printable %q to %q", p, Inert(p))
		}
	})
}

// unsafeRune finds in s anything that must not reach a terminal: invalid
// UTF-8 (or U+FFFD), C0, DEL, C1, ESC, and any format character (bidi overrides and
// isolates are Cf).
func unsafeRune(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r == utf8.RuneError: // invalid UTF-8, or U+FFFD hiding it
			return r, true
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
			return r, true
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r, true
		case unicode.Is(unicode.Cf, r):
			return r, true
		}
	}
	return 0, false
}

// printable keeps the letters, digits, punctuation, symbols and spaces of s:
// text Inert must pass unchanged.
func printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || r == ' ') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestInertHostile(t *testing.T) {
	for _, s := range hostile {
		out := Inert(s)
		if bad, ok := unsafeRune(out); ok {
			t.Errorf("Inert(%q) = %q keeps %U", s, out, bad)
		}
		if strings.Contains(out, "aGVsbG8") || strings.Contains(out, "http://x") {
			t.Errorf("Inert(%q) = %q: the payload of an OSC stays", s, out)
		}
	}
	for _, s := range []string{"张三丰", "王工", "A012", "Li-Na (3), 100%!", "¥12.50 · 三包"} {
		if got := Inert(s); got != s {
			t.Errorf("Inert(%q) = %q, want it unchanged", s, got)
		}
	}
	if got := Inert("王\x1b[31m工\a"); got != "王工" {
		t.Errorf("Inert of a coloured name = %q, want 王工", got)
	}
	if got := Inert("\u202eevil"); got != "evil" {
		t.Errorf("Inert of a bidi override = %q, want evil", got)
	}
}
