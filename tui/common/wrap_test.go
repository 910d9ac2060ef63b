package common

import (
	"strings"
	"testing"
)

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want []string
	}{
		{"", 10, nil},
		{"开机后屏幕闪烁,偶尔黑屏", 10, []string{"开机后屏幕", "闪烁,偶尔", "黑屏"}},
		// The comma would begin the second line: it stays with 烁.
		{"开机后屏幕闪烁,偶尔黑屏", 14, []string{"开机后屏幕闪", "烁,偶尔黑屏"}},
		{"「维修」说明", 6, []string{"「维", "修」说", "明"}},
		{"「维修」说明", 4, []string{"「维", "修」", "说明"}},
		{"the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"Supercalifragilistic", 8, []string{"Supercal", "ifragili", "stic"}},
		{"装Windows 10后蓝屏", 10, []string{"装Windows", "10后蓝屏"}},
		{"a   b", 10, []string{"a b"}},
		{"屏幕", 3, []string{"屏", "幕"}},
	} {
		got := Wrap(c.in, c.w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}
