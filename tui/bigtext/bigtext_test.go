package bigtext

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"
)

func TestGlyphsAreRectangles(t *testing.T) {
	for r, g := range font {
		for i, row := range g {
			if len(row) != len(g[0]) {
				t.Errorf("%q: row %d is %d wide, row 0 is %d", r, i, len(row), len(g[0]))
			}
			if strings.Trim(row, "# ") != "" {
				t.Errorf("%q: row %d has a stray character: %q", r, i, row)
			}
		}
	}
}

func TestMeasure(t *testing.T) {
	for _, tc := range []struct {
		s         string
		scale     int
		w, h      int
		supported bool
	}{
		{"", 1, 0, 5, true},
		{"A012", 1, 4*6 + 3, 5, true},
		{"A012", 2, (4*6 + 3) * 2, 10, true},
		{"A012 → 3", 1, 6*5 + 3*2 + 7 + 7, 5, true},
		{"a012 > 3", 1, 6*5 + 3*2 + 7 + 7, 5, true}, // lower case and '>' are drawn too
		{"MW", 1, 7 + 1 + 7, 5, true},
		{"12:30", 3, (6*4 + 2 + 4) * 3, 15, true},
		{"-", 1, 4, 5, true},
		{"号", 1, 6, 5, false}, // not in the font: blank, as wide as a digit
		{"A012", 0, 0, 0, true},
	} {
		got := Render(tc.s, tc.scale)
		if w := Width(tc.s, tc.scale); w != tc.w {
			t.Errorf("Width(%q, %d) = %d, want %d", tc.s, tc.scale, w, tc.w)
		}
		if h := Height(tc.scale); h != tc.h {
			t.Errorf("Height(%d) = %d, want %d", tc.scale, h, tc.h)
		}
		if Supports(tc.s) != tc.supported {
			t.Errorf("Supports(%q) = %v", tc.s, !tc.supported)
		}
		if got == "" {
			continue
		}
		lines := strings.Split(got, "\n")
		if len(lines) != tc.h {
			t.Errorf("Render(%q, %d) has %d lines, want %d", tc.s, tc.scale, len(lines), tc.h)
		}
		for i, l := range lines {
			if w := lipgloss.Width(l); w != tc.w {
				t.Errorf("Render(%q, %d) line %d is %d cells, want %d", tc.s, tc.scale, i, w, tc.w)
			}
		}
	}
}

func TestScaleDoubles(t *testing.T) {
	one := strings.Split(Render("B7", 1), "\n")
	two := strings.Split(Render("B7", 2), "\n")
	for i, l := range two {
		var want strings.Builder
		for _, r := range one[i/2] {
			want.WriteString(strings.Repeat(string(r), 2))
		}
		if l != want.String() {
			t.Fatalf("scale 2 line %d = %q, want %q", i, l, want.String())
		}
	}
}

func TestFit(t *testing.T) {
	s := "A012 → 3" // 50 cells wide at scale 1
	for _, tc := range []struct {
		w, h, scale int
	}{
		{80, 24, 1},
		{100, 10, 2},
		{100, 9, 1},
		{99, 24, 1},
		{156, 40, 3},
		{49, 24, 0},
		{80, 4, 0},
		{1000, 20, 4},
	} {
		if got := Fit(s, tc.w, tc.h); got != tc.scale {
			t.Errorf("Fit(%q, %d, %d) = %d, want %d", s, tc.w, tc.h, got, tc.scale)
		}
	}
	if text, scale := Block("A012", 10, 10); text != "A012" || scale != 0 {
		t.Errorf("Block too small = %q, %d; want the plain text", text, scale)
	}
	if text, scale := Block("A012", 60, 10); scale != 2 || text != Render("A012", 2) {
		t.Errorf("Block = scale %d", scale)
	}
}

// TestGolden draws the whole font, to look at.
func TestGolden(t *testing.T) {
	var b strings.Builder
	for _, s := range []string{"0123456789", "ABCDEFGHIJKLM", "NOPQRSTUVWXYZ", "A012 → 3", "12:30 - 5"} {
		b.WriteString(Render(s, 1) + "\n\n")
	}
	b.WriteString(Render("B7", 2) + "\n")
	golden.RequireEqual(t, []byte(b.String()))
}
