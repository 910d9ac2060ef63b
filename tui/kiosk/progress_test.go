package kiosk

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// promised is the order's promised time: 15:00 in Shanghai, two days on.
var promised = time.Date(2026, 3, 16, 7, 0, 0, 0, time.UTC)

// typeIn is s typed key by key.
func typeIn(s string) []tea.Msg {
	var out []tea.Msg
	for _, r := range s {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

func esc() tea.KeyPressMsg       { return tea.KeyPressMsg{Code: tea.KeyEscape} }
func backspace() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyBackspace} }

// lookUp opens the progress, types the claim code and the digits and sends
// them; the returned command is the look-up (not run).
func lookUp(t *testing.T, m Model, claim, last4 string) (Model, tea.Cmd) {
	t.Helper()
	m, _ = update(t, m, press("0"))
	m, _ = update(t, m, typeIn(claim)...)
	m, _ = update(t, m, press("enter"))
	m, _ = update(t, m, typeIn(last4)...)
	m, cmd := update(t, m, press("enter"))
	if m.mode != checking {
		t.Fatalf("%q %q: not looking up (mode %d, note %q):\n%s", claim, last4, m.mode, m.note, plain(m))
	}
	return m, cmd
}

// answer runs the look-up and hands its answer to the kiosk.
func answer(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	msg, ok := cmd().(checkedMsg)
	if !ok {
		t.Fatal("the look-up does not answer with a checkedMsg")
	}
	m, _ = update(t, m, msg)
	return m
}

// customer is the order the store-backed tests look up: everything in it
// but its state and promised time is secret at the kiosk.
var customer = struct{ name, phone, last4, serial, brand, model, fault string }{
	"王小明", "138-1234-5678", "5678", "PF3XK9Q2", "联想", "ThinkPad X1", "开机无显示",
}

// withOrder is a kiosk on a real database holding one order, moved on to
// repairing, with repair rules r; the store's clock stands still at fixed.
func withOrder(t *testing.T, lang string, r repair.Config) (Model, repair.Order) {
	t.Helper()
	cfg := queue.DefaultConfig()
	now := func() time.Time { return fixed }
	st, err := store.Open(store.Options{Path: filepath.Join(t.TempDir(), "fd.db"), Queue: cfg, Now: now, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	o, err := st.SaveIntake("安娜", 1, repair.Order{Promised: promised, Intake: repair.Intake{
		Name: customer.name, Phone: customer.phone, Serial: customer.serial, Kind: repair.Consumer,
		Device: "notebook", Brand: customer.brand, Model: customer.model,
		Fault: customer.fault, Reproduced: repair.ReproducedYes,
	}})
	if err != nil {
		t.Fatal(err)
	}
	o, err = st.UpdateOrder("安娜", 1, o.ID, func(o repair.Order, now time.Time) (repair.Order, error) {
		if o, err := repair.Move(o, repair.StateDiagnosing, "安娜", now, ""); err != nil {
			return o, err
		} else {
			return repair.Move(o, repair.StateRepairing, "安娜", now, "")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	c := common.New(st, cfg, lang, true, now)
	c.Repair = r
	next, _ := New(c, nil).Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	next, _ = next.Update(common.SnapshotMsg{Snap: snapshot()})
	return next.(Model), o
}

// secrets are what the kiosk must never show of an order (Q8).
func secrets(o repair.Order) []string {
	return []string{customer.name, customer.phone, "13812345678", customer.last4, customer.serial,
		customer.brand, customer.model, customer.fault, o.Number, o.Claim, repair.FormatClaim(o.Claim), "安娜"}
}

func TestP1_ProgressShowsStateAndPromisedOnly(t *testing.T) {
	for lang, want := range map[string][]string{
		"zh": {"维修进度", "维修中", "预计完成时间", "3月16日 15:00", "15 秒后自动返回"},
		"en": {"Your repair", "Being repaired", "Expected to be done", "Mar 16, 15:00", "back by itself in 15 s"},
	} {
		m, o := withOrder(t, lang, repair.DefaultConfig())
		m, cmd := lookUp(t, m, o.Claim, customer.last4)
		m = answer(t, m, cmd)
		v := plain(m)
		if m.mode != answered {
			t.Fatalf("%s: the right code is not answered:\n%s", lang, v)
		}
		for _, w := range want {
			if !strings.Contains(v, w) {
				t.Errorf("%s: the answer lacks %q:\n%s", lang, w, v)
			}
		}
		for _, s := range secrets(o) {
			if strings.Contains(m.View().Content, s) {
				t.Errorf("%s: the kiosk shows %q:\n%s", lang, s, v)
			}
		}
		if m.claim != "" || m.last4 != "" {
			t.Errorf("%s: the answer keeps what was typed: %q %q", lang, m.claim, m.last4)
		}
		checkFits(t, m, 80, 24)
		// It goes back by itself, or at a key once armed, and forgets.
		back, _ := update(t, m, backMsg{seq: m.seq})
		if back.mode != choosing || back.found != (progress{}) || strings.Contains(plain(back), "维修中") {
			t.Fatalf("%s: not back and forgotten after the timeout:\n%s", lang, plain(back))
		}
		m, _ = update(t, m, press("x"))
		if m.mode != answered {
			t.Fatalf("%s: a key at once took the answer away", lang)
		}
		m, _ = update(t, m, armMsg{seq: m.seq}, press("x"))
		if m.mode != choosing || m.found != (progress{}) {
			t.Fatalf("%s: a key does not go back", lang)
		}
	}
}

// TestP1_WrongIsCalm: a wrong code and wrong digits give the same message,
// which says not which; both fields are cleared and nothing is revealed.
func TestP1_WrongIsCalm(t *testing.T) {
	m, o := withOrder(t, "zh", repair.DefaultConfig())
	other := "ABCDEFGH"
	if o.Claim == other {
		other = "HGFEDCBA"
	}
	var views []string
	for _, try := range [][2]string{{o.Claim, "0000"}, {other, customer.last4}, {other, "0000"}} {
		next, cmd := lookUp(t, m, try[0], try[1])
		next = answer(t, next, cmd)
		v := plain(next)
		if next.mode != claiming || next.claim != "" || next.last4 != "" {
			t.Fatalf("%q: mode %d, fields %q %q:\n%s", try, next.mode, next.claim, next.last4, v)
		}
		if !strings.Contains(v, "取机码或手机尾号不正确,请核对取机单") {
			t.Errorf("%q: no calm message:\n%s", try, v)
		}
		for _, s := range append(secrets(o), "维修中", "预计完成") {
			if strings.Contains(v, s) {
				t.Errorf("%q: a wrong attempt shows %q:\n%s", try, s, v)
			}
		}
		views = append(views, v)
		m, _ = update(t, next, esc())
	}
	if views[0] != views[1] || views[1] != views[2] {
		t.Fatalf("wrong code and wrong digits look different:\n%s\n%s", views[0], views[1])
	}
}

// TestP1_LockedAfterTheLimit: past the station's limit on one order, even
// the right digits are refused until the time shown; the limits are the
// ones configured.
func TestP1_LockedAfterTheLimit(t *testing.T) {
	r := repair.DefaultConfig()
	r.PickupAttemptsOrder, r.PickupAttemptsCounter, r.PickupLockout = 2, 5, 10*time.Minute
	for lang, want := range map[string]string{
		"zh": "尝试次数过多,请于 14:15 后再试,或到服务台办理",
		"en": "Too many attempts: please try again after 14:15, or ask at the counter",
	} {
		m, o := withOrder(t, lang, r)
		for range 2 {
			next, cmd := lookUp(t, m, o.Claim, "0000")
			if next = answer(t, next, cmd); next.mode != claiming {
				t.Fatalf("%s: a wrong attempt within the limit: mode %d", lang, next.mode)
			}
		}
		m, cmd := lookUp(t, m, o.Claim, customer.last4)
		m = answer(t, m, cmd)
		v := plain(m)
		if m.mode != answered || !strings.Contains(flat(v), want) {
			t.Fatalf("%s: not locked:\n%s", lang, v)
		}
		for _, s := range append(secrets(o), "维修中", "Being repaired") {
			if strings.Contains(v, s) {
				t.Errorf("%s: the lockout shows %q", lang, s)
			}
		}
		checkFits(t, m, 80, 24)
	}
}

// flat is a view's words as one line: borders dropped, runs of spaces and
// line breaks one space, for messages the screen may wrap.
func flat(v string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(v, "│", " ")), " ")
}

// TestP1_KioskCountsAsOneCounter: guesses at many codes lock the kiosk
// itself, after the counter limit.
func TestP1_KioskCountsAsOneCounter(t *testing.T) {
	r := repair.DefaultConfig()
	r.PickupAttemptsOrder, r.PickupAttemptsCounter = 5, 3
	m, o := withOrder(t, "zh", r)
	for _, guess := range []string{"22222222", "33333333", "44444444"} {
		next, cmd := lookUp(t, m, guess, "1111")
		if next = answer(t, next, cmd); next.mode != claiming {
			t.Fatalf("guess %s: mode %d", guess, next.mode)
		}
	}
	m, cmd := lookUp(t, m, o.Claim, customer.last4)
	if m = answer(t, m, cmd); !strings.Contains(plain(m), "尝试次数过多") {
		t.Fatalf("the kiosk is not locked after the counter limit:\n%s", plain(m))
	}
}

func TestP1_ClaimAsTypedOrPasted(t *testing.T) {
	m, o := withOrder(t, "zh", repair.DefaultConfig())
	typed := strings.ToLower(repair.FormatClaim(o.Claim)) // "abcd-efgh"
	next, cmd := lookUp(t, m, typed, customer.last4)
	if next.claim != o.Claim {
		t.Fatalf("%q typed gives %q", typed, next.claim)
	}
	if next = answer(t, next, cmd); next.mode != answered || !strings.Contains(plain(next), "维修中") {
		t.Fatalf("%q typed is not the code:\n%s", typed, plain(next))
	}
	// Pasted with spaces, in full-width forms, the digits too.
	full := strings.Map(func(r rune) rune { return r + 0xfee0 }, strings.ToLower(o.Claim))
	m, _ = update(t, m, press("0"), tea.PasteMsg{Content: " " + full[:len(full)/2] + " - " + full[len(full)/2:] + " "})
	if m.claim != o.Claim {
		t.Fatalf("pasted full-width %q gives %q", full, m.claim)
	}
	m, _ = update(t, m, press("enter"), tea.PasteMsg{Content: "５６７８"})
	m, cmd = update(t, m, press("enter"))
	if m.last4 != customer.last4 || cmd == nil {
		t.Fatalf("full-width digits give %q", m.last4)
	}
	if m = answer(t, m, cmd); m.mode != answered {
		t.Fatalf("pasted code not found:\n%s", plain(m))
	}
}

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
	if m.mode != claiming || !strings.Contains(plain(m), "请输入取机单上的取机码") {
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
	b := m.buttons[len(m.buttons)-1]
	if len(m.buttons) != 5 {
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
	next, _ = update(t, m, press("left"), tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	if next.mode != claiming {
		t.Fatal("left from the first button, space does not open the progress")
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
		{repair.StateReady, "已修好,请携带取机单到服务台取机"},
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
