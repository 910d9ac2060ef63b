package order

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
)

// field is one labelled value of the order screen.
type field struct {
	label, value string
	style        lipgloss.Style
}

// page gathers the order screen's lines, w cells wide.
type page struct {
	w     int
	st    common.Styles
	lines []string
}

func (p *page) blank() { p.lines = append(p.lines, "") }

// add appends s, cleaned and wrapped, in style.
func (p *page) add(style lipgloss.Style, s string) {
	for _, l := range common.Wrap(common.Inert(s), p.w) {
		p.lines = append(p.lines, style.Render(l))
	}
}

// labelWidth is the width of the longest label.
func labelWidth(fs []field) int {
	w := 0
	for _, f := range fs {
		w = max(w, lipgloss.Width(f.label))
	}
	return w
}

// fields appends labelled values, the labels in a column labelW wide, each
// value wrapped under itself.
func (p *page) fields(fs []field, labelW int) {
	for _, f := range fs {
		p.hang(p.st.Muted.Render(common.Fit(f.label, labelW)), labelW+1, f.style, f.value)
	}
}

// step appends a timeline entry: when, who, what, the text wrapped under
// the time.
func (p *page) step(at, who, what string) {
	const indent = 12 // "01-02 15:04 "
	p.hang(p.st.Muted.Render(at), indent, p.st.App, common.Inert(who)+"  "+what)
}

// hang appends s wrapped in w-indent cells: the first line after head, the
// others indented under it.
func (p *page) hang(head string, indent int, style lipgloss.Style, s string) {
	lines := common.Wrap(common.Inert(s), max(p.w-indent, 10))
	if len(lines) == 0 {
		lines = []string{""}
	}
	for i, l := range lines {
		if i == 0 {
			p.lines = append(p.lines, common.Fit(head, indent)+style.Render(l))
		} else {
			p.lines = append(p.lines, strings.Repeat(" ", indent)+style.Render(l))
		}
	}
}
