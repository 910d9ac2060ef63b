package repair

import "strings"

// NormalizePhone checks a phone number as typed at the counter and returns
// it in one form, so that the same phone always finds the same orders (O6):
//
//   - a mobile, 1[3-9] and 9 more digits, optionally after +86 or 0086:
//     "13812345678";
//   - a landline with its area code, which has 3 digits for 010 and 02X and
//     4 for the others (03XX–09XX), then a local number of 7 or 8 digits not
//     starting with 0 or 1, then optionally an extension of 1–6 digits typed
//     as a group of its own: "010-12345678", "0755-1234567-123"; after +86
//     the area code's leading 0 may be left out;
//   - a 400 or 800 service number of 10 digits: "400-123-4567".
//
// Spaces, dashes and parentheses may separate groups of digits, and the
// full-width digits of a Chinese input method are accepted. An empty phone
// is ErrRequired, control characters ErrControl, anything else ErrPhone.
func NormalizePhone(s string) (string, error) {
	if err := plain(s, false); err != nil {
		return "", err
	}
	s = strings.TrimSpace(Fold(s))
	if s == "" {
		return "", ErrRequired
	}
	intl := false
	for _, p := range []string{"+86", "0086"} {
		if strings.HasPrefix(s, p) {
			s, intl = s[len(p):], true
			break
		}
	}
	groups, ok := digitGroups(s)
	if !ok || len(groups) == 0 {
		return "", ErrPhone
	}
	all := strings.Join(groups, "")
	switch {
	case len(all) == 11 && all[0] == '1' && all[1] >= '3':
		return all, nil
	case len(all) == 10 && (strings.HasPrefix(all, "400") || strings.HasPrefix(all, "800")):
		return all[:3] + "-" + all[3:6] + "-" + all[6:], nil
	case intl && all[0] != '0':
		all = "0" + all
	}
	return landline(all, groups[len(groups)-1], len(groups) > 1)
}

// digitGroups splits s at spaces, dashes and parentheses into runs of
// digits; any other character makes it not a phone number.
func digitGroups(s string) ([]string, bool) {
	var groups []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			groups = append(groups, s[start:i])
			start = -1
		}
		if i < len(s) && !strings.ContainsRune(" -()", rune(s[i])) {
			return nil, false
		}
	}
	return groups, true
}

// landline splits all the digits of a landline into area code, number and
// extension; last is the last group typed, the extension when the digits
// are too many for a number alone and it was typed apart.
func landline(all, last string, grouped bool) (string, error) {
	var n int
	switch {
	case len(all) < 10 || all[0] != '0':
		return "", ErrPhone
	case strings.HasPrefix(all, "010") || all[1] == '2':
		n = 3
	case all[1] >= '3':
		n = 4
	default: // 00 is the international prefix, 01X other than 010 does not exist
		return "", ErrPhone
	}
	area, number, ext := all[:n], all[n:], ""
	if len(number) > 8 {
		if !grouped || len(last) > 6 || len(number)-len(last) < 7 {
			return "", ErrPhone
		}
		number, ext = number[:len(number)-len(last)], last
	}
	if len(number) < 7 || len(number) > 8 || number[0] == '0' || number[0] == '1' {
		return "", ErrPhone
	}
	out := area + "-" + number
	if ext != "" {
		out += "-" + ext
	}
	return out, nil
}

// NormalizeSerial checks a serial or host number (主机号) and returns it
// upper-cased: 4 to MaxSerial characters of A–Z, 0–9, "-" and "/", as on the
// label, without spaces inside (a space is usually a mistyped character).
func NormalizeSerial(s string) (string, error) {
	if err := plain(s, false); err != nil {
		return "", err
	}
	s = strings.ToUpper(strings.TrimSpace(Fold(s)))
	if s == "" {
		return "", ErrRequired
	}
	if len(s) < 4 || len(s) > MaxSerial {
		return "", ErrSerial
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '/') {
			return "", ErrSerial
		}
	}
	return s, nil
}
