package repair

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
)

func TestI13_ClaimAlphabet(t *testing.T) {
	if len(ClaimAlphabet) != 31 {
		t.Errorf("%d symbols, want 31", len(ClaimAlphabet))
	}
	if strings.ContainsAny(ClaimAlphabet, "0O1IL") {
		t.Error("the alphabet has a look-alike")
	}
	for i := range len(ClaimAlphabet) {
		if strings.Count(ClaimAlphabet, ClaimAlphabet[i:i+1]) != 1 {
			t.Errorf("%c twice", ClaimAlphabet[i])
		}
	}
}

func TestI13_ClaimCodes(t *testing.T) {
	r := rand.NewChaCha8([32]byte{13})
	seen := map[string]bool{}
	for range 20000 {
		code, err := NewClaimCode(r, 8)
		if err != nil || !ValidClaim(code, 8) {
			t.Fatalf("NewClaimCode = %q, %v", code, err)
		}
		if seen[code] {
			t.Fatalf("%s drawn twice", code)
		}
		seen[code] = true
	}
	if _, err := NewClaimCode(r, 0); err == nil {
		t.Error("length 0 accepted")
	}
	if _, err := NewClaimCode(iotest.ErrReader(errors.New("no entropy")), 8); err == nil {
		t.Error("a failing reader gave a code")
	}
	if _, err := NewClaimCode(strings.NewReader("ab"), 8); err == nil {
		t.Error("a short reader gave a code")
	}
}

// cycle yields the byte values 0, 1, …, 255 over and over.
type cycle struct{ b byte }

func (c *cycle) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = c.b
		c.b++
	}
	return len(p), nil
}

func TestI13_ClaimCodesHaveNoBias(t *testing.T) {
	// Every byte value once: each symbol is drawn exactly 8 times, and the
	// 8 values above 8×31 are skipped rather than folded onto the first symbols.
	code, err := NewClaimCode(&cycle{}, 248)
	if err != nil {
		t.Fatal(err)
	}
	for i := range len(ClaimAlphabet) {
		if n := strings.Count(code, ClaimAlphabet[i:i+1]); n != 8 {
			t.Errorf("%c drawn %d times of 248, want 8", ClaimAlphabet[i], n)
		}
	}
	// And from a random source, a rough χ² test (30 degrees of freedom,
	// 59.7 is the 0.1% critical value).
	const n = 31 * 5000
	code, err = NewClaimCode(rand.NewChaCha8([32]byte{7}), n)
	if err != nil {
		t.Fatal(err)
	}
	chi2 := 0.0
	for i := range len(ClaimAlphabet) {
		d := float64(strings.Count(code, ClaimAlphabet[i:i+1])) - 5000
		chi2 += d * d / 5000
	}
	if chi2 > 59.7 {
		t.Errorf("χ² = %.1f: the symbols are not uniform", chi2)
	}
}

func TestI13_ClaimAsTyped(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abcd-efgh", "ABCDEFGH"},
		{" ABCD EFGH ", "ABCDEFGH"},
		{"ａｂｃｄ－ＥＦＧＨ", "ABCDEFGH"},
	}
	for _, tt := range tests {
		if got := NormalizeClaim(tt.in); got != tt.want {
			t.Errorf("NormalizeClaim(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	valid := map[string]bool{
		"ABCDEFGH": true, "23456789": true, "ABCDEFG": false, "ABCDEFGHJ": false,
		"ABCDEFG0": false, "ABCDEFGO": false, "ABCDEFG1": false, "ABCDEFGI": false, "ABCDEFGL": false, "abcdefgh": false,
	}
	for code, want := range valid {
		if got := ValidClaim(code, 8); got != want {
			t.Errorf("ValidClaim(%q) = %v, want %v", code, got, want)
		}
	}
	for code, want := range map[string]string{"ABCDEFGH": "ABCD-EFGH", "ABCDEFGHJK": "ABCD-EFGH-JK", "ABC": "ABC", "": ""} {
		if got := FormatClaim(code); got != want {
			t.Errorf("FormatClaim(%q) = %q, want %q", code, got, want)
		}
	}
	if NormalizeClaim(FormatClaim("ABCDEFGH")) != "ABCDEFGH" {
		t.Error("a formatted claim code does not normalise back")
	}
}

func TestI13_OrderNumber(t *testing.T) {
	d := day(2026, 11, 22)
	for seq, want := range map[uint64]string{1: "R2611220001", 7: "R2611220007", 9999: "R2611229999", 12345: "R26112212345"} {
		got := OrderNumber(d, seq)
		if got != want || !ValidOrderNumber(got) {
			t.Errorf("OrderNumber(%d) = %q (valid %v), want %q", seq, got, ValidOrderNumber(got), want)
		}
	}
	for _, s := range []string{
		"", "R", "R261122", "R261122001", "r2611220007", "X2611220007", "R2611320007",
		"R2602300007", "R2611220000", "R26112200007", "R26112200a7", "R2611220007 ",
	} {
		if ValidOrderNumber(s) {
			t.Errorf("ValidOrderNumber(%q) = true", s)
		}
	}
}
