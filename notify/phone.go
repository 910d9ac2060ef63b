package notify

import (
	"errors"
	"strings"
)

// ErrNotMobile is a phone that cannot receive a text message.
var ErrNotMobile = errors.New("notify: the phone cannot receive text messages (not a mobile number)")

// Mobile says whether phone can receive a text message: a mainland mobile
// number, 11 digits from 13x to 19x, with or without +86 or 0086 and
// separators. A landline (010-12345678, 0755 8888 6666) or a 400 number
// cannot: its message is failed at once and left to a call by hand.
func Mobile(phone string) bool {
	d := digits(phone)
	switch {
	case strings.HasPrefix(d, "0086"):
		d = d[4:]
	case strings.HasPrefix(d, "86") && len(d) == 13:
		d = d[2:]
	}
	return len(d) == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9'
}

// digits is phone's digits alone.
func digits(phone string) string {
	var b strings.Builder
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
