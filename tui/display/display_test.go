package display

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
	"frontdesk/wire"
)

// fixed is the clock of every test: 14:05 in Shanghai.
var fixed = time.Date(2026, 3, 14, 6, 5, 0, 0, time.UTC)

func at(hhmm string) time.Time {
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		panic(err)
	}
	return time.Date(2026, 3, 14, t.Hour()-8, t.Minute(), 0, 0, time.UTC)
}

func ticket(number string, state queue.State, counter int) queue.Ticket {
	return queue.Ticket{Type: number[:1], Number: number, State: state, Counter: counter, IssuedAt: at("13:00")}
}

// snapshot is a morning at a station: A012 just called to counter 3, a
// recall before it, engineers signed in by name (which must never show).
func snapshot() store.Snapshot {
	away := ticket("A016", queue.Waiting, 0)
	away.AwayAt = at("14:01")
	return store.Snapshot{
		Rev: 7, Day: "2026-03-14",
		Tickets: []queue.Ticket{
			ticket("A010", queue.Finished, 1), ticket("A011", queue.Serving, 2),
			ticket("A012", queue.Called, 3), ticket("A013", queue.Waiting, 0),
			ticket("A014", queue.Waiting, 0), ticket("A015", queue.Transferred, 0), away,
			ticket("B002", queue.Called, 1), ticket("B003", queue.Waiting, 0), ticket("B004", queue.Waiting, 0),
			ticket("C001", queue.Waiting, 0), ticket("D001", queue.Serving, 4),
		},
		Counters: []store.CounterState{
			{Number: 1, Engineer: "李四"},
			{Number: 2, Engineer: "王五"},
			{Number: 3, Engineer: "张三丰"},
			{Number: 4, Engineer: "Zhao Liu", Paused: true},
		},
		Calls: []store.Call{
			{Number: "A012", Type: "A", Counter: 3, At: at("14:04")},
			{Number: "B002", Type: "B", Counter: 1, At: at("14:02")},
			{Number: "A011", Type: "A", Counter: 2, At: at("14:00"), Recall: true},
			{Number: "A011", Type: "A", Counter: 2, At: at("13:57")},
			{Number: "D001", Type: "D", Counter: 4, At: at("13:55")},
			{Number: "A010", Type: "A", Counter: 1, At: at("13:48")},
		},
	}
}

func newModel(lang string, w, h int) Model {
	c := common.New(nil, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	m, _ := New(c, nil).Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m.(Model)
}

func update(t *testing.T, m Model, msg tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

func plain(m Model) string { return ansi.Strip(m.View().Content) }

// messages runs cmd and the commands of any batch in it, and collects what
// they return within a moment; timers and feed waits are left behind.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		if batch, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range batch {
				out = append(out, messages(c)...)
			}
			return out
		}
		return []tea.Msg{msg}
	case <-time.After(50 * time.Millisecond):
		return nil
	}
}

// bells is what the command rings: the number of BEL characters it prints.
func bells(cmd tea.Cmd) int {
	n := 0
	for _, msg := range messages(cmd) {
		if raw, ok := msg.(tea.RawMsg); ok {
			n += strings.Count(fmt.Sprint(raw.Msg), "\a")
		}
	}
	return n
}

// checkFits fails when the view is wider or taller than the terminal.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	screentest.CheckFits(t, "the view", view, w, h)
}

func TestGolden(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := newModel(lang, size[0], size[1])
				m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
				checkFits(t, m.View().Content, size[0], size[1])
				golden.RequireEqual(t, []byte(plain(m)))
			})
		}
	}
}

func TestGoldenFlash(t *testing.T) {
	m := newModel("zh", 80, 24)
	snap := snapshot()
	old := snap
	old.Calls = old.Calls[1:]
	m, _ = update(t, m, common.SnapshotMsg{Snap: old})
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	if !m.lit {
		t.Fatal("a new call is not lit")
	}
	checkFits(t, m.View().Content, 80, 24)
	golden.RequireEqual(t, []byte(plain(m)))
}

func TestQ4_BellOncePerNewCall(t *testing.T) {
	snap := snapshot()
	m := newModel("zh", 80, 24)

	m, cmd := update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 0 || m.lit {
		t.Fatalf("first load rang %d bells, lit %v; want none", n, m.lit)
	}
	m, cmd = update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 0 || m.lit {
		t.Fatalf("re-read without a new call rang %d bells, lit %v", n, m.lit)
	}

	call := func(s store.Snapshot, c store.Call) store.Snapshot {
		s.Calls = append([]store.Call{c}, s.Calls...)
		s.Tickets = append([]queue.Ticket(nil), s.Tickets...)
		for i, t := range s.Tickets {
			if t.Number == c.Number {
				s.Tickets[i].State, s.Tickets[i].Counter = queue.Called, c.Counter
			}
		}
		return s
	}
	snap = call(snap, store.Call{Number: "B003", Type: "B", Counter: 1, At: at("14:06")})
	m, cmd = update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 1 || !m.lit {
		t.Fatalf("new call rang %d bells, lit %v; want 1, lit", n, m.lit)
	}
	if v := plain(m); !strings.Contains(v, "请排队号为B003号的用户到1号接待台来") {
		t.Fatalf("the new call's script is not shown:\n%s", v)
	}
	m, cmd = update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 0 {
		t.Fatalf("re-read after a call rang %d bells", n)
	}

	snap = call(snap, store.Call{Number: "B003", Type: "B", Counter: 1, At: at("14:07"), Recall: true})
	m, cmd = update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 1 {
		t.Fatalf("recall rang %d bells, want 1", n)
	}

	snap = call(snap, store.Call{Number: "C001", Type: "C", Counter: 2, At: at("14:08")})
	snap = call(snap, store.Call{Number: "A013", Type: "A", Counter: 3, At: at("14:08").Add(time.Second)})
	_, cmd = update(t, m, common.SnapshotMsg{Snap: snap})
	if n := bells(cmd); n != 2 {
		t.Fatalf("two calls in one read rang %d bells, want 2", n)
	}
}

func TestQ4_FirstCallOfTheDayRings(t *testing.T) {
	m := newModel("en", 80, 24)
	empty := snapshot()
	empty.Calls = nil
	m, _ = update(t, m, common.SnapshotMsg{Snap: empty})
	if v := plain(m); !strings.Contains(v, "Welcome! Please take a number") {
		t.Fatalf("no welcome before the first call:\n%s", v)
	}
	_, cmd := update(t, m, common.SnapshotMsg{Snap: snapshot()})
	if n := bells(cmd); n != 6 {
		t.Fatalf("the day's first calls rang %d bells, want 6", n)
	}
}

func TestFlashEnds(t *testing.T) {
	m := newModel("zh", 80, 24)
	snap := snapshot()
	m, _ = update(t, m, common.SnapshotMsg{Snap: store.Snapshot{}})
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	first := m.flash
	snap.Calls = append([]store.Call{{Number: "C001", Counter: 2, At: at("14:09")}}, snap.Calls...)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	m, _ = update(t, m, flashOffMsg{seq: first})
	if !m.lit {
		t.Fatal("the timer of an older call ended the newer call's flash")
	}
	m, _ = update(t, m, flashOffMsg{seq: m.flash})
	if m.lit {
		t.Fatal("the flash did not end")
	}
}

func TestErrorKeepsLastData(t *testing.T) {
	m := newModel("en", 80, 24)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
	m, _ = update(t, m, common.SnapshotMsg{Err: &store.PathError{Path: "/data/fd.db", Err: store.ErrLocked, Wait: 3 * time.Second}})
	v := plain(m)
	if !strings.Contains(v, "held by another program") || !strings.Contains(v, "Would customer number A012") {
		t.Fatalf("error not shown, or data lost:\n%s", v)
	}
	checkFits(t, m.View().Content, 80, 24)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
	if strings.Contains(plain(m), "held by another program") {
		t.Fatal("error stays after a good read")
	}
}

// The owner of the database went away and came back: the display says it
// is reconnecting, keeps what it showed, then says it is back.
func TestReconnectingAndBack(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
	m, _ = update(t, m, common.SnapshotMsg{Err: wire.ErrReconnecting})
	if v := plain(m); !strings.Contains(v, "正在重新连接") || !strings.Contains(v, "A012") || strings.Contains(v, "未保存") {
		t.Fatalf("reconnecting not said, or said as a save's, or the calls lost:\n%s", v)
	}
	checkFits(t, m.View().Content, 80, 24)
	m, cmd := update(t, m, common.SnapshotMsg{Snap: snapshot()})
	if v := plain(m); !strings.Contains(v, "已重新连接数据库") || strings.Contains(v, "正在重新连接") || cmd == nil {
		t.Fatalf("back not said (timer %v):\n%s", cmd != nil, v)
	}
	checkFits(t, m.View().Content, 80, 24)
}

func TestWaitingPerType(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
	v := plain(m)
	// A013, A014, A015 (transferred) wait, A016 stepped away.
	for _, want := range []string{"A  送修", "3人", "B  取机", "2人", "C  咨询", "1人", "D  商用", "0人"} {
		if !strings.Contains(v, want) {
			t.Errorf("%q missing:\n%s", want, v)
		}
	}
}

// TestQ8_NumbersOnly: names of engineers, and anything a database could
// smuggle into a ticket number, never reach the display.
func TestQ8_NumbersOnly(t *testing.T) {
	snap := snapshot()
	snap.Calls[1].Number = "B002\x1b[31m\a"
	for _, lang := range []string{"zh", "en"} {
		m := newModel(lang, 160, 48)
		m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
		raw := m.View().Content
		for _, name := range []string{"张三丰", "李四", "王五", "Zhao"} {
			if strings.Contains(raw, name) {
				t.Errorf("%s: the display shows %q", lang, name)
			}
		}
		if strings.Contains(raw, "\a") || strings.Contains(raw, "[31m") {
			t.Errorf("%s: control characters from the database reach the screen", lang)
		}
	}
}

func TestNeverOverflows(t *testing.T) {
	snap := snapshot()
	for _, lang := range []string{"zh", "en"} {
		for w := 1; w <= 220; w += 7 {
			for h := 1; h <= 70; h += 3 {
				m := newModel(lang, w, h)
				checkFits(t, m.View().Content, w, h)
				m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
				checkFits(t, m.View().Content, w, h)
				m.lit = true
				m.render()
				checkFits(t, m.View().Content, w, h)
			}
		}
	}
}

func TestScaleGrowsWithTheScreen(t *testing.T) {
	lines := func(w, h int) int {
		m := newModel("zh", w, h)
		m, _ = update(t, m, common.SnapshotMsg{Snap: snapshot()})
		return strings.Count(plain(m), "██")
	}
	if small, large := lines(80, 24), lines(200, 50); large <= small*2 {
		t.Fatalf("digits at 200×50 (%d blocks) not larger than at 80×24 (%d)", large, small)
	}
}

func TestKeysAndCommands(t *testing.T) {
	m := newModel("zh", 80, 24)
	if m.Init() == nil {
		t.Fatal("Init starts nothing")
	}
	if !m.View().AltScreen {
		t.Fatal("not on the alternate screen")
	}
	_, cmd := update(t, m, tea.KeyPressMsg{Code: 'q', Text: "q"})
	if msgs := messages(cmd); len(msgs) != 1 || msgs[0] != tea.Quit() {
		t.Fatalf("q gives %v, want quit", msgs)
	}
	if _, cmd := update(t, m, tea.KeyPressMsg{Code: 'x', Text: "x"}); cmd != nil {
		t.Fatal("another key does something")
	}
	feed := make(chan uint64, 1)
	c := common.New(nil, queue.DefaultConfig(), "zh", true, func() time.Time { return fixed })
	feed <- 9
	_, cmd = update(t, New(c, feed), common.ChangedMsg{Rev: 8})
	if msgs := messages(cmd); len(msgs) != 1 || msgs[0] != (common.ChangedMsg{Rev: 9}) {
		t.Fatalf("a change does not re-arm the feed: %v", msgs)
	}
}

func TestClockTicks(t *testing.T) {
	now := fixed
	c := common.New(nil, queue.DefaultConfig(), "zh", true, func() time.Time { return now })
	next, _ := New(c, nil).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m := next.(Model)
	if !strings.Contains(plain(m), "14:05") {
		t.Fatal("no clock")
	}
	now = now.Add(2 * time.Minute)
	m, cmd := update(t, m, common.ClockMsg(now))
	if cmd == nil || !strings.Contains(plain(m), "14:07") {
		t.Fatalf("the clock does not move or is not re-armed:\n%s", plain(m))
	}
}

// TestNowCallingIsOnlyAnOpenCall: a call whose ticket was finished or
// transferred since is no longer 「正在叫号」 — the newest call still open
// takes its place, and with none the display welcomes — while every call
// stays in the list of recent calls.
func TestNowCallingIsOnlyAnOpenCall(t *testing.T) {
	snap := snapshot()
	m := newModel("zh", 100, 30)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	if v := plain(m); !strings.Contains(v, "请排队号为A012号的用户到3号接待台来") {
		t.Fatalf("the open call A012 is not the one shown:\n%s", v)
	}
	set := func(number string, state queue.State) {
		snap.Tickets = append([]queue.Ticket(nil), snap.Tickets...)
		for i := range snap.Tickets {
			if snap.Tickets[i].Number == number {
				snap.Tickets[i].State = state
			}
		}
	}
	set("A012", queue.Transferred)
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	v := plain(m)
	if strings.Contains(v, "请排队号为A012号") || !strings.Contains(v, "请排队号为B002号的用户到1号接待台来") {
		t.Fatalf("A012 transferred: the display shows\n%s", v)
	}
	if !strings.Contains(v, "A012") {
		t.Fatalf("A012 left the recent calls:\n%s", v)
	}
	for _, n := range []string{"B002", "A011", "D001"} {
		set(n, queue.Finished)
	}
	m, _ = update(t, m, common.SnapshotMsg{Snap: snap})
	if v := plain(m); strings.Contains(v, "请排队号为") || strings.Contains(v, "正在叫号") || !strings.Contains(v, "欢迎光临") {
		t.Fatalf("every call finished: the display shows\n%s", v)
	}
}
