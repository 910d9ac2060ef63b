package common

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
