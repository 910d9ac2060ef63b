package common

import "unicode"

// Quote marks s as words to say aloud, in the quotation marks of its own
// language: 「…」 around Chinese, “…” around English. A script is in the
// language the customer is spoken to in, which is not always the screen's:
// the desk in English still shows the standard scripts in Chinese.
func Quote(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return "「" + s + "」"
		}
	}
	return "“" + s + "”"
}
