// Package escpostest reads back what an ESC/POS stream prints, for tests:
// its raster image, and the QR code in it as zbarimg decodes it.
package escpostest

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"frontdesk/tui/slip/escpos"
)

// Zbarimg is the payload of the first code zbarimg (Debian's zbar-tools)
// reads in the raster. Without zbarimg the test is skipped, and fails in CI
// (CI set), where .ci/run installs it.
func Zbarimg(t *testing.T, r escpos.Raster) string {
	t.Helper()
	bin, err := exec.LookPath("zbarimg")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("zbarimg is missing (apt-get install zbar-tools)")
		}
		t.Skip("zbarimg not installed (apt-get install zbar-tools)")
	}
	path := filepath.Join(t.TempDir(), "code.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, r.Image()); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "--raw", "-q", path).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("zbarimg read no code: %v %s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	return strings.TrimRight(string(out), "\n")
}

// FindRaster is the first GS v 0 image of an ESC/POS stream.
func FindRaster(t *testing.T, stream []byte) escpos.Raster {
	t.Helper()
	i := bytes.Index(stream, []byte{0x1d, 'v', '0', 0})
	if i < 0 || len(stream) < i+8 {
		t.Fatal("no raster image in the stream")
	}
	x := int(stream[i+4]) | int(stream[i+5])<<8
	y := int(stream[i+6]) | int(stream[i+7])<<8
	if len(stream) < i+8+x*y {
		t.Fatalf("raster of %d×%d bytes cut short", x, y)
	}
	return escpos.Raster{RowBytes: x, Bits: stream[i+8 : i+8+x*y]}
}
