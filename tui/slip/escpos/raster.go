// The QR code as a printer's raster image.

package escpos

import (
	"fmt"
	"image"
	"image/color"

	qrcode "github.com/skip2/go-qrcode"
)

// Raster is a 1-bit image as GS v 0 takes it: rows of RowBytes bytes, the
// high bit the leftmost dot, a set bit black.
type Raster struct {
	RowBytes int
	Bits     []byte
}

// Height is the number of rows.
func (r Raster) Height() int {
	if r.RowBytes == 0 {
		return 0
	}
	return len(r.Bits) / r.RowBytes
}

// Image is the raster as a picture (black on white), to look at or to hand
// to a decoder.
func (r Raster) Image() *image.Gray {
	w, h := r.RowBytes*8, r.Height()
	img := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.Gray{Y: 0xff}
			if r.Bits[y*r.RowBytes+x/8]&(0x80>>(x%8)) != 0 {
				c = color.Gray{}
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

// QRRaster is payload as a QR code (error correction M) at most maxDots
// wide, its quiet zone included.
func QRRaster(payload string, maxDots int) (Raster, error) {
	if payload == "" {
		return Raster{}, errEmpty
	}
	q, err := qrcode.New(payload, qrcode.Medium)
	if err != nil {
		return Raster{}, fmt.Errorf("escpos: QR code: %w", err)
	}
	m := q.Bitmap() // with the 4-module quiet zone
	n := len(m)
	scale := min(8, maxDots/n)
	if scale < 2 {
		return Raster{}, fmt.Errorf("escpos: a QR code of %d modules does not fit %d dots", n, maxDots)
	}
	w := n * scale
	rb := (w + 7) / 8
	bits := make([]byte, rb*w)
	for y := 0; y < w; y++ {
		for x := 0; x < w; x++ {
			if m[y/scale][x/scale] {
				bits[y*rb+x/8] |= 0x80 >> (x % 8)
			}
		}
	}
	return Raster{RowBytes: rb, Bits: bits}, nil
}
