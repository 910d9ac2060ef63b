package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"frontdesk/queue"
	rpt "frontdesk/report"
)

// demoDB is a database filled by `demo --orders 300`: this morning's
// tickets and orders of the three years before.
func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "station.db")
	if code, _, e := frontdesk(t, "--db", db, "demo", "--orders", "300"); code != 0 {
		t.Fatalf("demo: %d %s", code, e)
	}
	return db
}

func today() string { return time.Now().In(queue.DefaultConfig().Location).Format(time.DateOnly) }

// firstHour reports whether the station's day is in its first hour: the
// demo's morning, of today only, is then a few minutes long, with a
// handful of tickets and waits of no time yet.
func firstHour() bool { return time.Now().In(queue.DefaultConfig().Location).Hour() == 0 }

// shortMorning reports whether the demo's morning — the 150 minutes
// before now, of today only — is cut short by midnight: before 02:30 it
// may have few tickets, most called at once, their median wait nothing.
func shortMorning() bool {
	local := time.Now().In(queue.DefaultConfig().Location)
	return local.Hour()*60+local.Minute() < 150
}

// demoOrders is how many orders demoDB's demo makes: its 300, and the
// carry-in order its on-site day escalates a visit to (S10).
const demoOrders = 301

// TestReportCommand: `report` prints today's report in the user's
// language with a bar per hour and its count at the end, or the figures as
// JSON; --from/--to report a run of days.
func TestReportCommand(t *testing.T) {
	db := demoDB(t)
	code, out, e := frontdesk(t, "--db", db, "report")
	if code != 0 {
		t.Fatalf("report: %d %s", code, e)
	}
	for _, want := range []string{"服务站日报 · " + today(), "排队", "到达(每小时取号)", "接待台", "工程师", "维修单", "回访", "常见故障机型"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q not in\n%s", want, out)
		}
	}
	bars := regexp.MustCompile(`(?m)^  \d\d时 [█▏▎▍▌▋▊▉ ]+ +\d+$`).FindAllString(out, -1)
	// The demo's morning is the 150 minutes before now, of today only: run
	// in the station's first hour it has arrivals in one hour, and in its
	// first minutes perhaps none.
	want := 2
	if local := time.Now().In(queue.DefaultConfig().Location); firstHour() {
		want = min(1, local.Minute()/10)
	}
	if len(bars) < want {
		t.Errorf("no bar chart of arrivals per hour:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := len([]rune(l)); w > 100 {
			t.Errorf("a line of %d characters: %q", w, l)
		}
	}

	code, out, _ = frontdesk(t, "--db", db, "--lang", "en", "report", "--day", today())
	if code != 0 || !strings.Contains(out, "Station day report · "+today()) || !strings.Contains(out, "Arrivals per hour") {
		t.Errorf("report in English: %d\n%s", code, out)
	}

	code, out, _ = frontdesk(t, "--db", db, "report", "--json")
	var r rpt.Report
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil {
		t.Fatalf("report --json: %d %v\n%s", code, err, out)
	}
	hours := 0
	for _, n := range r.Hours {
		hours += n
	}
	if r.Period.Kind != rpt.KindDay || r.Period.First != today() || r.Tickets.Issued == 0 || hours != r.Tickets.Issued ||
		len(r.Types) != 4 || r.Tickets.Wait.N == 0 || r.Tickets.Wait.Median == 0 && !shortMorning() {
		t.Errorf("report --json: %+v", r)
	}

	week := time.Now().AddDate(0, 0, -6).In(queue.DefaultConfig().Location).Format(time.DateOnly)
	code, out, _ = frontdesk(t, "--db", db, "report", "--from", week, "--to", today(), "--json")
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil || r.Period.Kind != rpt.KindRange || r.Period.First != week {
		t.Errorf("a week: %d %v %+v", code, err, r.Period)
	}
}

// TestReportAndExportMistakes: what was typed wrong is said in the user's
// language with exit 2 (a directory that cannot be written, 1) — and
// nothing is written: not the export, not even the database.
func TestReportAndExportMistakes(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "never.db")
	out := t.TempDir()
	file := filepath.Join(dir, "a-file")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report", "--day", "2025-02-30"}, 2, "“2025-02-30”不是日期,请写成 2025-06-02 这样"},
		{[]string{"report", "--from", "2025-06-09", "--to", "2025-06-01"}, 2, "第一天 2025-06-09 晚于最后一天 2025-06-01"},
		{[]string{"report", "--day", "2025-06-01", "--from", "2025-06-01", "--to", "2025-06-02"}, 2, "--day 不能和 --from/--to 一起用"},
		{[]string{"report", "--from", "2025-06-01"}, 2, "--from 和 --to 要一起给出"},
		{[]string{"report", "yesterday"}, 2, "多余的参数:yesterday"},
		{[]string{"--lang", "en", "report", "--day", "June 1st"}, 2, "“June 1st” is not a date"},
		{[]string{"report", "--customer", " ", "--day", "2025-06-01"}, 2, "--customer 需要单位名称"},
		{[]string{"export", "--out", out}, 2, "导出需要 --from 和 --to(或 --day)"},
		{[]string{"export", "--from", "2025-6-1", "--to", "2025-06-30", "--out", out}, 2, "“2025-6-1”不是日期"},
		{[]string{"export", "--from", "2025-07-01", "--to", "2025-06-30", "--out", out}, 2, "第一天 2025-07-01 晚于最后一天 2025-06-30"},
		{[]string{"--lang", "en", "export", "--from", "2025-07-01", "--to", "2025-06-30", "--out", out}, 2, "The first day 2025-07-01 is after the last day 2025-06-30"},
		{[]string{"export", "--day", "2025-06-01", "--format", "pdf", "--out", out}, 2, "不支持格式“pdf”,请用 csv 或 xlsx"},
		{[]string{"export", "--day", "2025-06-01", "--out", filepath.Join(out, "missing")}, 1, "不存在,未写入任何文件"},
		{[]string{"export", "--day", "2025-06-01", "--out", file}, 1, "无法在目录"},
		{[]string{"--lang", "en", "export", "--day", "2025-06-01", "--out", file}, 1, "Cannot write files in the directory"},
	} {
		code, stdout, stderr := frontdesk(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(stderr, c.msg) || stdout != "" {
			t.Errorf("%q: exit %d, stderr %q, want %d and %q", c.args, code, stderr, c.code, c.msg)
		}
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a command typed wrongly made the database: %v", err)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("files were written: %v", entries)
	}
}

// TestExportCommand: `export` writes the three CSV files or the workbook
// of the days asked for, named after the station's code of the
// configuration file, its code and name in every row, masked on request,
// and lists them (JSON too).
func TestExportCommand(t *testing.T) {
	db := demoDB(t)
	os.WriteFile(filepath.Join(filepath.Dir(db), "frontdesk.toml"), []byte("[station]\ncode = \"SH-001\"\nname = \"同创电脑维修站\"\n"), 0o644)
	out := t.TempDir()
	code, stdout, e := frontdesk(t, "--db", db, "export", "--day", today(), "--out", out)
	if code != 0 || !strings.Contains(stdout, "已导出 "+today()) || strings.Contains(stdout, "STATION") {
		t.Fatalf("export csv: %d %s %s", code, stdout, e)
	}
	raw, err := os.ReadFile(filepath.Join(out, "tickets_SH-001_"+today()+"_"+today()+".csv"))
	if err != nil || !bytes.HasPrefix(raw, []byte("\ufeff服务站代码,服务站,编号,日期,排队号")) || !bytes.Contains(raw, []byte("\r\nSH-001,同创电脑维修站,1,")) {
		t.Fatalf("tickets file: %v %.80q", err, raw)
	}
	rows, err := csv.NewReader(bytes.NewReader(raw[3:])).ReadAll()
	if err != nil || len(rows) < 10 && !shortMorning() || len(rows) < 2 {
		t.Errorf("tickets: %v, %d rows", err, len(rows))
	}

	code, stdout, e = frontdesk(t, "--db", db, "export", "--from", "2000-01-01", "--to", today(), "--format", "xlsx", "--mask", "--out", out, "--json")
	var res struct {
		Files   []string `json:"files"`
		Orders  int      `json:"orders"`
		Tickets int      `json:"tickets"`
		Masked  bool     `json:"masked"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); code != 0 || err != nil || len(res.Files) != 1 || res.Orders != demoOrders || !res.Masked {
		t.Fatalf("export xlsx: %d %v %s %s", code, err, stdout, e)
	}
	f, err := excelize.OpenFile(res.Files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	orders, _ := f.GetRows("维修单")
	if len(orders) != demoOrders+1 {
		t.Errorf("%d order rows, want %d and the header", len(orders)-1, demoOrders)
	}
	phone := orders[1][11]
	if !regexp.MustCompile(`^(\d{3})?\*+\d{4}$`).MatchString(phone) {
		t.Errorf("phone %q is not masked", phone)
	}
}
