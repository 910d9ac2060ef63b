// Package escpos writes the raw byte stream of a thermal receipt printer
// that speaks ESC/POS (Epson's command set, which the Chinese 58 and 80 mm
// printers copy): reset, code page, text, bold and double size, a QR code
// as a raster image, a Code 128 barcode, feed and cut.
//
// It only builds bytes; sending them is the caller's job. Text is encoded
// in the printer's code page — GB18030 for Chinese printers, which do not
// read UTF-8 — and control characters in it are replaced, so that text
// from a customer cannot become a printer command.
package escpos

import (
	"errors"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// CodePage is how the printer reads text bytes.
type CodePage string

// The code pages a Doc can write.
const (
	// GB18030 is the Chinese printers' character mode (FS &): every
	// character of Unicode, a Chinese one two columns wide.
	GB18030 CodePage = "gb18030"
	// PC437 is the Western printers' default page (ESC t 0): ASCII is
	// printed, anything else as '?'.
	PC437 CodePage = "pc437"
)

// Cut is what the printer does at the end of a document.
type Cut string

// The cuts.
const (
	CutPartial Cut = "partial" // leaves a hinge, the usual receipt cut
	CutFull    Cut = "full"
	CutNone    Cut = "none" // no cutter: feed the paper past the tear bar
)

// Align is the horizontal position of text, barcodes and images.
type Align byte

// The alignments of ESC a.
const (
	Left   Align = 0
	Center Align = 1
	Right  Align = 2
)

// DotsPerColumn is the width of a character of font A (12×24 dots at
// 203 dpi): 32 columns are the 384 dots of a 58 mm printer, 48 the 576 of
// an 80 mm one.
const DotsPerColumn = 12

const (
	esc = 0x1b
	gs  = 0x1d
	fs  = 0x1c
	lf  = 0x0a
)

// Doc is a document being written for a printer Columns characters wide.
type Doc struct {
	page    CodePage
	columns int
	b       []byte
}

// New starts a document: the printer is reset (ESC @) and its code page
// selected. columns is the printer's width in characters of font A.
func New(page CodePage, columns int) *Doc {
	d := &Doc{page: page, columns: columns}
	d.b = append(d.b, esc, '@')
	if page == GB18030 {
		d.b = append(d.b, fs, '&') // Chinese character mode on
	} else {
		d.b = append(d.b, fs, '.', esc, 't', 0) // Chinese mode off, PC437
	}
	return d
}

// Bytes is the stream written so far.
func (d *Doc) Bytes() []byte { return d.b }

// Dots is the printable width in dots.
func (d *Doc) Dots() int { return d.columns * DotsPerColumn }

// Align sets the position of what follows (ESC a).
func (d *Doc) Align(a Align) { d.b = append(d.b, esc, 'a', byte(a)) }

// Bold turns emphasis on or off (ESC E).
func (d *Doc) Bold(on bool) { d.b = append(d.b, esc, 'E', flag(on)) }

// Size sets the character size as multiples of the normal width and
// height, 1 to 8 each (GS !).
func (d *Doc) Size(w, h int) {
	w, h = min(max(w, 1), 8), min(max(h, 1), 8)
	d.b = append(d.b, gs, '!', byte((w-1)<<4|(h-1)))
}

// Line prints text and ends the line.
func (d *Doc) Line(text string) {
	d.b = append(d.b, Encode(d.page, text)...)
	d.b = append(d.b, lf)
}

// Feed advances the paper n lines (ESC d), at most 255.
func (d *Doc) Feed(n int) { d.b = append(d.b, esc, 'd', byte(min(max(n, 0), 255))) }

// End feeds the paper past the cutter and cuts it as asked (GS V 65/66:
// feed to the cutting position, then cut), or past the tear bar.
func (d *Doc) End(c Cut) {
	switch c {
	case CutFull:
		d.b = append(d.b, gs, 'V', 65, 0)
	case CutPartial:
		d.b = append(d.b, gs, 'V', 66, 0)
	default:
		d.Feed(4)
	}
}

// Encode is text in the code page's bytes. A control character (below
// 0x20, DEL, C1) becomes '?': in a printer's stream it would be a command.
// In GB18030 every byte of a multi-byte character is 0x30 or above, so the
// encoded text holds no control bytes either.
func Encode(page CodePage, text string) []byte {
	safe := strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return '?'
		}
		if page != GB18030 && r > 0x7e {
			return '?'
		}
		return r
	}, text)
	if page != GB18030 {
		return []byte(safe)
	}
	out, err := simplifiedchinese.GB18030.NewEncoder().String(safe)
	if err != nil { // GB18030 covers all of Unicode; only invalid UTF-8 gets here
		return []byte(strings.ToValidUTF8(safe, "?"))
	}
	return []byte(out)
}

// Code128 prints data as a Code 128 barcode of code set B, its text below
// it (GS k 73), with bars 80 dots high. The modules are 3 dots wide where the
// printer's width allows, else 2; a code too long for 2 is refused, as is
// one with characters outside printable ASCII.
func (d *Doc) Code128(data string) error {
	if data == "" || len(data) > 60 {
		return fmt.Errorf("escpos: Code 128 of %d characters", len(data))
	}
	for i := 0; i < len(data); i++ {
		if data[i] < 0x20 || data[i] > 0x7e || data[i] == '{' {
			return fmt.Errorf("escpos: %q cannot be a Code 128 barcode of set B", data)
		}
	}
	// start, data, check digit, each 11 modules; the stop 13; quiet zones 20.
	modules := (len(data)+2)*11 + 13 + 20
	module := 3
	for module > 1 && modules*module > d.Dots() {
		module--
	}
	if module < 2 {
		return fmt.Errorf("escpos: the barcode of %q does not fit %d dots", data, d.Dots())
	}
	payload := "{B" + data
	d.b = append(d.b, gs, 'h', 80, gs, 'w', byte(module), gs, 'H', 2, gs, 'f', 0)
	d.b = append(d.b, gs, 'k', 73, byte(len(payload)))
	d.b = append(d.b, payload...)
	d.b = append(d.b, lf)
	return nil
}

// QR prints payload as a QR code, as a raster image (GS v 0) rather than the
// printer's own QR command, which many cheap printers lack. The image is
// the code's matrix with its quiet zone, each module scaled to as many dots
// as fit in half the printer's width (at most 8).
func (d *Doc) QR(payload string) error {
	r, err := QRRaster(payload, d.Dots()/2)
	if err != nil {
		return err
	}
	d.Raster(r)
	return nil
}

// Raster prints a 1-bit image (GS v 0, normal density).
func (d *Doc) Raster(r Raster) {
	x, y := r.RowBytes, r.Height()
	d.b = append(d.b, gs, 'v', '0', 0, byte(x), byte(x>>8), byte(y), byte(y>>8))
	d.b = append(d.b, r.Bits...)
	d.b = append(d.b, lf)
}

var errEmpty = errors.New("escpos: an empty QR code")

func flag(on bool) byte {
	if on {
		return 1
	}
	return 0
}
