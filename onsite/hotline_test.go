package onsite

import (
	"strings"
	"testing"
	"time"

	"frontdesk/repair"
)

func aCall(t *testing.T) Call {
	t.Helper()
	c, ps := LogCall(Call{ID: 1, Phone: "010 6234 5678", Topic: " 打印机卡纸 ", Owner: desk, At: at(23, 9, 0)}, now)
	wantClean(t, ps)
	return c
}

func TestH1_LogCall(t *testing.T) {
	c := aCall(t)
	if c.Phone != "010-62345678" || c.Topic != "打印机卡纸" || c.Direction != Inbound || !c.Closed.IsZero() || c.At.Location() != time.UTC {
		t.Errorf("logged %+v", c)
	}
	for _, x := range []struct {
		name  string
		edit  func(*Call)
		field string
		want  error
	}{
		{"no phone", func(c *Call) { c.Phone = "" }, FieldPhone, repair.ErrRequired},
		{"no topic", func(c *Call) { c.Topic = " " }, FieldTopic, repair.ErrRequired},
		{"no owner", func(c *Call) { c.Owner = "" }, FieldOwner, repair.ErrRequired},
		{"an escape in the topic", func(c *Call) { c.Topic = "卡纸\x1b]0;x\x07" }, FieldTopic, repair.ErrControl},
		{"a long topic", func(c *Call) { c.Topic = repeat("卡", MaxTopic+1) }, FieldTopic, repair.ErrTooLong},
		{"a customer's name too long", func(c *Call) { c.Customer = repeat("张", MaxName+1) }, FieldCustomer, repair.ErrTooLong},
		{"a direction", func(c *Call) { c.Direction = "sideways" }, FieldDirection, repair.ErrChoice},
		{"logged handed over", func(c *Call) { c.Result = ResultHandedOff }, FieldResult, repair.ErrChoice},
		{"in the future", func(c *Call) { c.At = now.Add(time.Hour) }, FieldAt, ErrFuture},
	} {
		in := Call{Phone: "13812345678", Topic: "咨询", Owner: desk}
		x.edit(&in)
		_, ps := LogCall(in, now)
		wantOnly(t, ps, x.field, x.want)
	}
	closed, ps := LogCall(Call{Phone: "13812345678", Topic: "保修期", Owner: desk, Result: ResultAnswered}, now)
	wantClean(t, ps)
	if !closed.Closed.Equal(now) {
		t.Error("an answered call stays open")
	}
}

func repeat(s string, n int) string { return strings.Repeat(s, n) }

func TestH1_FirstAnswererOwnsUntilSolvedOrHandedOver(t *testing.T) {
	c := aCall(t)
	other := aCall(t)
	other.ID, other.Owner = 2, "赵前台"
	if got := Owned([]Call{c, other}, desk); len(got) != 1 || got[0].ID != 1 {
		t.Errorf("Owned = %v", got)
	}
	wantErr(t, HandOver(&c, tech, " ", desk, now), repair.ErrRequired)
	wantErr(t, HandOver(&c, " ", "转技术", desk, now), ErrNoOwner)
	wantErr(t, HandOver(&c, desk, "转技术", desk, now), ErrSameOwner)
	wantErr(t, HandOver(&c, tech, "转技术", "赵前台", now), ErrNotOwner)
	if len(c.History) != 0 || c.Owner != desk {
		t.Fatal("a refused hand-over changed the call")
	}
	if err := HandOver(&c, tech, "用户要求工程师回电", desk, now); err != nil {
		t.Fatal(err)
	}
	if c.Owner != tech || c.Result != ResultHandedOff || c.History[0].Owner != tech || c.History[0].Text != "用户要求工程师回电" {
		t.Errorf("handed over: %+v", c)
	}
	if len(Owned([]Call{c}, desk)) != 0 || len(Owned([]Call{c}, tech)) != 1 {
		t.Error("the call is not on its new owner's list")
	}
	wantErr(t, Close(&c, ResultSolved, "", desk, now), ErrNotOwner)
	wantErr(t, Close(&c, ResultOpen, "", tech, now), ErrOpenResult)
	if err := Close(&c, ResultSolved, "已回电", tech, now); err != nil {
		t.Fatal(err)
	}
	if c.Closed.IsZero() || c.Result != ResultSolved || len(Owned([]Call{c}, tech)) != 0 {
		t.Errorf("closed: %+v", c)
	}
	wantErr(t, Close(&c, ResultSolved, "", tech, now), ErrCallClosed)
	wantErr(t, HandOver(&c, desk, "x", tech, now), ErrCallClosed)
}

func TestH2_TheOutboundList(t *testing.T) {
	g := guided(t) // call-back due 12:00
	heads := []repair.Head{
		{Number: "R1", State: repair.StateRepairing, Name: "张三", Phone: "13900000001", Received: at(20, 10, 0), Promised: at(23, 9, 0)},
		{Number: "R2", State: repair.StateReady, Name: "李四", Phone: "13900000002", ReadyAt: at(23, 11, 0)},
		{Number: "R3", State: repair.StatePickedUp, Name: "王五", VisitDue: at(23, 23, 59)},
		{Number: "R4", State: repair.StateRepairing, Promised: at(30, 9, 0), Received: at(23, 9, 0)},
		{Number: "R5", Damaged: true},
	}
	got := ToCall([]Request{g, aRequest(t)}, heads, DefaultConfig(), shanghai, at(23, 12, 30))
	want := []struct {
		purpose Purpose
		number  string
		script  string
	}{
		{PurposeProgress, "R1", repair.DelayApology("")},
		{PurposeReady, "R2", repair.ReadyForPickup},
		{PurposeCallBack, g.Number, AskSolved("联想")},
		{PurposeVisit, "R3", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("ToCall = %+v", got)
	}
	for i, w := range want {
		if got[i].Purpose != w.purpose || got[i].Order+got[i].Request != w.number || got[i].Script != w.script {
			t.Errorf("%d: %+v, want %v", i, got[i], w)
		}
	}
}
