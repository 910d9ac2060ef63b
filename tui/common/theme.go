package common

// The palette of the customer's screens (the display, the kiosk): the
// station's setting, and the terminal's background where the setting
// leaves it to the terminal.

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
)

// SetTheme takes the station's display theme (config.Display.Theme): the
// light palette for "light", the dark one for "dark" and, until the
// terminal says its background, for "auto".
func (c *Common) SetTheme(theme string) {
	c.Theme = theme
	c.Styles = NewStyles(theme != config.ThemeLight)
}

// FollowsTerminal reports whether the terminal's background colour picks
// the palette: the theme is "auto" (or not set, as in tests).
func (c Common) FollowsTerminal() bool { return c.Theme == "" || c.Theme == config.ThemeAuto }

// AskBackground is the command that asks the terminal for its background
// colour when the theme follows it; nil otherwise.
func (c Common) AskBackground() tea.Cmd {
	if !c.FollowsTerminal() {
		return nil
	}
	return tea.RequestBackgroundColor
}

// Restyle takes the terminal's answer: the palette of its background when
// the theme follows the terminal. It reports whether the styles changed.
func (c *Common) Restyle(msg tea.BackgroundColorMsg) bool {
	if !c.FollowsTerminal() {
		return false
	}
	c.Styles = NewStyles(msg.IsDark())
	return true
}

// Paint sets the view's default colours to the palette's ground and text,
// so that what a screen draws without a colour of its own is on the ground
// its colours were chosen for, in a terminal that takes them (OSC 10/11);
// Bubble Tea gives the terminal its own back on exit.
func (c Common) Paint(v *tea.View) {
	v.BackgroundColor = c.Styles.Ground
	v.ForegroundColor = c.Styles.Text
}
