package repair

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The longest text each field of an intake takes, in characters (runes, so
// a Chinese character counts one). They keep a claim slip and a list row
// readable, and a pasted document out of the database.
const (
	MaxName          = 30
	MaxCompany       = 60
	MaxDealer        = 60
	MaxBrand         = 30
	MaxModel         = 40
	MaxSerial        = 30
	MaxFault         = 500
	MaxExtras        = 200
	MaxConditionNote = 200
	MaxLoaner        = 40
	MaxEstimate      = 1000
	MaxNote          = 500 // a note, reason, contact or complaint on the order's timeline
)

// CleanText checks a one-line text field: it must be UTF-8 without control
// characters (a pasted escape sequence would reach every terminal that shows
// it), at most limit runes after trimming (limit <= 0: no limit), and not empty
// when required. It returns the trimmed text.
func CleanText(s string, limit int, required bool) (string, error) {
	return clean(s, limit, required, false)
}

// CleanMultiline is CleanText for a text of several lines (the fault, the
// estimate): line breaks are allowed, and "\r\n" is taken as "\n".
func CleanMultiline(s string, limit int, required bool) (string, error) {
	return clean(s, limit, required, true)
}

func clean(s string, limit int, required, multi bool) (string, error) {
	if multi {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	if err := plain(s, multi); err != nil {
		return "", err
	}
	s = strings.TrimSpace(s)
	switch {
	case s == "" && required:
		return "", ErrRequired
	case limit > 0 && utf8.RuneCountInString(s) > limit:
		return "", fmt.Errorf("%w: at most %d characters", ErrTooLong, limit)
	}
	return s, nil
}

// plain refuses bytes that are not UTF-8 and control characters: C0 (tab and
// ESC included; newline only when multi), DEL and C1 (0x80–0x9f, where CSI
// lives), and the bidirectional overrides that reorder what a terminal shows.
func plain(s string, multi bool) error {
	if !utf8.ValidString(s) {
		return ErrControl
	}
	for _, r := range s {
		if isControl(r) && !(multi && r == '\n') {
			return ErrControl
		}
	}
	return nil
}

func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// Fold turns the full-width forms a Chinese input method types (１３８,
// Ａ, －, the ideographic space) into ASCII, so that a phone number, serial,
// amount or claim code is accepted however it was typed.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xff01 && r <= 0xff5e:
			return r - 0xfee0
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}
