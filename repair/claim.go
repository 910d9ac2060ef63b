package repair

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// ClaimAlphabet is the symbols of a claim code (I13): digits and capital
// letters without the ones a customer confuses when reading a slip or
// typing at the kiosk (0/O, 1/I/L). 31 symbols, about 5 bits each: 8 of
// them are 39 bits, far beyond guessing within the limited attempts of P1.
const ClaimAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// claimCut: random bytes at or above it are skipped, so that each symbol
// is drawn from the same number of byte values (8 each): no modulo bias.
const claimCut = 256 / len(ClaimAlphabet) * len(ClaimAlphabet)

// NewClaimCode draws a claim code of n symbols from r, which should be
// crypto/rand.Reader outside tests.
func NewClaimCode(r io.Reader, n int) (string, error) {
	if n < 1 {
		return "", fmt.Errorf("claim code length %d", n)
	}
	out := make([]byte, 0, n)
	buf := make([]byte, n+n/4+1)
	for len(out) < n {
		if _, err := io.ReadFull(r, buf); err != nil {
			return "", fmt.Errorf("claim code: %w", err)
		}
		for _, b := range buf {
			if int(b) < claimCut && len(out) < n {
				out = append(out, ClaimAlphabet[int(b)%len(ClaimAlphabet)])
			}
		}
	}
	return string(out), nil
}

// NormalizeClaim is a claim code as typed: upper-cased, full-width forms
// folded, spaces and dashes dropped ("abcd-efgh" is "ABCDEFGH"). Nothing is
// mapped: the look-alikes 0, O, 1, I and L are not in the alphabet, so a
// code containing one is simply wrong (ValidClaim says so).
func NormalizeClaim(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return r
	}, strings.ToUpper(Fold(s)))
}

// ValidClaim reports whether code, normalised, has n symbols of the alphabet.
func ValidClaim(code string, n int) bool {
	if len(code) != n {
		return false
	}
	for i := 0; i < len(code); i++ {
		if strings.IndexByte(ClaimAlphabet, code[i]) < 0 {
			return false
		}
	}
	return true
}

// FormatClaim groups a claim code by four for reading aloud and printing:
// "ABCD-EFGH".
func FormatClaim(code string) string {
	var b strings.Builder
	for i := 0; i < len(code); i += 4 {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(code[i:min(i+4, len(code))])
	}
	return b.String()
}

// OrderNumber is the number on the device's tag and the slip (I13): "R",
// the station-local date of day as yymmdd, and the day's sequence number
// from 1, at least 4 digits: R2611220007. A day with more than 9999 orders
// just gets longer numbers. day must already be In the station's zone.
func OrderNumber(day time.Time, seq uint64) string {
	return fmt.Sprintf("R%s%04d", day.Format("060102"), seq)
}

// ValidOrderNumber reports whether s is an order number as OrderNumber makes
// them: a real date and a sequence number from 1.
func ValidOrderNumber(s string) bool {
	if len(s) < 11 || s[0] != 'R' || !digits(s[1:]) {
		return false
	}
	if _, err := time.Parse("060102", s[1:7]); err != nil {
		return false
	}
	seq, err := strconv.ParseUint(s[7:], 10, 64)
	return err == nil && seq >= 1 && (len(s) == 11 || s[7] != '0')
}
