package hotline

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// BackMsg asks the root to show the queue again: esc, nothing saved.
type BackMsg struct{}

// OpenRequestMsg tells the root that an on-site request was opened (S1,
// or a guided one, S2): it may show it on the on-site board.
type OpenRequestMsg struct{ ID uint64 }

// stage is what the screen asks now.
type stage int

const (
	stagePhone    stage = iota // the caller's phone, typed
	stageTopic                 // what the call is about, one line
	stageResult                // one key picks the result
	stageGuide                 // the phone guidance given (S2)
	stageDevice                // which of the customer's devices the request is for
	stageForm                  // the on-site request (S1)
	stageHandTo                // to whom the call is handed over (H1)
	stageHandNote              // the hand-over's note
	stageOrder                 // which open order the call is about
	stageDone                  // logged: what to say now
	stageMine                  // the person's open calls (首问负责)
	stageMineCall              // one of them: solved, or hand it over
)

// Model is the hotline screen: one call at a time, and the person's open
// calls.
type Model struct {
	parts.Outbox
	c    common.Common
	sess parts.Session
	keys KeyMap
	live bool

	stage   stage
	phone   string    // normalised, once looked up
	started time.Time // the phone was taken: the request's arrival
	input   textinput.Model
	topic   string
	cust    customer
	looked  bool // the phone's lookup answered
	busy    bool // a lookup or a commit is under way: keys wait

	guide  string // the guidance note of stageGuide, for the form
	device int    // the device chosen for the request, -1 for none
	form   *huh.Form
	v      *values
	probs  onsite.Problems // Check's on the last try to save
	staff  []string        // the names a call may be handed to
	pick   int             // the row under the cursor (staff, mine)
	handTo string
	mine   []onsite.Call
	call   *onsite.Call // the call of mine being closed or handed over
	done   doneNote
}

// New opens the hotline for the session's person, the phone field
// focused; it reads the person's open calls and the staff's names.
func New(c common.Common, s parts.Session) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), live: true, device: -1}
	m.Say("", false)
	return m, tea.Batch(m.fresh(), readMine(c.Store, s.Engineer), readStaff(c.Store))
}

// SetSize records the terminal's size; the fields follow it.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.input.SetWidth(m.innerW() - 16)
}

// SetSession is what the root knows: the header, the person who answers
// and the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles takes the styles of the terminal's background.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	if m.form != nil {
		m.form.WithTheme(st.Form())
	}
}

// innerW is the width inside the screen's frame.
func (m Model) innerW() int { return max(m.c.Width, 40) - 2 }

// fresh starts a new call: the phone field empty and focused.
func (m *Model) fresh() tea.Cmd {
	m.stage, m.phone, m.topic, m.cust, m.looked = stagePhone, "", "", customer{}, false
	m.guide, m.device, m.form, m.v, m.probs, m.call, m.handTo = "", -1, nil, nil, nil, nil, ""
	return m.field("", 20)
}

// field is a fresh one-line field holding value, at most limit runes,
// focused.
func (m *Model) field(value string, limit int) tea.Cmd {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = limit
	in.SetValue(value)
	m.input = in
	m.input.SetWidth(m.innerW() - 16)
	return m.input.Focus()
}

// Update answers the screen's own commands and its keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if !m.live {
		return m, nil
	}
	switch msg := msg.(type) {
	case lookedUpMsg:
		return m.lookedUp(msg)
	case mineMsg:
		if msg.err == nil {
			m.mine = msg.calls
		}
		return m, nil
	case staffMsg:
		m.staff = othersThan(msg.names, m.sess.Engineer)
		return m, nil
	case savedMsg:
		return m.saved(msg)
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case m.busy:
			return m, nil
		case key.Matches(msg, m.keys.Back):
			return m.back()
		}
		return m.key(msg)
	}
	if m.stage == stageForm && m.form != nil && !m.busy {
		return m.formUpdate(msg)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// back is esc: a step back within a call, and from a call's start (or
// from the list of calls) back to the queue, nothing saved.
func (m Model) back() (Model, tea.Cmd) {
	m.Say("", false)
	switch m.stage {
	case stagePhone, stageDone:
		m.live = false
		m.Send(BackMsg{})
		return m, nil
	case stageMine, stageTopic:
		return m, m.fresh()
	case stageResult: // the topic again, as typed
		m.stage = stageTopic
		return m, m.field(m.topic, onsite.MaxTopic+slack)
	case stageMineCall, stageHandNote, stageHandTo:
		if m.call != nil {
			m.stage, m.call = stageMine, nil
			return m, nil
		}
	}
	m.stage = stageResult
	m.form, m.v, m.probs = nil, nil, nil
	return m, nil
}

// key is a key press at the stage shown.
func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch m.stage {
	case stagePhone, stageTopic, stageGuide, stageHandNote:
		return m.lineKey(msg)
	case stageHandTo:
		return m.handToKey(msg)
	case stageResult:
		return m.resultKey(msg)
	case stageDevice:
		return m.deviceKey(msg)
	case stageOrder:
		return m.orderKey(msg)
	case stageForm:
		if key.Matches(msg, m.keys.Save) {
			return m.submit()
		}
		return m.formUpdate(msg)
	case stageDone:
		if key.Matches(msg, m.keys.Next) {
			return m, m.fresh()
		}
	case stageMine:
		return m.mineKey(msg)
	case stageMineCall:
		return m.mineCallKey(msg)
	}
	return m, nil
}
