package intake

import (
	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// stage is what the screen shows of one customer's intake, in the order
// it goes through them.
type stage int

const (
	stageNone     stage = iota // a zero Model: nothing was opened
	stageLoading               // the counter's draft is being read; the desk still shows the queue
	stageOffer                 // continue another customer's draft?
	stageForm                  // the form and its side panel
	stageSlip                  // the claim slip of the saved order
	stageHandBack              // ending the intake with the device handed back, over the form
)

// Model is the intake of one ticket at the counter, from the draft's offer
// to the claim slip. It is a value, as bubbles' components are; the open
// intake (form) is shared by its copies, because huh's fields write into it
// through pointers.
type Model struct {
	parts.Outbox
	c     common.Common
	sess  parts.Session
	keys  KeyMap
	help  help.Model
	stage stage

	ticket  queue.Ticket
	request string       // the on-site request escalated to this intake (S10); "" for a ticket's
	form    *intake      // the open intake; nil before the form and once saved
	left    bool         // esc took the engineer away; the draft is still kept
	offer   *store.Draft // another ticket's draft, offered
	slip    slipScreen
	hb      *handBack // the hand-back being asked, over the form
}

// The messages the intake sends the root through its outbox (besides
// parts.StatusMsg and parts.SavedMsg).
type (
	// ShownMsg says the intake has something to show (the draft's offer, the
	// form, the slip): the root shows the intake screen. Until it comes,
	// the counter's draft is being read and the queue stays on screen.
	ShownMsg struct{}
	// LeftMsg is esc, out of the form (the draft kept) or away from the
	// draft's offer: the root goes back to the queue.
	LeftMsg struct{}
	// DoneMsg says the slip was handed over (enter, esc, q): back to the queue.
	DoneMsg struct{}
	// CallNextMsg is n on the slip: the root goes back to the queue and calls
	// the next customer there, as the queue's own n does.
	CallNextMsg struct{}
)

// New opens the intake of ticket t (the queue has checked that it is the
// counter's current ticket and of an intake type, and starts it): the
// counter's stored draft is read in a command, then resumed when it is this
// ticket's, offered when it is another's, and otherwise a fresh form is
// shown. Without a store the fresh form is shown at once; the root drains
// the outbox of the Model returned, as after an Update.
func New(c common.Common, s parts.Session, t queue.Ticket) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), help: help.New(), stage: stageLoading, ticket: t}
	m.keys.Retry.SetHelp("enter", c.Text.T(saveKey(c, "intake.save", "intake.saveOnly")))
	m.help.Styles = c.Styles.Help()
	st, n := c.Store, s.Counter
	if st == nil {
		return m.startIntake(nil, "")
	}
	return m, func() tea.Msg {
		d, ok, err := st.Draft(n)
		return draftLoadedMsg{ticket: t, draft: d, ok: ok, err: err}
	}
}

// SetSize lays the form and the slip out for a terminal of w×h cells.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	if m.form != nil {
		m.form.form.WithWidth(m.formWidth()).WithHeight(m.formHeight())
	}
	if m.stage == stageSlip {
		m.fitSlip()
	}
}

// SetSession is what the root knows: the counter, the engineer, the status.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles draws with st from now on, the form and the help included.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	m.help.Styles = st.Help()
	if m.form != nil {
		m.form.form.WithTheme(st.Form())
	}
}
