package onsite

import (
	"strings"
	"testing"
)

// The scripts as DOMAIN.md's table "Standard scripts" has them, copied from
// it: XXX stands for the fee or the engineer's name.
const (
	tableAgreeTime     = "今天我会为您提供上门服务,请问您今天什么时候有时间?"
	tablePaidVisit     = "根据现有的问题和相关的保修政策,我们可以为你提供有偿上门服务,具体费用为XXX。"
	tableMobileGiven   = "您留的电话是手机,您现在方便接听吗?您旁边有座机吗?"
	tableEndOfCall     = "谢谢您,再见!"
	tableEngineerCalls = "您好,我是联想服务工程师XXX"
	tablePartNotStock  = "非常抱歉,由于维修您机器所需要的XXX部件现在还未到货…此部件到后我们会立即与您联系"
)

func TestS4_ScriptsWordForWord(t *testing.T) {
	for _, c := range []struct{ name, got, want string }{
		{"agree a visit time", AgreeTime, tableAgreeTime},
		{"a mobile number given", MobileGiven, tableMobileGiven},
		{"end of a call", EndOfCall, tableEndOfCall},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.name, c.got, c.want)
		}
	}
	for _, bad := range NotToSay {
		if strings.Contains(AgreeTime, bad) || !strings.Contains(bad, "今天下午") {
			t.Errorf("NotToSay %q", bad)
		}
	}
	if len(ReadyItems) != 3 || ReadyItems[0].ZH != "装箱单" || ReadyItems[1].ZH != "保修卡" || ReadyItems[2].ZH != "驱动光盘" {
		t.Errorf("ReadyItems = %v", ReadyItems)
	}
	for _, it := range ReadyItems {
		if !strings.Contains(HaveReady, it.ZH) {
			t.Errorf("HaveReady does not name %s", it.ZH)
		}
	}
}

func TestS3_PaidVisitWordForWord(t *testing.T) {
	if got, want := PaidVisit("50.00元"), strings.Replace(tablePaidVisit, "XXX", "50.00元", 1); got != want {
		t.Errorf("PaidVisit = %q, want %q", got, want)
	}
}

func TestS7_EngineerCallsWordForWord(t *testing.T) {
	if got, want := EngineerCalls(DefaultConfig().Brand, "李明"), strings.Replace(tableEngineerCalls, "XXX", "李明", 1); got != want {
		t.Errorf("EngineerCalls = %q, want %q", got, want)
	}
	if got := EngineerCalls("同创", "李明"); got != "您好,我是同创服务工程师李明" {
		t.Errorf("another brand: %q", got)
	}
}

func TestS6_RescheduleApologises(t *testing.T) {
	got := Reschedule("15:00")
	if !strings.HasPrefix(got, "非常抱歉,") || !strings.Contains(got, "15:00") || !strings.HasSuffix(got, "?") {
		t.Errorf("Reschedule = %q", got)
	}
}
