package queue

import "testing"

func TestSpokenNumberReadsEveryDigitAsAHallDoes(t *testing.T) {
	for _, c := range []struct{ number, lang, want string }{
		{"A012", "zh", "A零一二"},
		{"A012", "en", "A zero one two"},
		{"B100", "zh", "B一零零"},
		{"B100", "en", "B one zero zero"},
		{"VIP7", "zh", "VIP七"},
		{"007", "en", "zero zero seven"},
		{"", "zh", ""},
		{"A", "en", "A"},
	} {
		if got := SpokenNumber(c.number, c.lang); got != c.want {
			t.Errorf("SpokenNumber(%q, %s) = %q, want %q", c.number, c.lang, got, c.want)
		}
	}
}

func TestSpokenCountSaysCountersAsNumbers(t *testing.T) {
	for _, c := range []struct {
		n          int
		lang, want string
	}{
		{0, "zh", "零"}, {2, "zh", "二"}, {3, "zh", "三"}, {10, "zh", "十"}, {12, "zh", "十二"},
		{20, "zh", "二十"}, {21, "zh", "二十一"}, {100, "zh", "一百"}, {105, "zh", "一百零五"},
		{110, "zh", "一百一十"}, {1001, "zh", "一千零一"}, {1010, "zh", "一千零一十"},
		{9999, "zh", "九千九百九十九"}, {10000, "zh", "10000"}, {-1, "zh", "-1"},
		{3, "en", "3"}, {12, "en", "12"},
	} {
		if got := SpokenCount(c.n, c.lang); got != c.want {
			t.Errorf("SpokenCount(%d, %s) = %q, want %q", c.n, c.lang, got, c.want)
		}
	}
}
