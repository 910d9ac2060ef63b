package common

// The page: a full-screen view that cannot overflow the terminal, whatever a
// screen writes into it.

import "strings"

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
