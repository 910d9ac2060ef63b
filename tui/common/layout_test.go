package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestCenterAndSpread(t *testing.T) {
	if got := Center("送修\nAB", 10); got != "   送修\n   AB" {
		t.Errorf("Center = %q: a block moves as one", got)
	}
	if got := Spread("送修", "3人", 10); got != "送修   3人" || lipgloss.Width(got) != 10 {
		t.Errorf("Spread = %q", got)
	}
	if got := Spread("Repair drop-off", "14:05", 12); lipgloss.Width(got) != 12 || !strings.HasSuffix(got, "14:05") {
		t.Errorf("Spread cut = %q", got)
	}
}

func TestBalance(t *testing.T) {
	s := "Would customer number A012 please come to counter 3. We will serve you. Thank you!"
	lines := Balance(s, 78)
	if len(lines) != 2 {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	if d := lipgloss.Width(lines[0]) - lipgloss.Width(lines[1]); d < -8 || d > 8 {
		t.Errorf("unbalanced: %q", lines)
	}
	for _, l := range Balance("请留意叫号屏,叫到您的号码时请到对应接待台", 20) {
		if lipgloss.Width(l) > 20 {
			t.Errorf("line %q wider than 20", l)
		}
	}
}
