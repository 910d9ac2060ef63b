package screentest

// The contrast of what a screen draws (WCAG 2): every cell of a rendered
// view read back with its colours, and those colours as a terminal of each
// colour profile shows them.

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// Luminance is a colour's relative luminance (WCAG 2.x).
func Luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// Contrast is the WCAG 2 contrast ratio of two colours, 1 to 21.
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// Terminal is a way a terminal shows colours: a colour profile and, for
// the 16 colours, the palette it gives them (terminals differ there).
type Terminal struct {
	Name    string
	Profile colorprofile.Profile
	Basic   *[16]color.RGBA // the 16 colours' values; nil: x/ansi's (VGA)
}

// xterm16 is xterm's default palette of the 16 colours (XTerm-col.ad),
// which is not the VGA one x/ansi gives: its green, cyan and yellow are far
// brighter, its blue brighter.
var xterm16 = [16]color.RGBA{
	{0x00, 0x00, 0x00, 0xff}, {0xcd, 0x00, 0x00, 0xff}, {0x00, 0xcd, 0x00, 0xff}, {0xcd, 0xcd, 0x00, 0xff},
	{0x00, 0x00, 0xee, 0xff}, {0xcd, 0x00, 0xcd, 0xff}, {0x00, 0xcd, 0xcd, 0xff}, {0xe5, 0xe5, 0xe5, 0xff},
	{0x7f, 0x7f, 0x7f, 0xff}, {0xff, 0x00, 0x00, 0xff}, {0x00, 0xff, 0x00, 0xff}, {0xff, 0xff, 0x00, 0xff},
	{0x5c, 0x5c, 0xff, 0xff}, {0xff, 0x00, 0xff, 0xff}, {0x00, 0xff, 0xff, 0xff}, {0xff, 0xff, 0xff, 0xff},
}

// Terminals are the profiles a customer's screen may be shown in: true
// colour, the 256 colours, and the 16 colours with two common palettes.
var Terminals = []Terminal{
	{Name: "truecolor", Profile: colorprofile.TrueColor},
	{Name: "256", Profile: colorprofile.ANSI256},
	{Name: "16-vga", Profile: colorprofile.ANSI},
	{Name: "16-xterm", Profile: colorprofile.ANSI, Basic: &xterm16},
}

// Show is the colour the terminal draws for c, converted by colorprofile
// as lipgloss does when it writes to a terminal of that profile.
func (t Terminal) Show(c color.Color) color.Color {
	cc := t.Profile.Convert(c)
	if b, ok := cc.(ansi.BasicColor); ok && t.Basic != nil && b < 16 {
		return t.Basic[b]
	}
	return cc
}

// Pair is a foreground drawn on a background: where on the screen, and
// whether its cells are the big digits' blocks.
type Pair struct {
	Fg, Bg color.Color
	Block  bool   // the cells are '█' (the big digits)
	Text   string // the first run of cells with these colours, to name it
	Line   int
}

// Key tells pairs apart by colours and kind.
func (p Pair) Key() string { return fmt.Sprintf("%v/%v/%v", p.Fg, p.Bg, p.Block) }

// Pairs reads view (w×h cells) back and returns every foreground and
// background pair its visible cells are drawn in, once each; a cell
// without a colour is the terminal's default, fg or bg here (the palette's
// text and ground); a reversed cell swaps them. Blank cells draw no
// foreground and are left out.
func Pairs(view string, w, h int, fg, bg color.Color) []Pair {
	scr := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(view).Draw(scr, uv.Rect(0, 0, w, h))
	seen := map[string]int{}
	var out []Pair
	for y := range h {
		for x := range w {
			cell := scr.CellAt(x, y)
			if cell == nil || strings.TrimSpace(cell.Content) == "" {
				continue
			}
			f, b := cell.Style.Fg, cell.Style.Bg
			if f == nil {
				f = fg
			}
			if b == nil {
				b = bg
			}
			if cell.Style.Attrs&uv.AttrReverse != 0 {
				f, b = b, f
			}
			p := Pair{Fg: f, Bg: b, Block: cell.Content == "█", Text: cell.Content, Line: y}
			if i, ok := seen[p.Key()]; ok {
				if out[i].Line == y && len([]rune(out[i].Text)) < 12 {
					out[i].Text += cell.Content
				}
				continue
			}
			seen[p.Key()] = len(out)
			out = append(out, p)
		}
	}
	return out
}

// The least contrast a customer's screen allows (issue 21, WCAG 2 AA):
// text, and the big digits read across a room (AAA).
const (
	MinText   = 4.5
	MinDigits = 7.0
)

// CheckContrast fails for every pair of colours view (w×h) draws whose
// contrast, in any of the Terminals, is under MinText — MinDigits for the
// big digits' blocks; text and ground are the palette's default colours
// (what a cell without a colour of its own is drawn in). It returns the
// pairs it checked.
func CheckContrast(t testing.TB, what, view string, w, h int, text, ground color.Color) []Pair {
	t.Helper()
	pairs := Pairs(view, w, h, text, ground)
	for _, p := range pairs {
		least := MinText
		if p.Block {
			least = MinDigits
		}
		for _, term := range Terminals {
			fg, bg := term.Show(p.Fg), term.Show(p.Bg)
			if c := Contrast(fg, bg); c < least {
				t.Errorf("%s, %s: %q (line %d) is %v on %v (%v on %v there): contrast %.2f, want at least %.1f",
					what, term.Name, p.Text, p.Line, p.Fg, p.Bg, fg, bg, c, least)
			}
		}
	}
	return pairs
}

// Blocks counts the pairs of the big digits' blocks among pairs: a check
// of the digits that found none checked nothing.
func Blocks(pairs []Pair) int {
	n := 0
	for _, p := range pairs {
		if p.Block {
			n++
		}
	}
	return n
}
