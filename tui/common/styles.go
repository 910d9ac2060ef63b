package common

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles are every style the screens use, built once from the terminal's
// background (after huh's theme.go): no colour is chosen inside a View.
type Styles struct {
	App        lipgloss.Style
	Header     lipgloss.Style
	Title      lipgloss.Style
	Muted      lipgloss.Style
	Panel      lipgloss.Style // a bordered box
	PanelTitle lipgloss.Style
	Selected   lipgloss.Style // the row under the cursor
	LongWait   lipgloss.Style // Q6: tickets past the threshold
	Priority   lipgloss.Style
	Script     lipgloss.Style // the standard script to say
	Current    lipgloss.Style // the ticket at this counter
	Big        lipgloss.Style // big digits on the display and kiosk, on their ground
	Flash      lipgloss.Style // a new call, for a few seconds: the digits on another ground
	Good       lipgloss.Style
	Bad        lipgloss.Style // errors
	Key        lipgloss.Style
	Button     lipgloss.Style
	ButtonOn   lipgloss.Style

	Accent, Subtle, Warn, Error color.Color
	Ground, Text                color.Color // the palette's background and text
}

// NewStyles builds the styles for a dark or a light background. Every
// colour is chosen for what the customer's screens need across a room
// (issue 21): text at least 4.5:1 against the ground (WCAG 2), the big
// digits 7:1, also where a terminal of 256 or 16 colours shows the nearest
// colour it has (colorprofile's conversion; xterm's 16 and the VGA 16):
// the light palette's colours fall on black, blue or red there, the dark
// one's on white, cyan, yellow, green or red. Greens and greys in between
// fail on white in 16 colours, blues on black. The ground itself is
// Ground, which the display and the kiosk also ask the terminal to use.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	ground := ld(lipgloss.Color("#FFFFFF"), lipgloss.Color("#000000"))
	fg := ld(lipgloss.Color("#111111"), lipgloss.Color("#EEEEEE"))
	accent := ld(lipgloss.Color("#003E8A"), lipgloss.Color("#5FD7D7"))
	subtle := ld(lipgloss.Color("#383838"), lipgloss.Color("#A8A8A8"))
	warn := ld(lipgloss.Color("#8A4B00"), lipgloss.Color("#FFAF5F"))
	bad := ld(lipgloss.Color("#A00018"), lipgloss.Color("#FF8787"))
	good := ld(lipgloss.Color("#0A2E14"), lipgloss.Color("#87FF87"))
	inverse := ground
	// The big digits: solid cells of a strong colour on the ground; lit,
	// the ground turns that colour and the digits the ground's — deep blue
	// on a light screen, yellow on a dark one, colours a 16-colour
	// terminal has too.
	big := ld(lipgloss.Color("#003E8A"), lipgloss.Color("#FFFF5F"))

	s := Styles{Accent: accent, Subtle: subtle, Warn: warn, Error: bad, Ground: ground, Text: fg}
	s.App = lipgloss.NewStyle()
	s.Header = lipgloss.NewStyle().Bold(true).Foreground(inverse).Background(accent)
	s.Title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Muted = lipgloss.NewStyle().Foreground(subtle)
	s.Panel = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle)
	s.PanelTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Selected = lipgloss.NewStyle().Reverse(true)
	s.LongWait = lipgloss.NewStyle().Bold(true).Foreground(warn)
	s.Priority = lipgloss.NewStyle().Foreground(accent)
	s.Script = lipgloss.NewStyle().Foreground(good).Bold(true)
	s.Current = lipgloss.NewStyle().Bold(true).Foreground(fg)
	s.Big = lipgloss.NewStyle().Bold(true).Foreground(big).Background(ground)
	s.Flash = lipgloss.NewStyle().Bold(true).Foreground(ground).Background(big)
	s.Good = lipgloss.NewStyle().Foreground(good)
	s.Bad = lipgloss.NewStyle().Bold(true).Foreground(bad)
	s.Key = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Button = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(subtle).Padding(0, 2)
	s.ButtonOn = s.Button.BorderForeground(accent).Foreground(accent).Bold(true)
	return s
}

// Help is a help line drawn in the screen's styles.
func (s Styles) Help() help.Styles {
	return help.Styles{
		Ellipsis: s.Muted, ShortKey: s.Key, ShortDesc: s.Muted, ShortSeparator: s.Muted,
		FullKey: s.Key, FullDesc: s.Muted, FullSeparator: s.Muted,
	}
}
