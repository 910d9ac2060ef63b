package kiosk

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"frontdesk/care"
	"frontdesk/queue"
)

// ticketRater is a store that rates tickets: what its RateTicket answers,
// and the ratings it was asked for.
type ticketRater struct {
	err   error
	asked []string // "who number score"
}

func (r *ticketRater) RatingDue(int) (care.Due, bool, error) { return care.Due{}, false, nil }

func (r *ticketRater) Rate(string, int, string, int) (care.Rating, error) {
	return care.Rating{}, errors.New("the kiosk rates by ticket number")
}

func (r *ticketRater) RateTicket(who, number string, score int) (care.Rating, error) {
	r.asked = append(r.asked, fmt.Sprint(who, " ", number, " ", score))
	return care.Rating{Score: score, Channel: care.AtKiosk}, r.err
}

// rating is the kiosk on r, at the rating's choice for typed; the
// command is the last key's.
func rating(t *testing.T, r *ticketRater, lang string, w, h int, typed string) Model {
	t.Helper()
	m := newModel(lang, w, h)
	m.rater = r
	m, _ = update(t, m, press("+"))
	m, _ = update(t, m, typeIn(typed)...)
	m, _ = update(t, m, press("enter"))
	return m
}

// sent is m with the answer of the rating cmd sends handed back.
func sent(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	if m.mode != rateSending || cmd == nil {
		t.Fatalf("the choice was not sent: mode %d", m.mode)
	}
	m, _ = update(t, m, cmd())
	return m
}

// TestC1_RateATicketAtTheKiosk: + opens the rating; today's number typed
// as it comes ("a12") is sent as the ticket prints it with the choice;
// the thanks comes only with the store's yes, and goes back by itself.
func TestC1_RateATicketAtTheKiosk(t *testing.T) {
	r := &ticketRater{}
	m := rating(t, r, "zh", 80, 24, "a12")
	v := plain(m)
	for _, want := range []string{"送修服务台 · 服务评价", "第 2 步", "排队号 A012", "请您对本次服务进行评价", "非常满意", "非常不满意"} {
		if m.mode != rateScore || !strings.Contains(v, want) {
			t.Fatalf("the choice lacks %q (mode %d):\n%s", want, m.mode, v)
		}
	}
	m, cmd := update(t, m, press("4"))
	if strings.Contains(plain(m), "感谢") {
		t.Fatal("thanked before the store answered")
	}
	m = sent(t, m, cmd)
	if len(r.asked) != 1 || r.asked[0] != "kiosk A012 4" {
		t.Fatalf("RateTicket asked %q", r.asked)
	}
	if v := plain(m); m.mode != rated || !strings.Contains(v, "感谢您的评价!") || !strings.Contains(v, "您的评价:满意") {
		t.Fatalf("no thanks:\n%s", v)
	}
	checkFits(t, m, 80, 24)
	m, _ = update(t, m, backMsg{m.seq})
	if m.mode != choosing || m.number != "" || m.score != 0 {
		t.Fatalf("not back at the buttons, or the rating kept: mode %d, %q %d", m.mode, m.number, m.score)
	}
}

// TestC1_KioskRatingRefusals: a number not issued today, a service not
// ended, one rated already: each said in the customer's language, back on
// the number, nothing rated; any other error keeps the choice, to try
// again.
func TestC1_KioskRatingRefusals(t *testing.T) {
	for _, c := range []struct {
		err  error
		lang string
		want string
		mode mode
	}{
		{fmt.Errorf("%w: \"A099\" today", queue.ErrNotFound), "zh", "今天没有这个排队号", rateNumber},
		{fmt.Errorf("%w: A012 is waiting", care.ErrNotDue), "zh", "这个号的服务还没有结束", rateNumber},
		{fmt.Errorf("%w: A012", care.ErrRated), "zh", "本次服务已经评价过了", rateNumber},
		{queue.ErrNotFound, "en", "There is no such ticket today", rateNumber},
		{care.ErrNotDue, "en", "This service has not ended yet", rateNumber},
		{care.ErrRated, "en", "This service has been rated already", rateNumber},
		{errors.New("link lost"), "zh", "暂时无法提交,请稍后再试", rateScore},
		{errNoStore, "en", "could not be sent just now", rateScore},
	} {
		r := &ticketRater{err: c.err}
		m := rating(t, r, c.lang, 80, 24, "A012")
		m, cmd := update(t, m, press("right"), press("right"))
		m, cmd = update(t, m, press("enter"))
		m = sent(t, m, cmd)
		if v := plain(m); m.mode != c.mode || !strings.Contains(strings.Join(strings.Fields(v), " "), c.want) {
			t.Errorf("%v in %s: mode %d, want %d and %q:\n%s", c.err, c.lang, m.mode, c.mode, c.want, v)
		}
		if len(r.asked) != 1 || r.asked[0] != "kiosk A012 4" {
			t.Errorf("%v: asked %q", c.err, r.asked)
		}
		checkFits(t, m, 80, 24)
	}
}

// TestKioskRatingNumber: what is not a ticket number of a configured
// service is asked again and sends nothing; letters are folded to
// capitals, full-width characters to their ASCII, escape sequences
// dropped whole; backspace deletes, esc goes back a step, and the idle
// timer forgets the number.
func TestKioskRatingNumber(t *testing.T) {
	r := &ticketRater{}
	for _, typed := range []string{"", "A", "12", "Z12", "A0", "A1B"} {
		m := rating(t, r, "zh", 80, 24, typed)
		if m.mode != rateNumber || !strings.Contains(plain(m), "请输入完整的排队号") {
			t.Errorf("%q is taken as a number: mode %d\n%s", typed, m.mode, plain(m))
		}
	}
	m := newModel("zh", 80, 24)
	m, _ = update(t, m, press("+"), tea.PasteMsg{Content: "\x1b[31mｂ\x1b[0m0０7xyz!"})
	if m.number != "B007XYZ" {
		t.Fatalf("pasted as %q", m.number)
	}
	m, _ = update(t, m, backspace(), backspace(), backspace(), press("enter"))
	if m.mode != rateScore || m.number != "B007" {
		t.Fatalf("B007 not taken: mode %d, %q", m.mode, m.number)
	}
	m, _ = update(t, m, esc())
	if m.mode != rateNumber {
		t.Fatal("esc on the choice does not go back to the number")
	}
	m, cmd := update(t, m, press("1"))
	m, _ = update(t, m, backMsg{m.seq})
	if m.mode != choosing || m.number != "" || cmd == nil {
		t.Fatalf("the idle timer does not forget: mode %d, %q", m.mode, m.number)
	}
	if len(r.asked) != 0 {
		t.Fatalf("rated %q", r.asked)
	}
	m, _ = update(t, m, press("+"), esc())
	if m.mode != choosing {
		t.Fatal("esc on the number does not go back to the buttons")
	}
}

// TestRatingButton: the rating's button stands beside the progress's,
// reached by the arrows, tab, enter and a click, and in the list of a
// small screen.
func TestRatingButton(t *testing.T) {
	m := newModel("en", 80, 24)
	b := m.buttons[5]
	row := strings.Split(plain(m), "\n")[b.y+b.h/2]
	if !strings.Contains(row, "+  Rate a service") {
		t.Fatalf("the rating's button at %+v is not where it is drawn: %q", b, row)
	}
	if next, _ := update(t, m, tea.MouseClickMsg{X: b.x + 1, Y: b.y + 1, Button: tea.MouseLeft}); next.mode != rateNumber {
		t.Fatal("a click on the button does not open the rating")
	}
	if next, _ := update(t, m, press("left"), press("enter")); next.mode != rateNumber {
		t.Fatal("left from the first button, enter does not open the rating")
	}
	small := newModel("zh", 40, 12)
	if !small.listed || !strings.Contains(plain(small), "+  评价服务") {
		t.Fatalf("the small screen's list lacks the rating:\n%s", plain(small))
	}
	small, _ = update(t, small, press("up"), press("up"), press("up"), press("down"), press("down"), press("down"), press("down"), press("down"))
	if small.sel != 5 {
		t.Fatalf("down through the list reaches %d, want 5", small.sel)
	}
}

func TestRatingGolden(t *testing.T) {
	screens := map[string]func(lang string) Model{
		"number": func(lang string) Model {
			m, _ := update(t, newModel(lang, 80, 24), press("+"))
			m, _ = update(t, m, typeIn("a01")...)
			return m
		},
		"choice": func(lang string) Model {
			m, _ := update(t, rating(t, &ticketRater{}, lang, 80, 24, "a12"), press("right"), press("right"))
			return m
		},
		"unknown": func(lang string) Model {
			m, cmd := update(t, rating(t, &ticketRater{err: queue.ErrNotFound}, lang, 80, 24, "a99"), press("3"))
			return sent(t, m, cmd)
		},
		"thanks": func(lang string) Model {
			m, cmd := update(t, rating(t, &ticketRater{}, lang, 80, 24, "a12"), press("5"))
			return sent(t, m, cmd)
		},
	}
	for _, name := range []string{"number", "choice", "unknown", "thanks"} {
		for _, lang := range []string{"zh", "en"} {
			t.Run(fmt.Sprintf("%s_%s_80x24", name, lang), func(t *testing.T) {
				m := screens[name](lang)
				checkFits(t, m, 80, 24)
				golden.RequireEqual(t, []byte(plain(m)))
			})
		}
	}
}

func TestRatingNeverOverflows(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for w := 1; w <= 220; w += 13 {
			for h := 1; h <= 70; h += 6 {
				m := rating(t, &ticketRater{err: care.ErrRated}, lang, w, h, "A012")
				checkFits(t, m, w, h)
				m, cmd := update(t, m, press("2"))
				checkFits(t, m, w, h)
				a := sent(t, m, cmd)
				checkFits(t, a, w, h)
				a, _ = update(t, a, press("enter"))
				checkFits(t, a, w, h)
			}
		}
	}
}
