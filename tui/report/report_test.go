package report_test

import (
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/onsite"
	"frontdesk/queue"
	"frontdesk/repair"
	rpt "frontdesk/report"
	"frontdesk/store"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
	"frontdesk/tui/internal/screentest"
	"frontdesk/tui/report"
)

// fixed is the clock of every test here: Monday 23 November 2026, 12:00 in
// Shanghai, at the end of the demo's busy morning.
var fixed = time.Date(2026, 11, 23, 4, 0, 0, 0, time.UTC)

var (
	stationOnce sync.Once
	stationDB   *store.Store
	stationErr  error
)

// station is a database filled by `frontdesk demo --orders 3000` at the
// fixed time: the morning's tickets, and three years of repair orders
// before it. Made once for all the tests of the package.
func station(t *testing.T) *store.Store {
	t.Helper()
	stationOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			stationErr = err
			return
		}
		var played cli.Clock
		st, err := store.Open(store.Options{
			Path: filepath.Join(dir, "station.db"), Queue: queue.DefaultConfig(),
			Now: func() time.Time { return played.Or(fixed) }, NoSync: true,
		})
		if err != nil {
			stationErr = err
			return
		}
		stationErr = cli.Demo(cli.Env{Store: st, Text: i18n.New("zh"), Out: io.Discard}, fixed, 3000, played.Set)
		stationDB = st
	})
	if stationErr != nil {
		t.Fatal(stationErr)
	}
	return stationDB
}

func testCommon(t *testing.T, lang string) common.Common {
	c := common.New(station(t), queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	c.Repair = repair.DefaultConfig()
	return c
}

// open is the report screen at w×h with its first report computed.
func open(t *testing.T, lang string, w, h int) report.Model {
	t.Helper()
	m := report.New(testCommon(t, lang))
	m.SetSize(w, h)
	return run(t, m, m.Init())
}

// run runs cmd, as the program would, and hands its message to the model.
func run(t *testing.T, m report.Model, cmd tea.Cmd) report.Model {
	t.Helper()
	if cmd == nil {
		return m
	}
	m, _ = m.Update(cmd())
	return m
}

func press(t *testing.T, m report.Model, keys ...string) report.Model {
	t.Helper()
	for _, k := range keys {
		var msg tea.KeyPressMsg
		switch k {
		case "left":
			msg = tea.KeyPressMsg{Code: tea.KeyLeft}
		case "right":
			msg = tea.KeyPressMsg{Code: tea.KeyRight}
		case "down":
			msg = tea.KeyPressMsg{Code: tea.KeyDown}
		case "pgdown":
			msg = tea.KeyPressMsg{Code: tea.KeyPgDown}
		case "esc":
			msg = tea.KeyPressMsg{Code: tea.KeyEscape}
		case "enter":
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		default:
			msg = tea.KeyPressMsg{Code: rune(k[0]), Text: k}
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m = run(t, m, cmd)
	}
	return m
}

// checkFits fails when the view is wider or taller than the terminal.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	screentest.CheckFits(t, "the view", view, w, h)
}

func TestGoldenReport(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				v := open(t, lang, size[0], size[1]).View()
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// TestGoldenQuarter: v shows the quarter, led by the recurring faults (R2).
func TestGoldenQuarter(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang+"_80x24", func(t *testing.T) {
			v := press(t, open(t, lang, 80, 24), "v").View()
			checkFits(t, v, 80, 24)
			golden.RequireEqual(t, []byte(ansi.Strip(v)))
		})
	}
}

func plain(m report.Model) string { return ansi.Strip(m.View()) }

// TestKeysMoveThroughPeriods: ←/→ go a day back and forth, v from the day
// to its quarter, half-year, year and back, t to today; the report is
// computed for each.
func TestKeysMoveThroughPeriods(t *testing.T) {
	m := open(t, "zh", 100, 30)
	for _, step := range []struct {
		key, want string
	}{
		{"left", "服务站日报 · 2026-11-22 星期日"},
		{"left", "服务站日报 · 2026-11-21 星期六"},
		{"right", "服务站日报 · 2026-11-22 星期日"},
		{"v", "服务站季报 · 2026-Q4 (2026-10-01 – 2026-12-31)"},
		{"left", "服务站季报 · 2026-Q3 (2026-07-01 – 2026-09-30)"},
		{"v", "服务站半年报 · 2026-H2"},
		{"v", "服务站年报 · 2026 (2026-01-01 – 2026-12-31)"},
		{"v", "服务站日报 · 2026-07-01 星期三"}, // the quarter's first day, where ← left it
		{"t", "服务站日报 · 2026-11-23 星期一"},
	} {
		m = press(t, m, step.key)
		if v := plain(m); !strings.Contains(v, step.want) || strings.Contains(v, "正在计算") {
			t.Fatalf("after %s: want %q computed, got\n%s", step.key, step.want, v)
		}
	}
}

// TestSlowResultIsDropped: a report that arrives after the screen moved on
// to another period is not shown; the screen says it is computing.
func TestSlowResultIsDropped(t *testing.T) {
	m := open(t, "en", 100, 30)
	m, slow := m.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	m, fast := m.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	if !strings.Contains(plain(m), "Computing…") {
		t.Fatalf("no computing notice:\n%s", plain(m))
	}
	m = run(t, m, slow)
	if v := plain(m); !strings.Contains(v, "Computing…") {
		t.Fatalf("the older result was shown:\n%s", v)
	}
	m = run(t, m, fast)
	if v := plain(m); !strings.Contains(v, "2026-11-21 Saturday") || strings.Contains(v, "Computing…") {
		t.Fatalf("the newer result is not shown:\n%s", v)
	}
}

func TestScrollAndBack(t *testing.T) {
	m := open(t, "zh", 80, 24)
	top := plain(m)
	m = press(t, m, "pgdown")
	if v := plain(m); v == top || !strings.Contains(v, "21–") {
		t.Errorf("page down did not scroll:\n%s", v)
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if cmd == nil || !reflect.DeepEqual(cmd(), report.BackMsg{}) {
		t.Error("esc does not ask the host to go back")
	}
}

// TestLoadEqualsEverythingAtOnce: the report Load makes through the
// period readers, page by page, is the one of package report computed
// from everything read in one piece — the loader misses nothing and counts
// nothing twice.
func TestLoadEqualsEverythingAtOnce(t *testing.T) {
	st := station(t)
	cfg := queue.DefaultConfig()
	for _, p := range []rpt.Period{rpt.Day(fixed, cfg.Location), rpt.Calendar(rpt.KindQuarter, fixed, cfg.Location)} {
		got, err := report.Load(st, cfg, onsite.DefaultConfig(), p, fixed)
		if err != nil {
			t.Fatal(err)
		}
		var ts []queue.Ticket
		var os []repair.Order
		var es []store.Event
		far := fixed.AddDate(100, 0, 0)
		must(t, st.TicketsOfDays("2000-01-01", "2100-01-01", func(p []queue.Ticket) error { ts = append(ts, p...); return nil }))
		must(t, st.OrdersReceived(time.Time{}, far, func(p []repair.Order) error { os = append(os, p...); return nil }))
		must(t, st.EventsBetween(time.Time{}, far, func(p []store.Event) error { es = append(es, p...); return nil }))
		var rs []onsite.Request // the demo's on-site day
		must(t, st.RequestsReceived(time.Time{}, far, func(p []onsite.Request) error { rs = append(rs, p...); return nil }))
		b := rpt.NewBuilder(cfg, p, fixed)
		b.AddEvents(es)
		b.AddTickets(ts)
		b.AddOrders(os)
		b.AddRequests(rs, onsite.DefaultConfig())
		want := b.Report()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Load\n%+v\nwant\n%+v", p.Name(), got, want)
		}
		if p.Kind == rpt.KindDay && (got.Tickets.Issued == 0 || got.Orders.Collected == 0) {
			t.Errorf("the demo day has %d tickets, %d orders collected", got.Tickets.Issued, got.Orders.Collected)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestHostileTextIsInert: names and faults from the database cannot move
// the cursor or colour the screen.
func TestHostileTextIsInert(t *testing.T) {
	r := rpt.Report{
		Period:    rpt.Day(fixed, queue.DefaultConfig().Location),
		Engineers: []rpt.EngineerStats{{Name: "王工\x1b[2J\x1b[31m", Served: 1}},
		Models:    []rpt.ModelStats{{Model: "联想\x07 X1\x1b]0;pwned\x07", Orders: 2, Comebacks: 1, Fault: "不开机\r\n\x1b[1A"}},
	}
	out := report.Text(i18n.New("zh"), queue.DefaultConfig(), r, 80)
	if strings.ContainsAny(out, "\x1b\x07\r") {
		t.Errorf("control characters reach the terminal: %q", out)
	}
	for _, want := range []string{"王工", "联想 X1", "不开机"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q missing from\n%s", want, out)
		}
	}
}
