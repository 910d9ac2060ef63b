package slip

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/internal/fileperm"
	"frontdesk/onsite"
	"frontdesk/repair"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip/escpos/escpostest"
)

// fixedOnSite is a business customer's notebook fixed on site: every time
// stamped, a paid visit with its fee, a part drawn, the check done with
// the wireless failing (so the request is still on site).
func fixedOnSite() onsite.Request {
	return onsite.Request{
		ID: 4, Number: "S2503030004", State: onsite.StateOnSite,
		Received: local("2025-03-03 09:20"),
		Customer: onsite.Customer{
			Kind: repair.Business, Name: "李娜", Company: "北京华信科技有限公司", Position: "行政主管",
			Phone: "13800138000", Landline: "010-82345678",
			Address: "北京市海淀区中关村大街 1 号 B 座 1203 室",
		},
		Device: onsite.Device{Kind: "notebook", Model: "ThinkPad T14", Serial: "PF3ABC12"},
		Fault:  "开机蓝屏,无法进入系统",
		Paid:   &onsite.Paid{Fee: 15000, Reason: onsite.PaidWarranty, Accepted: true},
		Visit:  onsite.Visit{Engineer: "张工", Start: local("2025-03-03 10:30"), End: local("2025-03-03 12:00")},
		Parts:  []onsite.Part{{Name: "内存 8GB DDR4", InStock: true, Drawn: local("2025-03-03 10:05")}},
		Record: onsite.Record{
			Arrived: local("2025-03-03 10:42"), Started: local("2025-03-03 10:48"),
			Fixed: local("2025-03-03 11:36"), Departed: local("2025-03-03 11:55"),
			Found: "内存条接触不良,其中一根损坏",
			Done:  "清洁内存金手指,更换损坏的内存条一根;开机自检通过,系统正常进入",
			Fee:   15000, FeeSet: true, Signer: "李娜",
		},
		Check: []onsite.Checked{
			{Item: "fault_gone", OK: true}, {Item: "boots", OK: true}, {Item: "display", OK: true},
			{Item: "keyboard", OK: true}, {Item: "touchpad", OK: true}, {Item: "ports", OK: true},
			{Item: "network", Note: "无线网卡偶尔掉线,与本次故障无关"},
			{Item: "audio", OK: true}, {Item: "camera", OK: true}, {Item: "charging", OK: true},
			{Item: "appearance", NA: true}, {Item: "accessories", NA: true}, {Item: "data", OK: true},
		},
	}
}

// escalated is a consumer's desktop that could not be fixed on site: taken
// in as order R2503030012, the fix and the departure not stamped yet, no
// fee, nothing written of the work, no check.
func escalated() onsite.Request {
	return onsite.Request{
		ID: 9, Number: "S2503030009", State: onsite.StateEscalated,
		Received: local("2025-03-03 13:05"),
		Customer: onsite.Customer{
			Kind: repair.Consumer, Name: "王芳", Phone: "13912345678",
			Address: "北京市朝阳区望京西园三区 311 楼 2 单元 502",
		},
		Device: onsite.Device{Kind: "desktop", Model: "OptiPlex 7080", Serial: "8J2K3L4"},
		Fault:  "按电源键无反应",
		Visit:  onsite.Visit{Engineer: "赵敏", Start: local("2025-03-03 15:00"), End: local("2025-03-03 16:00")},
		Record: onsite.Record{
			Arrived: local("2025-03-03 15:10"), Started: local("2025-03-03 15:14"),
			Found: "电源损坏,现场无备件",
		},
		Order: "R2503030012",
	}
}

func TestRecordGolden(t *testing.T) {
	cfg := repair.DefaultConfig()
	for _, c := range []struct {
		name string
		r    onsite.Request
	}{{"fixed", fixedOnSite()}, {"escalated", escalated()}} {
		for _, lang := range []string{"zh", "en"} {
			for _, w := range []int{80, 32} {
				t.Run(c.name+"_"+lang+"_"+map[int]string{80: "80", 32: "32"}[w], func(t *testing.T) {
					s := RenderRecord(c.r, cfg, station, i18n.New(lang), w, beijing)
					check(t, s, w)
					golden.RequireEqual(t, s)
				})
			}
		}
	}
}

// copies splits a rendered record at its cut line.
func copies(t *testing.T, s string) (station, customer string) {
	t.Helper()
	lines := strings.Split(s, "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "- - ") })
	if i < 0 {
		t.Fatalf("no cut line in\n%s", s)
	}
	return strings.Join(lines[:i], "\n"), strings.Join(lines[i+1:], "\n")
}

// TestRecordCustomerCopyMasksThePhone: the station's copy shows the phones
// whole, the customer's copy as the claim slip does.
func TestRecordCustomerCopyMasksThePhone(t *testing.T) {
	r := fixedOnSite()
	for _, lang := range []string{"zh", "en"} {
		st, cu := copies(t, RenderRecord(r, repair.DefaultConfig(), station, i18n.New(lang), 80, beijing))
		for _, p := range []string{r.Customer.Phone, r.Customer.Landline} {
			if !strings.Contains(st, p) {
				t.Errorf("%s: the station's copy lacks %s", lang, p)
			}
			if strings.Contains(cu, p) || !strings.Contains(cu, MaskPhone(p)) {
				t.Errorf("%s: the customer's copy shows %s unmasked or not at all", lang, p)
			}
		}
		if want := i18n.New(lang).T("record.copy.station"); !strings.Contains(st, want) || strings.Contains(cu, want) {
			t.Errorf("%s: %q not on the station's copy alone", lang, want)
		}
		if want := i18n.New(lang).T("record.copy.customer"); !strings.Contains(cu, want) {
			t.Errorf("%s: the customer's copy is not marked %q", lang, want)
		}
	}
}

// TestRecordContent: S9's fields are on both copies, in the record's words.
func TestRecordContent(t *testing.T) {
	zh := RenderRecord(fixedOnSite(), repair.DefaultConfig(), station, i18n.New("zh"), 80, beijing)
	st, cu := copies(t, zh)
	for _, c := range []string{st, cu} {
		for _, want := range []string{
			"中关村电脑维修服务站", "服务电话 010-62345678", "服务单据", "S2503030004",
			"北京华信科技有限公司", "李娜(行政主管)", "中关村大街 1 号", "ThinkPad T14", "PF3ABC12",
			"开机蓝屏", "2025-03-03 周一 09:20", "2025-03-03 周一 10:42", "2025-03-03 周一 10:48",
			"2025-03-03 周一 11:36", "2025-03-03 周一 11:55", "内存条接触不良", "更换损坏的内存条",
			"内存 8GB DDR4", "150.00 元", "无线网卡偶尔掉线", "工程师签字(张工)", "客户代表签字(李娜)",
			repair.EndOfService,
		} {
			if !strings.Contains(strings.Join(strings.Fields(c), ""), strings.Join(strings.Fields(want), "")) {
				t.Errorf("a copy lacks %q", want)
			}
		}
	}
	esc := RenderRecord(escalated(), repair.DefaultConfig(), station, i18n.New("en"), 80, beijing)
	for _, want := range []string{"order R2503030012", "not fixed on site", "Departed     " + blankTime, "Engineer", "For the customer ___"} {
		if !strings.Contains(esc, want) {
			t.Errorf("the escalated record lacks %q", want)
		}
	}
}

// TestRecordNarrowFits: every line of a 58 mm record is at most 32 cells,
// whatever is typed into the request.
func TestRecordNarrowFits(t *testing.T) {
	long := fixedOnSite()
	long.Customer.Company = strings.Repeat("北京华信科技有限公司", 6)
	long.Customer.Position = "Senior_IT_administrator_of_the_whole_building"
	long.Customer.Address = strings.Repeat("Zhongguancun-Street-", 8)
	long.Record.Signer = strings.Repeat("欧阳", 12)
	long.Visit.Engineer = strings.Repeat("Engineer", 6)
	long.Check[6].Note = strings.Repeat("掉线", 40)
	long.Record.Fee = repair.MaxMoney
	for _, r := range []onsite.Request{fixedOnSite(), escalated(), long, {Number: "S1"}} {
		for _, lang := range []string{"zh", "en"} {
			for _, w := range []int{Narrow, 0, 48} {
				s := RenderRecord(r, repair.DefaultConfig(), station, i18n.New(lang), w, beijing)
				for i, l := range strings.Split(s, "\n") {
					if lw := ansi.StringWidth(l); lw > max(w, Narrow) {
						t.Errorf("%s %s at %d: line %d is %d cells: %q", r.Number, lang, w, i+1, lw, l)
					}
				}
				check(t, s, max(w, Narrow))
			}
		}
	}
}

// TestRecordInert: a hostile request's text cannot drive the printer.
func TestRecordInert(t *testing.T) {
	r := fixedOnSite()
	r.Customer.Name = "李娜\x1b[2J\x1b]52;c;cHduZWQ=\a"
	r.Record.Done = "done\r\x1bd\x00"
	r.Number = "S1\x1b@"
	s := RenderRecord(r, repair.DefaultConfig(), station, i18n.New("zh"), 80, beijing)
	check(t, s, 80)
}

// TestRecordESCPOS: each copy the text record's lines, each cut.
func TestRecordESCPOS(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		r, tr := fixedOnSite(), i18n.New(lang)
		cfg := repair.DefaultConfig()
		got := escpostest.Lines(t, RecordESCPOS(r, cfg, station, tr, thermal, beijing))
		st := recordLayout(r, cfg, station, tr, 32, beijing, false).lines
		cu := recordLayout(r, cfg, station, tr, 32, beijing, true).lines
		if want := slices.Concat(st, []string{"[cut]"}, cu, []string{"[cut]"}); !slices.Equal(got, want) {
			t.Errorf("%s: printed\n%s\nwant\n%s", lang, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestWriteRecord: the record is saved under the request's number, for the
// owner only, in a directory for the owner only.
func TestWriteRecord(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "slips")
	path, err := WriteRecord(dir, fileperm.Default(), fixedOnSite(), "record\n")
	ownerOnly(t, dir, "S2503030004.txt", path, err)
	if b, _ := os.ReadFile(path); string(b) != "record\n" {
		t.Errorf("record file = %q", b)
	}
	for _, n := range []string{"", "../..", "/"} {
		if path, err := WriteRecord(dir, fileperm.Default(), onsite.Request{Number: n}, "x"); err == nil {
			t.Errorf("WriteRecord(%q) = %q, want an error", n, path)
		}
	}
	if path, err := WriteRecord(dir, fileperm.Default(), onsite.Request{Number: "../S1"}, "x"); err != nil || filepath.Dir(path) != dir {
		t.Errorf("WriteRecord(../S1) = %q, %v: outside the dir", path, err)
	}
}

// ownerOnly fails unless a paper was written as dir/name, the file for its
// owner only (it holds the customer's phone), in a directory for its owner
// only.
func ownerOnly(t *testing.T, dir, name, path string, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, name); path != want {
		t.Fatalf("written to %q, want %q", path, want)
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || fi.Mode().Perm() != 0o700 {
		t.Fatalf("dir not made for its owner only: %v %v", fi.Mode(), err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file %v %v, want -rw-------", fi.Mode(), err)
	}
}
