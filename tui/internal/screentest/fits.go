// Package screentest is what the screens' tests share. Only tests import
// it.
package screentest

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// CheckFits fails when view, the screen what, has more than h lines or a
// line wider than w terminal cells (a CJK character is two).
func CheckFits(t testing.TB, what, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%s at %d×%d: %d lines", what, w, h, len(lines))
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%s at %d×%d: line %d is %d cells wide: %q", what, w, h, i, lw, ansi.Strip(l))
		}
	}
}
