// Package rate is `frontdesk rate --counter N`, the evaluator pad (评价器)
// on a small second screen at a counter, facing the customer (C1: 「用户在
// 服务完成后将有机会对服务质量进行评价」). Most of the time it is quiet: the
// station's name and a welcome, nothing of any customer. When the
// counter's service ends the store writes a rating's due for the counter;
// at every change of the feed the pad reads it, and while it is asking
// (care.Due.Asking: DueLife after the service) the pad asks the customer
// to rate the service on the five-point scale, the ticket number and the
// counter beside the question, never a name or a phone (Q8). The answer
// is thanked for only once the store took it.
//
// The five choices (Choices), their keys (ChoiceKeys) and what a refused
// rating tells the customer (Refusal) serve the kiosk's rating by ticket
// number as well.
package rate

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/care"
	"frontdesk/tui/common"
)

// Rater is what the pad and the kiosk's rating ask of the store — part of
// store.Ratings, which every store.Station has: the due of a counter's
// pad, a rating of it, and a rating of today's ticket by its number.
// Tests give a fake.
type Rater interface {
	RatingDue(counter int) (care.Due, bool, error)
	Rate(who string, counter int, key string, score int) (care.Rating, error)
	RateTicket(who string, number string, score int) (care.Rating, error)
}

// ThankFor is how long the thanks stays before the pad is quiet again.
const ThankFor = 5 * time.Second

// who is what the event log records as the maker of a pad's rating.
const who = "pad"

// errNoStore is the answer of a pad built without a store (tests).
var errNoStore = errors.New("no store to rate in")

// Options are what a pad is built with beside the shared value.
type Options struct {
	Counter int
	// Rater is where the ratings go; nil: the store the screens get
	// (common.Common's).
	Rater Rater
	// ThankFor is how long the thanks (or a refusal) stays; 0: ThankFor.
	ThankFor time.Duration
}

type mode int

const (
	quiet   mode = iota // the welcome
	asking              // the question and the five choices
	sending             // a Rate is in flight: keys are ignored
	thanked             // the thanks, for thankFor
	refused             // rated already, or too late, for thankFor
)

// The results of the pad's commands and the ends of its timers.
type (
	// dueMsg is a read of the counter's due; asking is decided in the
	// command, with the clock of that moment. seq orders the reads.
	dueMsg struct {
		seq    int
		due    care.Due
		asking bool
		err    error
	}
	// ratedMsg is the store's answer to the rating of the due key.
	ratedMsg struct {
		key string
		err error
	}
	// expireMsg comes when the question of key would stop asking.
	expireMsg struct{ key string }
	// quietMsg ends the thanks or the refusal of timer seq.
	quietMsg struct{ seq int }
)

// Model is the pad's root model.
type Model struct {
	c        common.Common
	keys     KeyMap
	help     help.Model
	feed     <-chan uint64
	rater    Rater
	counter  int
	thankFor time.Duration

	mode   mode
	due    care.Due // the service asked about (asking, sending)
	sel    int      // the score under the cursor; 0: none yet
	chosen int      // the score sent, thanked for
	note   string   // why the last answer was not taken ("": none)
	told   string   // the refusal shown
	done   string   // the key of the due answered or skipped: never asked again
	reads  int      // the number of the latest read asked for
	seen   int      // the number of the latest read taken
	timer  int      // the number of the newest thanks' timer
	err    error    // of the last read of the due

	screen string // the rendered view: rebuilt in Update, returned by View
}

// New builds the pad of counter opts.Counter. feed is the store's change
// feed (nil: no refreshes, as in tests).
func New(c common.Common, feed <-chan uint64, opts Options) Model {
	r := opts.Rater
	if r == nil && c.Store != nil {
		r = c.Store
	}
	h := help.New()
	h.Styles = c.Styles.Help()
	m := Model{c: c, keys: DefaultKeyMap(c.Text), help: h, feed: feed, rater: r,
		counter: opts.Counter, thankFor: opts.ThankFor}
	if m.thankFor <= 0 {
		m.thankFor = ThankFor
	}
	m.render()
	return m
}

// Init reads the counter's due and starts waiting for changes.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.read(), common.WaitChange(m.feed), m.c.AskBackground())
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg, tea.BackgroundColorMsg:
		if !m.reframe(msg) {
			return m, nil
		}
	case common.ChangedMsg:
		// Every change may be the end of this counter's service: read the
		// due again, and wait for the next change.
		return m, tea.Batch(m.read(), common.WaitChange(m.feed))
	case dueMsg:
		cmd = m.received(msg)
	case expireMsg:
		if m.mode != asking || msg.key != m.due.Key {
			return m, nil
		}
		if m.due.Asking(m.c.Now()) { // the tick came early
			return m, m.expire(m.due)
		}
		m.mode, m.due = quiet, care.Due{}
		cmd = m.read() // a newer service may be waiting
	case ratedMsg:
		cmd = m.answered(msg)
	case quietMsg:
		if msg.seq != m.timer || m.mode != thanked && m.mode != refused {
			return m, nil
		}
		m.mode = quiet
		cmd = m.read() // the next customer's service may have ended meanwhile
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		if m.mode != asking {
			return m, nil // a customer's key on the welcome or the thanks does nothing
		}
		cmd = m.key(msg)
	default:
		return m, nil
	}
	m.render()
	return m, cmd
}

// reframe takes the terminal's size or its background; false when the
// background changes nothing (the palette is the configuration's).
func (m *Model) reframe(msg tea.Msg) bool {
	if bg, ok := msg.(tea.BackgroundColorMsg); ok {
		if !m.c.Restyle(bg) {
			return false
		}
		m.help.Styles = m.c.Styles.Help()
		return true
	}
	size := msg.(tea.WindowSizeMsg)
	m.c.SetSize(size.Width, size.Height)
	m.help.SetWidth(size.Width)
	return true
}

// key answers the question: a choice sends it, esc leaves it unanswered
// (the pad does not ask about that service again).
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Skip) {
		m.done, m.mode, m.due = m.due.Key, quiet, care.Due{}
		return nil
	}
	sel, chosen := m.keys.Pick(msg, m.sel)
	m.sel = sel
	if !chosen {
		return nil
	}
	return m.send(sel)
}

// read asks the store for the counter's due, in a command; the clock of
// that moment decides whether it still asks.
func (m *Model) read() tea.Cmd {
	m.reads++
	seq, r, counter, now := m.reads, m.rater, m.counter, m.c.Now
	return func() tea.Msg {
		if r == nil {
			return dueMsg{seq: seq, err: errNoStore}
		}
		d, ok, err := r.RatingDue(counter)
		return dueMsg{seq: seq, due: d, asking: err == nil && ok && d.Asking(now()), err: err}
	}
}

// received takes a read of the due: a service asking, and not the one
// answered or skipped, is asked about; one that stopped asking — rated
// elsewhere, or its time passed — takes the question away. A failed read
// keeps what is shown. While an answer is in flight or thanked for, reads
// wait: the pad reads again when the thanks ends.
func (m *Model) received(msg dueMsg) tea.Cmd {
	if msg.seq < m.seen {
		return nil // an older read overtaken by a newer one
	}
	m.seen = msg.seq
	if msg.err != nil {
		m.err = msg.err
		return nil
	}
	m.err = nil
	d := msg.due
	switch {
	case m.mode == sending || m.mode == thanked || m.mode == refused:
	case msg.asking && d.Key != m.done && !(m.mode == asking && d.Key == m.due.Key):
		// A new service to ask about; one asked already keeps its cursor.
		m.mode, m.due, m.sel, m.note = asking, d, 0, ""
		return m.expire(d)
	case !msg.asking || d.Key == m.done:
		if m.mode == asking {
			m.mode, m.due = quiet, care.Due{}
		}
	}
	return nil
}

// expire is the tick that checks the question of d when it would stop
// asking (DueLife after the service), a second at the least.
func (m *Model) expire(d care.Due) tea.Cmd {
	left := max(d.At.Add(care.DueLife).Sub(m.c.Now()), time.Second)
	key := d.Key
	return tea.Tick(left, func(time.Time) tea.Msg { return expireMsg{key} })
}

// send rates the due with score, in a command; keys wait for the answer.
func (m *Model) send(score int) tea.Cmd {
	m.mode, m.chosen, m.note = sending, score, ""
	r, counter, key := m.rater, m.counter, m.due.Key
	return func() tea.Msg {
		if r == nil {
			return ratedMsg{key: key, err: errNoStore}
		}
		_, err := r.Rate(who, counter, key, score)
		return ratedMsg{key: key, err: err}
	}
}

// answered shows the store's answer: the thanks only once the rating was
// taken; rated already, or too late, said plainly; any other error keeps
// the question, with a word to try again.
func (m *Model) answered(msg ratedMsg) tea.Cmd {
	if m.mode != sending || msg.key != m.due.Key {
		return nil
	}
	if msg.err == nil {
		m.mode, m.done = thanked, msg.key
		return m.hold()
	}
	if told, ok := Refusal(m.c.Text, msg.err, care.AtPad); ok {
		m.mode, m.done, m.told = refused, msg.key, told
		return m.hold()
	}
	m.mode, m.note = asking, m.c.Text.T("rate.failed")
	return m.expire(m.due) // its tick was ignored while the answer was in flight
}

// hold starts the timer that makes the pad quiet again after thankFor.
func (m *Model) hold() tea.Cmd {
	m.timer++
	seq := m.timer
	return tea.Tick(m.thankFor, func(time.Time) tea.Msg { return quietMsg{seq} })
}

// View implements tea.Model; the content was rendered in Update.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen)
	v.AltScreen, v.WindowTitle = true, m.c.Text.T("rate.title")
	m.c.Paint(&v)
	return v
}
