package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"
)

// TestJSONOutputIsInert: --json output carries no C1 control nor bidi or
// zero-width character raw, and a script decodes exactly the strings that
// were stored.
func TestJSONOutputIsInert(t *testing.T) {
	stored := map[string]string{
		"name":   "张伟\u202e\u2066evil\u2069",
		"number": "A001\u009b2J\u0085\x7f",
		"fault":  "开机\u200b无显示 \x1b]8;;http://x\a",
	}
	var out bytes.Buffer
	if err := (Env{Out: &out, JSON: true}).print(stored, ""); err != nil {
		t.Fatal(err)
	}
	for _, r := range out.String() {
		if r >= 0x80 && r <= 0x9f || unicode.Is(unicode.Cf, r) || r < 0x20 && r != '\n' || r == 0x7f {
			t.Fatalf("%U left raw in %q", r, out.String())
		}
	}
	if !strings.Contains(out.String(), `\u202e`) || !strings.Contains(out.String(), `\u009b`) {
		t.Errorf("not escaped: %s", out.String())
	}
	var back map[string]string
	if err := json.Unmarshal(out.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for k, v := range stored {
		if back[k] != v {
			t.Errorf("%s decodes as %q, stored %q", k, back[k], v)
		}
	}
}
