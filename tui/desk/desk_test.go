package desk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/screentest"
)

// fixed is the clock of every desk test: 10:30 in Shanghai.
var fixed = time.Date(2026, 11, 22, 2, 30, 0, 0, time.UTC)

func testCommon(lang string) common.Common {
	c := common.New(nil, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	c.Repair = repair.DefaultConfig()
	c.Station = config.Default().Station
	return c
}

// ticket makes a ticket issued mins minutes before the fixed clock.
func ticket(id uint64, code string, seq, mins int) queue.Ticket {
	t, err := queue.NewTicket(queue.DefaultConfig(), code, seq, false, fixed.Add(-time.Duration(mins)*time.Minute))
	if err != nil {
		panic(err)
	}
	t.ID = id
	return t
}

// morning is a queue with a called ticket at counter 3, a long wait, a
// priority customer, someone away, another type and a no-show.
func morning() store.Snapshot {
	cur := ticket(1, "A", 12, 18)
	_ = cur.Call(3, fixed.Add(-time.Minute))
	other := ticket(2, "B", 3, 30)
	_ = other.Call(1, fixed.Add(-10*time.Minute))
	_ = other.Start(1, fixed.Add(-9*time.Minute))
	long := ticket(3, "B", 4, 17)
	prio := ticket(4, "A", 13, 5)
	prio.Priority = true
	away := ticket(5, "A", 14, 4)
	_ = away.StepAway(fixed.Add(-2 * time.Minute))
	d := ticket(6, "D", 1, 3)
	ns := ticket(7, "C", 2, 40)
	_ = ns.Call(2, fixed.Add(-35*time.Minute))
	_ = ns.MarkNoShow(2, fixed.Add(-33*time.Minute))
	fresh := ticket(8, "A", 15, 1)
	return store.Snapshot{
		Rev: 9, Day: "2026-11-22",
		Tickets: []queue.Ticket{cur, other, long, prio, away, d, ns, fresh},
		Counters: []store.CounterState{
			{Number: 1, Engineer: "王工"}, {Number: 2, Engineer: "李工"},
			{Number: 3, Engineer: "张工"}, {Number: 4, Paused: true, Engineer: "赵工"},
		},
	}
}

// newDesk is a desk signed in at counter 3, sized and loaded.
func newDesk(t testing.TB, lang string, w, h int, snap store.Snapshot) Model {
	t.Helper()
	m := New(testCommon(lang), nil, Options{Counter: 3, Engineer: "张工"})
	return send(m, tea.WindowSizeMsg{Width: w, Height: h}, common.SnapshotMsg{Snap: snap})
}

func send(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, _ := m.Update(msg)
		m = next.(Model)
	}
	return m
}

func press(keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		switch k {
		case "enter":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyEnter})
		case "tab":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyTab})
		case "down":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyDown})
		case "up":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyUp})
		case "pgdown":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyPgDown})
		case "backspace":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyBackspace})
		case "esc":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyEscape})
		default:
			for _, r := range k {
				out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return out
}

func plain(m Model) string { return ansi.Strip(m.View().Content) }

// checkFits fails when the view is wider or taller than the terminal.
func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	screentest.CheckFits(t, "the view", view, w, h)
}

func TestGoldenDesk(t *testing.T) {
	heads, err := morningStation(t).st.Board()
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				m := newDesk(t, lang, size[0], size[1], morning())
				m = send(m, boardMsg{heads: heads})
				v := m.View().Content
				checkFits(t, v, size[0], size[1])
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

func TestGoldenSetup(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		t.Run(lang, func(t *testing.T) {
			m := New(testCommon(lang), nil, Options{})
			m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
			v := m.View().Content
			checkFits(t, v, 80, 24)
			golden.RequireEqual(t, []byte(ansi.Strip(v)))
		})
	}
}

func TestQ3_DeskShowsCallScriptWordForWord(t *testing.T) {
	v := plain(newDesk(t, "zh", 80, 24, morning()))
	want := "请排队号为A012号的用户到3号接待台来,我们将为您服务,谢谢!"
	if !strings.Contains(v, "「"+want+"」") {
		t.Fatalf("call script missing:\n%s", v)
	}
}

func TestQ6_LongWaitHighlightedAndApologyWhenServed(t *testing.T) {
	snap := morning()
	m := newDesk(t, "zh", 100, 30, snap)
	v := plain(m)
	if !strings.Contains(v, "B004") || !strings.Contains(v, "17分 !") {
		t.Fatalf("long wait not marked:\n%s", v)
	}
	// The long-waiting customer is served at counter 3: the apology shows.
	snap.Tickets[0].State = queue.Finished
	_ = snap.Tickets[2].Call(3, fixed)
	_ = snap.Tickets[2].Start(3, fixed)
	snap.Rev++
	v = plain(send(m, common.SnapshotMsg{Snap: snap}))
	if !strings.Contains(v, "「对不起,让您久等了。」") {
		t.Fatalf("apology missing:\n%s", v)
	}
}

func TestQ7_PleaseWaitWhenCustomerArrivesWhileServing(t *testing.T) {
	snap := morning()
	_ = snap.Tickets[0].Start(3, fixed.Add(-3*time.Minute)) // fresh A015 came 1 minute ago
	v := plain(newDesk(t, "zh", 100, 30, snap))
	// A012 waited 17 minutes, so the greeting is the apology (Q6).
	for _, want := range []string{"「对不起,让您久等了。」", "请您稍等。"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q:\n%s", want, v)
		}
	}
}

func TestQ8_EngineerNamesStayOnTheDesk(t *testing.T) {
	// The desk is staff-facing: it may show engineers, but never unsanitised.
	snap := morning()
	snap.Counters[0].Engineer = "王\x1b[31m工\a"
	v := newDesk(t, "zh", 100, 30, snap).View().Content
	if strings.Contains(v, "\x1b[31m工") || strings.Contains(v, "\a") {
		t.Fatalf("control sequence from the database reached the screen: %q", v)
	}
}

func TestQ9_OfferedOrderPriorityFirst(t *testing.T) {
	m := newDesk(t, "zh", 100, 30, morning())
	if len(m.list) == 0 || m.list[0].t.Number != "A013" {
		t.Fatalf("priority A013 should be first offered, got %+v", m.list)
	}
	// Arrow down selects the next row; enter on a type the counter does not
	// serve is refused with a message and no command.
	m = send(m, press("down")...)
	sel, _ := m.selected()
	if sel.t.Number != "B004" {
		t.Fatalf("selected %s, want B004", sel.t.Number)
	}
}

func TestQ10_PausedCounterSaysSo(t *testing.T) {
	snap := morning()
	snap.Counters[2].Paused = true
	snap.Tickets[0].State = queue.Finished
	v := plain(newDesk(t, "en", 100, 30, snap))
	for _, want := range []string{"PAUSED", "Press p to resume"} {
		if !strings.Contains(v, want) {
			t.Errorf("missing %q:\n%s", want, v)
		}
	}
}

func TestSetupAsksCounterAndEngineer(t *testing.T) {
	m := New(testCommon("zh"), nil, Options{})
	m = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.screen != screenSetup {
		t.Fatal("first start must ask for the counter")
	}
	m = send(m, press("9", "enter", "张工", "enter")...)
	if m.screen != screenSetup || !strings.Contains(plain(m), "没有这个接待台") {
		t.Fatalf("counter 9 must be refused:\n%s", plain(m))
	}
	m = send(m, press("tab")...)
	m = send(m, tea.KeyPressMsg{Code: tea.KeyBackspace}, tea.KeyPressMsg{Code: '2', Text: "2"})
	m = send(m, press("enter", "enter")...)
	if m.screen != screenQueue || m.counter != 2 || m.engineer != "张工" {
		t.Fatalf("sign-in not taken: screen %d counter %d engineer %q\n%s", m.screen, m.counter, m.engineer, plain(m))
	}
}

func TestTransferPickerCancels(t *testing.T) {
	m := newDesk(t, "zh", 100, 30, morning())
	m = send(m, press("t")...)
	if m.screen != screenTransfer || !strings.Contains(plain(m), "把 A012 转到哪个服务类型") {
		t.Fatalf("picker not shown:\n%s", plain(m))
	}
	m = send(m, press("z")...)
	if !strings.Contains(plain(m), "没有这个服务类型") {
		t.Fatalf("unknown type not refused:\n%s", plain(m))
	}
	m = send(m, press("esc")...)
	if m.screen != screenQueue {
		t.Fatal("esc must cancel the transfer")
	}
}
