package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontdesk/onsite"
	rpt "frontdesk/report"
	"frontdesk/store"
)

// exportOnsiteStation is exportStation's day with three on-site requests
// and two hotline calls: 华联商贸's visit done on site within S8's 2 hours,
// its fault and its record trying to be formulas, a paid visit accepted;
// 张三's guidance solved at the call-back; 华联商贸's second visit 2½ hours
// after the request (late). An inbound call about the first, its topic a
// formula with a phone in it, and an outbound call still open.
func exportOnsiteStation(t *testing.T) (*store.Store, rpt.Period, []onsite.Request) {
	t.Helper()
	st, p := exportStation(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	open := func(r onsite.Request, change func(r onsite.Request, at time.Time) onsite.Request) onsite.Request {
		t.Helper()
		r, err := st.OpenRequest("小刘", r)
		must(err)
		return changeRequest(t, st, r, change)
	}
	visit := func(after time.Duration) func(r onsite.Request, at time.Time) onsite.Request {
		return func(r onsite.Request, at time.Time) onsite.Request {
			r.Visit = onsite.Visit{Engineer: "张工", Start: at.Add(time.Hour), End: at.Add(2 * time.Hour)}
			r.Record = onsite.Record{Arrived: at.Add(after), Started: at.Add(after + 5*time.Minute),
				Fixed: at.Add(after + 40*time.Minute), Departed: at.Add(after + time.Hour),
				Found: "@硬盘坏道", Done: "更换硬盘,客户另留电话 13800001111", FeeSet: true, Signer: "李四"}
			r.State, r.Closed = onsite.StateDone, at.Add(after+time.Hour)
			return r
		}
	}
	biz := onsite.Request{
		Customer: onsite.Customer{Name: "王经理", Company: "华联商贸有限公司", Position: "行政经理",
			Phone: "13912345678", Address: "北京市海淀区中关村大街 1 号 5 层"},
		Device: onsite.Device{Model: "ThinkPad T14", Serial: "PF2ABC12"},
		Fault:  "=cmd|' /C calc'!A0 开机无显示", Network: true, NetworkAsked: true,
	}
	done := open(biz, func(r onsite.Request, at time.Time) onsite.Request {
		r = visit(90*time.Minute)(r, at)
		r.Paid = &onsite.Paid{Fee: 5000, Reason: "software", Accepted: true}
		return r
	})
	home := onsite.Request{
		Customer: onsite.Customer{Name: "张三", Phone: "13812345678", Address: "上海市浦东新区张江路 88 弄 3 号 401"},
		Device:   onsite.Device{Model: "小新 Pro 14", Serial: "PF3XYZ77"}, Fault: "连不上无线网", NetworkAsked: true,
	}
	guided := open(home, func(r onsite.Request, at time.Time) onsite.Request {
		r.Guidance = &onsite.Guidance{At: at.Add(3 * time.Minute), By: "小刘", Note: "重装无线网卡驱动",
			CallBack: at.Add(2*time.Hour + 3*time.Minute), Called: at.Add(2*time.Hour + 10*time.Minute), Solved: true}
		r.State, r.Closed = onsite.StateSolved, at.Add(2*time.Hour+10*time.Minute)
		return r
	})
	biz.Device.Serial = "PF2ABC13"
	late := open(biz, visit(150*time.Minute))
	_, err := st.LogCall("小刘", onsite.Call{Direction: onsite.Inbound, Phone: "13912345678", Customer: "王经理",
		Request: done.Number, Topic: "+询问进度,请回电 139 1234 5678", Result: onsite.ResultAnswered})
	must(err)
	_, err = st.LogCall("小刘", onsite.Call{Direction: onsite.Outbound, Phone: "13812345678", Customer: "张三", Topic: "回电"})
	must(err)
	return st, p, []onsite.Request{done, guided, late}
}

// changeRequest is r changed by change (given the time it was received)
// and a step of 张工's added to its timeline, as the store wants of a change.
func changeRequest(t *testing.T, st *store.Store, r onsite.Request, change func(r onsite.Request, received time.Time) onsite.Request) onsite.Request {
	t.Helper()
	r, err := st.UpdateRequest("张工", r.ID, func(r onsite.Request, at time.Time) (onsite.Request, error) {
		was := r.State
		r = change(r, r.Received)
		r.History = append(r.History, onsite.Step{At: at, Who: "张工", Kind: "test", From: was, To: r.State})
		return r, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// exportOnsite exports p of st with o in lang into a new directory, with
// the station's on-site limits; it returns the directory and what was said.
func exportOnsite(t *testing.T, st *store.Store, p rpt.Period, lang string, o ExportOptions) (string, *bytes.Buffer) {
	t.Helper()
	o.Dir = t.TempDir()
	e, out := exportEnv(st, lang)
	e.Onsite = onsite.DefaultConfig()
	if err := Export(e, p, o); err != nil {
		t.Fatal(err)
	}
	return o.Dir, out
}

// TestR3_ExportOnsiteCSV: the requests' and the hotline's files, a row per
// request received and per call logged in the period, each column where
// the header says: words beside their codes, times of the station, fees,
// S8's status of each visit (on time, late, none for guidance), text that
// tries to be a formula guarded, files the owner's only.
func TestR3_ExportOnsiteCSV(t *testing.T) {
	st, p, rs := exportOnsiteStation(t)
	dir, out := exportOnsite(t, st, p, "zh", ExportOptions{Format: "csv", Station: tongchuang})
	if !strings.Contains(out.String(), "3 张上门服务单、2 通热线电话") {
		t.Errorf("summary: %s", out)
	}
	for _, f := range files(t, dir) {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v (%v), want -rw-------", f, fi.Mode(), err)
		}
	}
	reqs := readCSV(t, filepath.Join(dir, "requests_SH-001_2025-06-02_2025-06-02.csv"))
	if len(reqs) != 4 {
		t.Fatalf("%d request rows, want 3 and the header: %q", len(reqs)-1, reqs)
	}
	if got := column(t, reqs, "服务单号"); !slices.Equal(got, []string{rs[0].Number, rs[1].Number, rs[2].Number}) {
		t.Errorf("numbers %q", got)
	}
	first := map[string]string{}
	for i, h := range reqs[0] {
		first[h] = reqs[1][i]
	}
	at := rs[0].Received.In(st.Config().Location)
	stamp := func(d time.Duration) string { return at.Add(d).Format(time.DateTime) }
	for h, want := range map[string]string{
		"服务站代码": "SH-001", "状态": "已完成", "状态代码": "done", "报修时间(Asia/Shanghai)": stamp(0),
		"接听人": "小刘", "单位": "华联商贸有限公司", "客户姓名": "王经理", "职务": "行政经理", "电话": "13912345678",
		"地址": "北京市海淀区中关村大街 1 号 5 层", "型号": "ThinkPad T14", "序列号": "PF2ABC12",
		"故障描述": "'=cmd|' /C calc'!A0 开机无显示", "现场有网络": "是", "上门工程师": "张工",
		"预约上门(Asia/Shanghai)": stamp(time.Hour), "预约结束(Asia/Shanghai)": stamp(2 * time.Hour),
		"到达现场(Asia/Shanghai)": stamp(90 * time.Minute), "开始维修(Asia/Shanghai)": stamp(95 * time.Minute),
		"修复时间(Asia/Shanghai)": stamp(130 * time.Minute), "离开现场(Asia/Shanghai)": stamp(150 * time.Minute),
		"现场故障": "'@硬盘坏道", "处理": "更换硬盘,客户另留电话 13800001111", "费用(元)": "0.00", "客户签字人": "李四",
		"有偿上门费用(元)": "50.00", "接受有偿上门": "是", "电话指导时间(Asia/Shanghai)": "", "电话解决": "",
		"转送修单号": "", "结单时间(Asia/Shanghai)": stamp(150 * time.Minute), "上门时效": "按时", "上门时效代码": "met",
	} {
		if got, ok := first[h]; !ok || got != want {
			t.Errorf("%s: %q (column there: %v), want %q", h, got, ok, want)
		}
	}
	if got := column(t, reqs, "上门时效代码"); !slices.Equal(got, []string{"met", "", "late"}) {
		t.Errorf("S8 %q: on time, no visit, late", got)
	}
	if got := column(t, reqs, "电话解决"); got[1] != "是" || column(t, reqs, "现场有网络")[1] != "否" {
		t.Errorf("guidance solved %q, network %q", got, column(t, reqs, "现场有网络"))
	}
	calls := readCSV(t, filepath.Join(dir, "hotline_SH-001_2025-06-02_2025-06-02.csv"))
	if len(calls) != 3 {
		t.Fatalf("%d call rows, want 2 and the header: %q", len(calls)-1, calls)
	}
	for h, want := range map[string][]string{
		"呼叫方向": {"呼入", "呼出"}, "呼叫方向代码": {"in", "out"}, "电话": {"13912345678", "13812345678"},
		"客户姓名": {"王经理", "张三"}, "服务单号": {rs[0].Number, ""}, "来电内容": {"'+询问进度,请回电 139 1234 5678", "回电"},
		"结果": {"已解答", "未结束"}, "结果代码": {"answered", ""}, "负责人": {"小刘", "小刘"},
	} {
		if got := column(t, calls, h); !slices.Equal(got, want) {
			t.Errorf("calls' %s: %q, want %q", h, got, want)
		}
	}
	events := readCSV(t, filepath.Join(dir, "events_SH-001_2025-06-02_2025-06-02.csv"))
	words := column(t, events, "事件")
	if !slices.Contains(words, "上门服务单") || !slices.Contains(words, "热线电话") || !slices.Contains(column(t, events, "服务单号"), rs[0].Number) {
		t.Errorf("the requests' and calls' events: %q", words)
	}
	if states := column(t, events, "状态"); !slices.Contains(states, "新单") || !slices.Contains(states, "已解答") {
		t.Errorf("the requests' and calls' events' states %q, want words", states)
	}
}

// TestR3_ExportOnsiteMask: with --mask the requests' names, signers and
// phones are masked, the address keeps only its district, a phone written
// into the record or a call's topic is masked; the calls' too.
func TestR3_ExportOnsiteMask(t *testing.T) {
	st, p, _ := exportOnsiteStation(t)
	dir, _ := exportOnsite(t, st, p, "en", ExportOptions{Format: "csv", Mask: true})
	reqs := readCSV(t, filepath.Join(dir, "requests_STATION_2025-06-02_2025-06-02.csv"))
	for h, want := range map[string][]string{
		"Customer": {"王**", "张*", "王**"}, "Phone": {"139****5678", "138****5678", "139****5678"},
		"Address":                 {"北京市海淀区***", "上海市浦东新区***", "北京市海淀区***"},
		"Signed for the customer": {"李*", "", "李*"}, "Work done": {"更换硬盘,客户另留电话 138****1111", "", "更换硬盘,客户另留电话 138****1111"},
		"Company": {"华联商贸有限公司", "", "华联商贸有限公司"}, "On-site time": {"on time", "", "late"},
	} {
		if got := column(t, reqs, h); !slices.Equal(got, want) {
			t.Errorf("requests' %s: %q, want %q", h, got, want)
		}
	}
	calls := readCSV(t, filepath.Join(dir, "hotline_STATION_2025-06-02_2025-06-02.csv"))
	if got := column(t, calls, "Phone"); !slices.Equal(got, []string{"139****5678", "138****5678"}) {
		t.Errorf("calls' phones %q", got)
	}
	if got := column(t, calls, "Topic")[0]; got != "'+询问进度,请回电 139****5678" {
		t.Errorf("topic %q", got)
	}
	for _, f := range []string{"requests", "hotline"} {
		raw, _ := os.ReadFile(filepath.Join(dir, f+"_STATION_2025-06-02_2025-06-02.csv"))
		for _, secret := range []string{"12345678", "王经理", "张三", "中关村", "张江路", "00001111"} {
			if bytes.Contains(raw, []byte(secret)) {
				t.Errorf("%q is in the masked %s file", secret, f)
			}
		}
	}
}

// TestR3_ExportOnsiteXLSX: the workbook has a sheet for the requests and
// one for the calls, their header rows in the user's language, times as
// dates and fees as numbers, a formula guarded.
func TestR3_ExportOnsiteXLSX(t *testing.T) {
	st, p, _ := exportOnsiteStation(t)
	dir, _ := exportOnsite(t, st, p, "en", ExportOptions{Format: "xlsx"})
	f, err := excelize.OpenFile(filepath.Join(dir, "frontdesk_STATION_2025-06-02_2025-06-02.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Tickets", "Orders", "Events", "On-site requests", "Hotline calls"}) {
		t.Fatalf("sheets %q", got)
	}
	reqs, _ := f.GetRows("On-site requests")
	calls, _ := f.GetRows("Hotline calls")
	if len(reqs) != 4 || len(calls) != 3 || reqs[0][3] != "Request" || calls[0][4] != "Direction" {
		t.Fatalf("requests %q, calls %q", reqs, calls)
	}
	if fault := reqs[1][slices.Index(reqs[0], "Fault")]; !strings.HasPrefix(fault, "'=") {
		t.Errorf("fault %q not guarded", fault)
	}
	cell := func(row int, header string) string {
		name, _ := excelize.CoordinatesToCellName(slices.Index(reqs[0], header)+1, row)
		return name
	}
	for _, h := range []string{"Arrived (Asia/Shanghai)", "Paid visit fee (yuan)", "ID"} {
		if typ, _ := f.GetCellType("On-site requests", cell(2, h)); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
			t.Errorf("%s is text (%v), want a date or a number", h, typ)
		}
	}
}

func TestMaskAddress(t *testing.T) {
	for in, want := range map[string]string{
		"北京市海淀区中关村大街 1 号 5 层": "北京市海淀区***", "江苏省昆山市玉山镇人民路8号": "江苏省昆山市***",
		"新疆维吾尔自治区乌鲁木齐市天山区": "新疆维吾尔自治区***", "广州天河区体育西路": "广州天河区***",
		"张江高科技园区 88 号": "张江高科技园区***", "88 Zhangjiang Rd, Pudong": "***", "  ": "", "": "",
	} {
		if got := MaskAddress(in); got != want {
			t.Errorf("MaskAddress(%q) = %q, want %q", in, got, want)
		}
	}
}
