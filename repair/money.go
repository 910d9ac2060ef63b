package repair

import (
	"fmt"
	"strings"
)

// MaxMoney is the largest amount accepted anywhere, a million yuan: more is
// a typing mistake at a repair counter.
const MaxMoney Money = 1_000_000_00

// ParseMoney reads an amount in yuan as typed: "1200", "1200.5", "1200.50",
// "¥1,200.50", "1200元", full-width digits too. Commas must group thousands
// (so a decimal comma "12,5" is refused, not read as 125); at most 2
// decimals; not negative; at most MaxMoney. Empty is ErrRequired.
func ParseMoney(s string) (Money, error) {
	if err := plain(s, false); err != nil {
		return 0, err
	}
	s = strings.TrimSpace(Fold(s))
	if s == "" {
		return 0, ErrRequired
	}
	for _, sign := range []string{"¥", "￥"} {
		s = strings.TrimPrefix(s, sign)
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "元"))
	whole, frac, dot := strings.Cut(s, ".")
	if dot && (frac == "" || len(frac) > 2) {
		return 0, ErrMoney
	}
	whole, ok := thousands(whole)
	if !ok || whole == "" || len(whole) > 12 || !digits(whole) || !digits(frac) {
		return 0, ErrMoney
	}
	var m Money
	for _, c := range whole + (frac + "00")[:2] {
		m = m*10 + Money(c-'0')
	}
	if m > MaxMoney {
		return 0, ErrMoney
	}
	return m, nil
}

// thousands removes the commas of "1,234,567", refusing misplaced ones.
func thousands(s string) (string, bool) {
	if !strings.Contains(s, ",") {
		return s, true
	}
	parts := strings.Split(s, ",")
	if len(parts[0]) < 1 || len(parts[0]) > 3 {
		return "", false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return "", false
		}
	}
	return strings.Join(parts, ""), true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// String is the amount in yuan with two decimals, "1200.50", as the slip
// and the estimate print it.
func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

// LineError is a line of an estimate that is not "part price"; Err is
// ErrMoney (no price last, or a bad one), ErrRequired (a price without a
// part) or ErrControl. errors.Is matches both ErrEstimateLine and Err.
type LineError struct {
	Line int // from 1
	Err  error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("estimate line %d: %v", e.Line, e.Err)
}

func (e *LineError) Unwrap() []error { return []error{ErrEstimateLine, e.Err} }

// ParseEstimate reads an out-of-warranty estimate (I11), one part per line:
// the part's name, then its price as the last word, separated by spaces
// (full-width ones too): "内存条 8G 350". Blank lines are skipped; the first
// bad line is returned as a *LineError.
func ParseEstimate(text string) ([]Line, error) {
	var lines []Line
	for i, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if err := plain(raw, false); err != nil {
			return nil, &LineError{Line: i + 1, Err: err}
		}
		f := strings.Fields(raw)
		if len(f) == 0 {
			continue
		}
		price, err := ParseMoney(f[len(f)-1])
		if err != nil {
			return nil, &LineError{Line: i + 1, Err: ErrMoney}
		}
		if len(f) == 1 {
			return nil, &LineError{Line: i + 1, Err: ErrRequired}
		}
		lines = append(lines, Line{Part: strings.Join(f[:len(f)-1], " "), Price: price})
	}
	return lines, nil
}

// Total is what the customer is asked to approve: the parts and the fee.
func Total(lines []Line, fee Money) Money {
	for _, l := range lines {
		fee += l.Price
	}
	return fee
}
