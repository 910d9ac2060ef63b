package common

// The header bar of the full-screen programs, and the minute tick that keeps
// its clock (and every other time on a screen) current.

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// HeaderBar is the top line of a full-screen program: its title on the
// left, the station-local time (HH:MM) on the right, across the whole width.
func (c Common) HeaderBar(title string, now time.Time) string {
	if c.Width < 2 {
		return ""
	}
	clock := c.Clock(now).Format("15:04")
	return c.Styles.Header.Render(" " + Spread(title, clock, c.Width-2) + " ")
}

// ClockMsg is the minute tick of the screens that show the time.
type ClockMsg time.Time

// ClockTick delivers a ClockMsg at the start of the next minute of the
// wall clock; the screen returns it again after each one.
func ClockTick() tea.Cmd {
	return tea.Every(time.Minute, func(t time.Time) tea.Msg { return ClockMsg(t) })
}
