package kiosk

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

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
		if !strings.Contains(v, "取机码或手机尾号不正确,请核对取机凭证") {
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
