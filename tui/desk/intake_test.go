package desk

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
)

// drive sends each message and runs the commands it returns, as the
// runtime would.
func drive(m Model, msgs ...tea.Msg) Model {
	for _, msg := range msgs {
		next, cmd := m.Update(msg)
		m = run(next.(Model), cmd)
	}
	return m
}

// run executes a command the way the runtime would, feeding each message
// back into the desk, until nothing is left to do. Commands that do not
// answer at once (timers, the change feed) are dropped.
func run(m Model, cmd tea.Cmd) Model {
	return runDepth(m, cmd, 0)
}

func runDepth(m Model, cmd tea.Cmd, depth int) Model {
	if depth > 50 {
		return m
	}
	for _, msg := range execute(cmd) {
		next, more := m.Update(msg)
		m = runDepth(next.(Model), more, depth+1)
	}
	return m
}

// execute runs a command (a batch: each of its parts) and returns the
// messages that arrive within a moment, or, from the desk's own work (a
// read or a save of the store), whenever it answers: on a machine busy
// with other tests a save can take longer than a moment, and dropping it
// would fail a test that did nothing wrong.
func execute(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	wait := 20 * time.Millisecond
	if ownWork(cmd) {
		wait = 10 * time.Second
	}
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(wait):
		return nil
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			out = append(out, execute(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// ownWork reports whether cmd is one of frontdesk's own that answers when
// its work is done, rather than a timer or the change feed, which wait for
// time or another program and are dropped.
func ownWork(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.HasPrefix(name, "frontdesk/") && !strings.Contains(name, "WaitChange") &&
		!strings.Contains(name, "tick") && !strings.Contains(name, "Tick")
}

// atIntake is a desk at counter 3 whose called A ticket has its intake open.
func atIntake(t testing.TB, lang string, w, h int) Model {
	t.Helper()
	m := newDesk(t, lang, w, h, morning())
	m = drive(m, press("i")...)
	if m.screen != screenIntake {
		t.Fatalf("intake did not open: %s", plain(m))
	}
	return m
}

// The keys of an in-warranty notebook handed over with two accessories, as
// the end-to-end script types them, section by section.
var (
	keysCustomer = []string{"enter", "13800138000", "enter", "张伟", "enter"}
	keysDevice   = []string{"enter", "PF2XK9A1", "enter", "Lenovo", "enter", "ThinkPad X1", "enter", "enter", "2026-05-10", "enter"}
	keysVerdict  = []string{"enter"}
	keysFault    = []string{"开机后屏幕闪烁,偶尔黑屏", "enter", "enter"}
	keysAcc      = []string{" ", "down", " ", "enter", "enter"}
	keysData     = []string{"y", "enter", "y"}
	keysPromise  = []string{"enter", "enter"}
)

func intakeKeys() []tea.Msg {
	var all []string
	for _, k := range [][]string{keysCustomer, keysDevice, keysVerdict, keysFault, keysAcc, keysData, keysPromise} {
		all = append(all, k...)
	}
	return press(all...)
}

// errorOf is the form's error message under the focused field.
func focusedErr(m Model) error {
	if f := m.form.form.GetFocusedField(); f != nil {
		return f.Error()
	}
	return nil
}

func TestI1_DealerWithoutEndUserShowsTheRefusal(t *testing.T) {
	m := atIntake(t, "zh", 100, 30)
	// who: dealer for a consumer (third choice), then phone and name left empty
	m = drive(m, press("right", "right", "enter", "enter")...)
	err := focusedErr(m)
	if err == nil || err.Error() != repair.DealerRefusal {
		t.Fatalf("empty phone of a dealer drop-off: got %v, want the standard script", err)
	}
	if m.form.form.GetFocusedField().GetKey() != repair.FieldPhone {
		t.Fatalf("the form moved past the refused field")
	}
	if !strings.Contains(plain(m), "麻烦您提供最终用户的姓名和联系方式") {
		t.Errorf("the script is not on the screen:\n%s", plain(m))
	}
}

func TestIntakeRejectsBadInputWhereTyped(t *testing.T) {
	cases := []struct {
		name string
		keys []string
		want string
	}{
		{"phone letters", []string{"enter", "13800abc000", "enter"}, "不是有效电话"},
		{"phone short", []string{"enter", "1380013", "enter"}, "不是有效电话"},
		{"empty name", []string{"enter", "13800138000", "enter", "enter"}, "必填"},
		{"long name", []string{"enter", "13800138000", "enter", strings.Repeat("张", 40), "enter"}, "太长"},
		{"bad serial", []string{"enter", "13800138000", "enter", "张伟", "enter", "enter", "PF 2!", "enter"}, "序列号为"},
		{"future purchase", append(append([]string{}, keysCustomer...), "enter", "PF2XK9A1", "enter", "enter", "enter", "enter", "2027-01-01", "enter"), "不能晚于今天"},
		{"not a date", append(append([]string{}, keysCustomer...), "enter", "PF2XK9A1", "enter", "enter", "enter", "enter", "2026-13-45", "enter"), "日期格式"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := atIntake(t, "zh", 100, 30)
			m = drive(m, press(c.keys...)...)
			err := focusedErr(m)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want a message containing %q\n%s", err, c.want, plain(m))
			}
			if !strings.Contains(plain(m), c.want) {
				t.Errorf("the message is not on the screen")
			}
		})
	}
}

func TestIntakeControlCharactersAreRefused(t *testing.T) {
	m := atIntake(t, "en", 100, 30)
	m = drive(m, press("enter", "13800138000", "enter")...)
	m = drive(m, tea.PasteMsg{Content: "Zhang\x1b[31mWei\x07"}, tea.KeyPressMsg{Code: tea.KeyEnter})
	// The input either refuses the text or drops the control characters;
	// either way none of them is kept or reaches the terminal.
	if err := focusedErr(m); err == nil && strings.ContainsAny(m.form.in.Name, "\x1b\x07") {
		t.Fatalf("name kept control characters: %q", m.form.in.Name)
	}
	if strings.Contains(m.View().Content, "\x1b[31mWei") || strings.Contains(m.View().Content, "\x07") {
		t.Error("the escape sequence reached the screen")
	}
}

func TestIntakeWalksTheCounterToTheLastSection(t *testing.T) {
	m := atIntake(t, "zh", 100, 30)
	m = drive(m, intakeKeys()...)
	if k := m.form.form.GetFocusedField().GetKey(); k != "save" {
		t.Fatalf("after the standard keys the form is at %q, want the confirmation\n%s", k, plain(m))
	}
	in := *m.form.in
	if in.Phone != "13800138000" || in.Name != "张伟" || in.Serial != "PF2XK9A1" || !in.BackupRaised || !in.OpenConsent {
		t.Errorf("intake not filled as typed: %+v", in)
	}
	if strings.Join(in.Accessories, ",") != "adapter,cord" {
		t.Errorf("accessories %v, want adapter and cord", in.Accessories)
	}
	if !in.LoanerOffered {
		t.Error("a promise days away must record the loaner offer (I12)")
	}
	if _, ps := repair.Check(m.c.Repair, in, m.c.Now(), m.c.Cfg.Location); !ps.OK() {
		t.Errorf("the walked intake does not pass: %v", ps)
	}
}

func TestGoldenIntake(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, step := range []struct {
			name string
			keys []string
		}{
			{"customer", nil},
			{"device", keysCustomer},
			{"warranty", append(append([]string{}, keysCustomer...), keysDevice...)},
		} {
			t.Run(lang+"_"+step.name, func(t *testing.T) {
				m := atIntake(t, lang, 80, 24)
				m = drive(m, press(step.keys...)...)
				v := m.View().Content
				checkFits(t, v, 80, 24)
				golden.RequireEqual(t, []byte(ansi.Strip(v)))
			})
		}
	}
}

// BenchmarkIntakeKeystroke is one typed character in the intake, Update and
// View, as the engineer feels it.
func BenchmarkIntakeKeystroke(b *testing.B) {
	m := atIntake(b, "zh", 80, 24)
	m = drive(m, press(keysCustomer...)...)
	m = drive(m, press("enter")...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next, _ := m.Update(tea.KeyPressMsg{Code: 'A', Text: "A"})
		_ = next.(Model).View()
	}
}
