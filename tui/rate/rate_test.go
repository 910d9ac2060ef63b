package rate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
)

// TestC1_TheDueIsAskedAndTheAnswerThanked: quiet until the feed changes
// and the counter's due asks; 2 rates it through the store with the
// counter, the due's key and 2; only the store's yes brings the thanks;
// the thanks' timer makes the pad quiet again.
func TestC1_TheDueIsAskedAndTheAnswerThanked(t *testing.T) {
	f := &fake{}
	m := pad(t, f, "zh", 80, 24, &clock{fixed})
	if v := plain(m); !strings.Contains(v, "欢迎光临") || !strings.Contains(v, "中关村电脑维修服务站") {
		t.Fatalf("the quiet pad:\n%s", v)
	}
	f.due, f.found = dueAt(1), true
	m = ask(t, m)
	v := plain(m)
	for _, want := range []string{"请您对本次服务进行评价", "A012 · 3号接待台", "非常满意", "满意", "一般", "不满意", "非常不满意"} {
		if m.mode != asking || !strings.Contains(v, want) {
			t.Fatalf("the question lacks %q (mode %d):\n%s", want, m.mode, v)
		}
	}
	if strings.Contains(v, "张三丰") || strings.Contains(v, "欢迎光临") {
		t.Fatalf("the question shows the engineer or the welcome:\n%s", v)
	}

	m, cmd := update(t, m, press("2"))
	if m.mode != sending || cmd == nil || strings.Contains(plain(m), "感谢") {
		t.Fatalf("2 does not send, or thanks before the store answered: mode %d", m.mode)
	}
	m = run(t, m, cmd)
	if got, want := f.calls(), []rating{{"pad", 3, "T12", 2}}; !slices.Equal(got, want) {
		t.Fatalf("Rate called with %v, want %v", got, want)
	}
	if v := plain(m); m.mode != thanked || !strings.Contains(v, "感谢您的评价!") || !strings.Contains(v, "不满意") {
		t.Fatalf("no thanks after the store took it:\n%s", v)
	}
	m, cmd = update(t, m, quietMsg{m.timer})
	m = run(t, m, cmd) // reads again: the same due, answered, is not asked
	if v := plain(m); m.mode != quiet || !strings.Contains(v, "欢迎光临") {
		t.Fatalf("not quiet after the thanks:\n%s", v)
	}
}

// TestC1_TheSameDueIsNotAskedTwice: answered, or skipped with esc, the
// due is not asked again however often the feed changes; the next
// service's is.
func TestC1_TheSameDueIsNotAskedTwice(t *testing.T) {
	f := &fake{due: dueAt(1), found: true}
	m := ask(t, pad(t, f, "zh", 80, 24, &clock{fixed}))
	m, cmd := update(t, m, press("5"))
	m = run(t, m, cmd)
	m, cmd = update(t, m, quietMsg{m.timer})
	m = run(t, m, cmd)
	for range 3 {
		if m = ask(t, m); m.mode != quiet {
			t.Fatalf("the answered due is asked again:\n%s", plain(m))
		}
	}
	f.due = dueAt(0)
	f.due.Key, f.due.Ticket = "T13", "A013"
	if m = ask(t, m); m.mode != asking || !strings.Contains(plain(m), "A013") {
		t.Fatalf("the next service is not asked:\n%s", plain(m))
	}
	m, _ = update(t, m, press("esc"))
	if m.mode != quiet {
		t.Fatal("esc does not leave the question")
	}
	if m = ask(t, m); m.mode != quiet {
		t.Fatal("the skipped due is asked again")
	}
	if n := len(f.calls()); n != 1 {
		t.Fatalf("%d ratings sent, want the one answered", n)
	}
}

// TestC1_ADueNoLongerAskingIsNotAsked: a due past DueLife, or none, is not
// asked; the question goes away by itself when its due stops asking —
// its time passed (the tick) or rated elsewhere (the feed).
func TestC1_ADueNoLongerAskingIsNotAsked(t *testing.T) {
	clk := &clock{fixed}
	f := &fake{due: dueAt(4), found: true}
	if m := ask(t, pad(t, f, "zh", 80, 24, clk)); m.mode != quiet {
		t.Fatalf("a due of 4 minutes ago is asked:\n%s", plain(m))
	}
	f.due, f.found = dueAt(1), false
	if m := ask(t, pad(t, f, "zh", 80, 24, clk)); m.mode != quiet {
		t.Fatal("a due the store did not find is asked")
	}

	f.found = true
	m := ask(t, pad(t, f, "zh", 80, 24, clk))
	if m.mode != asking {
		t.Fatal("a due of a minute ago is not asked")
	}
	clk.now = fixed.Add(time.Minute) // the tick came early: still asking
	m, cmd := update(t, m, expireMsg{"T12"})
	if m.mode != asking || cmd == nil {
		t.Fatal("an early tick took the question away, or did not tick again")
	}
	clk.now = fixed.Add(2 * time.Minute)
	m, cmd = update(t, m, expireMsg{"T12"})
	if m = run(t, m, cmd); m.mode != quiet || !strings.Contains(plain(m), "欢迎光临") {
		t.Fatalf("the question stays past its time:\n%s", plain(m))
	}

	clk.now = fixed
	m = ask(t, pad(t, f, "zh", 80, 24, clk))
	f.found = false // rated at the kiosk meanwhile
	if m = ask(t, m); m.mode != quiet {
		t.Fatal("the question stays when the due is gone")
	}
}

// TestC1_AnErrorKeepsTheQuestion: a rating the store could not take keeps
// the question, with a word to try again, and no thanks; the next try
// is thanked for.
func TestC1_AnErrorKeepsTheQuestion(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		f := &fake{due: dueAt(1), found: true, fail: errDown}
		m := ask(t, pad(t, f, lang, 80, 24, &clock{fixed}))
		m, cmd := update(t, m, press("4"))
		m = run(t, m, cmd)
		want := map[string]string{"zh": "暂时无法提交,请稍后再试", "en": "please try again"}[lang]
		if v := plain(m); m.mode != asking || !strings.Contains(v, want) || strings.Contains(v, "感谢") || strings.Contains(v, "Thank") {
			t.Fatalf("%s: after an error:\n%s", lang, v)
		}
		checkFits(t, m, 80, 24)
		m, cmd = update(t, m, press("4"))
		if m = run(t, m, cmd); m.mode != thanked {
			t.Fatalf("%s: the second try is not thanked for:\n%s", lang, plain(m))
		}
	}
}

// TestC1_RatedOrTooLateIsSaidPlainly: the store's "rated already" and
// "not due" are said in the customer's language, not thanked for; the pad
// goes quiet after a while and does not ask again.
func TestC1_RatedOrTooLateIsSaidPlainly(t *testing.T) {
	for _, c := range []struct {
		err      error
		lang     string
		want     string
		thanking bool
	}{
		{care.ErrRated, "zh", "本次服务已经评价过了", false},
		{care.ErrRated, "en", "This service has been rated already", false},
		{fmt.Errorf("store: %w", care.ErrNotDue), "zh", "本次服务的评价时间已过", false},
		{care.ErrNotDue, "en", "The time to rate this service has passed", false},
	} {
		f := &fake{due: dueAt(1), found: true, fail: c.err}
		m := ask(t, pad(t, f, c.lang, 40, 12, &clock{fixed}))
		m, cmd := update(t, m, press("3"))
		m = run(t, m, cmd)
		if v := plain(m); m.mode != refused || !strings.Contains(strings.Join(strings.Fields(v), " "), c.want) {
			t.Fatalf("%v in %s:\n%s", c.err, c.lang, v)
		}
		checkFits(t, m, 40, 12)
		m, cmd = update(t, m, quietMsg{m.timer})
		if m = run(t, m, cmd); m.mode != quiet {
			t.Fatalf("%v: the pad asks again:\n%s", c.err, plain(m))
		}
	}
}

// TestArrowsAndEnter: the arrows (and h, l) move along the choices, 5
// first, without wrapping; enter or space sends the one under the
// cursor; enter with none does nothing; keys wait while an answer is in
// flight.
func TestArrowsAndEnter(t *testing.T) {
	f := &fake{due: dueAt(1), found: true}
	m := ask(t, pad(t, f, "zh", 80, 24, &clock{fixed}))
	if _, cmd := update(t, m, press("enter")); cmd != nil {
		t.Fatal("enter with no choice sends")
	}
	for _, step := range []struct {
		key  string
		want int
	}{{"right", 5}, {"right", 4}, {"l", 3}, {"left", 4}, {"h", 5}, {"left", 5}, {"down", 4}} {
		if m, _ = update(t, m, press(step.key)); m.sel != step.want {
			t.Fatalf("%s selects %d, want %d", step.key, m.sel, step.want)
		}
	}
	m, cmd := update(t, m, press("space"))
	if cmd == nil || m.mode != sending {
		t.Fatal("space does not send the choice")
	}
	if after, cmd := update(t, m, press("1")); cmd != nil || after.mode != sending {
		t.Fatal("a key during the sending sends again")
	}
	m = run(t, m, cmd)
	if got := f.calls(); len(got) != 1 || got[0].score != 4 {
		t.Fatalf("sent %v, want 4", got)
	}
	if m, cmd = update(t, m, press("5")); cmd != nil || m.mode != thanked {
		t.Fatal("a key on the thanks does something")
	}
	if Step(1, true) != 1 || Step(0, false) != 1 || Step(5, false) != 5 {
		t.Fatal("Step wraps, or starts elsewhere than the ends")
	}
}

// TestNewerDueAndOlderRead: a newer service replaces the one asked about
// (the customer before has gone), and a read overtaken by a newer one is
// dropped.
func TestNewerDueAndOlderRead(t *testing.T) {
	f := &fake{due: dueAt(1), found: true}
	m := ask(t, pad(t, f, "zh", 80, 24, &clock{fixed}))
	m, _ = update(t, m, press("right"))
	next := dueAt(0)
	next.Key, next.Ticket = "T13", "A013"
	m, _ = update(t, m, dueMsg{seq: m.reads, due: next, asking: true})
	if m.due.Key != "T13" || m.sel != 0 || !strings.Contains(plain(m), "A013") {
		t.Fatalf("the newer service is not asked fresh: %+v, sel %d", m.due, m.sel)
	}
	m, _ = update(t, m, dueMsg{seq: m.reads - 1, due: dueAt(1), asking: true})
	if m.due.Key != "T13" {
		t.Fatal("an older read took over")
	}
	m, _ = update(t, m, dueMsg{seq: m.reads, err: errDown})
	if m.mode != asking || m.due.Key != "T13" {
		t.Fatal("a failed read took the question away")
	}
}

// TestQuitOnlyByCtrlC: the customer's q does nothing; ctrl+c, the
// staff's, quits.
func TestQuitOnlyByCtrlC(t *testing.T) {
	m := pad(t, &fake{}, "zh", 80, 24, &clock{fixed})
	if _, cmd := update(t, m, press("q")); cmd != nil {
		t.Fatal("q does something on the pad")
	}
	if _, cmd := update(t, m, press("ctrl+c")); cmd == nil || cmd() != tea.Quit() {
		t.Fatal("ctrl+c does not quit")
	}
	if m.Init() == nil || !m.View().AltScreen {
		t.Fatal("Init starts nothing, or not on the alternate screen")
	}
}

// TestWithoutAStore: a pad without a store says why at its foot, for the
// staff, and stays quiet.
func TestWithoutAStore(t *testing.T) {
	m := ask(t, pad(t, nil, "en", 80, 24, &clock{fixed}))
	if v := plain(m); m.mode != quiet || !strings.Contains(v, "Welcome") || !strings.Contains(v, errNoStore.Error()) {
		t.Fatalf("without a store:\n%s", v)
	}
}
