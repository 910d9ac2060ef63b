package rate

import (
	"errors"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/care"
	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/screentest"
)

// fixed is the clock of every test: 14:05 in Shanghai.
var fixed = time.Date(2026, 3, 14, 6, 5, 0, 0, time.UTC)

// rating is a call of the fake's Rate or RateTicket.
type rating struct {
	who     string
	counter int
	key     string // the due's key, or the ticket's number
	score   int
}

// fake is a store that rates: the due it holds for every counter, the
// error its next Rate answers (then nil again), and the ratings it took.
type fake struct {
	mu    sync.Mutex
	due   care.Due
	found bool
	fail  error
	err   error // of RatingDue
	rated []rating
}

func (f *fake) RatingDue(counter int) (care.Due, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.due, f.found, f.err
}

func (f *fake) Rate(who string, counter int, key string, score int) (care.Rating, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rated = append(f.rated, rating{who, counter, key, score})
	if err := f.fail; err != nil {
		f.fail = nil
		return care.Rating{}, err
	}
	return care.Rating{ID: uint64(len(f.rated)), Service: f.due.Service, Score: score, Channel: care.AtPad}, nil
}

func (f *fake) RateTicket(who string, number string, score int) (care.Rating, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.rated = append(f.rated, rating{who: who, key: number, score: score})
	return care.Rating{}, f.fail
}

func (f *fake) calls() []rating {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]rating(nil), f.rated...)
}

// dueAt is the due of A012's service at counter 3, ended mins minutes
// before the fixed clock.
func dueAt(mins int) care.Due {
	return care.Due{Service: care.Service{Key: "T12", Ticket: "A012", Type: "A", Counter: 3,
		Engineer: "张三丰", At: fixed.Add(-time.Duration(mins) * time.Minute)}}
}

// clock is a clock a test moves on.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

// pad is counter 3's pad on f, w×h, in lang, at clk's time.
func pad(t *testing.T, f *fake, lang string, w, h int, clk *clock) Model {
	t.Helper()
	c := common.New(nil, queue.DefaultConfig(), lang, true, clk.Now)
	c.Station.Name = "中关村电脑维修服务站"
	var r Rater
	if f != nil {
		r = f
	}
	m, _ := update(t, New(c, nil, Options{Counter: 3, Rater: r}), tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// update hands m the messages in turn; the command is the last one's.
func update(t *testing.T, m Model, msgs ...tea.Msg) (Model, tea.Cmd) {
	t.Helper()
	var cmd tea.Cmd
	for _, msg := range msgs {
		m, cmd = step(m, msg)
	}
	return m, cmd
}

func step(m Model, msg tea.Msg) (Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(Model), cmd
}

// run runs cmd (and the commands of a batch in it) and hands what they
// return to m, until nothing but timers and waits is left. Timers are not
// waited for: the tests deliver their messages themselves.
func run(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg, ok := within(c)
		if !ok {
			continue
		}
		if batch, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, batch...)
			continue
		}
		var next tea.Cmd
		m, next = update(t, m, msg)
		queue = append(queue, next)
	}
	return m
}

// within is what cmd returns within a moment; a timer is given up.
func within(cmd tea.Cmd) (tea.Msg, bool) {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		return msg, msg != nil
	case <-time.After(50 * time.Millisecond):
		return nil, false
	}
}

// ask is the pad after a change of the feed, its read run.
func ask(t *testing.T, m Model) Model {
	t.Helper()
	m, cmd := update(t, m, common.ChangedMsg{Rev: 1})
	return run(t, m, cmd)
}

func plain(m Model) string { return ansi.Strip(m.View().Content) }

// named are the keys a test presses by name; any other name is the
// character it is.
var named = map[string]tea.KeyPressMsg{
	"enter": {Code: tea.KeyEnter}, "space": {Code: tea.KeySpace, Text: " "}, "esc": {Code: tea.KeyEscape},
	"left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight}, "down": {Code: tea.KeyDown},
	"ctrl+c": {Code: 'c', Mod: tea.ModCtrl},
}

func press(s string) tea.KeyPressMsg {
	if k, ok := named[s]; ok {
		return k
	}
	return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
}

func checkFits(t *testing.T, m Model, w, h int) {
	t.Helper()
	screentest.CheckFits(t, "the pad", m.View().Content, w, h)
}

var errDown = errors.New("the owner is away")
