// Reading a stream back: its lines of text, decoded from the code page.

package escpostest

import (
	"fmt"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Lines reads back what an ESC/POS stream of package escpos prints: each
// line of text decoded from GB18030 (which is ASCII for ASCII), a barcode as
// "[code128 DATA]", an image as "[raster W×H]", a cut as "[cut]". Any
// command the package does not write, or text that is not GB18030, fails
// the test: the stream is then not what the printer should get.
func Lines(t *testing.T, stream []byte) []string {
	t.Helper()
	var out []string
	var text []byte
	b := stream
	need := func(n int) []byte {
		if len(b) < n {
			t.Fatalf("stream cut short at % x", b)
		}
		p := b[:n]
		b = b[n:]
		return p
	}
	for len(b) > 0 {
		c := need(1)[0]
		switch {
		case c == 0x0a:
			s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(text)
			if err != nil {
				t.Fatalf("%q is not GB18030: %v", text, err)
			}
			out, text = append(out, string(s)), nil
		case c == 0x1b:
			switch cmd := need(1)[0]; cmd {
			case '@':
			case 't', 'a', 'E', 'd':
				need(1)
			default:
				t.Fatalf("unknown command ESC %#x", cmd)
			}
		case c == 0x1c:
			if cmd := need(1)[0]; cmd != '&' && cmd != '.' {
				t.Fatalf("unknown command FS %#x", cmd)
			}
		case c == 0x1d:
			switch cmd := need(1)[0]; cmd {
			case '!', 'h', 'w', 'H', 'f':
				need(1)
			case 'V':
				need(2)
				out = append(out, "[cut]")
			case 'k':
				if m := need(1)[0]; m != 73 {
					t.Fatalf("barcode system %d", m)
				}
				data := need(int(need(1)[0]))
				out = append(out, "[code128 "+string(data[2:])+"]")
				if len(b) > 0 && b[0] == 0x0a {
					b = b[1:]
				}
			case 'v':
				h := need(6)
				x, y := int(h[2])|int(h[3])<<8, int(h[4])|int(h[5])<<8
				need(x * y)
				out = append(out, fmt.Sprintf("[raster %d×%d]", x*8, y))
				if len(b) > 0 && b[0] == 0x0a {
					b = b[1:]
				}
			default:
				t.Fatalf("unknown command GS %#x", cmd)
			}
		case c < 0x20 || c == 0x7f:
			t.Fatalf("control byte %#x in text", c)
		default:
			text = append(text, c)
		}
	}
	if len(text) > 0 {
		t.Fatalf("text %q not ended by a line feed: never printed", text)
	}
	return out
}
