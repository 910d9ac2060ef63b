// The sheet the claim slip is laid out on: its rules, rows, prices and signature line.

package slip

import (
	"strings"

	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"

	"github.com/charmbracelet/x/ansi"
)

// row is a label and its value, one paragraph per entry.
type row struct {
	label string
	value []string
}

// sheet collects the lines of a slip w cells wide.
type sheet struct {
	w       int
	lw      int  // the label column, with the gap after it
	measure bool // only measure the labels into lw
	lines   []string
	// bare leaves the big order number out, noting where it goes in
	// numberAt: an ESC/POS printer prints it in its own large type.
	bare     bool
	numberAt int
}

func (s *sheet) String() string {
	return strings.Join(s.lines, "\n") + "\n"
}

// line adds a paragraph, wrapped to the slip.
func (s *sheet) line(text string) {
	for _, l := range common.Wrap(text, s.w) {
		s.add(l)
	}
}

func (s *sheet) add(l string) {
	if !s.measure {
		s.lines = append(s.lines, strings.TrimRight(l, " "))
	}
}

func (s *sheet) blank() { s.add("") }

func (s *sheet) rule(c byte) { s.add(strings.Repeat(string(c), s.w)) }

// centre adds text centred, wrapped first when it is too wide.
func (s *sheet) centre(text string) {
	for _, l := range common.Wrap(text, s.w) {
		s.add(strings.Repeat(" ", (s.w-ansi.StringWidth(l))/2) + l)
	}
}

// big adds the order number as large as the slip allows: in the block font
// of the queue display when it fits, else spaced out and centred.
func (s *sheet) big(number string) {
	if s.bare {
		s.numberAt = len(s.lines)
		return
	}
	if number == "" {
		s.centre("-")
		return
	}
	if bigtext.Supports(number) && bigtext.Width(number, 1) <= s.w-4 {
		for _, l := range strings.Split(bigtext.Render(number, 1), "\n") {
			l = strings.ReplaceAll(l, "█", "#")
			s.add(strings.Repeat(" ", (s.w-ansi.StringWidth(l))/2) + l)
		}
		s.centre(number)
		return
	}
	spaced := strings.Join(common.Clusters(number), " ")
	if ansi.StringWidth(spaced) <= s.w {
		s.centre(spaced)
		return
	}
	s.centre(number)
}

// rows adds labelled values, the values in one column for the whole slip
// (a label too wide for it stands on a line of its own). A value's paragraphs are
// wrapped to the value column, each under the previous; an empty value is
// left out.
func (s *sheet) rows(rows []row) {
	if s.measure {
		for _, r := range rows {
			s.lw = max(s.lw, ansi.StringWidth(r.label))
		}
		return
	}
	lw := s.lw
	vw := s.w - lw
	for _, r := range rows {
		var paras []string
		for _, p := range r.value {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
		if len(paras) == 0 {
			continue
		}
		indent := strings.Repeat(" ", lw)
		first := true
		if ansi.StringWidth(r.label)+1 > lw {
			s.line(r.label) // too long for the column: on its own line
			first = false
		}
		for _, p := range paras {
			for _, l := range common.Wrap(p, vw) {
				if first {
					s.add(r.label + strings.Repeat(" ", lw-ansi.StringWidth(r.label)) + l)
					first = false
					continue
				}
				s.add(indent + l)
			}
		}
	}
}

// bullet adds a paragraph marked "* ", its lines hanging under the text.
func (s *sheet) bullet(text string) {
	for i, l := range common.Wrap(text, s.w-2) {
		if i == 0 {
			s.add("* " + l)
		} else {
			s.add("  " + l)
		}
	}
}

// prices adds an estimate: each part with its price at the right edge, then
// the total under a short rule.
func (s *sheet) prices(lines [][2]string, total [2]string) {
	w := min(s.w, 48) // on a wide slip, not a gap of a whole line
	pw := ansi.StringWidth(total[1])
	for _, l := range lines {
		pw = max(pw, ansi.StringWidth(l[1]))
	}
	pw = min(pw, w/2)
	add := func(item, price string) {
		nw := w - 2 - pw - 2
		names := common.Wrap(item, nw)
		if len(names) == 0 {
			names = []string{""}
		}
		for i, n := range names {
			if i < len(names)-1 {
				s.add("  " + n)
				continue
			}
			pad := w - 2 - ansi.StringWidth(n) - ansi.StringWidth(price)
			if pad < 2 { // a price wider than its column: on its own line
				s.add("  " + n)
				for _, p := range common.Wrap(price, w) {
					s.add(strings.Repeat(" ", w-ansi.StringWidth(p)) + p)
				}
				return
			}
			s.add("  " + n + strings.Repeat(" ", pad) + price)
		}
	}
	for _, l := range lines {
		add(l[0], l[1])
	}
	s.add(strings.Repeat(" ", w-pw) + strings.Repeat("-", pw))
	add(total[0], total[1])
}

// signature adds the line the customer signs on, across the slip.
func (s *sheet) signature(label string) {
	lw := ansi.StringWidth(label) + 1
	if lw+8 > s.w {
		s.line(label)
		s.blank()
		s.add(strings.Repeat("_", s.w))
		return
	}
	s.add(label + " " + strings.Repeat("_", s.w-lw))
}
