package report_test

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/report"
)

// TestC2_TheCustomersAnalysisOnTheDesk: c on the report screen asks for a
// company, enter shows its service analysis over the period shown (the
// quarter here), the period keys move it, and esc goes back to the
// station's report before it leaves the screen.
func TestC2_TheCustomersAnalysisOnTheDesk(t *testing.T) {
	m := open(t, "zh", 80, 24)
	m = press(t, m, "v") // the quarter
	m = press(t, m, "c")
	for _, r := range "同创科技有限公司" {
		m = press(t, m, string(r))
	}
	if v := plain(m); !strings.Contains(v, "客户单位: 同创科技有限公司") {
		t.Fatalf("the name is not being typed:\n%s", v)
	}
	m = press(t, m, "enter")
	v := plain(m)
	if !strings.Contains(v, "客户服务分析 · 同创科技有限公司") || !strings.Contains(v, "2026 年第 4 季度") && !strings.Contains(v, "2026-10-01") {
		t.Fatalf("no analysis of the company's quarter:\n%s", v)
	}
	if !strings.Contains(v, "送修") || strings.Contains(v, "没有送修或上门服务") {
		t.Errorf("the company's services are not counted:\n%s", v)
	}
	checkFits(t, m.View(), 80, 24)
	m = press(t, m, "esc")
	if v := plain(m); strings.Contains(v, "客户服务分析") || !strings.Contains(v, "常见故障机型") {
		t.Errorf("esc did not go back to the station's report:\n%s", v)
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if cmd == nil || !reflect.DeepEqual(cmd(), report.BackMsg{}) {
		t.Error("a second esc does not leave the screen")
	}
}
