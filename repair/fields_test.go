package repair

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestNormalizePhone(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		// Mobiles, however typed.
		{"13812345678", "13812345678", nil},
		{"138 1234 5678", "13812345678", nil},
		{"138-1234-5678", "13812345678", nil},
		{" +86 138 1234 5678 ", "13812345678", nil},
		{"+8613812345678", "13812345678", nil},
		{"0086-199-0000-1111", "19900001111", nil},
		{"１３８１２３４５６７８", "13812345678", nil}, // full-width, from an input method
		{"17012345678", "17012345678", nil},
		// Landlines with their area code.
		{"010-62345678", "010-62345678", nil},
		{"01062345678", "010-62345678", nil},
		{"(010) 6234 5678", "010-62345678", nil},
		{"021-5678901", "021-5678901", nil},
		{"0459-4634567", "0459-4634567", nil},
		{"0755 82345678", "0755-82345678", nil},
		{"0755-8234567-123", "0755-8234567-123", nil},
		{"0755 8234 567 123", "0755-8234567-123", nil},
		{"010-62345678-123456", "010-62345678-123456", nil},
		{"+86 10 62345678", "010-62345678", nil},
		{"+86 459 4634567", "0459-4634567", nil},
		// Service numbers.
		{"400-123-4567", "400-123-4567", nil},
		{"4001234567", "400-123-4567", nil},
		{"800 810 8888", "800-810-8888", nil},
		// Not phone numbers.
		{"", "", ErrRequired},
		{"   ", "", ErrRequired},
		{"1381234567", "", ErrPhone},           // 10 digits
		{"138123456789", "", ErrPhone},         // 12 digits
		{"12812345678", "", ErrPhone},          // no such mobile prefix
		{"23812345678", "", ErrPhone},          // 11 digits, not 1…
		{"138l2345678", "", ErrPhone},          // a letter l for a 1
		{"abc", "", ErrPhone},                  //
		{"12345678", "", ErrPhone},             // landline without area code
		{"1234567", "", ErrPhone},              // landline without area code
		{"010-123456", "", ErrPhone},           // number too short
		{"010-123456789", "", ErrPhone},        // number too long, no extension typed apart
		{"010-02345678", "", ErrPhone},         // local numbers start with 2–9
		{"010-12345678", "", ErrPhone},         // (1… are service numbers)
		{"011-12345678", "", ErrPhone},         // no area code 011
		{"0012345678901", "", ErrPhone},        // international prefix
		{"0755-8234567-1234567", "", ErrPhone}, // extension too long
		{"+86", "", ErrPhone},
		{"138.1234.5678", "", ErrPhone},
		{"+1 415 555 0100", "", ErrPhone},
		{"138\x1b[2J12345678", "", ErrControl},
		{"13812345678\n", "", ErrControl},
		{"138\xff12345678", "", ErrControl},
	}
	for _, tt := range tests {
		got, err := NormalizePhone(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("NormalizePhone(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil {
			if again, err := NormalizePhone(got); again != got || err != nil {
				t.Errorf("NormalizePhone(%q) = %q, %v: not stable", got, again, err)
			}
		}
	}
}

func TestNormalizeSerial(t *testing.T) {
	tests := []struct {
		in, want string
		err      error
	}{
		{"PF12AB34", "PF12AB34", nil},
		{" pf-12ab34 ", "PF-12AB34", nil},
		{"SN/2026/0001", "SN/2026/0001", nil},
		{"ＰＦ１２", "PF12", nil},
		{"ABCD", "ABCD", nil},
		{strings.Repeat("A", 30), strings.Repeat("A", 30), nil},
		{"", "", ErrRequired},
		{"ABC", "", ErrSerial},
		{strings.Repeat("A", 31), "", ErrSerial},
		{"PF 12AB34", "", ErrSerial},
		{"PF_12AB34", "", ErrSerial},
		{"主机号1234", "", ErrSerial},
		{"PF12\tAB34", "", ErrControl},
		{"\x1b]0;pwned\x07", "", ErrControl},
	}
	for _, tt := range tests {
		got, err := NormalizeSerial(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("NormalizeSerial(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		in       string
		max      int
		required bool
		multi    bool
		want     string
		err      error
	}{
		{" 张三 ", 30, true, false, "张三", nil},
		{"　张三　", 30, true, false, "张三", nil}, // ideographic spaces
		{strings.Repeat("张", 30), 30, true, false, strings.Repeat("张", 30), nil},
		{strings.Repeat("张", 31), 30, true, false, "", ErrTooLong},
		{strings.Repeat("x", 10000), 500, false, true, "", ErrTooLong},
		{"", 30, false, false, "", nil},
		{"  ", 30, true, false, "", ErrRequired},
		{"a\nb", 30, false, false, "", ErrControl},
		{"a\nb", 30, false, true, "a\nb", nil},
		{"a\r\nb\r\n", 30, false, true, "a\nb", nil},
		{"a\rb", 30, false, true, "", ErrControl},
		{"a\tb", 30, false, true, "", ErrControl},
		{"red \x1b[31mtext", 30, false, false, "", ErrControl},
		{"csi \u009b31m", 30, false, false, "", ErrControl},
		{"del \x7f", 30, false, false, "", ErrControl},
		{"bidi \u202eevil", 30, false, false, "", ErrControl},
		{"bad \xc3\x28 utf8", 30, false, false, "", ErrControl},
		{"nul \x00", 30, false, true, "", ErrControl},
		{"无限制", 0, false, false, "无限制", nil},
	}
	for _, tt := range tests {
		clean := CleanText
		if tt.multi {
			clean = CleanMultiline
		}
		got, err := clean(tt.in, tt.max, tt.required)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("clean(%q, %d, %v, multi %v) = %q, %v; want %q, %v",
				tt.in, tt.max, tt.required, tt.multi, got, err, tt.want, tt.err)
		}
	}
}

func TestParseDates(t *testing.T) {
	if got, err := ParseDay(" 2024-02-29 ", shanghai); err != nil || !got.Equal(day(2024, 2, 29)) {
		t.Errorf("ParseDay = %v, %v", got, err)
	}
	if got, err := ParseDay("２０２６－０１－０２", shanghai); err != nil || !got.Equal(day(2026, 1, 2)) {
		t.Errorf("ParseDay full-width = %v, %v", got, err)
	}
	if got, err := ParseMonth("2026-02", shanghai); err != nil || !got.Equal(day(2026, 2, 1)) {
		t.Errorf("ParseMonth = %v, %v", got, err)
	}
	want := time.Date(2026, 11, 24, 17, 30, 0, 0, shanghai)
	if got, err := ParseMinute("2026-11-24 17:30", shanghai); err != nil || !got.Equal(want) {
		t.Errorf("ParseMinute = %v, %v", got, err)
	}
	if got, err := ParseDay("2026-01-02", nil); err != nil || got.Location() != time.UTC {
		t.Errorf("ParseDay without a zone = %v, %v; want UTC", got, err)
	}
	bad := []struct {
		parse func(string, *time.Location) (time.Time, error)
		in    string
		err   error
	}{
		{ParseDay, "", ErrRequired},
		{ParseDay, "2023-02-29", ErrDate},
		{ParseDay, "2026/01/02", ErrDate},
		{ParseDay, "2026-1-2", ErrDate},
		{ParseDay, "2026-01", ErrDate},
		{ParseDay, "yesterday", ErrDate},
		{ParseMonth, "2026-13", ErrMonth},
		{ParseMonth, "2026-01-02", ErrMonth},
		{ParseMinute, "2026-11-24", ErrTime},
		{ParseMinute, "2026-11-24 25:00", ErrTime},
	}
	for _, tt := range bad {
		if _, err := tt.parse(tt.in, shanghai); !errors.Is(err, tt.err) {
			t.Errorf("parse(%q) err = %v, want %v", tt.in, err, tt.err)
		}
	}
}
