package rate

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Scores are the five choices in the order they stand: very satisfied
// first, as an evaluator at a Chinese counter has them.
var Scores = [...]int{5, 4, 3, 2, 1}

// Label is the words of score: 5 非常满意 … 1 非常不满意.
func Label(t i18n.Catalog, score int) string { return t.T("rate.score." + strconv.Itoa(score)) }

// Refusal is what the customer is told, in t's language, when a rating is
// not taken for what was asked: rated already, not (or no longer) to be
// rated — at the pad, too late; at the kiosk (ch care.AtKiosk), not ended
// yet — or, at the kiosk, no such ticket today. ok is false for any other
// error: the store's, for which the customer can only try again.
func Refusal(t i18n.Catalog, err error, ch care.Channel) (told string, ok bool) {
	kiosk := ch == care.AtKiosk
	switch {
	case errors.Is(err, care.ErrRated):
		return t.T("rate.rated"), true
	case errors.Is(err, care.ErrNotDue) && kiosk:
		return t.T("kiosk.rate.notDone"), true
	case errors.Is(err, care.ErrNotDue):
		return t.T("rate.late"), true
	case errors.Is(err, queue.ErrNotFound) && kiosk:
		return t.T("kiosk.rate.unknown"), true
	}
	return "", false
}

// The boxes of the choices side by side: the room between them, and how
// wide one grows on a large screen (beyond that the row stays in the
// middle).
const (
	gap     = 1
	maxBoxW = 36
)

// Choices draws the five choices, sel (a score; 0 for none) marked, in
// at most w×h cells, in the largest form that fits: a row of boxes —
// with big digits when they are tall enough — a column of boxes, or,
// on a small pad, a column of lines. Widths are measured in cells: a
// Chinese word takes two a character.
func Choices(c common.Common, sel, w, h int) string {
	if s, ok := row(c, sel, w, h); ok {
		return s
	}
	if s, ok := column(c, sel, w, h); ok {
		return s
	}
	return list(c, sel, w, h)
}

// boxStyle is the frame of a choice: thick when selected, so that the
// choice shows also where colours do not.
func boxStyle(st common.Styles, selected bool) lipgloss.Style {
	if selected {
		return st.ButtonOn.Padding(0).Border(lipgloss.ThickBorder())
	}
	return st.Button.Padding(0)
}

// fold is label in at most two lines of w cells, broken only at spaces;
// nil when it does not fit so (a Chinese word is never broken). A cell
// on either side is kept free, so that no word touches the frame.
func fold(label string, w int) []string {
	w -= 2
	if lipgloss.Width(label) <= w {
		return []string{label}
	}
	lines := common.Wrap(label, w)
	if len(lines) > 2 || strings.Join(lines, " ") != label {
		return nil
	}
	return lines
}

// row is the choices as five boxes side by side, as wide as the room
// allows up to maxBoxW, their digits in the largest block font that fits,
// a row of air above and below when there is room; false when a label
// does not fit.
func row(c common.Common, sel, w, h int) (string, bool) {
	bw := min(maxBoxW, (w-(len(Scores)-1)*gap)/len(Scores))
	inner := bw - 2 // the frame; no padding, fold keeps the words off it
	labels := make([][]string, len(Scores))
	lines := 0
	for i, s := range Scores {
		if labels[i] = fold(Label(c.Text, s), inner); labels[i] == nil {
			return "", false
		}
		lines = max(lines, len(labels[i]))
	}
	// The frame, the air, the blank between the digit and its label.
	scale := bigtext.Fit("5", inner-2, h-2-2-1-lines)
	sep := strings.Repeat(" ", gap)
	var boxes []string
	for i, s := range Scores {
		digit := c.Styles.Key.Render(strconv.Itoa(s))
		if scale > 0 {
			// One style over the whole glyph keeps its lines equally wide.
			digit = c.Styles.Key.Render(bigtext.Render(strconv.Itoa(s), scale))
		}
		content := append(strings.Split(digit, "\n"), "")
		for j := range lines {
			l := ""
			if j < len(labels[i]) {
				l = labels[i][j]
			}
			content = append(content, l)
		}
		bh := min(h, len(content)+2+2)
		if bh < len(content)+2 && scale == 0 {
			content = slices.Delete(content, 1, 2) // no room for the blank
		}
		if bh < len(content)+2 {
			return "", false
		}
		if i > 0 {
			boxes = append(boxes, sep)
		}
		boxes = append(boxes, face(boxStyle(c.Styles, s == sel), content, bw, bh))
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, boxes...), true
}

// face is a box of bw×bh cells in style with lines in its middle, the
// lines one block so that the digit's glyph keeps its shape.
func face(style lipgloss.Style, lines []string, bw, bh int) string {
	ih := bh - style.GetVerticalFrameSize()
	top := strings.Repeat("\n", max(ih-len(lines), 0)/2)
	return style.Width(bw).Height(bh).Align(lipgloss.Center).Render(top + strings.Join(lines, "\n"))
}

// column is the choices as five boxes one above the other, each its digit
// and its label on one line; false when the room is too small for that.
func column(c common.Common, sel, w, h int) (string, bool) {
	const bh = 3
	if h < len(Scores)*bh {
		return "", false
	}
	bw := min(w, 2*maxBoxW)
	var boxes []string
	for _, s := range Scores {
		line := c.Styles.Key.Render(strconv.Itoa(s)) + "  " + Label(c.Text, s)
		if lipgloss.Width(line) > bw-2 {
			return "", false
		}
		boxes = append(boxes, face(boxStyle(c.Styles, s == sel), []string{line}, bw, bh))
	}
	return strings.Join(boxes, "\n"), true
}

// list is the choices as five lines, the selected one marked and drawn
// reversed: what a small pad has room for.
func list(c common.Common, sel, w, h int) string {
	var lines []string
	for _, s := range Scores[:min(len(Scores), max(h, 1))] {
		line := strconv.Itoa(s) + "  " + Label(c.Text, s)
		if s == sel {
			lines = append(lines, common.Cut(c.Styles.Selected.Render("▶ "+line+" "), w))
			continue
		}
		lines = append(lines, common.Cut("  "+c.Styles.Key.Render(strconv.Itoa(s))+"  "+Label(c.Text, s), w))
	}
	return strings.Join(lines, "\n")
}
