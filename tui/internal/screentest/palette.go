package screentest

import (
	"image/color"

	tea "charm.land/bubbletea/v2"
)

// TerminalSays is the answer of a terminal with a black (dark) or a white
// background to a screen's question about it.
func TerminalSays(dark bool) tea.BackgroundColorMsg {
	if dark {
		return tea.BackgroundColorMsg{Color: color.Black}
	}
	return tea.BackgroundColorMsg{Color: color.White}
}

// PaletteName names the palette of a dark or light background, for test
// names and golden files.
func PaletteName(dark bool) string {
	if dark {
		return "dark"
	}
	return "light"
}
