package common

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/queue"
	"frontdesk/store"
)

// Page builds a full-screen view line by line and keeps it inside the
// terminal: every line is cut to the width (measured in cells, so Chinese
// counts double) and lines past the height are dropped. Screens lay out for
// their size; Page is the guarantee that a mistake never overflows.
type Page struct {
	w, h, n int
	b       strings.Builder
}

// NewPage starts a page of w×h cells.
func NewPage(w, h int) *Page { return &Page{w: max(w, 0), h: max(h, 0)} }

// Add appends s, which may hold several lines.
func (p *Page) Add(s string) {
	for line := range strings.SplitSeq(s, "\n") {
		if p.n >= p.h {
			return
		}
		if p.n > 0 {
			p.b.WriteByte('\n')
		}
		if lipgloss.Width(line) > p.w {
			line = ansi.Truncate(line, p.w, "…")
		}
		p.b.WriteString(line)
		p.n++
	}
}

// Blank appends n empty lines.
func (p *Page) Blank(n int) {
	for range n {
		p.Add("")
	}
}

// Center appends s, each of its lines moved right by the same amount so that
// the block as a whole is centred.
func (p *Page) Center(s string) { p.Add(Center(s, p.w)) }

// Left is how many lines are still free.
func (p *Page) Left() int { return p.h - p.n }

// Fill appends empty lines until only n lines are free.
func (p *Page) Fill(n int) { p.Blank(p.Left() - n) }

// String is the page so far.
func (p *Page) String() string { return p.b.String() }

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

// Refresh reads a snapshot (when there is a store) and waits for the next
// change: what a watching screen starts with and returns after every
// ChangedMsg.
func Refresh(st *store.Store, feed <-chan uint64) tea.Cmd {
	var load tea.Cmd
	if st != nil {
		load = Load(st)
	}
	return tea.Batch(load, WaitChange(feed))
}

// Waiting counts the tickets waiting to be called, per service type: queued
// and not stepped away (Q4, Q1).
func Waiting(tickets []queue.Ticket) map[string]int {
	n := map[string]int{}
	for _, t := range tickets {
		if t.Queued() && !t.Away() {
			n[t.Type]++
		}
	}
	return n
}
