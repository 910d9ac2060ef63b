package kiosk

// The progress screen as a customer meets it: what may be typed, its keys,
// the button, the answers drawn, at any size.

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/repair"
	"frontdesk/store"
)

// TestProgressHostileInput: what is typed or pasted cannot reach the
// terminal: only the claim alphabet enters the code and only digits the
// phone's field, each no longer than its length.
func TestProgressHostileInput(t *testing.T) {
	hostile := []string{
		"\x1b[2J\x1b[31mAB", "\x1b]0;pwned\x07", "\x1b]8;;http://x\x1b\\CD\x1b]8;;\x1b\\",
		"\x00\x07\x08\x7f\u009b31m", "\u202eEF", "王小明", "ｇｈ", strings.Repeat("Z9", 50000),
	}
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("0"))
	for _, s := range hostile {
		m, _ = update(t, m, tea.PasteMsg{Content: s})
		m, _ = update(t, m, tea.KeyPressMsg{Code: 'x', Text: s})
	}
	if m.claim != "ABABCDCD" {
		t.Fatalf("the claim field holds %q, want the letters outside the escape sequences", m.claim)
	}
	checkClean(t, m)
	m, _ = update(t, m, press("enter"))
	for _, s := range hostile {
		m, _ = update(t, m, tea.PasteMsg{Content: s}, tea.KeyPressMsg{Code: 'x', Text: s})
	}
	if m.mode != dialing || len(m.last4) != 4 || strings.Trim(m.last4, "0123456789") != "" {
		t.Fatalf("the digits field holds %q (mode %d)", m.last4, m.mode)
	}
	checkClean(t, m)
	// ctrl and alt chords type nothing.
	kept := m.last4[:3]
	m, _ = update(t, m, backspace(), tea.KeyPressMsg{Code: '1', Text: "1", Mod: tea.ModAlt}, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if m.last4 != kept {
		t.Fatalf("chords typed: %q, want %q", m.last4, kept)
	}
}

// checkClean: the view fits and, its styling aside, holds no escape
// sequence or control character.
func checkClean(t *testing.T, m Model) {
	t.Helper()
	checkFits(t, m, 80, 24)
	for _, r := range plain(m) {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
			t.Fatalf("the view holds %U:\n%q", r, plain(m))
		}
	}
}

// TestProgressForgetsWhenIdle: an input screen left alone goes back and
// forgets what was typed; a key restarts the wait.
func TestProgressForgetsWhenIdle(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("0"))
	m, _ = update(t, m, typeIn("WXYZ")...)
	stale := m.seq
	m, _ = update(t, m, typeIn("K")...)
	m, _ = update(t, m, backMsg{seq: stale})
	if m.mode != claiming || m.claim != "WXYZK" {
		t.Fatalf("an earlier key's timer cut the input short: mode %d, %q", m.mode, m.claim)
	}
	m, _ = update(t, m, typeIn("MNP")...)
	m, _ = update(t, m, press("enter"))
	m, _ = update(t, m, typeIn("12")...)
	m, _ = update(t, m, backMsg{seq: m.seq})
	v := plain(m)
	if m.mode != choosing || m.claim != "" || m.last4 != "" || strings.Contains(v, "WXYZ") {
		t.Fatalf("idle input not forgotten: mode %d, %q %q:\n%s", m.mode, m.claim, m.last4, v)
	}
	if !strings.Contains(v, "请选择服务项目") {
		t.Fatalf("not back at the buttons:\n%s", v)
	}
}

func TestProgressKeys(t *testing.T) {
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("0"))
	if m.mode != claiming || !strings.Contains(plain(m), "请输入取机凭证上的取机码") {
		t.Fatalf("0 does not ask for the claim code:\n%s", plain(m))
	}
	// Not yet whole: no look-up, a hint.
	m, _ = update(t, m, typeIn("abc")...)
	m, _ = update(t, m, press("enter"))
	if m.mode != claiming || !strings.Contains(plain(m), "取机码共 8 位,请输入完整") {
		t.Fatalf("a short code goes on:\n%s", plain(m))
	}
	// A look-alike is refused with a hint; backspace deletes.
	m, _ = update(t, m, typeIn("o")...)
	if m.claim != "ABC" || !strings.Contains(plain(m), "没有 I、L、O") {
		t.Fatalf("o typed: %q\n%s", m.claim, plain(m))
	}
	m, _ = update(t, m, backspace())
	m, _ = update(t, m, typeIn("-defghjk")...)
	if m.claim != "ABDEFGHJ" {
		t.Fatalf("claim %q", m.claim)
	}
	if v := plain(m); !strings.Contains(v, "A B D E - F G H J") {
		t.Fatalf("the field does not show the code:\n%s", v)
	}
	m, _ = update(t, m, press("enter"))
	if m.mode != dialing || !strings.Contains(plain(m), "取机码 ABDE-FGHJ") {
		t.Fatalf("enter does not go on to the digits:\n%s", plain(m))
	}
	m, _ = update(t, m, typeIn("123")...)
	if v := plain(m); !strings.Contains(v, "• • • _") || strings.Contains(v, "123") {
		t.Fatalf("the digits are not masked:\n%s", v)
	}
	m, _ = update(t, m, press("enter"))
	if m.mode != dialing || !strings.Contains(plain(m), "请输入 4 位数字") {
		t.Fatalf("three digits are looked up:\n%s", plain(m))
	}
	// esc goes back a step, keeping the code; again, to the buttons.
	m, _ = update(t, m, esc())
	if m.mode != claiming || m.claim != "ABDEFGHJ" || m.last4 != "" {
		t.Fatalf("esc from the digits: mode %d, %q %q", m.mode, m.claim, m.last4)
	}
	m, _ = update(t, m, esc())
	if m.mode != choosing || m.claim != "" {
		t.Fatalf("esc from the code: mode %d, %q", m.mode, m.claim)
	}
	// The look-up ignores keys; without a store it says so on the digits'
	// screen, keeping them to try again.
	m, cmd := lookUp(t, m, "ABDEFGHJ", "1234")
	if next, c := update(t, m, press("enter")); c != nil || next.mode != checking {
		t.Fatal("a key during the look-up does something")
	}
	if !strings.Contains(plain(m), "正在查询") {
		t.Fatalf("no sign of the look-up:\n%s", plain(m))
	}
	m = answer(t, m, cmd)
	if m.mode != dialing || m.last4 != "1234" || !strings.Contains(plain(m), "no database") {
		t.Fatalf("a store error: mode %d, %q:\n%s", m.mode, m.last4, plain(m))
	}
}

// TestProgressButton: the button stands below the services, reached by
// the arrows, tab, enter and a click.
func TestProgressButton(t *testing.T) {
	m := newModel("zh", 80, 24)
	b := m.buttons[4]
	if len(m.buttons) != 6 { // the services', the progress's and the rating's
		t.Fatalf("%d buttons", len(m.buttons))
	}
	row := strings.Split(plain(m), "\n")[b.y+b.h/2]
	if !strings.Contains(ansi.Cut(row, b.x, b.x+b.w), "0  查询维修进度") {
		t.Fatalf("the progress's button at %+v is not where it is drawn: %q", b, row)
	}
	next, _ := update(t, m, tea.MouseClickMsg{X: b.x + 1, Y: b.y + 1, Button: tea.MouseLeft})
	if next.mode != claiming {
		t.Fatal("a click on the button does not open the progress")
	}
	next, _ = update(t, m, press("down"), press("down"), press("enter"))
	if next.mode != claiming {
		t.Fatal("down, down, enter does not open the progress")
	}
	next, _ = update(t, m, press("left"), press("left"), tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	if next.mode != claiming {
		t.Fatal("left, left from the first button (past the rating's), space does not open the progress")
	}
	// A click on the input screen does nothing.
	if after, cmd := update(t, next, tea.MouseClickMsg{X: 40, Y: 12, Button: tea.MouseLeft}); cmd != nil || after.mode != claiming {
		t.Fatal("a click on the input screen does something")
	}
}

func TestProgressReadyAndClosed(t *testing.T) {
	for _, c := range []struct {
		state repair.State
		want  string
	}{
		{repair.StateReady, "已修好,请携带取机凭证到服务台取机"},
		{repair.StatePickedUp, "已取机"},
		{repair.StateReturned, "未修复退回"},
		{repair.State("beamed_up"), "处理中,详情请到服务台咨询"},
	} {
		m := answered80(t, "zh", checkedMsg{found: progress{state: c.state, promised: promised}})
		v := plain(m)
		if !strings.Contains(v, c.want) {
			t.Errorf("%s: lacks %q:\n%s", c.state, c.want, v)
		}
		if (c.state == repair.StateReady || c.state.Final()) && strings.Contains(v, "预计完成") {
			t.Errorf("%s: a promise is shown for work that is over:\n%s", c.state, v)
		}
	}
}

// answered80 is the zh or en kiosk at 80×24 after a look-up answered msg.
func answered80(t *testing.T, lang string, msg checkedMsg) Model {
	t.Helper()
	m, _ := lookUp(t, newModel(lang, 80, 24), "ABCD-EFGH", "1234")
	m, _ = update(t, m, msg)
	return m
}

func TestProgressGolden(t *testing.T) {
	screens := map[string]func(lang string) Model{
		"claim": func(lang string) Model {
			m, _ := update(t, newModel(lang, 80, 24), press("0"))
			m, _ = update(t, m, typeIn("abcd-e")...)
			return m
		},
		"digits": func(lang string) Model {
			m, _ := update(t, newModel(lang, 80, 24), press("0"))
			m, _ = update(t, m, typeIn("abcdefgh")...)
			m, _ = update(t, m, press("enter"))
			m, _ = update(t, m, typeIn("12")...)
			return m
		},
		"wrong": func(lang string) Model {
			return answered80(t, lang, checkedMsg{err: fmt.Errorf("store: %w", repair.ErrWrongClaim)})
		},
		"answer": func(lang string) Model {
			return answered80(t, lang, checkedMsg{found: progress{state: repair.StateWaitApproval, promised: promised}})
		},
		"locked": func(lang string) Model {
			return answered80(t, lang, checkedMsg{err: &store.LockedError{Until: fixed.Add(30 * time.Minute), Counter: true}})
		},
	}
	for _, name := range []string{"claim", "digits", "wrong", "answer", "locked"} {
		for _, lang := range []string{"zh", "en"} {
			t.Run(fmt.Sprintf("%s_%s_80x24", name, lang), func(t *testing.T) {
				m := screens[name](lang)
				checkFits(t, m, 80, 24)
				golden.RequireEqual(t, []byte(plain(m)))
			})
		}
	}
}

func TestProgressNeverOverflows(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for w := 1; w <= 220; w += 9 {
			for h := 1; h <= 70; h += 4 {
				m := newModel(lang, w, h)
				m, _ = update(t, m, press("down"), press("down"), press("down"))
				checkFits(t, m, w, h)
				m, _ = update(t, m, press("0"))
				m, _ = update(t, m, typeIn("abcd")...)
				m, _ = update(t, m, press("enter"))
				checkFits(t, m, w, h)
				m, _ = update(t, m, typeIn("efgh")...)
				m, _ = update(t, m, press("enter"), press("1"), press("enter"))
				checkFits(t, m, w, h)
				m, _ = update(t, m, typeIn("234")...)
				m, _ = update(t, m, press("enter"))
				for _, msg := range []checkedMsg{
					{found: progress{state: repair.StateReady, promised: promised}},
					{found: progress{state: repair.StateWaitApproval, promised: promised}},
					{err: &store.LockedError{Until: fixed}},
				} {
					a, _ := update(t, m, msg)
					checkFits(t, a, w, h)
				}
			}
		}
	}
}
