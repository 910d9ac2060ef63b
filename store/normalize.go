package store

import (
	"slices"
	"strings"

	"frontdesk/repair"
)

// The forms an order is indexed and looked up by. Saving and looking up go
// through the same functions, so whatever the desk typed finds what was saved.
// The rules themselves are package repair's.

// numberKey is an order number as indexed: upper case, no spaces.
func numberKey(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// claimKey is a claim code as indexed.
func claimKey(s string) string { return clean(repair.NormalizeClaim(s)) }

// phoneKey is a phone number as indexed: its digits, after repair's
// normalisation where the text is a whole phone number, so that a search as
// the desk types ("138 0013", "+86 138") matches the beginning of the key.
func phoneKey(s string) string {
	if n, err := repair.NormalizePhone(s); err == nil {
		return digitsOf(n)
	}
	s = strings.TrimSpace(repair.Fold(s))
	for _, p := range []string{"+86", "0086"} {
		s = strings.TrimPrefix(s, p)
	}
	return digitsOf(s)
}

// phoneTailKey is a phone number's digits backwards, so that a prefix walk
// finds the phones ending in the digits a customer reads out (O6: "the last
// four digits").
func phoneTailKey(s string) string {
	d := []byte(phoneKey(s))
	slices.Reverse(d)
	return string(d)
}

// serialKey is a serial number as indexed: upper case, after repair's
// normalisation where the text is a whole serial.
func serialKey(s string) string {
	if n, err := repair.NormalizeSerial(s); err == nil {
		return n
	}
	return clean(strings.ToUpper(strings.Join(strings.Fields(repair.Fold(s)), "")))
}

// nameKey is a customer's name as indexed: lower case, so that a search for
// "li" finds "Li Lei"; Chinese names are unchanged by it.
func nameKey(s string) string {
	return clean(strings.ToLower(strings.Join(strings.Fields(s), " ")))
}

// sequenceKey is the day's sequence of an order number as OrderNumber
// makes them ("0007" of R2611220007), which the orders of many days share
// (O6: "0001" finds the first order of every day); "" for a number of
// another shape (an import's).
func sequenceKey(number string) string {
	if n := numberKey(number); repair.ValidOrderNumber(n) {
		return n[7:]
	}
	return ""
}

// dealerKey is a dealer's name as indexed and looked up: lower case,
// full-width forms folded and without spaces, as a shop's name is typed
// with or without the spaces between its parts ("中关村电脑城 A 区 12 号",
// "a区12号").
func dealerKey(s string) string {
	return clean(strings.ToLower(strings.Join(strings.Fields(repair.Fold(s)), "")))
}

// dealerKeys are the keys a dealer's name is indexed by: each of its
// suffixes, once, so that a walk by prefix finds any part of it ("电脑城"
// of "中关村电脑城 A 区 12 号").
func dealerKeys(s string) []string {
	k := dealerKey(s)
	var out []string
	for i := range k {
		out = append(out, k[i:])
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// clean drops the byte that ends the value in an index key "value 0x00 id".
func clean(s string) string { return strings.ReplaceAll(s, "\x00", "") }

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
