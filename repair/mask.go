package repair

import (
	"strings"
	"unicode"
)

// MaskPhone hides a phone number wherever it may be seen by someone who does not need it: on a
// claim slip, which may get lost, or in the desk's list of text messages: only the
// first three digits stay (the mobile network or the area code, enough for
// the customer to recognise it). The last four digits are what pickup checks
// together with the claim code (P1), so a slip must never show them.
// Separators are kept as typed: "010-62345678" → "010-********".
func MaskPhone(phone string) string {
	digits := 0
	for _, r := range phone {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	keep := min(3, max(0, digits-4))
	var b strings.Builder
	seen := 0
	for _, r := range phone {
		switch {
		case r >= '0' && r <= '9':
			seen++
			if seen <= keep {
				b.WriteRune(r)
			} else {
				b.WriteByte('*')
			}
		case unicode.IsLetter(r):
			b.WriteByte('*') // a letter is a typo or a code; masked like a digit
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
