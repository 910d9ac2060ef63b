package cli

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"frontdesk/config"
	"frontdesk/queue"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/i18n"
)

// The export as the head office's own tools read it: openpyxl opens the
// workbook, SQLite loads the CSV files. The tools are Debian's
// python3-openpyxl and sqlite3, which .ci/run installs: a test skips when
// its tool is missing, except in CI (CI set), where it fails.

// tool is the first of the programs that is there and runs probe, python3
// with openpyxl or sqlite3 (Debian's /usr/bin/python3 after the PATH's,
// which may be another Python without Debian's modules); the test is
// skipped without one, or fails in CI.
func tool(t *testing.T, names []string, probe ...string) string {
	t.Helper()
	var err error
	for _, name := range names {
		var path string
		if path, err = exec.LookPath(name); err == nil {
			if err = exec.Command(path, probe...).Run(); err == nil {
				return path
			}
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is needed in CI (apt-get install python3-openpyxl sqlite3): %v", names[0], err)
	}
	t.Skipf("%s is not installed (apt-get install python3-openpyxl sqlite3): %v", names[0], err)
	return ""
}

// demoStation is `frontdesk demo --orders n` played up to noon of 4 December
// 2026, and the last ten days of it.
func demoStation(t *testing.T, orders int) (*store.Store, rpt.Period) {
	t.Helper()
	now := time.Date(2026, 12, 4, 4, 0, 0, 0, time.UTC) // noon in Shanghai
	var played Clock
	cfg := queue.DefaultConfig()
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "station.db"), Queue: cfg,
		Now: func() time.Time { return played.Or(now) }, NoSync: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := Demo(Env{Store: st, Text: i18n.New("zh"), Out: io.Discard}, now, orders, played.Set); err != nil {
		t.Fatal(err)
	}
	p, err := rpt.Span("2026-11-25", "2026-12-04", cfg.Location)
	if err != nil {
		t.Fatal(err)
	}
	return st, p
}

// columnSpec is what openpyxl is to find in a sheet's columns, by header.
type columnSpec struct {
	Name    string      `json:"name"`
	Times   []string    `json:"times"`
	Dates   []string    `json:"dates"`
	Numbers []string    `json:"numbers"`
	Amounts []string    `json:"amounts"`
	Words   [][2]string `json:"words"`
}

// specOf sorts the columns of s by what their cells must be.
func specOf(t i18n.Catalog, s sheet, loc *time.Location) columnSpec {
	header := headerOf(t, s, loc)
	spec := columnSpec{Name: t.T("export.sheet." + s.name), Times: []string{}, Dates: []string{}, Numbers: []string{}, Amounts: []string{}, Words: [][2]string{}}
	numbers := []string{"id", "counter", "calls", "waitS", "walkS", "serviceS", "totalS", "ticketID", "satisfied"}
	for i, k := range s.header {
		key := strings.TrimPrefix(k, "export.col.")
		switch {
		case timeCols[k]:
			spec.Times = append(spec.Times, header[i])
		case key == "day" || key == "purchased":
			spec.Dates = append(spec.Dates, header[i])
		case key == "fee" || key == "paidFee":
			spec.Amounts = append(spec.Amounts, header[i])
		case slices.Contains(numbers, key):
			spec.Numbers = append(spec.Numbers, header[i])
		case strings.HasSuffix(key, "Code") && key != "stationCode":
			spec.Words = append(spec.Words, [2]string{header[i-1], header[i]})
		}
	}
	return spec
}

// TestR3_XLSXAsOpenpyxlReadsIt: the workbook of ten days of a demo station
// with orders (and one paid repair), opened with openpyxl: every time and day a date cell with a
// format that shows it, every id, count, duration and fee a number, every
// code beside a word, the station's code in every row, the header frozen
// and filtered, no column narrower than its header.
func TestR3_XLSXAsOpenpyxlReadsIt(t *testing.T) {
	python := tool(t, []string{"python3", "/usr/bin/python3"}, "-c", "import openpyxl")
	st, p := demoStation(t, 300)
	paid := exportIntake("钱七", "13700003333", faultOfManyLines)
	paid.Fee = 120050 // the demo's repairs are in warranty: one paid
	if _, err := st.SaveIntake("王工", 1, paid); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	e, out := exportEnv(st, "zh")
	if err := Export(e, p, ExportOptions{Format: "xlsx", Dir: dir, Station: tongchuang}); err != nil {
		t.Fatal(err)
	}
	loc := st.Config().Location
	var sheets []columnSpec
	for _, s := range []sheet{ticketSheet, orderSheet, eventSheet, requestSheet, hotlineSheet} {
		sheets = append(sheets, specOf(e.Text, s, loc))
	}
	spec, _ := json.Marshal(map[string]any{"code": tongchuang.Code, "sheets": sheets})
	book := filepath.Join(dir, "frontdesk_SH-001_2026-11-25_2026-12-04.xlsx")
	cmd := exec.Command(python, filepath.Join("testdata", "xlsx_types.py"), book, string(spec))
	got, err := cmd.Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		t.Fatalf("openpyxl finds (export: %s):\n%s", out, exit.Stderr)
	} else if err != nil {
		t.Fatal(err)
	}
	var counts map[string]int
	if err := json.Unmarshal(got, &counts); err != nil {
		t.Fatalf("%s: %v", got, err)
	}
	// The demo's days have every kind of cell: none of the checks is empty.
	for _, h := range []string{"日期", "取号时间(Asia/Shanghai)", "接机时间(Asia/Shanghai)", "购买日期", "费用(元)", "等候(秒)", "时间(Asia/Shanghai)", "排队号编号"} {
		if counts[h] == 0 {
			t.Errorf("no cell of %s was checked: %v", h, counts)
		}
	}
	t.Logf("cells checked: %v", counts)
}

// faultOfManyLines is a fault as a customer tells it: commas, quotes, line
// breaks and Chinese.
const faultOfManyLines = "客户说:\"开机黑屏, 风扇响\"\n第二行:屏幕闪烁,偶尔\"蓝屏\"\n最后一行, done"

// TestR3_CSVOfTwoStationsLoadIntoSQLite: the CSV files of two stations,
// loaded into one SQLite table each with sqlite3's .import --csv, count per
// station what each exported, and a fault of several lines with commas and
// quotes comes back as it was written.
func TestR3_CSVOfTwoStationsLoadIntoSQLite(t *testing.T) {
	sqlite := tool(t, []string{"sqlite3"}, "-version")
	dir := t.TempDir()
	stations := []config.Station{tongchuang, {Code: "BJ-002", Name: "北京, \"中关村\" 站"}}
	want := map[string][3]int{}
	for i, s := range stations {
		st, p := exportStation(t)
		if i == 1 {
			if _, err := st.SaveIntake("王工", 1, exportIntake("赵六", "13900002222", faultOfManyLines)); err != nil {
				t.Fatal(err)
			}
		}
		var said strings.Builder
		e := Env{Store: st, Text: i18n.New([]string{"zh", "en"}[i]), Out: &said, JSON: true}
		if err := Export(e, p, ExportOptions{Format: "csv", Dir: dir, Station: s}); err != nil {
			t.Fatal(err)
		}
		var n struct{ Tickets, Orders, Events int }
		json.Unmarshal([]byte(said.String()), &n)
		want[s.Code] = [3]int{n.Tickets, n.Orders, n.Events}
	}
	// One table per kind of file, its columns numbered: the files of both
	// languages go into it alike, their header rows skipped.
	var script strings.Builder
	script.WriteString(".bail on\n")
	for _, name := range []string{"tickets", "orders", "events"} {
		header := readCSV(t, filepath.Join(dir, name+"_SH-001_2025-06-02_2025-06-02.csv"))[0]
		cols := make([]string, len(header))
		for i := range cols {
			cols[i] = "c" + strconv.Itoa(i)
		}
		script.WriteString("CREATE TABLE " + name + " (" + strings.Join(cols, ", ") + ");\n")
		for _, s := range stations {
			script.WriteString(".import --csv --skip 1 '" + filepath.Join(dir, name+"_"+s.Code+"_2025-06-02_2025-06-02.csv") + "' " + name + "\n")
		}
	}
	script.WriteString(".mode list\n.separator |\n")
	script.WriteString("SELECT 'n', t.c0, t.n, o.n, e.n FROM (SELECT c0, count(*) n FROM tickets GROUP BY c0) t JOIN (SELECT c0, count(*) n FROM orders GROUP BY c0) o USING (c0) JOIN (SELECT c0, count(*) n FROM events GROUP BY c0) e USING (c0) ORDER BY t.c0;\n")
	fault := slices.Index(orderSheet.header, "export.col.fault")
	name := slices.Index(orderSheet.header, "export.col.name")
	script.WriteString("SELECT 'fault', hex(c" + strconv.Itoa(fault) + "), hex(c1) FROM orders WHERE c" + strconv.Itoa(name) + " = '赵六';\n")
	cmd := exec.Command(sqlite, ":memory:")
	cmd.Stdin = strings.NewReader(script.String())
	got, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, got)
	}
	counted := map[string][3]int{}
	var faults []string
	for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
		f := strings.Split(line, "|")
		switch {
		case f[0] == "n" && len(f) == 5:
			var n [3]int
			for i := range n {
				n[i], _ = strconv.Atoi(f[i+2])
			}
			counted[f[1]] = n
		case f[0] == "fault" && len(f) == 3:
			faults = append(faults, unhex(t, f[1]), unhex(t, f[2]))
		default:
			t.Errorf("sqlite3 says %q", line)
		}
	}
	if len(counted) != 2 || counted["SH-001"] != want["SH-001"] || counted["BJ-002"] != want["BJ-002"] {
		t.Errorf("per station in SQLite %v, exported %v", counted, want)
	}
	if want["BJ-002"][1] != want["SH-001"][1]+1 {
		t.Errorf("orders exported %v: BJ-002 has one more", want)
	}
	if !slices.Equal(faults, []string{faultOfManyLines, stations[1].Name}) {
		t.Errorf("the fault and the station's name came back as %q, want %q", faults, []string{faultOfManyLines, stations[1].Name})
	}
}

func unhex(t *testing.T, s string) string {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("hex %q: %v", s, err)
	}
	return string(b)
}
