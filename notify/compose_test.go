package notify

import (
	"reflect"
	"testing"
	"time"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
)

// aLife is anOrder through diagnosis, an estimate, a delay call, the
// repair, ready, a return visit that did not reach the customer and one
// that did.
func aLife() repair.Order {
	o := anOrder()
	o.History = []repair.Step{
		step(10, repair.StateDiagnosing),
		step(60, repair.StateWaitApproval),
		{At: now.Add(2 * time.Hour).UTC(), Who: "李工", Kind: repair.StepContact, Contact: repair.ContactDelay, Reached: true, Text: "主板需返厂维修"},
		{At: now.Add(3 * time.Hour).UTC(), Who: "李工", Kind: repair.StepContact, Contact: repair.ContactProgress, Reached: true, Text: "在修"},
		step(240, repair.StateRepairing),
		step(300, repair.StateReady),
		{At: now.Add(72 * time.Hour).UTC(), Who: "王前台", Kind: repair.StepVisit, Text: "0"},
		{At: now.Add(73 * time.Hour).UTC(), Who: "王前台", Kind: repair.StepVisit, Reached: true, Text: "5 很满意"},
	}
	return o
}

// TestC4_AnOrdersStepsSendTheirMessages: the estimate on waiting for
// approval (the fee and the lines summed, the parts listed), the delay on
// a delay call (its reason), ready on the step to ready, the thanks on a
// return visit that reached the customer; nothing else. Each is pending
// from the step's time, keyed by the order, the moment and the step.
func TestC4_AnOrdersStepsSendTheirMessages(t *testing.T) {
	o := aLife()
	msgs, err := on().ForOrder(station, o, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		m    Moment
		step int
		text string
	}{
		{Estimate, 1, "【同创电脑维修站】张三您好,您的联想 ThinkPad X1(维修单R2612070001)检测完毕,维修需主板、电池,费用合计550.50元。请致电010-62345678告知是否维修。"},
		{Delay, 2, "【同创电脑维修站】张三您好,非常抱歉,您的联想 ThinkPad X1(维修单R2612070001)无法在原定的12月8日17:00前修好,原因:主板需返厂维修。我们会尽快处理并及时告知进展,咨询电话010-62345678。"},
		{Ready, 5, "【同创电脑维修站】张三您好,您送修的联想 ThinkPad X1(维修单R2612070001)已修好,请携带取机凭条到服务站取机。咨询电话010-62345678。"},
		{Thanks, 7, "【同创电脑维修站】张三您好,感谢您接受回访(维修单R2612070001),您的意见我们已记录。如有问题请拨打010-62345678。"},
	}
	if len(msgs) != len(want) {
		t.Fatalf("%d messages, want %d: %+v", len(msgs), len(want), msgs)
	}
	for i, w := range want {
		at := o.History[w.step].At
		wm := Message{Key: Key(o.Number, w.m, w.step), Moment: w.m, Order: o.Number, Phone: "138 1234 5678",
			Lang: "zh", Text: w.text, Created: at, State: Pending, Next: at}
		if !reflect.DeepEqual(msgs[i], wm) {
			t.Errorf("message %d:\n got %+v\nwant %+v", i, msgs[i], wm)
		}
	}
	if msgs[2].Key != "R2612070001/ready/5" || msgs[2].Subject() != o.Number {
		t.Errorf("key %q, subject %q", msgs[2].Key, msgs[2].Subject())
	}

	// From a step on, only the later ones: the store asks for what a change added.
	later, err := on().ForOrder(station, o, 5)
	if err != nil || len(later) != 2 || later[0].Moment != Ready || later[1].Moment != Thanks {
		t.Errorf("from step 5: %+v %v", later, err)
	}
	again, _ := on().ForOrder(station, o, 0)
	if !reflect.DeepEqual(again, msgs) {
		t.Error("the same order gives other messages a second time")
	}
}

// TestC4_EveryStepItsOwnKey: an order ready twice (back from a failed
// inspection) sends twice, under two keys; English says it in English.
func TestC4_EveryStepItsOwnKey(t *testing.T) {
	o := anOrder()
	o.History = []repair.Step{step(10, repair.StateReady), step(20, repair.StateRepairing), step(30, repair.StateReady)}
	c := on()
	c.Lang = "en"
	msgs, err := c.ForOrder(station, o, 0)
	if err != nil || len(msgs) != 2 {
		t.Fatalf("%+v %v", msgs, err)
	}
	if msgs[0].Key != "R2612070001/ready/0" || msgs[1].Key != "R2612070001/ready/2" {
		t.Errorf("keys %q %q", msgs[0].Key, msgs[1].Key)
	}
	if want := "[同创电脑维修站] Dear 张三, your 联想 ThinkPad X1 (order R2612070001) is ready. Please bring your claim slip to pick it up. Questions: 010-62345678."; msgs[0].Text != want || msgs[0].Lang != "en" {
		t.Errorf("en: %q", msgs[0].Text)
	}
	o.History = []repair.Step{step(10, repair.StateWaitApproval), {At: now, Kind: repair.StepContact, Contact: repair.ContactDelay, Text: "waiting for the board"}}
	msgs, _ = c.ForOrder(station, o, 0)
	if len(msgs) != 2 || msgs[0].Text != "[同创电脑维修站] Dear 张三, your 联想 ThinkPad X1 (order R2612070001) has been checked: it needs 主板, 电池, 550.50 yuan in all. Please call 010-62345678 to say whether to repair it." ||
		msgs[1].Text != "[同创电脑维修站] Dear 张三, we are sorry: your 联想 ThinkPad X1 (order R2612070001) will not be ready by Dec 8 17:00. Reason: waiting for the board. We will keep you informed. Questions: 010-62345678." {
		t.Errorf("en: %+v", msgs)
	}
}

// TestC4_NoMessageWhenNotToSend: a customer who said no to texts, a
// station without a gateway and a moment turned off send nothing.
func TestC4_NoMessageWhenNotToSend(t *testing.T) {
	o := aLife()
	o.Intake.NoTexts = true
	if msgs, err := on().ForOrder(station, o, 0); msgs != nil || err != nil {
		t.Errorf("no texts at intake: %+v %v", msgs, err)
	}
	o.Intake.NoTexts = false
	if c := Default(); c.On() {
		t.Error("the default station has a gateway")
	} else if msgs, err := c.ForOrder(station, o, 0); msgs != nil || err != nil {
		t.Errorf("no gateway: %+v %v", msgs, err)
	}
	c := on()
	c.Moments[Ready] = Template{Send: false, Zh: c.Moments[Ready].Zh, En: c.Moments[Ready].En}
	msgs, err := c.ForOrder(station, o, 0)
	if err != nil || len(msgs) != 3 {
		t.Fatalf("ready off: %+v %v", msgs, err)
	}
	for _, m := range msgs {
		if m.Moment == Ready {
			t.Error("ready sent though off")
		}
	}
	if _, ok, _ := Default().ForTurn(station, queue.Ticket{Day: "2026-12-07", Number: "A012"}, 3, "13800138000", now); ok {
		t.Error("a turn without a gateway")
	}
}

// TestC4_ALandlineIsCalledInstead: a phone that cannot take a text gives
// the message failed at once, to call by hand, its number masked.
func TestC4_ALandlineIsCalledInstead(t *testing.T) {
	o := aLife()
	o.Intake.Phone = "010-62345678"
	msgs, err := on().ForOrder(station, o, 5)
	if err != nil || len(msgs) != 2 {
		t.Fatalf("%+v %v", msgs, err)
	}
	m := msgs[0]
	if m.State != Failed || m.Failure != FailNotMobile || m.Phone != "010-********" || !m.Next.IsZero() || !m.ToCall() || !m.Done() {
		t.Errorf("landline: %+v", m)
	}
	if m.Text == "" || m.Key != "R2612070001/ready/5" {
		t.Errorf("the text to read out on the call: %q %q", m.Text, m.Key)
	}
}

// TestC4_ForTurn: the turn message names the ticket of its day, is keyed
// by it and expires with the wait.
func TestC4_ForTurn(t *testing.T) {
	tk := queue.Ticket{Day: "2026-12-07", Type: "A", Number: "A012", Seq: 12}
	m, ok, err := on().ForTurn(station, tk, 3, "+86 138 0013 8000", now)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	want := Message{Key: "2026-12-07 A012/turn/0", Moment: Turn, Ticket: "2026-12-07 A012", Phone: "+86 138 0013 8000", Lang: "zh",
		Text: "【同创电脑维修站】您的排队号A012前面还有3位,请回到服务大厅留意叫号。", Created: now, State: Pending, Next: now,
		Expires: now.Add(TurnLife)}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("\n got %+v\nwant %+v", m, want)
	}
	if m.Subject() != "2026-12-07 A012" {
		t.Errorf("subject %q", m.Subject())
	}
}

// TestS11_DefaultTextsAreOnsites: the texts before and after a visit, with
// the default templates, are word for word onsite's (S11).
func TestS11_DefaultTextsAreOnsites(t *testing.T) {
	monday := func(h, m int) time.Time { return time.Date(2026, 12, 7, h, m, 0, 0, shanghai) }
	r, ps := onsite.Check(onsite.Request{
		Received: monday(9, 50), Answered: monday(9, 52),
		Customer: onsite.Customer{Name: "王经理", Company: "华联商贸有限公司", Position: "行政经理",
			Phone: "138 1234 5678", Address: "朝阳区建国路 88 号 12 层"},
		Device: onsite.Device{Kind: "notebook", Model: "ThinkPad T14", Serial: "pf2abc12"},
		Fault:  "开机黑屏",
	}, now)
	if !ps.OK() {
		t.Fatal(ps)
	}
	r.Number = "S2612070003"
	if err := onsite.Schedule(&r, "李工", monday(14, 0), monday(15, 0), nil, onsite.DefaultConfig(), shanghai, "王前台", now); err != nil {
		t.Fatal(err)
	}
	before, err := on().ForRequest(station, r, 0)
	if err != nil || len(before) != 1 {
		t.Fatalf("before: %+v %v", before, err)
	}
	text, err := onsite.BeforeVisit(r, station.Brand, station.Phone, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	if m := before[0]; m.Text != text.Text || m.Moment != VisitBefore || m.Request != r.Number || m.Key != "S2612070003/visit_before/0" || m.Phone != "13812345678" {
		t.Errorf("before:\n got %+v\nwant %q", m, text.Text)
	}
	n := len(r.History)
	for _, s := range []struct {
		field string
		at    time.Time
	}{{onsite.FieldArrived, monday(14, 5)}, {onsite.FieldStarted, monday(14, 10)}, {onsite.FieldFixed, monday(14, 40)}, {onsite.FieldDeparted, monday(14, 50)}} {
		if err := onsite.Stamp(&r, s.field, s.at, "李工", monday(15, 0)); err != nil {
			t.Fatalf("%s: %v", s.field, err)
		}
	}
	after, err := on().ForRequest(station, r, n)
	if err != nil || len(after) != 1 {
		t.Fatalf("after: %+v %v", after, err)
	}
	text, err = onsite.AfterVisit(r, station.Brand, station.Phone)
	if err != nil {
		t.Fatal(err)
	}
	if m := after[0]; m.Text != text.Text || m.Moment != VisitAfter || m.Key != Key(r.Number, VisitAfter, len(r.History)-1) {
		t.Errorf("after:\n got %+v\nwant %q", m, text.Text)
	}
}
