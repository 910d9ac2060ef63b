package report

import (
	"errors"
	"testing"
	"time"
)

// FuzzSpan: whatever is typed as --from and --to (or --day), Span either
// refuses it as a bad date or as backwards, or gives a period of whole
// days that reads back as written, holds its first instant and not the
// one after, and whose neighbours join it without gap or overlap.
func FuzzSpan(f *testing.F) {
	for _, s := range [][2]string{
		{"2025-06-02", "2025-06-02"},
		{"2025-01-01", "2025-12-31"},
		{"2024-02-29", "2024-03-01"},
		{" 2025-06-02 ", "2025-06-03"},
		{"2025-6-2", "2025-06-02"},
		{"2025-06-31", "2025-07-01"},
		{"2025-06-03", "2025-06-02"},
		{"", ""},
		{"0000-01-01", "9999-12-31"},
		{"２０２５-06-02", "x"},
		{"2025-06-02\x1b[31m", "2025-06-02"},
		{"+2025-06-02", "2025-06-02"},
	} {
		f.Add(s[0], s[1])
	}
	loc := time.FixedZone("CST", 8*3600)
	f.Fuzz(func(t *testing.T, from, to string) {
		p, err := Span(from, to, loc)
		if err != nil {
			if !errors.Is(err, ErrBadDate) && !errors.Is(err, ErrFromAfterTo) {
				t.Fatalf("Span(%q, %q): %v, neither a bad date nor backwards", from, to, err)
			}
			return
		}
		for _, d := range []string{p.First, p.Last} {
			if back, err := ParseDay(d, loc); err != nil || back.Format(time.DateOnly) != d {
				t.Fatalf("Span(%q, %q) = %+v: %q does not read back (%v)", from, to, p, d, err)
			}
		}
		if p.First > p.Last || p.Days() < 1 || (p.Kind == KindDay) != (p.First == p.Last) {
			t.Fatalf("Span(%q, %q) = %+v, %d days", from, to, p, p.Days())
		}
		if !p.Contains(p.Start()) || p.Contains(p.End()) || !p.Contains(p.End().Add(-time.Nanosecond)) {
			t.Fatalf("Span(%q, %q) = %+v does not hold its own days", from, to, p)
		}
		if next := p.Shift(1); p.End().AddDate(0, 0, p.Days()).Year() <= 9999 && (!next.Start().Equal(p.End()) || next.Days() != p.Days()) {
			t.Fatalf("the period after %+v is %+v", p, next)
		}
	})
}
