package parts

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
)

// WrapJoin joins items with sep into lines of at most w cells.
func WrapJoin(items []string, sep string, w int) []string {
	var out []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line+sep+it) <= w:
			line += sep + it
		default:
			out = append(out, line)
			line = it
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// Compact drops as many of the blank lines that separate a panel's parts
// as it takes to fit h lines, the first ones first: content goes before
// spacing.
func Compact(lines []string, h int) []string {
	drop := len(lines) - h
	if drop <= 0 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if l == "" && drop > 0 {
			drop--
			continue
		}
		out = append(out, l)
	}
	return out
}

// Wrapped is s wrapped to w cells, each line in style.
func Wrapped(style lipgloss.Style, s string, w int) []string {
	lines := common.Wrap(s, w)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = style.Render(l)
	}
	return out
}

// Indent puts one space before each line, as the header has.
func Indent(lines []string) []string {
	for i := range lines {
		lines[i] = " " + lines[i]
	}
	return lines
}

// JoinSome joins the parts that are not empty.
func JoinSome(sep string, parts ...string) string {
	return strings.Join(slices.DeleteFunc(parts, func(s string) bool { return strings.TrimSpace(s) == "" }), sep)
}

// Window is the part [start, end) of n rows that h lines show with row sel
// in view: from the top until sel would fall off the bottom.
func Window(n, sel, h int) (start, end int) {
	if h <= 0 {
		return 0, 0
	}
	if sel >= h {
		start = sel - h + 1
	}
	return start, min(n, start+h)
}

// MoveSel moves a selection among n rows by d, staying on them.
func MoveSel(sel, d, n int) int {
	if n == 0 {
		return 0
	}
	return min(max(0, sel+d), n-1)
}

// FirstLine is s up to its first line break.
func FirstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
