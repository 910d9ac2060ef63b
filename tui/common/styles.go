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
	Big        lipgloss.Style // big digits on the display and kiosk
	Flash      lipgloss.Style // a new call, for a few seconds
	Good       lipgloss.Style
	Bad        lipgloss.Style // errors
	Key        lipgloss.Style
	Button     lipgloss.Style
	ButtonOn   lipgloss.Style

	Accent, Subtle, Warn, Error color.Color
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#0A6EBD"), lipgloss.Color("#5FB4FF"))
	subtle := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#8A8A8A"))
	warn := ld(lipgloss.Color("#B35900"), lipgloss.Color("#FFB347"))
	bad := ld(lipgloss.Color("#C0001A"), lipgloss.Color("#FF6B6B"))
	good := ld(lipgloss.Color("#1B7F3B"), lipgloss.Color("#6BDB8B"))
	fg := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#EEEEEE"))
	inverse := ld(lipgloss.Color("#FFFFFF"), lipgloss.Color("#101010"))

	s := Styles{Accent: accent, Subtle: subtle, Warn: warn, Error: bad}
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
	s.Big = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Flash = lipgloss.NewStyle().Bold(true).Foreground(inverse).Background(warn)
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
