package slip

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip/escpos"
	"frontdesk/tui/slip/escpos/escpostest"
)

var thermal = POS{Width: 32, Page: escpos.GB18030, Cut: escpos.CutPartial}

func ticket() (queue.Ticket, queue.Estimate) {
	return queue.Ticket{ID: 5, Type: "A", Seq: 5, Number: "A005", IssuedAt: local("2025-03-03 09:41")},
		queue.Estimate{Ahead: 3, Wait: 24 * 60e9}
}

// TestESCPOSGolden: the raw streams a 58 mm printer gets, byte for byte, in
// both languages (testdata/TestESCPOSGolden/*.golden; -update rewrites).
func TestESCPOSGolden(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		tr := i18n.New(lang)
		tk, est := ticket()
		service := map[string]string{"zh": "送修", "en": "Repair"}[lang]
		for name, stream := range map[string][]byte{
			"slip":   SlipESCPOS(notebook(), repair.DefaultConfig(), station, tr, thermal, beijing),
			"tag":    TagESCPOS(notebook(), station, tr, thermal, beijing),
			"ticket": TicketESCPOS(tk, service, est, station, tr, thermal, beijing),
		} {
			t.Run(name+"_"+lang, func(t *testing.T) {
				golden.RequireEqual(t, stream)
				escpostest.Lines(t, stream) // only commands it knows, text in GB18030
			})
		}
	}
}

// TestESCPOSSlipIsTheTextSlipInGB18030: decoded back, the printed lines are
// the text slip's, the order number in large type, its QR code and its
// barcode where the text slip has block letters.
func TestESCPOSSlipIsTheTextSlipInGB18030(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		o, tr := notebook(), i18n.New(lang)
		stream := SlipESCPOS(o, repair.DefaultConfig(), station, tr, thermal, beijing)
		s := layout(o, repair.DefaultConfig(), station, tr, 32, beijing, true)
		want := slices.Concat(s.lines[:s.numberAt], []string{o.Number, "[raster 176×174]", "[code128 " + o.Number + "]"}, s.lines[s.numberAt:], []string{"[cut]"})
		if got := escpostest.Lines(t, stream); !slices.Equal(got, want) {
			t.Errorf("%s: printed\n%s\nwant\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if lang == "zh" && bytes.Contains(stream, []byte("取机凭证")) {
			t.Error("the Chinese title is in UTF-8")
		}
		if got := escpostest.Zbarimg(t, escpostest.FindRaster(t, stream)); got != o.Number {
			t.Errorf("the slip's QR code reads %q, want %q", got, o.Number)
		}
	}
}

// TestTagShowsOnlyTheInitialAndLastFourDigits: the tag on the device names
// the customer by initial and phone ending only.
func TestTagShowsOnlyTheInitialAndLastFourDigits(t *testing.T) {
	o := notebook()
	got := strings.Join(escpostest.Lines(t, TagESCPOS(o, station, i18n.New("zh"), thermal, beijing)), "\n")
	for _, want := range []string{o.Number, "[code128 " + o.Number + "]", "客户 张 · 手机尾号 8000", "送修 2025-03-03 10:15"} {
		if !strings.Contains(got, want) {
			t.Errorf("tag lacks %q:\n%s", want, got)
		}
	}
	for _, never := range []string{"张伟", "13800138000", "1380013", o.Claim, "K7PM"} {
		if strings.Contains(got, never) {
			t.Errorf("tag shows %q:\n%s", never, got)
		}
	}
}

// TestTicketStream: the kiosk's ticket carries the number, the service, how
// many are ahead with the wait, and the time it was taken.
func TestTicketStream(t *testing.T) {
	tk, est := ticket()
	for lang, want := range map[string][]string{
		"zh": {"A005", "送修", "前面还有 3 人,预计等候约 24分钟", "取号时间 2025-03-03 09:41"},
		"en": {"A005", "Repair", "3 ahead of you, about 24 min", "Taken at 2025-03-03 09:41"},
	} {
		service := map[string]string{"zh": "送修", "en": "Repair"}[lang]
		got := strings.Join(escpostest.Lines(t, TicketESCPOS(tk, service, est, station, i18n.New(lang), thermal, beijing)), "\n")
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s ticket lacks %q:\n%s", lang, w, got)
			}
		}
	}
}
