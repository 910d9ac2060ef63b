package common

// Text laid out in terminal cells: fitted, cut, centred, spread, wrapped and
// framed, always measured with lipgloss.Width, since a Chinese character
// takes two cells and len counts bytes.

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit makes s exactly w cells wide: cut with "…" when longer, padded with
// spaces when shorter. Width is measured in cells, so CJK counts double.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if lipgloss.Width(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	if n := w - lipgloss.Width(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// Box draws lines in a rounded frame exactly w×h cells, the title set into
// the top border. Lines beyond the frame are cut; missing ones are blank.
func Box(st Styles, title string, lines []string, w, h int) string {
	if w < 4 || h < 2 {
		return ""
	}
	border := st.Muted
	inner := w - 2
	var b strings.Builder
	if title == "" {
		b.WriteString(border.Render("╭" + strings.Repeat("─", inner) + "╮"))
	} else {
		t := ansi.Truncate(" "+title+" ", inner-1, "…")
		rest := max(0, inner-1-lipgloss.Width(t))
		b.WriteString(border.Render("╭─") + st.PanelTitle.Render(t) + border.Render(strings.Repeat("─", rest)+"╮"))
	}
	side := border.Render("│") // once: a frame is drawn on every keystroke
	for i := 0; i < h-2; i++ {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString("\n" + side + Fit(line, inner) + side)
	}
	b.WriteString("\n" + border.Render("╰"+strings.Repeat("─", inner)+"╯"))
	return b.String()
}

// Cut shortens s to w cells, ending it with "…" when it was longer.
func Cut(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// Ink styles every line of a block on its own, without its trailing
// spaces: a block font drawn in a colour, that centres as a whole.
func Ink(style lipgloss.Style, block string) string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		if l = strings.TrimRight(l, " "); l != "" {
			lines[i] = style.Render(l)
		} else {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// Slab draws block (lines of equal width, as bigtext renders them) on a
// panel of style's ground two cells wider on each side and a row taller
// above and below, every cell in style: the ground is the style's, not the
// terminal's.
func Slab(style lipgloss.Style, block string) string {
	lines := strings.Split(block, "\n")
	w := 0
	for _, l := range lines {
		w = max(w, lipgloss.Width(l))
	}
	edge := style.Render(strings.Repeat(" ", w+4))
	out := make([]string, 0, len(lines)+2)
	out = append(out, edge)
	for _, l := range lines {
		out = append(out, style.Render("  "+l+strings.Repeat(" ", w-lipgloss.Width(l))+"  "))
	}
	return strings.Join(append(out, edge), "\n")
}

// Center moves every line of the block s right by the same number of spaces,
// so that its widest line stands in the middle of w cells. No trailing
// spaces are added.
func Center(s string, w int) string {
	pad := (w - lipgloss.Width(s)) / 2
	if pad <= 0 {
		return s
	}
	indent := strings.Repeat(" ", pad)
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if line != "" {
			b.WriteString(indent)
			b.WriteString(line)
		}
	}
	return b.String()
}

// Spread joins left and right with spaces so that together they take w
// cells; left is cut when both do not fit.
func Spread(left, right string, w int) string {
	room := w - lipgloss.Width(right) - 1
	if room < 0 {
		return ansi.Truncate(right, w, "…")
	}
	if lipgloss.Width(left) > room {
		left = ansi.Truncate(left, room, "…")
	}
	return left + strings.Repeat(" ", w-lipgloss.Width(left)-lipgloss.Width(right)) + right
}

// Balance wraps s into as few lines of at most w cells as it takes, and
// makes them about equally long rather than a full line and a last word.
func Balance(s string, w int) []string {
	if w < 1 {
		return []string{s}
	}
	lines := strings.Count(ansi.Wrap(s, w, ""), "\n") + 1
	for narrow := max(lipgloss.Width(s)/lines, 1); narrow < w; narrow++ {
		if wrapped := ansi.Wrap(s, narrow, ""); strings.Count(wrapped, "\n")+1 <= lines {
			return strings.Split(wrapped, "\n")
		}
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}

// Notice is a message for the foot of a screen — a hint, or an error that
// must be read whole — in style, wrapped to at most two centred lines of w.
func Notice(style lipgloss.Style, msg string, w int) []string {
	lines := Balance(msg, w-2)
	lines = lines[:min(len(lines), 2)]
	for i, l := range lines {
		lines[i] = Center(style.Render(l), w)
	}
	return lines
}
