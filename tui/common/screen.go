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
		p.b.WriteString(Cut(line, p.w))
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

// Live is what a screen that watches the database keeps: the last good
// snapshot, the error of the last read (the snapshot stays), and the time
// for its clock. The screen hands it the messages it does not handle itself.
type Live struct {
	Snap   store.Snapshot
	Loaded bool
	Err    error
	Now    time.Time

	st    *store.Store
	feed  <-chan uint64
	clock func() time.Time
}

// NewLive starts watching through c's store and the change feed (nil: no
// refreshes, as in tests).
func NewLive(c Common, feed <-chan uint64) Live {
	return Live{Now: c.Now(), st: c.Store, feed: feed, clock: c.Now}
}

// Init reads the first snapshot, waits for changes and starts the clock.
func (l Live) Init() tea.Cmd { return tea.Batch(Refresh(l.st, l.feed), ClockTick()) }

// Update takes the messages of the feed and the clock: a read (or its
// error), a change (read again and wait again) and the minute tick. shown
// says whether what the screen shows has changed.
func (l *Live) Update(msg tea.Msg) (cmd tea.Cmd, shown bool) {
	switch msg := msg.(type) {
	case SnapshotMsg:
		if msg.Err != nil {
			l.Err = msg.Err
		} else {
			l.Snap, l.Loaded, l.Err = msg.Snap, true, nil
		}
		return nil, true
	case ChangedMsg:
		return Refresh(l.st, l.feed), false
	case ClockMsg:
		l.Now = l.clock()
		return ClockTick(), true
	}
	return nil, false
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
