package queue

import (
	"strconv"
	"strings"
)

// The way a Chinese service hall speaks a ticket and a counter (Q3): the
// digits of a ticket number one by one — A012 is "A零一二", never "A十二",
// so that A012 and A12 cannot be heard alike — and a counter as a number,
// 3 as "三" (the script adds 号), 12 as "十二". The English voice reads the
// digits one by one too ("A zero one two"); a counter stays a numeral, which
// every speech program reads as a number.

var zhDigits = [10]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

var enDigits = [10]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// SpokenNumber is a ticket number as it is said in lang ("zh" or "en"):
// letters stay letters, each digit is its word. In English the parts are
// separated by spaces, so that a speech program does not read "A012" as a
// word or as twelve.
func SpokenNumber(number, lang string) string {
	var parts []string
	var b strings.Builder
	for _, r := range number {
		if r < '0' || r > '9' {
			b.WriteRune(r)
			continue
		}
		if lang == "en" {
			if b.Len() > 0 {
				parts = append(parts, b.String())
				b.Reset()
			}
			parts = append(parts, enDigits[r-'0'])
			continue
		}
		b.WriteString(zhDigits[r-'0'])
	}
	if b.Len() > 0 {
		parts = append(parts, b.String())
	}
	return strings.Join(parts, " ")
}

// SpokenCount is a whole number as it is said in lang: in Chinese its
// numeral words up to 9999 (3 "三", 10 "十", 12 "十二", 20 "二十", 105
// "一百零五"; 2 is "二", as halls say "二号"), beyond that and in English
// its digits, which speech programs read as a number.
func SpokenCount(n int, lang string) string {
	if lang == "en" || n < 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return zhDigits[n]
	}
	if n < 20 {
		return "十" + tail(n%10)
	}
	units := [...]struct {
		size int
		word string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	var b strings.Builder
	zero := false // a gap to say as 零 before the next non-zero part
	for _, u := range units {
		d := n / u.size % 10
		switch {
		case d != 0:
			if zero {
				b.WriteString("零")
				zero = false
			}
			b.WriteString(zhDigits[d] + u.word)
		case b.Len() > 0:
			zero = true
		}
	}
	if d := n % 10; d != 0 {
		if zero {
			b.WriteString("零")
		}
		b.WriteString(zhDigits[d])
	}
	return b.String()
}

func tail(d int) string {
	if d == 0 {
		return ""
	}
	return zhDigits[d]
}
