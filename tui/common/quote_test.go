package common

import "testing"

func TestAScriptIsQuotedInItsOwnLanguage(t *testing.T) {
	for s, want := range map[string]string{
		"请您稍等。":                   "「请您稍等。」",
		"Please wait a moment.":   "“Please wait a moment.”",
		"请A012号到3号接待台":            "「请A012号到3号接待台」",
		"Counter 3, ticket A012.": "“Counter 3, ticket A012.”",
	} {
		if got := Quote(s); got != want {
			t.Errorf("Quote(%q) = %q, want %q", s, got, want)
		}
	}
}
