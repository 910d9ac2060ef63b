package cli

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontdesk/config"
	"frontdesk/internal/xlsx"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// day9 is 09:00 in Shanghai on Monday 2 June 2025.
var day9 = time.Date(2025, 6, 2, 1, 0, 0, 0, time.UTC)

// exportStation is a day with three tickets (one served) and three orders:
// 张三 with a mobile, a customer whose name and notes try to be formulas,
// and Li Lei, collected in the day (the pickup's event names him).
func exportStation(t *testing.T) (*store.Store, rpt.Period) {
	t.Helper()
	now := day9
	clock := func() time.Time { return now }
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: queue.DefaultConfig(), Now: clock, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, code := range []string{"A", "B", "A"} {
		now = now.Add(time.Minute)
		_, _, err := st.Take(code, false, "kiosk")
		must(err)
	}
	now = now.Add(5 * time.Minute)
	_, err = st.CallNext(1, "王工")
	must(err)
	_, err = st.Start(1, "王工")
	must(err)
	now = now.Add(9 * time.Minute)
	_, err = st.Finish(1, "王工")
	must(err)
	intake := func(name, phone, fault string) repair.Order {
		now = now.Add(10 * time.Minute)
		o, err := st.SaveIntake("王工", 1, exportIntake(name, phone, fault))
		must(err)
		return o
	}
	intake("张三", "13812345678", "开机无显示,客户另留电话 139 8765 4321")
	intake("=HYPERLINK(\"http://evil\",\"点我\")", "+8613800001111", "@SUM(1+1)\x1b[31m红字")
	li := intake("Li Lei", "010-12345678", "-2+3 风扇异响")
	now = now.Add(time.Hour)
	_, err = st.UpdateOrder("李工", 1, li.ID, func(o repair.Order, at time.Time) (repair.Order, error) {
		o.History = append(o.History, repair.Step{
			At: at, Who: "李工", Kind: repair.StepState, From: repair.StateReady,
			To: repair.StatePickedUp, Text: "Li Lei",
		})
		o.State, o.Closed = repair.StatePickedUp, at
		o.Pickup = &repair.Pickup{SignedBy: "Li Lei", Staff: "李工", At: at}
		return o, nil
	})
	must(err)
	p := rpt.Day(day9, queue.DefaultConfig().Location)
	return st, p
}

// exportIntake is the order of a notebook brought in by name.
func exportIntake(name, phone, fault string) repair.Order {
	return repair.Order{Intake: repair.Intake{
		Name: name, Phone: phone, Kind: repair.Consumer,
		Device: "notebook", Brand: "联想", Model: "ThinkPad X1", Serial: "SN" + phone[len(phone)-4:], Fault: fault,
	}}
}

func exportEnv(st *store.Store, lang string) (Env, *bytes.Buffer) {
	var out bytes.Buffer
	return Env{Store: st, Text: i18n.New(lang), Out: &out}, &out
}

// readCSV checks the byte-order mark and reads a CSV file back.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) {
		t.Fatalf("%s does not start with the UTF-8 byte-order mark: % x", path, raw[:min(len(raw), 8)])
	}
	rows, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func column(t *testing.T, rows [][]string, name string) []string {
	t.Helper()
	i := slices.Index(rows[0], name)
	if i < 0 {
		t.Fatalf("no column %q in %q", name, rows[0])
	}
	var out []string
	for _, r := range rows[1:] {
		out = append(out, r[i])
	}
	return out
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// tongchuang is the station of the tests: its code and name.
var tongchuang = config.Station{Code: "SH-001", Name: "同创电脑维修站"}

// TestR3_ExportCSV: five files named after the station, each with the
// BOM, that encoding/csv reads back whole, Chinese intact, one row per
// record under a header in the user's language, the station's code and
// name in every row, times in the station's zone named in the header;
// formulas guarded, escape sequences gone, codes as words beside the code.
func TestR3_ExportCSV(t *testing.T) {
	st, p := exportStation(t)
	dir := t.TempDir()
	e, out := exportEnv(st, "zh")
	if err := Export(e, p, ExportOptions{Format: "csv", Dir: dir, Station: tongchuang}); err != nil {
		t.Fatal(err)
	}
	want := []string{"events_SH-001_2025-06-02_2025-06-02.csv", "hotline_SH-001_2025-06-02_2025-06-02.csv", "orders_SH-001_2025-06-02_2025-06-02.csv",
		"requests_SH-001_2025-06-02_2025-06-02.csv", "tickets_SH-001_2025-06-02_2025-06-02.csv"}
	if got := files(t, dir); !slices.Equal(got, want) {
		t.Fatalf("files %v, want %v", got, want)
	}
	if !strings.Contains(out.String(), "已导出 2025-06-02:3 张排队号、3 张维修单") || strings.Contains(out.String(), "本站代码仍是默认") {
		t.Errorf("summary: %s", out)
	}
	tickets := readCSV(t, filepath.Join(dir, want[4]))
	if len(tickets) != 4 || tickets[0][4] != "排队号" || !slices.Equal(column(t, tickets, "排队号"), []string{"A001", "B001", "A002"}) {
		t.Errorf("tickets %q", tickets)
	}
	for _, f := range want {
		rows := readCSV(t, filepath.Join(dir, f))
		for _, r := range rows[1:] {
			if r[0] != "SH-001" || r[1] != "同创电脑维修站" {
				t.Errorf("%s: a row of %q, %q, want the station's code and name first", f, r[0], r[1])
			}
		}
	}
	if got := column(t, tickets, "状态"); !slices.Equal(got, []string{"已完成", "等候", "等候"}) {
		t.Errorf("states %q, want words", got)
	}
	if got := column(t, tickets, "状态代码"); !slices.Equal(got, []string{"finished", "waiting", "waiting"}) {
		t.Errorf("state codes %q", got)
	}
	if got := column(t, tickets, "类型代码"); !slices.Equal(got, []string{"A", "B", "A"}) {
		t.Errorf("type codes %q", got)
	}
	if got := column(t, tickets, "日期"); got[0] != "2025-06-02" {
		t.Errorf("day %q", got)
	}
	if got := column(t, tickets, "服务(秒)"); !slices.Equal(got, []string{"540", "", ""}) {
		t.Errorf("service seconds %q, want 9 min for A001 only", got)
	}
	orders := readCSV(t, filepath.Join(dir, want[2]))
	names := column(t, orders, "客户姓名")
	if !slices.Equal(names, []string{"张三", `'=HYPERLINK("http://evil","点我")`, "Li Lei"}) {
		t.Errorf("names %q", names)
	}
	faults := column(t, orders, "故障描述")
	if faults[1] != "'@SUM(1+1)红字" || faults[2] != "'-2+3 风扇异响" || strings.Contains(strings.Join(faults, ""), "\x1b") {
		t.Errorf("faults not guarded or not inert: %q", faults)
	}
	if phones := column(t, orders, "电话"); phones[0] != "13812345678" || phones[1][0] != '\'' {
		t.Errorf("phones %q: +86… must be guarded", phones)
	}
	// Three takes, a call and 14 minutes of service, then 10 minutes to the intake: 09:27.
	if got := column(t, orders, "接机时间(Asia/Shanghai)")[0]; got != "2025-06-02 09:27:00" {
		t.Errorf("received %q, want the station's wall clock", got)
	}
	if got := column(t, orders, "客户类型"); got[0] != "个人用户" || column(t, orders, "客户类型代码")[0] != "consumer" {
		t.Errorf("kinds %q", got)
	}
	events := readCSV(t, filepath.Join(dir, want[0]))
	if kinds := column(t, events, "事件代码"); len(kinds) != 10 || kinds[len(kinds)-1] != store.KindOrder {
		t.Errorf("events %q", kinds)
	}
	if words := column(t, events, "事件"); words[0] != "取号" || words[len(words)-1] != "维修单变更" {
		t.Errorf("events %q, want words", words)
	}
}

// TestR3_ExportXLSX: one workbook, a sheet per table named in the user's
// language, the header row, a Chinese name intact, a row per record.
func TestR3_ExportXLSX(t *testing.T) {
	st, p := exportStation(t)
	dir := t.TempDir()
	e, _ := exportEnv(st, "zh")
	if err := Export(e, p, ExportOptions{Format: "xlsx", Dir: dir}); err != nil {
		t.Fatal(err)
	}
	if got := files(t, dir); !slices.Equal(got, []string{"frontdesk_STATION_2025-06-02_2025-06-02.xlsx"}) {
		t.Fatalf("files %v", got)
	}
	if fi, err := os.Stat(filepath.Join(dir, "frontdesk_STATION_2025-06-02_2025-06-02.xlsx")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the workbook is %v (%v), want -rw-------: it holds the customers' names and phones", fi.Mode(), err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "frontdesk_STATION_2025-06-02_2025-06-02.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"排队号", "维修单", "事件", "上门服务单", "热线电话"}) {
		t.Errorf("sheets %q", got)
	}
	for sheet, n := range map[string]int{"排队号": 3, "维修单": 3, "事件": 10} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != n+1 || rows[0][0] != "服务站代码" || rows[1][0] != "STATION" {
			t.Errorf("%s: %d rows, header %q", sheet, len(rows), rows[0])
		}
	}
	rows, _ := f.GetRows("维修单")
	if name := rows[1][slices.Index(rows[0], "客户姓名")]; name != "张三" {
		t.Errorf("name %q, want 张三 intact", name)
	}
	if name := rows[2][slices.Index(rows[0], "客户姓名")]; !strings.HasPrefix(name, "'=") {
		t.Errorf("formula %q not guarded", name)
	}
	// Times are date-times of the station, shown as such.
	if got, _ := f.GetCellValue("维修单", "G2"); got != "2025-06-02 09:27:00" {
		t.Errorf("received cell %q", got)
	}
	if typ, _ := f.GetCellType("排队号", "C2"); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Errorf("the id is text (%v), want a number", typ)
	}
}

// TestR3_ExportMask: with --mask phones are 138****5678, names 张* and L***,
// in the orders and in the pickup's event; phone numbers in notes too.
func TestR3_ExportMask(t *testing.T) {
	st, p := exportStation(t)
	dir := t.TempDir()
	e, out := exportEnv(st, "en")
	if err := Export(e, p, ExportOptions{Format: "csv", Dir: dir, Mask: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "phones and names masked") {
		t.Errorf("summary: %s", out)
	}
	orders := readCSV(t, filepath.Join(dir, "orders_STATION_2025-06-02_2025-06-02.csv"))
	if got := column(t, orders, "Customer"); !slices.Equal(got, []string{"张*", "'=***", "L***"}) {
		t.Errorf("names %q", got)
	}
	if got := column(t, orders, "Phone"); !slices.Equal(got, []string{"138****5678", "138****1111", "010****5678"}) {
		t.Errorf("phones %q", got)
	}
	if got := column(t, orders, "Signed by")[2]; got != "L***" {
		t.Errorf("signed by %q", got)
	}
	if got := column(t, orders, "Fault")[0]; got != "开机无显示,客户另留电话 139****4321" {
		t.Errorf("fault %q", got)
	}
	events := readCSV(t, filepath.Join(dir, "events_STATION_2025-06-02_2025-06-02.csv"))
	all := strings.Join(column(t, events, "Detail"), "|")
	if strings.Contains(all, "Li Lei") || !strings.Contains(all, "state ready picked_up L***") {
		t.Errorf("the pickup's event is not masked: %s", all)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "orders_STATION_2025-06-02_2025-06-02.csv"))
	for _, secret := range []string{"12345678", "张三", "87654321"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("%q is in the masked export", secret)
		}
	}
}

// TestExportErrorsLeaveNothing: a bad format, a missing directory, a file
// given as the directory, an unwritable one, and a database that is gone
// while the export runs: each is said in the user's language, and no file
// is left in the directory.
func TestExportErrorsLeaveNothing(t *testing.T) {
	st, p := exportStation(t)
	e, _ := exportEnv(st, "zh")
	dir := t.TempDir()
	check := func(name string, o ExportOptions, code int, msg string) {
		t.Helper()
		err := Export(e, p, o)
		var exit *ExitError
		if !errors.As(err, &exit) || exit.Code != code || !strings.Contains(exit.Msg, msg) {
			t.Errorf("%s: %v, want exit %d saying %q", name, err, code, msg)
		}
		if got := files(t, dir); len(got) != 0 {
			t.Errorf("%s left %v", name, got)
		}
	}
	check("pdf", ExportOptions{Format: "pdf", Dir: dir}, 2, "不支持格式“pdf”")
	check("missing", ExportOptions{Format: "csv", Dir: filepath.Join(dir, "nope")}, 1, "不存在,未写入任何文件")
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o644)
	check("a file", ExportOptions{Format: "csv", Dir: file}, 1, "无法在目录")
	if os.Geteuid() != 0 { // root writes anywhere
		locked := filepath.Join(t.TempDir(), "locked")
		os.Mkdir(locked, 0o500)
		check("unwritable", ExportOptions{Format: "xlsx", Dir: locked}, 1, "无法在目录")
	}
	st.Close() // the database gone from under the export
	for _, format := range []string{"csv", "xlsx"} {
		check("no database "+format, ExportOptions{Format: format, Dir: dir}, 1, "导出失败,未留下任何文件")
	}
}

// TestExportXLSXGoesOnInAnotherSheet: a sheet that is full goes on in one
// named after it, the header repeated.
func TestExportXLSXGoesOnInAnotherSheet(t *testing.T) {
	dir := t.TempDir()
	x := &xlsxWriter{dir: dir, name: "big.xlsx"}
	if err := x.open(); err != nil {
		t.Fatal(err)
	}
	if err := x.begin("events", "事件", []string{"编号"}); err != nil {
		t.Fatal(err)
	}
	x.rows = xlsx.MaxRows - 2 // as if the sheet were nearly full
	for i := range 5 {
		if err := x.row([]any{i}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := x.commit(); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "big.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"事件", "事件 2"}) {
		t.Fatalf("sheets %q", got)
	}
	rows, _ := f.GetRows("事件 2")
	if len(rows) != 4 || rows[0][0] != "编号" || rows[1][0] != "2" {
		t.Errorf("the second sheet: %q", rows)
	}
}
