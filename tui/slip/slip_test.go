package slip

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/config"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// beijing is the station's zone in the tests (no tzdata needed).
var beijing = time.FixedZone("CST", 8*3600)

var station = config.Station{Name: "中关村电脑维修服务站", Phone: "010-62345678"}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

func local(s string) time.Time {
	at, err := time.ParseInLocation("2006-01-02 15:04", s, beijing)
	if err != nil {
		panic(err)
	}
	return at.UTC()
}

// notebook is an in-warranty notebook taken in on a Monday morning,
// promised for Thursday 18:00.
func notebook() repair.Order {
	received := local("2025-03-03 10:15")
	return repair.Order{
		ID:       7,
		Number:   repair.OrderNumber(received.In(beijing), 7),
		Claim:    "K7PM3QXR",
		State:    repair.StateReceived,
		Received: received,
		Counter:  3,
		Engineer: "李明",
		Ticket:   "A007",
		Intake: repair.Intake{
			Phone: "13800138000", Name: "张伟", Kind: repair.Consumer,
			Device: "notebook", Brand: "Lenovo", Model: "ThinkPad X1 Carbon", Serial: "PF2XK9A1",
			Purchased: "2024-09-12", Proof: repair.ProofInvoice, Part: "notebook",
			Fault: "开机后屏幕闪烁,偶尔黑屏", Reproduced: repair.ReproducedYes,
			Accessories:   []string{"adapter", "cord"},
			Condition:     []string{"scratches"},
			ConditionNote: "A 面右上角一道约 2 cm 的划痕",
			BackupRaised:  true, OpenConsent: true,
			Promised: "2025-03-06 18:00",
		},
		Verdict: repair.Verdict{
			Part: "notebook", Covered: true,
			From: day("2024-09-12"), Until: day("2025-09-12"), Days: 172,
		},
		Promised: local("2025-03-06 18:00"),
	}
}

// desktop is out of warranty, with an approved estimate, a loaner, extras
// left with it and the customer's consent to losing data.
func desktop() repair.Order {
	received := local("2025-03-03 14:40")
	return repair.Order{
		ID:       12,
		Number:   repair.OrderNumber(received.In(beijing), 12),
		Claim:    "HT4WN8EV",
		State:    repair.StateReceived,
		Received: received,
		Counter:  2,
		Engineer: "赵敏",
		Ticket:   "A015",
		Intake: repair.Intake{
			Phone: "13912345678", Name: "王芳", Kind: repair.Consumer,
			Device: "desktop", Brand: "Dell", Model: "OptiPlex 7080", Serial: "8J2K3L4",
			Purchased: "2021-05-20", Proof: repair.ProofInvoice, Part: "main",
			Fault:        "按电源键无反应,电源指示灯不亮,机箱内有焦糊味;前一天雷雨后出现",
			Reproduced:   repair.ReproducedYes,
			Accessories:  []string{"cord"},
			Extras:       "U 盘一个(插在前置 USB 口)",
			ExtrasLeft:   true,
			Condition:    []string{"scratches", "dents"},
			BackupRaised: true, DataRisk: true, DataLossConsent: true,
			PasswordAtCounter: true, OpenConsent: true,
			Estimate:         "电源 额定300W 280\n主板检测 0",
			Fee:              "50",
			EstimateApproved: true,
			Promised:         "2025-03-07 17:00",
			LoanerOffered:    true, LoanerAccepted: true, Loaner: "备机 D-02 联想启天 M437",
		},
		Verdict: repair.Verdict{
			Part: "main", Covered: false, Reason: repair.ReasonExpired,
			From: day("2021-05-20"), Until: day("2024-05-20"), Days: 1383,
		},
		Promised: local("2025-03-07 17:00"),
		Estimate: []repair.Line{{Part: "电源 额定300W", Price: 28000}, {Part: "主板检测", Price: 0}},
		Fee:      5000,
	}
}

// check fails when a line of the slip is wider than w cells, or the slip
// holds anything a printer would act on.
func check(t *testing.T, s string, w int) {
	t.Helper()
	if !strings.HasSuffix(s, "\n") {
		t.Errorf("slip does not end in a newline")
	}
	if ansi.Strip(s) != s {
		t.Errorf("slip holds escape sequences: %q", s)
	}
	for i, l := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells, slip %d: %q", i+1, lw, w, l)
		}
		if l != strings.TrimRight(l, " ") {
			t.Errorf("line %d ends in spaces: %q", i+1, l)
		}
		for _, r := range l {
			if r < 0x20 || r == 0x7f || unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
				t.Errorf("line %d holds control character %U: %q", i+1, r, l)
				break
			}
		}
	}
}

func TestGolden(t *testing.T) {
	cfg := repair.DefaultConfig()
	cases := []struct {
		name  string
		order repair.Order
		lang  string
		width int
	}{
		{"notebook_zh_80", notebook(), "zh", 80},
		{"notebook_zh_32", notebook(), "zh", 32},
		{"notebook_en_80", notebook(), "en", 80},
		{"notebook_en_32", notebook(), "en", 32},
		{"desktop_zh_32", desktop(), "zh", 32},
		{"desktop_en_80", desktop(), "en", 80},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Render(c.order, cfg, station, i18n.New(c.lang), c.width, beijing)
			check(t, s, c.width)
			golden.RequireEqual(t, s)
		})
	}
}

// TestContent: what I7–I13 require is on the slip, in words the customer
// reads, and the slip never shows what pickup checks.
func TestContent(t *testing.T) {
	cfg := repair.DefaultConfig()
	zh := Render(notebook(), cfg, station, i18n.New("zh"), 80, beijing)
	for _, want := range []string{
		"中关村电脑维修服务站", "取机凭证", "R2503030007", "K7PM-3QXR", "请妥善保管",
		"2025-03-03 周一 10:15", "2025-03-06 周四 18:00", "张伟", "138********", "A007",
		"笔记本", "Lenovo", "ThinkPad X1 Carbon", "PF2XK9A1", "保修期内,至 2025-09-12",
		"电源适配器、电源线", "缺:电池、电脑包", "划痕", "约 2 cm", "开机后屏幕闪烁,偶尔黑屏",
		"已复现", "备份", "后四位", "010-62345678", "李明(3 号台)", "客户签字",
	} {
		if !strings.Contains(zh, want) {
			t.Errorf("zh slip lacks %q", want)
		}
	}
	for _, never := range []string{"8000", "13800138000", "留机", "备机", "维修报价", "同意维修"} {
		if strings.Contains(zh, never) {
			t.Errorf("zh slip shows %q", never)
		}
	}

	en := Render(desktop(), cfg, station, i18n.New("en"), 80, beijing)
	en = strings.Join(strings.Fields(en), " ") // sentences run on across lines
	for _, want := range []string{
		"CLAIM SLIP", "Desktop", "Out of warranty: paid service Warranty ended 2024-05-20",
		"Power cord", "Missing: Keyboard, Mouse", "U 盘一个(插在前置 USB 口) left with the device", "Scratches, Dents",
		"280.00", "50.00", "330.00", "Dell", "OptiPlex 7080", "8J2K3L4", "You approved this estimate.", "3 months' warranty",
		"备机 D-02 联想启天 M437 please return it when you collect", "and agreed to it", "password",
		"last 4 digits", "赵敏 (counter 2)", "Customer signature",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("en slip lacks %q", want)
		}
	}
}

func TestWarrantyLines(t *testing.T) {
	cfg := repair.DefaultConfig()
	t.Run("sanbao", func(t *testing.T) {
		o := notebook()
		o.Verdict.SanBao, o.Verdict.Days = repair.SanBaoReturn, 3
		s := Render(o, cfg, station, i18n.New("zh"), 80, beijing)
		if want := fmt.Sprintf("三包:售出 %d 天内可退货、换货或修理", cfg.ReturnDays); !strings.Contains(s, want) {
			t.Errorf("slip lacks %q:\n%s", want, s)
		}
	})
	for _, c := range []struct {
		v    repair.Verdict
		ex   repair.Exclusion
		want string
	}{
		{repair.Verdict{Reason: repair.ReasonNoPart}, "", "Decided after diagnosis"},
		{repair.Verdict{Reason: repair.ReasonNoProof}, "", "No proof of purchase: paid service"},
		{repair.Verdict{Reason: repair.ReasonExcluded}, repair.ExclusionDamage, "Not covered (damage by use): paid service"},
		{repair.Verdict{Reason: repair.ReasonExcluded}, "", "Out of warranty: paid service"},
		{repair.Verdict{Covered: true}, "", "In warranty"},
	} {
		o := notebook()
		o.Verdict, o.Intake.Exclusion = c.v, c.ex
		if s := Render(o, cfg, station, i18n.New("en"), 80, beijing); !strings.Contains(s, c.want) {
			t.Errorf("%+v: slip lacks %q", c.v, c.want)
		}
	}
}

func TestWidthClamped(t *testing.T) {
	cfg := repair.DefaultConfig()
	for in, want := range map[int]int{-5: 32, 0: 32, 20: 32, 33: 33, 58: 58, 80: 80, 132: 80} {
		s := Render(desktop(), cfg, station, i18n.New("zh"), in, beijing)
		check(t, s, want)
		if rule := strings.Repeat("=", want); !strings.Contains(s, rule+"\n") || strings.Contains(s, rule+"=") {
			t.Errorf("width %d: rules are not %d wide", in, want)
		}
	}
}

// hostile strings: escape sequences, controls, bidi overrides, long words,
// long Chinese runs, wide and zero-width characters.
var pool = []string{
	"张", "伟", "屏", "幕", "闪", "烁", ",", "。", "、", "(", ")", "「", "」", "…", "%",
	"a", "b", "Z", "0", "9", "-", "_", ".", ",", "(", ")", " ", "  ", "\t", "\n", "\r",
	"\x1b[31m", "\x1b]8;;http://x\x07", "\x1b[2J", "\x1bP1;2|x\x1b\\", "\x07", "\x00", "\x7f", "\u009b2J",
	"\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\ufffd", "e\u0301", "\u0301", "🇨🇳", "👩‍💻", "😀",
	"ｆｕｌｌ", "한", "カ", "ThinkPad", "Supercalifragilisticexpialidocious0123456789",
	"██", "─", "│", "¥", "￥",
}

func hostile(r *rand.Rand, n int) string {
	var b strings.Builder
	for range r.IntN(n) {
		b.WriteString(pool[r.IntN(len(pool))])
	}
	return b.String()
}

// TestNoLineTooWide: whatever the customer, the database or the
// configuration says, no line of the slip is wider than the slip, and
// nothing on it is an escape sequence or a control character.
func TestNoLineTooWide(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 80))
	widths := []int{0, 1, 31, 32, 33, 40, 47, 58, 79, 80, 81, 200}
	for i := range 400 {
		cfg := repair.DefaultConfig()
		o := desktop()
		if i%2 == 0 {
			o = notebook()
		}
		h := func() string { return hostile(r, 40) }
		in := &o.Intake
		o.Number, o.Claim, o.Engineer, o.Ticket = h(), h(), h(), h()
		in.Name, in.Phone, in.Company, in.Dealer = h(), h(), h(), h()
		in.Brand, in.Model, in.Serial, in.Fault = h(), h(), h(), hostile(r, 200)
		in.Extras, in.ConditionNote, in.Loaner = h(), hostile(r, 200), h()
		in.Accessories = append(in.Accessories, h())
		in.Condition = append(in.Condition, h())
		in.ByDealer, in.Kind = i%3 == 0, repair.Business
		in.LoanerOffered, in.LoanerAccepted = true, i%5 != 0
		o.Estimate = append(o.Estimate, repair.Line{Part: hostile(r, 120), Price: repair.Money(r.Int64N(int64(repair.MaxMoney)))})
		o.Fee = repair.Money(r.Int64N(int64(repair.MaxMoney)))
		if i%7 == 0 {
			in.Device = h() // a kind the configuration does not know
		}
		cfg.Devices[0].Item.ZH, cfg.Devices[0].Item.EN = h(), h()
		cfg.Devices[0].Accessories[2].ZH = h()
		cfg.Devices[1].Accessories[1].EN = h()
		st := config.Station{Name: hostile(r, 120), Phone: h()}
		for _, lang := range []string{"zh", "en"} {
			w := widths[r.IntN(len(widths))]
			s := Render(o, cfg, st, i18n.New(lang), w, beijing)
			check(t, s, min(max(w, Narrow), Wide))
			if t.Failed() {
				t.Fatalf("case %d, %s at %d:\n%s", i, lang, w, s)
			}
		}
	}
}

// TestWrapKeepsText: wrapping only adds line breaks and collapses spaces;
// no character is lost or split.
func TestWrapKeepsText(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		s := strings.Join(strings.Fields(common.Inert(hostile(r, 60))), " ")
		w := 2 + r.IntN(30)
		lines := common.Wrap(s, w)
		for _, l := range lines {
			if ansi.StringWidth(l) > w {
				t.Fatalf("common.Wrap(%q, %d): line %q is %d wide", s, w, l, ansi.StringWidth(l))
			}
		}
		strip := func(s string) string { return strings.ReplaceAll(s, " ", "") }
		if strip(strings.Join(lines, "")) != strip(s) {
			t.Fatalf("common.Wrap(%q, %d) = %q lost text", s, w, lines)
		}
	}
}

func TestMaskPhone(t *testing.T) {
	for in, want := range map[string]string{
		"13800138000":   "138********",
		"138 0013 8000": "138 **** ****",
		"010-62345678":  "010-********",
		"+86 138001380": "+86 1********",
		"62345678":      "623*****",
		"1234567":       "123****",
		"12345":         "1****",
		"1234":          "****",
		"":              "",
	} {
		if got := MaskPhone(in); got != want {
			t.Errorf("MaskPhone(%q) = %q, want %q", in, got, want)
		}
	}
	if got := MaskPhone("13800138000 ext 12"); strings.Contains(got, "8000") || !strings.HasPrefix(got, "138*") {
		t.Errorf("MaskPhone with extension = %q", got)
	}
}

// TestLongTexts: long Chinese and English text is wrapped under its label
// at both printer widths, nothing lost.
func TestLongTexts(t *testing.T) {
	cfg := repair.DefaultConfig()
	zhFault := strings.Repeat("开机后屏幕闪烁,偶尔黑屏;外接显示器正常,怀疑屏线或液晶屏故障。", 6)
	enFault := strings.Repeat("The screen flickers after power-on and sometimes goes black; an external monitor works fine. ", 6)
	for _, fault := range []string{zhFault, enFault, zhFault + enFault} {
		for _, lang := range []string{"zh", "en"} {
			for _, w := range []int{32, 80} {
				o := desktop()
				o.Intake.Fault, o.Intake.ConditionNote = fault, fault
				o.Intake.Name = strings.Repeat("欧阳", 30)
				o.Intake.Model = strings.Repeat("ThinkCentreM920xTower", 5)
				s := Render(o, cfg, station, i18n.New(lang), w, beijing)
				check(t, s, w)
				flat := strings.Join(strings.Fields(s), "")
				if want := strings.Join(strings.Fields(fault), ""); !strings.Contains(flat, want) {
					t.Errorf("%s at %d: the fault is not all on the slip", lang, w)
				}
			}
		}
	}
}
