package escpos_test

import (
	"strings"
	"testing"

	"frontdesk/tui/slip/escpos"
	"frontdesk/tui/slip/escpos/escpostest"
)

func TestQRInTheStreamDecodesToItsPayload(t *testing.T) {
	for _, columns := range []int{32, 48} {
		for _, payload := range []string{"R2503030007", "A012", "https://example.cn/p?c=ABCD-EFGH"} {
			d := escpos.New(escpos.GB18030, columns)
			if err := d.QR(payload); err != nil {
				t.Fatal(err)
			}
			r := escpostest.FindRaster(t, d.Bytes())
			if w := r.RowBytes * 8; w > d.Dots() {
				t.Errorf("QR %d dots wide on a %d-dot printer", w, d.Dots())
			}
			if got := escpostest.Zbarimg(t, r); got != payload {
				t.Errorf("%d columns: zbarimg read %q, want %q", columns, got, payload)
			}
		}
	}
}

func TestQRRefusesWhatCannotBeDrawn(t *testing.T) {
	if _, err := escpos.QRRaster("", 192); err == nil {
		t.Error("empty payload accepted")
	}
	if _, err := escpos.QRRaster(strings.Repeat("x", 500), 60); err == nil {
		t.Error("a code too large for its width accepted")
	}
}
