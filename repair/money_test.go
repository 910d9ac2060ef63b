package repair

import (
	"errors"
	"strings"
	"testing"
)

func TestI11_MoneyParsing(t *testing.T) {
	tests := []struct {
		in   string
		want Money
		err  error
	}{
		{"1200", 120000, nil},
		{"1200.5", 120050, nil},
		{"1200.50", 120050, nil},
		{"¥1,200.50", 120050, nil},
		{"￥ 350", 35000, nil},
		{"350元", 35000, nil},
		{"１２００", 120000, nil},
		{"0", 0, nil},
		{"0.01", 1, nil},
		{"1,000,000", MaxMoney, nil},
		{"", 0, ErrRequired},
		{"-5", 0, ErrMoney},
		{"1.234", 0, ErrMoney},
		{"1000000.01", 0, ErrMoney},
		{"99999999999999999999", 0, ErrMoney},
		{"12,5", 0, ErrMoney}, // a decimal comma, not 125
		{"1,20", 0, ErrMoney},
		{",100", 0, ErrMoney},
		{"1200.", 0, ErrMoney},
		{".5", 0, ErrMoney},
		{"¥", 0, ErrMoney},
		{"1e3", 0, ErrMoney},
		{"abc", 0, ErrMoney},
		{"12\x1b", 0, ErrControl},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	for m, want := range map[Money]string{0: "0.00", 1: "0.01", 120050: "1200.50", 35000: "350.00", -150: "-1.50"} {
		if got := m.String(); got != want {
			t.Errorf("Money(%d) = %q, want %q", int64(m), got, want)
		}
	}
}

func TestI11_EstimateParsing(t *testing.T) {
	lines, err := ParseEstimate("内存条 8G 350\r\n\n  硬盘　SSD　512G　¥1,200.50  \n屏幕排线 80元\n")
	want := []Line{{"内存条 8G", 35000}, {"硬盘 SSD 512G", 120050}, {"屏幕排线", 8000}}
	if err != nil || len(lines) != len(want) {
		t.Fatalf("ParseEstimate = %+v, %v", lines, err)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Errorf("line %d = %+v, want %+v", i, lines[i], want[i])
		}
	}
	if lines, err := ParseEstimate(" \n\n"); lines != nil || err != nil {
		t.Errorf("blank estimate = %+v, %v", lines, err)
	}
	bad := []struct {
		text string
		line int
		err  error
	}{
		{"内存条 350\n硬盘", 2, ErrMoney},
		{"内存条 350\n\n硬盘 1.234", 3, ErrMoney},
		{"350", 1, ErrRequired},
		{"内存条 -350", 1, ErrMoney},
		{"内存条\x1b[2J 350", 1, ErrControl},
	}
	for _, tt := range bad {
		_, err := ParseEstimate(tt.text)
		var le *LineError
		if !errors.Is(err, ErrEstimateLine) || !errors.Is(err, tt.err) || !errors.As(err, &le) || le.Line != tt.line {
			t.Errorf("ParseEstimate(%q) err = %v, want line %d: %v", tt.text, err, tt.line, tt.err)
		}
	}
}

func TestI11_Total(t *testing.T) {
	lines := []Line{{"内存条", 35000}, {"硬盘", 120050}}
	if got := Total(lines, 5000); got != 160050 || got.String() != "1600.50" {
		t.Errorf("Total = %v", got)
	}
	if got := Total(nil, 0); got != 0 {
		t.Errorf("Total of nothing = %v", got)
	}
	if got := PaidService(Total(lines, 0).String() + "元"); !strings.Contains(got, "具体费用为1550.50元。") {
		t.Errorf("PaidService = %q", got)
	}
}

func TestI11_CheckEstimateAndFee(t *testing.T) {
	o, ps := Check(DefaultConfig(), with(func(in *Intake) {
		in.Estimate, in.Fee, in.EstimateApproved = "主板 800\n", " 50 ", true
	}), now, shanghai)
	wantClean(t, ps)
	if len(o.Estimate) != 1 || o.Estimate[0].Price != 80000 || o.Fee != 5000 || o.Intake.Fee != "50.00" {
		t.Errorf("estimate %+v fee %v (%q)", o.Estimate, o.Fee, o.Intake.Fee)
	}
	ps = problems(with(func(in *Intake) { in.Estimate = "主板 800\n内存 贵" }))
	wantOnly(t, ps, FieldEstimate, ErrEstimateLine)
	var le *LineError
	if !errors.As(ps[0], &le) || le.Line != 2 {
		t.Errorf("the problem does not give line 2: %v", ps[0])
	}
	wantOnly(t, problems(with(func(in *Intake) { in.Fee = "-50" })), FieldFee, ErrMoney)
	wantOnly(t, problems(with(func(in *Intake) { in.EstimateApproved = true })), FieldEstimate, ErrRequired)
	wantClean(t, problems(with(func(in *Intake) { in.Fee, in.EstimateApproved = "50", true })))
	wantOnly(t, problems(with(func(in *Intake) { in.Estimate = strings.Repeat("主板 800\n", 200) })), FieldEstimate, ErrTooLong)
	// In warranty an estimate is allowed (a part the warranty excludes) but not needed.
	wantClean(t, problems(good()))
}
