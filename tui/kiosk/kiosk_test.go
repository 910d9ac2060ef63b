package kiosk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/screentest"
)

// fixed is the clock of every test: 14:05 in Shanghai.
var fixed = time.Date(2026, 3, 14, 6, 5, 0, 0, time.UTC)

// snapshot has three waiting for A (one more stepped away), two for B, one
// for C, none for D, and engineers signed in by name: only counts may show.
func snapshot() store.Snapshot {
	var ts []queue.Ticket
	add := func(number string, state queue.State) {
		ts = append(ts, queue.Ticket{Type: number[:1], Number: number, State: state})
	}
	add("A011", queue.Serving)
	add("A012", queue.Called)
	add("A013", queue.Waiting)
	add("A014", queue.Waiting)
	add("A015", queue.Transferred)
	add("B003", queue.Waiting)
	add("B004", queue.Waiting)
	add("C001", queue.Waiting)
	ts = append(ts, queue.Ticket{Type: "A", Number: "A016", State: queue.Waiting, AwayAt: fixed})
	return store.Snapshot{
		Day: "2026-03-14", Tickets: ts,
		Counters: []store.CounterState{{Number: 3, Engineer: "张三丰"}, {Number: 1, Engineer: "Li Si"}},
		Calls:    []store.Call{{Number: "A012", Type: "A", Counter: 3, At: fixed}},
	}
}

// newTicket is what the store answers to a take of A: A017, three ahead.
func newTicket() takenMsg {
	return takenMsg{
		ticket: queue.Ticket{Type: "A", Seq: 17, Number: "A017", State: queue.Waiting},
		est:    queue.Estimate{Ahead: 3, Wait: 25 * time.Minute},
	}
}

func newModel(lang string, w, h int) Model {
	c := common.New(nil, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	m, _ := New(c, nil).Update(tea.WindowSizeMsg{Width: w, Height: h})
	m, _ = m.Update(common.SnapshotMsg{Snap: snapshot()})
	return m.(Model)
}

func update(t *testing.T, m Model, msgs ...tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, msg := range msgs {
		var next tea.Model
		next, cmd = m.Update(msg)
		m = next.(Model)
	}
	return m, cmd
}

func press(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	}
	return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
}

func plain(m Model) string { return ansi.Strip(m.View().Content) }

// checkFits fails when the kiosk's view is wider or taller than the terminal.
func checkFits(t *testing.T, m Model, w, h int) {
	t.Helper()
	screentest.CheckFits(t, fmt.Sprintf("mode %d", m.mode), m.View().Content, w, h)
}

func TestGolden(t *testing.T) {
	screens := map[string]func(Model) Model{
		"choose": func(m Model) Model { return m },
		"ticket": func(m Model) Model { m, _ = update(t, m, press("1"), newTicket()); return m },
		"straight": func(m Model) Model {
			msg := newTicket()
			msg.ticket.Type, msg.ticket.Number, msg.est = "D", "D001", queue.Estimate{Straight: true}
			m, _ = update(t, m, press("4"), msg)
			return m
		},
	}
	for _, name := range []string{"choose", "ticket", "straight"} {
		for _, lang := range []string{"zh", "en"} {
			for _, size := range [][2]int{{80, 24}, {160, 48}} {
				t.Run(fmt.Sprintf("%s_%s_%dx%d", name, lang, size[0], size[1]), func(t *testing.T) {
					m := screens[name](newModel(lang, size[0], size[1]))
					checkFits(t, m, size[0], size[1])
					golden.RequireEqual(t, []byte(plain(m)))
				})
			}
		}
	}
}

func TestQ1_TakeShowsAheadAndWait(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, cmd := update(t, m, press("1"))
	if m.mode != taking || cmd == nil {
		t.Fatalf("1 does not take a number: mode %d", m.mode)
	}
	if v := plain(m); !strings.Contains(v, "正在取号") {
		t.Fatalf("no sign of the take:\n%s", v)
	}
	if msg, ok := cmd().(takenMsg); !ok || msg.err != errNoStore {
		t.Fatalf("without a store the take says %v", msg)
	}
	m, _ = update(t, m, newTicket())
	v := plain(m)
	for _, want := range []string{"您的号码", "送修", "前面还有 3 人,预计等候约 25分钟", "请留意叫号屏", "15 秒后自动返回", "██"} {
		if !strings.Contains(v, want) {
			t.Errorf("ticket screen lacks %q:\n%s", want, v)
		}
	}
}

func TestQ1_StraightToTheCounter(t *testing.T) {
	m := newModel("en", 80, 24)
	msg := newTicket()
	msg.est = queue.Estimate{Straight: true}
	m, _ = update(t, m, press("1"), msg)
	if v := plain(m); !strings.Contains(v, "No wait right now") || strings.Contains(v, "ahead") {
		t.Fatalf("straight ticket:\n%s", v)
	}
	msg.est = queue.Estimate{Wait: 8 * time.Minute}
	m, _ = update(t, newModel("en", 80, 24), press("1"), msg)
	if v := plain(m); !strings.Contains(v, "You are next, about 8 min wait") {
		t.Fatalf("next in line:\n%s", v)
	}
}

func TestDoublePressIgnored(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("2"))
	for _, k := range []string{"2", "1", "enter", "right"} {
		var cmd tea.Cmd
		if m, cmd = update(t, m, press(k)); cmd != nil || m.mode != taking || m.sel != 1 {
			t.Fatalf("%s during a take: cmd %v, mode %d, sel %d", k, cmd != nil, m.mode, m.sel)
		}
	}
	if _, cmd := update(t, m, tea.MouseClickMsg{X: 10, Y: 6, Button: tea.MouseLeft}); cmd != nil {
		t.Fatal("a click during a take takes again")
	}
	// The ticket ignores keys for a moment, then any key goes back.
	m, _ = update(t, m, newTicket(), press("2"))
	if m.mode != showing {
		t.Fatal("a second press took the ticket off the screen at once")
	}
	m, _ = update(t, m, armMsg{seq: m.seq}, press("x"))
	if m.mode != choosing {
		t.Fatal("a key does not go back")
	}
}

func TestBackAfterAWhile(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("1"), newTicket())
	first := m.seq
	m, _ = update(t, m, armMsg{seq: first}, press("x"), press("1"), newTicket())
	m, _ = update(t, m, backMsg{seq: first})
	if m.mode != showing {
		t.Fatal("the timer of the previous ticket cut the new one short")
	}
	m, _ = update(t, m, backMsg{seq: m.seq})
	if m.mode != choosing || !strings.Contains(plain(m), "请选择服务项目") {
		t.Fatalf("not back at the start:\n%s", plain(m))
	}
}

func TestErrorShown(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("3"), takenMsg{err: fmt.Errorf("%w: %q", queue.ErrUnknownType, "C")})
	if v := plain(m); m.mode != choosing || !strings.Contains(v, "没有这个服务类型") {
		t.Fatalf("error not explained:\n%s", v)
	}
	checkFits(t, m, 80, 24)
	m, _ = update(t, m, common.SnapshotMsg{Err: &store.PathError{Path: "/d/fd.db", Err: store.ErrNotDatabase}})
	if v := plain(m); !strings.Contains(v, "没有这个服务类型") {
		t.Fatalf("the take's error is gone:\n%s", v)
	}
	m, _ = update(t, m, press("right"))
	if v := plain(m); !strings.Contains(v, "不是 frontdesk 数据库") || !strings.Contains(v, "等候 3 人") {
		t.Fatalf("read error not shown, or counts lost:\n%s", v)
	}
}

func TestMoveAndTake(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("right"), press("down"))
	if m.sel != 3 {
		t.Fatalf("right, down selects %d, want 3 (D, in a 2×2 grid)", m.sel)
	}
	m, _ = update(t, m, press("tab"))
	if m.sel != 4 {
		t.Fatalf("tab from the last service goes to %d, want 4 (the progress's button)", m.sel)
	}
	// The rating's button stands beside the progress's, under D.
	for _, step := range []struct {
		key  string
		want int
	}{{"tab", 5}, {"up", 3}, {"down", 5}} {
		if m, _ = update(t, m, press(step.key)); m.sel != step.want {
			t.Fatalf("%s selects %d, want %d", step.key, m.sel, step.want)
		}
	}
	m, _ = update(t, m, press("tab"))
	if m.sel != 0 {
		t.Fatalf("tab wraps to %d, want 0", m.sel)
	}
	m, _ = update(t, m, press("down"), press("down"))
	if m.sel != 4 {
		t.Fatalf("down, down selects %d, want 4 (the progress's button below the grid)", m.sel)
	}
	m, _ = update(t, m, press("up"))
	if m.sel != 2 {
		t.Fatalf("up from the progress's button selects %d, want 2", m.sel)
	}
	m, cmd := update(t, m, press("enter"))
	if cmd == nil || m.mode != taking {
		t.Fatal("enter does not take")
	}
	m, cmd = update(t, newModel("zh", 80, 24), press("5"))
	if cmd != nil || m.mode != choosing {
		t.Fatal("5 takes a number with four services")
	}
	if v := plain(m); !strings.Contains(v, "1–4 选择服务") {
		t.Fatalf("help line:\n%s", v)
	}
}

func TestClick(t *testing.T) {
	m := newModel("en", 80, 24)
	b := m.buttons[2]
	m, cmd := update(t, m, tea.MouseClickMsg{X: b.x + b.w/2, Y: b.y + b.h/2, Button: tea.MouseLeft})
	if cmd == nil || m.sel != 2 {
		t.Fatalf("a click on the third button selects %d", m.sel)
	}
	// The button is where the view draws it: its name is inside.
	var inside strings.Builder
	for _, row := range strings.Split(plain(newModel("en", 80, 24)), "\n")[b.y : b.y+b.h] {
		inside.WriteString(ansi.Cut(row, b.x, b.x+b.w) + "\n")
	}
	if !strings.Contains(inside.String(), "Consultation") || !strings.HasPrefix(inside.String(), "╭") {
		t.Fatalf("button 3 at %+v is not where it is drawn:\n%s", b, inside.String())
	}
}

// TestQ8_CountsOnly: the kiosk shows the services and counts, never who
// is at a counter nor another customer's number.
func TestQ8_CountsOnly(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, m := range []Model{newModel(lang, 160, 48), newModel(lang, 80, 24)} {
			shown := m.View().Content
			m, _ = update(t, m, press("1"), newTicket())
			shown += m.View().Content
			for _, secret := range []string{"张三丰", "Li Si", "A012", "A013", "B003"} {
				if strings.Contains(shown, secret) {
					t.Errorf("%s: the kiosk shows %q", lang, secret)
				}
			}
		}
	}
}

func TestNeverOverflows(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for w := 1; w <= 220; w += 9 {
			for h := 1; h <= 70; h += 4 {
				m := newModel(lang, w, h)
				checkFits(t, m, w, h)
				m, _ = update(t, m, press("1"))
				checkFits(t, m, w, h)
				m, _ = update(t, m, newTicket())
				checkFits(t, m, w, h)
			}
		}
	}
}

func TestQuitOnlyByCtrlC(t *testing.T) {
	m := newModel("zh", 80, 24)
	if _, cmd := update(t, m, press("q")); cmd != nil {
		t.Fatal("q does something on the kiosk")
	}
	_, cmd := update(t, m, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil || cmd() != tea.Quit() {
		t.Fatal("ctrl+c does not quit")
	}
	if m.Init() == nil || !m.View().AltScreen {
		t.Fatal("Init starts nothing, or not on the alternate screen")
	}
}
