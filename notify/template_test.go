package notify

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// Each default template passes Check and says, in zh and en, what its
// moment is for with realistic values.

func TestC4_TemplateTurn(t *testing.T) {
	wantDefaults(t, Turn, common("number", "A012", "ahead", "3", "type", "A"),
		"【同创电脑维修站】您的排队号A012前面还有3位,请回到服务大厅留意叫号。", nil,
		"[同创电脑维修站] Ticket A012: 3 ahead of you. Please come back to the hall and watch for your number.")
}

func TestC4_TemplateReady(t *testing.T) {
	wantDefaults(t, Ready, common("name", "张三", "order", "R2612070001", "device", "联想 ThinkPad X1"),
		"【同创电脑维修站】张三您好,您送修的联想 ThinkPad X1(维修单R2612070001)已修好,请携带取机凭条到服务站取机。咨询电话010-62345678。", nil,
		"[同创电脑维修站] Dear 张三, your 联想 ThinkPad X1 (order R2612070001) is ready. Please bring your claim slip to pick it up. Questions: 010-62345678.")
}

func TestC4_TemplateDelay(t *testing.T) {
	wantDefaults(t, Delay, common("name", "张三", "order", "R2612070001", "device", "联想 ThinkPad X1",
		"promised", "12月8日17:00", "reason", "主板需返厂维修"),
		"【同创电脑维修站】张三您好,非常抱歉,您的联想 ThinkPad X1(维修单R2612070001)无法在原定的12月8日17:00前修好,原因:主板需返厂维修。我们会尽快处理并及时告知进展,咨询电话010-62345678。",
		map[string]string{"promised": "Dec 8 17:00", "reason": "the main board goes back to the factory"},
		"[同创电脑维修站] Dear 张三, we are sorry: your 联想 ThinkPad X1 (order R2612070001) will not be ready by Dec 8 17:00. Reason: the main board goes back to the factory. We will keep you informed. Questions: 010-62345678.")
}

func TestC4_TemplateEstimate(t *testing.T) {
	wantDefaults(t, Estimate, common("name", "张三", "order", "R2612070001", "device", "联想 ThinkPad X1", "fee", "550.50", "items", "主板、电池"),
		"【同创电脑维修站】张三您好,您的联想 ThinkPad X1(维修单R2612070001)检测完毕,维修需主板、电池,费用合计550.50元。请致电010-62345678告知是否维修。",
		map[string]string{"items": "main board, battery"},
		"[同创电脑维修站] Dear 张三, your 联想 ThinkPad X1 (order R2612070001) has been checked: it needs main board, battery, 550.50 yuan in all. Please call 010-62345678 to say whether to repair it.")
}

func TestS11_TemplateVisitBefore(t *testing.T) {
	wantDefaults(t, VisitBefore, common("name", "王经理", "request", "S2612070003", "brand", "联想", "engineer", "李工",
		"time", "12月7日14:00", "phone", "010-62345678"),
		"您好,我是联想服务工程师李工,将于12月7日14:00上门为您服务(服务单S2612070003),如需联系请拨打010-62345678。",
		map[string]string{"time": "Dec 7 14:00"},
		"Hello, I am 李工, 联想 service engineer. I will visit you at Dec 7 14:00 (request S2612070003). To reach us, call 010-62345678.")
}

func TestS11_TemplateVisitAfter(t *testing.T) {
	wantDefaults(t, VisitAfter, common("name", "王经理", "request", "S2612070003", "brand", "联想"),
		"感谢您使用联想上门服务(服务单S2612070003)!今后如有用机问题,请拨打我们的服务热线010-62345678。", nil,
		"Thank you for using 联想 on-site service (request S2612070003)! For any later problem, call our hotline 010-62345678.")
}

func TestC4_TemplateThanks(t *testing.T) {
	wantDefaults(t, Thanks, common("name", "张三", "order", "R2612070001"),
		"【同创电脑维修站】张三您好,感谢您接受回访(维修单R2612070001),您的意见我们已记录。如有问题请拨打010-62345678。", nil,
		"[同创电脑维修站] Dear 张三, thank you for taking our call about order R2612070001; your words are noted. Questions: 010-62345678.")
}

// TestC4_EveryMomentHasItsDefault: no moment is left without a template,
// and the fields of each are the common ones first.
func TestC4_EveryMomentHasItsDefault(t *testing.T) {
	d := DefaultTemplates()
	if len(d) != len(Moments) {
		t.Errorf("%d default templates for %d moments", len(d), len(Moments))
	}
	for _, m := range Moments {
		if tpl, ok := d[m]; !ok || !tpl.Send || !m.Valid() {
			t.Errorf("%s: %+v", m, tpl)
		}
		if f := Fields(m); f[0] != FieldStation || f[1] != FieldHotline || len(f) < 3 {
			t.Errorf("%s fields %v", m, f)
		}
	}
	if Moment("readyy").Valid() {
		t.Error("an unknown moment is valid")
	}
}

// TestC4_CheckRefusesWhatCannotBeFilled: a field the moment does not have
// names itself and what the moment may use; braces must pair; "{{" and
// "}}" are braces themselves; empty and too long are refused.
func TestC4_CheckRefusesWhatCannotBeFilled(t *testing.T) {
	err := Check(Ready, "{name}您好,费用{fee}元")
	var fe *FieldError
	if !errors.As(err, &fe) || !errors.Is(err, ErrUnknownField) || fe.Field != "fee" || fe.Moment != Ready ||
		!slices.Equal(fe.May, []string{"station", "hotline", "name", "order", "device"}) {
		t.Fatalf("unknown field: %#v", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "{fee} in ready") || !strings.Contains(msg, "station, hotline, name, order, device") {
		t.Errorf("message %q", msg)
	}
	if err := Check(Estimate, "{ fee }元"); err != nil {
		t.Errorf("a field with spaces inside its braces: %v", err)
	}
	for _, text := range []string{"{name", "name}", "{na{me}", "您好}{name}", "{{name}", "{name}}"} {
		if err := Check(Ready, text); !errors.Is(err, ErrBrace) {
			t.Errorf("Check(%q) = %v, want ErrBrace", text, err)
		}
	}
	for _, text := range []string{"", "  \n"} {
		if err := Check(Ready, text); !errors.Is(err, ErrEmpty) {
			t.Errorf("Check(%q) = %v, want ErrEmpty", text, err)
		}
	}
	long := strings.Repeat("长", MaxText) + "{name}"
	if err := Check(Ready, long); err != nil {
		t.Errorf("MaxText characters of its own: %v", err)
	}
	if err := Check(Ready, "长"+long); !errors.Is(err, ErrTooLong) {
		t.Errorf("a template that could never be sent: %v", err)
	}
	wantText(t, Ready, "{{name}}是{name}的:{{{order}}}", common("name", "张三", "order", "R2612070001"),
		"{name}是张三的:{R2612070001}")
}

// TestC4_RenderCannotBeInjected: a value's escapes, line breaks and
// control characters become single spaces, so that a customer's note
// cannot make the text something else; a field without a value is empty;
// a text over MaxText is refused, not cut.
func TestC4_RenderCannotBeInjected(t *testing.T) {
	got, err := Render("原因:{reason}。", map[string]string{"reason": "A\x1b[31m\nB\r\n\tC\u2028D\u0085E  F"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "原因:A [31m B C D E F。"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, _ := Render("  {name}您好 ", nil); got != "您好" {
		t.Errorf("without values: %q", got)
	}
	if _, err := Render("{name", nil); !errors.Is(err, ErrBrace) {
		t.Errorf("unbalanced: %v", err)
	}
	fill := strings.Repeat("修", MaxText-2)
	if got, err := Render("原因{reason}", map[string]string{"reason": fill}); err != nil || len([]rune(got)) != MaxText {
		t.Errorf("exactly MaxText: %d characters, %v", len([]rune(got)), err)
	}
	if _, err := Render("原因:{reason}", map[string]string{"reason": fill}); !errors.Is(err, ErrTooLong) {
		t.Errorf("one over MaxText: %v", err)
	}
}
