// Package bigtext draws ticket numbers and counters in a block font large
// enough to read across a waiting room: the digits, the capital letters, the
// space, '-', ':' and an arrow '→' (also written '>'), five rows tall and
// made of '█'. Vertical strokes are two cells wide, horizontal ones one row
// high, so that strokes look equally thick in a terminal's tall cells.
//
// Render draws a string at a whole-number scale; Width and Height measure
// it, and Fit picks the largest scale that fits a box, so a screen uses all
// the room it has and never overflows.
package bigtext

import (
	"strings"
	"unicode"
)

// Rows is the height of the font at scale 1.
const Rows = 5

// gap is the blank columns between two glyphs, at scale 1.
const gap = 1

// font maps a rune to its rows. All rows of a glyph have the same width;
// '#' is ink, anything else is blank.
var font = map[rune][Rows]string{
	'0': {" #### ", "##  ##", "##  ##", "##  ##", " #### "},
	'1': {"  ##  ", "####  ", "  ##  ", "  ##  ", "######"},
	'2': {"##### ", "    ##", " #### ", "##    ", "######"},
	'3': {"##### ", "    ##", " #### ", "    ##", "##### "},
	'4': {"##  ##", "##  ##", "######", "    ##", "    ##"},
	'5': {"######", "##    ", "##### ", "    ##", "##### "},
	'6': {" #### ", "##    ", "##### ", "##  ##", " #### "},
	'7': {"######", "    ##", "   ## ", "  ##  ", "  ##  "},
	'8': {" #### ", "##  ##", " #### ", "##  ##", " #### "},
	'9': {" #### ", "##  ##", " #####", "    ##", " #### "},

	'A': {" #### ", "##  ##", "######", "##  ##", "##  ##"},
	'B': {"##### ", "##  ##", "##### ", "##  ##", "##### "},
	'C': {" #####", "##    ", "##    ", "##    ", " #####"},
	'D': {"##### ", "##  ##", "##  ##", "##  ##", "##### "},
	'E': {"######", "##    ", "##### ", "##    ", "######"},
	'F': {"######", "##    ", "##### ", "##    ", "##    "},
	'G': {" #####", "##    ", "## ###", "##  ##", " #####"},
	'H': {"##  ##", "##  ##", "######", "##  ##", "##  ##"},
	'I': {"######", "  ##  ", "  ##  ", "  ##  ", "######"},
	'J': {"    ##", "    ##", "    ##", "##  ##", " #### "},
	'K': {"##  ##", "## ## ", "####  ", "## ## ", "##  ##"},
	'L': {"##    ", "##    ", "##    ", "##    ", "######"},
	'M': {"##   ##", "### ###", "## # ##", "##   ##", "##   ##"},
	'N': {"##   ##", "###  ##", "## # ##", "##  ###", "##   ##"},
	'O': {" ##### ", "##   ##", "##   ##", "##   ##", " ##### "},
	'P': {"##### ", "##  ##", "##### ", "##    ", "##    "},
	'Q': {" ##### ", "##   ##", "##   ##", "##  ## ", " ### ##"},
	'R': {"##### ", "##  ##", "##### ", "## ## ", "##  ##"},
	'S': {" #####", "##    ", " #### ", "    ##", "##### "},
	'T': {"######", "  ##  ", "  ##  ", "  ##  ", "  ##  "},
	'U': {"##  ##", "##  ##", "##  ##", "##  ##", " #### "},
	'V': {"##  ##", "##  ##", "##  ##", " #### ", "  ##  "},
	'W': {"##   ##", "##   ##", "## # ##", "### ###", "##   ##"},
	'X': {"##  ##", " #### ", "  ##  ", " #### ", "##  ##"},
	'Y': {"##  ##", "##  ##", " #### ", "  ##  ", "  ##  "},
	'Z': {"######", "   ## ", "  ##  ", " ##   ", "######"},

	' ': {"   ", "   ", "   ", "   ", "   "},
	'-': {"    ", "    ", "####", "    ", "    "},
	':': {"  ", "##", "  ", "##", "  "},
	'→': {"   ##  ", "    ## ", "#######", "    ## ", "   ##  "},
}

// unknown stands for a rune the font does not have: a blank as wide as a
// digit, so that measuring and drawing agree.
var unknown = [Rows]string{"      ", "      ", "      ", "      ", "      "}

func glyph(r rune) [Rows]string {
	r = unicode.ToUpper(r)
	if r == '>' {
		r = '→'
	}
	if g, ok := font[r]; ok {
		return g
	}
	return unknown
}

// Supports reports whether every rune of s has a glyph (lower-case letters
// are drawn as capitals).
func Supports(s string) bool {
	for _, r := range s {
		r = unicode.ToUpper(r)
		if _, ok := font[r]; !ok && r != '>' {
			return false
		}
	}
	return true
}

// Width is the number of cells s takes when rendered at scale; 0 for an
// empty string or a scale below 1.
func Width(s string, scale int) int {
	if scale < 1 {
		return 0
	}
	w, n := 0, 0
	for _, r := range s {
		w += len(glyph(r)[0])
		n++
	}
	if n == 0 {
		return 0
	}
	return (w + gap*(n-1)) * scale
}

// Height is the number of rows a rendering at scale takes.
func Height(scale int) int {
	if scale < 1 {
		return 0
	}
	return Rows * scale
}

// Fit returns the largest scale at which s fits in maxW columns and maxH
// rows, or 0 when it does not fit even at scale 1 (the caller then shows
// s as plain text).
func Fit(s string, maxW, maxH int) int {
	scale := 0
	for Width(s, scale+1) <= maxW && Height(scale+1) <= maxH && Width(s, scale+1) > 0 {
		scale++
	}
	return scale
}

// Render draws s in the block font at scale (1 = five rows; 2 doubles width
// and height). Lines are separated by "\n" and all have Width(s, scale)
// cells; the result has no styling. A scale below 1 gives "".
func Render(s string, scale int) string {
	if scale < 1 || s == "" {
		return ""
	}
	glyphs := make([][Rows]string, 0, len(s))
	for _, r := range s {
		glyphs = append(glyphs, glyph(r))
	}
	var b strings.Builder
	b.Grow((Width(s, scale)*3 + 1) * Height(scale))
	for row := range Rows {
		var line strings.Builder
		for i, g := range glyphs {
			if i > 0 {
				line.WriteString(strings.Repeat(" ", gap*scale))
			}
			for _, c := range g[row] {
				cell := " "
				if c == '#' {
					cell = "█"
				}
				line.WriteString(strings.Repeat(cell, scale))
			}
		}
		for i := range scale {
			if row > 0 || i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(line.String())
		}
	}
	return b.String()
}

// Block draws s in the block font at the largest scale that fits maxW×maxH
// and says which scale it chose; when even scale 1 does not fit it returns s
// itself, as one line, and scale 0.
func Block(s string, maxW, maxH int) (text string, scale int) {
	scale = Fit(s, maxW, maxH)
	if scale == 0 {
		return s, 0
	}
	return Render(s, scale), scale
}
