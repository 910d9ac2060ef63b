package pickup

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// stage is where a pickup is, in the order the counter works.
type stage int

const (
	stageClaim       stage = iota // P1: claim code and the phone's last 4 digits
	stageLost                     // P1: a lost slip's identity check
	stageFetch                    // P2: the tag to fetch by, the serial to confirm
	stageInspect                  // G1, G2: the golden-key inspection, two rounds
	stageFailNote                 // G3: what failed
	stageFailConfirm              // G3: send the order back to repair?
	stageFailed                   // G3: sent back; the ticket is still open
	stageExplain                  // P3: cause, work, parts, advice
	stageReturn                   // P3, O8: accessories and the loaner back
	stageSign                     // P4: the customer signs
	stageDone                     // signed off, the farewell
	stageLostAcc                  // P3: an accessory the station cannot find, what was agreed
)

// Model is one customer's pickup at the counter. Nothing is written until
// the sign-off, except a failed inspection (G3) and a loaner returned on
// the way (O8); the claim code's check is logged by the store.
type Model struct {
	parts.Outbox
	c    common.Common
	sess parts.Session
	keys KeyMap

	ticket  queue.Ticket
	stage   stage
	asking  bool // "abandon this pickup?" is on the screen
	busy    bool // a command is out: nothing else is sent meanwhile
	claim   textinput.Model
	last4   textinput.Model
	onLast4 bool            // the digits' field has the focus
	line    textinput.Model // the one field of the fetch, note and sign steps
	lost    *lostSlip       // the identity check of a lost slip, when open

	o        repair.Order        // the order being handed over, as last read
	v        repair.Verification // how the customer was verified (P1)
	serialOK bool                // P2
	insp     inspection          // G1–G3
	returned []bool              // P3: per accessory of the intake, handed back
	accSel   int
	lostAccs []repair.LostAccessory // accessories the station lost, written at sign-off
	accForm  *lostAcc               // what was agreed for one, while asked
}

// BackMsg asks the root to show the queue again: the pickup is over — the
// farewell or a failed inspection closed, or the pickup abandoned.
type BackMsg struct{}

// FindOrderMsg asks the root to open the search box in pick mode for a
// lost slip (O6): the order picked there comes back through LostSlipFor;
// esc in the search box shows this pickup again as it was.
type FindOrderMsg struct{}

// SignedOffMsg tells the root that the sign-off was written (P4): the
// counter's ticket is finished now, as the queue's finish key does.
type SignedOffMsg struct{}

// New opens the pickup of ticket t, the counter's current ticket, which
// the caller has checked is of the pickup type: the claim code is asked.
func New(c common.Common, s parts.Session, t queue.Ticket) (Model, tea.Cmd) {
	m := Model{c: c, sess: s, keys: DefaultKeyMap(c.Text), ticket: t, claim: textinput.New(), last4: textinput.New()}
	m.claim.CharLimit = 16 // a code of 8 with a dash and spaces
	m.last4.CharLimit = 4
	m.resize()
	m.Say("", false)
	cmd := m.claim.Focus()
	return m, cmd
}

// SetSize fits the fields to a terminal of w×h cells.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.resize()
}

// SetSession is what the root knows: counter, engineer, the status line.
func (m *Model) SetSession(s parts.Session) { m.sess = s }

// SetStyles draws with new styles; the lost slip's form keeps its theme,
// so it gets the new one.
func (m *Model) SetStyles(st common.Styles) {
	m.c.Styles = st
	if m.lost != nil {
		m.lost.form.WithTheme(st.Form())
		if m.lost.pin != nil {
			m.lost.pin.form.WithTheme(st.Form())
		}
	}
}

// resize fits the pickup's fields to the screen.
func (m *Model) resize() {
	w := max(m.c.Width, 40) - labelW - 6
	for _, in := range []*textinput.Model{&m.claim, &m.last4, &m.line} {
		in.SetWidth(w)
	}
	if m.lost != nil {
		m.lost.form.WithWidth(max(m.c.Width, 40) - 4)
		if m.lost.pin != nil {
			m.lost.pin.form.WithWidth(max(m.c.Width, 40) - 4)
		}
	}
}

// field is a fresh text field of the pickup holding value, focused.
func (m *Model) field(value string, limit int) tea.Cmd {
	in := textinput.New()
	in.CharLimit = limit
	in.SetValue(value)
	m.line = in
	m.resize()
	return m.line.Focus()
}

// Update answers the pickup's own store commands and, while it is shown,
// its keys; what else comes (a paste, the cursor's blink, the lost slip
// form's own messages) goes to the field or form with the focus.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case verifiedMsg:
		return m.verified(msg)
	case lostOrderMsg:
		return m.lostOrderLoaded(msg)
	case askedMsg:
		return m.asked(msg)
	case approvalMsg:
		return m.decided(msg)
	case supervisorsMsg:
		return m.supervisors(msg)
	case common.SnapshotMsg:
		return m.snapshot(msg)
	case savedMsg:
		return m.saved(msg)
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	}
	if m.stage == stageLost && m.lost != nil {
		return m.updateLost(msg)
	}
	if m.stage == stageLostAcc {
		return m.updateLostAcc(msg)
	}
	return m.typeInto(msg)
}

// updateKey routes a key to the step the pickup is at. A pending question
// is answered first; ctrl+c quits at any step, nothing saved.
func (m Model) updateKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case m.asking:
		return m.answerAbandon(msg)
	case m.busy:
		return m, nil
	}
	switch m.stage {
	case stageClaim:
		return m.updateClaim(msg)
	case stageLost:
		return m.updateLost(msg)
	case stageFetch:
		return m.updateFetch(msg)
	case stageInspect, stageFailNote, stageFailConfirm:
		return m.updateInspect(msg)
	case stageExplain, stageReturn, stageSign:
		return m.updateHandOver(msg)
	case stageLostAcc:
		return m.updateLostAcc(msg)
	default: // stageFailed, stageDone: only close, below
	}
	if key.Matches(msg, k.Close) {
		m.Send(BackMsg{})
	}
	return m, nil
}

// typeInto gives a key or a paste to the field with the focus. A paste is
// made inert first, so an escape sequence goes whole; what is left of a
// typed format character is dropped after.
func (m Model) typeInto(msg tea.Msg) (Model, tea.Cmd) {
	in := &m.line
	switch {
	case m.stage != stageClaim:
	case m.onLast4:
		in = &m.last4
	default:
		in = &m.claim
	}
	var cmd tea.Cmd
	*in, cmd = in.Update(inert(msg))
	if v := in.Value(); common.Inert(v) != v {
		in.SetValue(common.Inert(v))
	}
	return m, cmd
}

// updateForm hands msg to a form of the pickup, a paste made inert first,
// and says whether the form is complete now.
func updateForm(f *huh.Form, msg tea.Msg) (bool, tea.Cmd) {
	_, cmd := f.Update(inert(msg))
	return f.State == huh.StateCompleted, cmd
}

// inert is msg, made inert when it is a paste: an escape sequence goes
// whole.
func inert(msg tea.Msg) tea.Msg {
	if paste, ok := msg.(tea.PasteMsg); ok {
		paste.Content = common.Inert(paste.Content)
		return paste
	}
	return msg
}

// abandon asks before a pickup under way is dropped; one with nothing
// typed yet closes at once.
func (m Model) abandon() (Model, tea.Cmd) {
	if m.stage == stageClaim && m.claim.Value() == "" && m.last4.Value() == "" {
		m.Send(BackMsg{})
		return m, nil
	}
	m.asking = true
	m.Say(m.c.Text.T("pickup.abandon.ask"), true)
	return m, nil
}

// answerAbandon: y drops the pickup, nothing saved; n goes on where it was.
func (m Model) answerAbandon(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch k := m.keys; {
	case key.Matches(msg, k.Yes):
		m.asking = false
		m.Say(m.c.Text.T("pickup.abandoned", m.ticket.Number), false)
		m.Send(BackMsg{})
	case key.Matches(msg, k.No):
		m.asking = false
		m.Say("", false)
	}
	return m, nil
}
