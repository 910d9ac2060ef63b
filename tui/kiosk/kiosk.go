// Package kiosk is `frontdesk kiosk`, where customers take a number (Q1):
// one big button per service type with how many wait for it, then the
// ticket in big digits with how many are ahead and the estimated wait — or,
// when nobody is, that they can go to the counter as soon as it is called —
// and a reminder to watch the queue display. It goes back to the buttons
// after a while or at a key. It shows counts only, never anything about
// another customer (Q8).
//
// A last button, 0, looks up a repair's progress (progress.go): the claim
// code from the slip, then the phone's last 4 digits, checked by the store
// with P1's attempt limits; the answer is the order's state and promised
// time, nothing else, for the kiosk stands in a public room (Q8).
//
// The button beside it, +, rates a service (rate.go, C1): today's ticket
// number, then the five choices of the counters' rating pads.
package kiosk

import (
	"errors"
	"strconv"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/rate"
	"frontdesk/tui/voice"
)

const (
	// showFor is how long the ticket stays before the kiosk goes back.
	showFor = 15 * time.Second
	// armAfter is how long the ticket ignores keys: a second press of the
	// button just used must not take the number off the screen at once.
	armAfter = 2 * time.Second
	// idleFor is how long an input screen of the progress waits for a key
	// before it goes back and forgets what was typed: a customer who walks
	// away must not leave their claim code on the screen.
	idleFor = 30 * time.Second
)

// who is what the event log records as the issuer of a kiosk ticket and
// the maker of a look-up's attempt.
const who = "kiosk"

type mode int

const (
	choosing    mode = iota // the service buttons
	taking                  // a Take is in flight: keys are ignored
	showing                 // the ticket just taken
	claiming                // typing the claim code
	dialing                 // typing the phone's last 4 digits
	checking                // a VerifyPickup is in flight: keys are ignored
	answered                // the repair's progress, or the lockout
	rateNumber              // typing the ticket number to rate
	rateScore               // choosing the rating
	rateSending             // a RateTicket is in flight: keys are ignored
	rated                   // the thanks for the rating
)

// busy: a store call is in flight; keys and clicks are ignored.
func (md mode) busy() bool { return md == taking || md == checking || md == rateSending }

// held: a screen that goes back by itself, and at a key once armed.
func (md mode) held() bool { return md == showing || md == answered || md == rated }

// rating: a step of the rating, which goes back when idle.
func (md mode) rating() bool { return md == rateNumber || md == rateScore }

// typing: an input screen of the progress, which goes back when idle.
func (md mode) typing() bool { return md == claiming || md == dialing }

// takenMsg is the result of the store's Take.
type takenMsg struct {
	ticket queue.Ticket
	est    queue.Estimate
	err    error
}

// armMsg and backMsg end phases of a held screen (the ticket, the
// progress): keys work again, and the kiosk goes back. backMsg is also the
// idle timer of an input screen. seq tells them from the timers of an
// earlier screen or keystroke.
type (
	armMsg  struct{ seq int }
	backMsg struct{ seq int }
)

// errNoStore is the take of a kiosk built without a database (tests).
var errNoStore = errors.New("no database")

// Model is the kiosk's root model.
type Model struct {
	c    common.Common
	keys KeyMap
	help help.Model
	live common.Live // the last good read (for the counts), its error, the clock

	mode   mode
	sel    int   // the button under the cursor
	err    error // of the last take
	ticket queue.Ticket
	est    queue.Estimate
	seq    int  // the number of the newest timer
	armed  bool // the held screen answers to keys

	// The progress (progress.go). Only what may be shown is kept: the
	// order itself never reaches the model.
	claim string    // the claim code typed, normalised
	last4 string    // the phone's digits typed
	note  string    // why the input was not taken, or that it was wrong
	found progress  // the answer: state and promised time
	until time.Time // a lockout's end, instead of an answer

	// The rating (rate.go): where it goes, the ticket number typed and
	// the choice under the cursor (0: none).
	rater  rate.Rater
	number string
	score  int

	voice *voice.Announcer // nil: silent
	// notPrinted: the ticket printer did not take the ticket shown (print.go).
	notPrinted bool

	screen  string // the rendered view: rebuilt in Update, returned by View
	buttons []rect // where each service's button is on the screen
	cols    int    // buttons side by side, for the arrows
	listed  bool   // the buttons are lines, one under another
}

// rect is a button's place on the screen, for mouse clicks.
type rect struct{ x, y, w, h int }

func (r rect) has(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// New builds the kiosk. feed is the store's change feed (nil: no
// refreshes, as in tests).
func New(c common.Common, feed <-chan uint64) Model {
	keys := DefaultKeyMap(c.Text)
	keys.forServices(len(c.Cfg.Types))
	h := help.New()
	h.Styles = c.Styles.Help()
	keys.Read.SetEnabled(false) // until WithVoice gives a voice
	m := Model{c: c, keys: keys, help: h, live: common.NewLive(c, feed)}
	if c.Store != nil {
		m.rater = c.Store // the store's Ratings; tests give a fake
	}
	m.render()
	return m
}

// Init reads the first snapshot, starts waiting for changes and the clock.
func (m Model) Init() tea.Cmd { return tea.Batch(m.live.Init(), m.c.AskBackground()) }

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.SetSize(msg.Width, msg.Height)
		m.help.SetWidth(msg.Width)
	case tea.BackgroundColorMsg:
		if !m.c.Restyle(msg) {
			return m, nil
		}
		m.help.Styles = m.c.Styles.Help()
	case takenMsg:
		cmd = m.taken(msg)
	case printedMsg:
		m.printed(msg)
	case checkedMsg:
		if m.mode != checking {
			return m, nil
		}
		cmd = m.checked(msg)
	case ratedMsg:
		if m.mode != rateSending {
			return m, nil
		}
		cmd = m.answeredRating(msg)
	case armMsg:
		if msg.seq != m.seq || !m.mode.held() {
			return m, nil
		}
		m.armed = true
	case backMsg:
		if msg.seq != m.seq || !m.mode.held() && !m.mode.typing() && !m.mode.rating() {
			return m, nil
		}
		m.back()
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		if m.mode.busy() {
			return m, nil // double-press protection
		}
		cmd = m.key(msg)
	case tea.PasteMsg:
		switch {
		case m.mode == rateNumber:
			cmd = m.rateTyped(msg.Content)
		case m.mode.typing():
			cmd = m.typed(msg.Content)
		default:
			return m, nil
		}
	case tea.MouseClickMsg:
		if m.mode.busy() {
			return m, nil
		}
		cmd = m.click(msg.Mouse())
	default:
		var shown bool
		if cmd, shown = m.live.Update(msg); !shown {
			return m, cmd
		}
	}
	m.render()
	return m, cmd
}

// key handles a key press by the screen it comes to. The buttons are the
// n services, then below them the progress's (index n) and the rating's
// (n+1) side by side: down from the last row reaches the one below, up
// goes back to the last row, tab and the side arrows go round all of
// them.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case m.mode.held():
		if m.armed {
			m.back()
		}
		return nil
	case m.mode.rating():
		return m.rateKey(msg)
	case m.mode.typing():
		return m.entryKey(msg)
	}
	m.err = nil // seen: the customer goes on
	n := len(m.c.Cfg.Types)
	cols := max(m.cols, 1)
	switch {
	case key.Matches(msg, m.keys.Choose):
		if i, err := strconv.Atoi(msg.String()); err == nil && i >= 1 && i <= n {
			i--
			m.sel = i
			return m.take()
		}
	case key.Matches(msg, m.keys.Progress):
		m.sel = n
		return m.ask()
	case key.Matches(msg, m.keys.Rate):
		return m.askRating()
	case key.Matches(msg, m.keys.Take):
		return m.press()
	case key.Matches(msg, m.keys.Read):
		m.readChoices()
	case key.Matches(msg, m.keys.Left, m.keys.Prev):
		m.sel = (m.sel + n + 1) % (n + 2)
	case key.Matches(msg, m.keys.Right, m.keys.Next):
		m.sel = (m.sel + 1) % (n + 2)
	case key.Matches(msg, m.keys.Up):
		switch {
		case m.sel == n+1 && m.listed:
			m.sel = n
		case m.sel == n+1 && n > 0:
			m.sel = n - 1 // the rating's button stands under the right of the last row
		case m.sel == n && n > 0:
			m.sel = (n - 1) / cols * cols
		case m.sel-cols >= 0 && m.sel < n:
			m.sel -= cols
		}
	case key.Matches(msg, m.keys.Down):
		switch {
		case m.sel == n && m.listed:
			m.sel = n + 1
		case m.sel >= n:
		case m.sel+cols < n:
			m.sel += cols
		case cols > 1 && m.sel%cols >= (cols+1)/2:
			m.sel = n + 1
		default:
			m.sel = n
		}
	}
	return nil
}

// press is enter (or a click) on the selected button.
func (m *Model) press() tea.Cmd {
	switch m.sel {
	case len(m.c.Cfg.Types):
		return m.ask()
	case len(m.c.Cfg.Types) + 1:
		return m.askRating()
	}
	return m.take()
}

// click presses the button clicked (a service's, or the progress's), or
// goes back from a held screen. The input screens take keys only.
func (m *Model) click(at tea.Mouse) tea.Cmd {
	if at.Button != tea.MouseLeft {
		return nil
	}
	switch {
	case m.mode.held():
		if m.armed {
			m.back()
		}
	case m.mode == choosing:
		m.err = nil
		for i, r := range m.buttons {
			if r.has(at.X, at.Y) {
				m.sel = i
				return m.press()
			}
		}
	}
	return nil
}

// back returns to the start, ready for the next customer, forgetting
// whatever this one typed or was shown.
func (m *Model) back() {
	m.mode, m.sel = choosing, 0
	m.claim, m.last4, m.note, m.found, m.until = "", "", "", progress{}, time.Time{}
	m.number, m.score = "", 0
}

// hold shows a held screen: it answers to keys only after armAfter and
// goes back by itself after showFor.
func (m *Model) hold(md mode) tea.Cmd { return m.holdFor(md, showFor) }

// holdFor is hold, going back after d.
func (m *Model) holdFor(md mode, d time.Duration) tea.Cmd {
	m.mode, m.armed = md, false
	m.seq++
	seq := m.seq
	return tea.Batch(
		tea.Tick(armAfter, func(time.Time) tea.Msg { return armMsg{seq} }),
		tea.Tick(d, func(time.Time) tea.Msg { return backMsg{seq} }),
	)
}

// take asks the store for a ticket of the selected service. Until the
// answer comes, keys are ignored.
func (m *Model) take() tea.Cmd {
	if m.sel < 0 || m.sel >= len(m.c.Cfg.Types) {
		return nil
	}
	m.mode, m.err = taking, nil
	st, code := m.c.Store, m.c.Cfg.Types[m.sel].Code
	return func() tea.Msg {
		if st == nil {
			return takenMsg{err: errNoStore}
		}
		t, e, err := st.Take(code, false, who)
		return takenMsg{ticket: t, est: e, err: err}
	}
}

// taken shows the new ticket, or why there is none.
func (m *Model) taken(msg takenMsg) tea.Cmd {
	if msg.err != nil {
		m.mode, m.err = choosing, msg.err
		return nil
	}
	m.ticket, m.est, m.notPrinted = msg.ticket, msg.est, false
	m.voice.Say(voice.TicketText(m.c.Text, m.ticket.Number, m.est.Ahead), 1)
	return tea.Batch(m.hold(showing), m.printTicket(m.ticket, m.est))
}

// View implements tea.Model; the content was rendered in Update.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	m.c.Paint(&v)
	v.WindowTitle = m.c.Text.T("kiosk.title")
	return v
}
