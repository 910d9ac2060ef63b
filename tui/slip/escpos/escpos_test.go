package escpos

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestChineseTextIsGB18030AndDecodesBack(t *testing.T) {
	for _, s := range []string{"取机凭证", "王小明 · 尾号 5678", "联想 ThinkPad X1(屏幕闪烁)", "𠀀 emoji 😀"} {
		b := Encode(GB18030, s)
		if bytes.Equal(b, []byte(s)) {
			t.Errorf("%q written as UTF-8", s)
		}
		back, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if err != nil || string(back) != s {
			t.Errorf("%q decodes back as %q, %v", s, back, err)
		}
	}
}

func TestTextCannotBecomeACommand(t *testing.T) {
	hostile := "a\x1b@b\x1dV\x00c\nd\x7f\u009be"
	for _, page := range []CodePage{GB18030, PC437} {
		b := Encode(page, hostile)
		for _, c := range b {
			if c < 0x20 || c == 0x7f {
				t.Errorf("%s: control byte %#x in %q", page, c, b)
			}
		}
	}
	if got := string(Encode(PC437, "取机 ok")); got != "?? ok" {
		t.Errorf("PC437 = %q, want what it cannot print as ?", got)
	}
}

func TestNewResetsAndSelectsTheCodePage(t *testing.T) {
	if got := New(GB18030, 32).Bytes(); !bytes.Equal(got, []byte{0x1b, '@', 0x1c, '&'}) {
		t.Errorf("GB18030 start = % x", got)
	}
	if got := New(PC437, 48).Bytes(); !bytes.Equal(got, []byte{0x1b, '@', 0x1c, '.', 0x1b, 't', 0}) {
		t.Errorf("PC437 start = % x", got)
	}
}

func TestCode128IsSetBWithItsLength(t *testing.T) {
	d := New(GB18030, 32)
	start := len(d.Bytes())
	if err := d.Code128("R2503030007"); err != nil {
		t.Fatal(err)
	}
	got := d.Bytes()[start:]
	want := append([]byte{0x1d, 'h', 80, 0x1d, 'w', 2, 0x1d, 'H', 2, 0x1d, 'f', 0, 0x1d, 'k', 73, 13}, "{BR2503030007\n"...)
	if !bytes.Equal(got, want) {
		t.Errorf("Code 128 =\n% x\nwant\n% x", got, want)
	}
	for _, bad := range []string{"", "号码", "a\nb", "{B", strings.Repeat("9", 40)} {
		if err := New(GB18030, 32).Code128(bad); err == nil {
			t.Errorf("Code128(%q) accepted", bad)
		}
	}
	if err := New(GB18030, 48).Code128(strings.Repeat("9", 20)); err != nil {
		t.Errorf("20 digits on 80 mm: %v", err)
	}
}

func TestEndCuts(t *testing.T) {
	for c, want := range map[Cut][]byte{CutFull: {0x1d, 'V', 65, 0}, CutPartial: {0x1d, 'V', 66, 0}, CutNone: {0x1b, 'd', 4}} {
		d := New(PC437, 32)
		n := len(d.Bytes())
		d.End(c)
		if got := d.Bytes()[n:]; !bytes.Equal(got, want) {
			t.Errorf("End(%s) = % x, want % x", c, got, want)
		}
	}
}
