package wording

import (
	"fmt"
	"testing"
)

// recorder is a testing.TB that keeps what Check reports.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper() {}

// TestWordsCatchWhatTheIssueSaw: the texts the issue found on the screens
// are each caught, and the words around them are not.
func TestWordsCatchWhatTheIssueSaw(t *testing.T) {
	w := StationWords(t)
	for _, c := range []struct {
		lang, text string
		bad        bool
	}{
		{"zh", "✗ [intake.label.save]:按 y 保存", true},
		{"zh", "验机未通过 display: 屏幕左上角有亮点", true},
		{"zh", "fault_gone: 故障复现", true},
		{"zh", "维修结果(O4)", true},
		{"zh", "请客户出示取机凭证(P1)。", true},
		{"en", "Check each item (G1), two rounds (G2)", true},
		{"zh", "购机日期 2006-01-02", true},
		{"zh", "验机未通过 显示: 屏幕左上角有亮点", false},
		{"zh", "惠普 战99 G1  13  无线网络经常断开", false},
		{"zh", "  display              叫号屏(第二个终端)", false},
		{"en", "The display shows the call · P90 5m", false},
		{"zh", "A012 已叫号 · 2026-12-07 09:30", false},
	} {
		r := &recorder{TB: t}
		w.Check(r, "text", c.lang, c.text)
		if got := len(r.errs) > 0; got != c.bad {
			t.Errorf("%s %q: caught %v, want %v (%v)", c.lang, c.text, got, c.bad, r.errs)
		}
	}
}
