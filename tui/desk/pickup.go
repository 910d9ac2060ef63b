package desk

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// pickupType is the queue's service type of customers who come to collect
// a device (queue.DefaultConfig: B 取机).
const pickupType = "B"

// pickupStage is where a pickup is, in the order the counter works.
type pickupStage int

const (
	stageClaim       pickupStage = iota // P1: claim code and the phone's last 4 digits
	stageLost                           // P1: a lost slip's identity check
	stageFetch                          // P2: the tag to fetch by, the serial to confirm
	stageInspect                        // G1, G2: the golden-key inspection, two rounds
	stageFailNote                       // G3: what failed
	stageFailConfirm                    // G3: send the order back to repair?
	stageFailed                         // G3: sent back; the ticket is still open
	stageExplain                        // P3: cause, work, parts, advice
	stageReturn                         // P3, O8: accessories and the loaner back
	stageSign                           // P4: the customer signs
	stageDone                           // signed off, the farewell
)

// pickupState is one customer's pickup at the counter. Nothing is written
// until the sign-off, except a failed inspection (G3) and a loaner
// returned on the way (O8); the claim code's check is logged by the store.
type pickupState struct {
	ticket  queue.Ticket
	stage   pickupStage
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
}

// verifiedMsg brings the claim code's answer: the order it opens, or why
// not. The command captures values, never the model.
type verifiedMsg struct {
	o   repair.Order
	err error
}

// openPickup starts the pickup of the counter's current ticket, which must
// be a pickup ticket (B).
func (m Model) openPickup() (tea.Model, tea.Cmd) {
	t := m.c.Text
	if m.cur == nil {
		m.setStatus(t.T("err.noCurrent"), true)
		return m, nil
	}
	if m.cur.Type != pickupType {
		m.setStatus(t.T("pickup.notType", m.cur.Number, m.c.TypeName(m.cur.Type)), true)
		return m, nil
	}
	m.pickup = pickupState{ticket: *m.cur, claim: textinput.New(), last4: textinput.New()}
	m.pickup.claim.CharLimit = 16 // a code of 8 with a dash and spaces
	m.pickup.last4.CharLimit = 4
	m.resizePickup()
	m.screen = screenPickup
	m.setStatus("", false)
	return m, m.pickup.claim.Focus()
}

// resizePickup fits the pickup's fields to the screen.
func (m *Model) resizePickup() {
	p, w := &m.pickup, max(m.c.Width, 40)-pickupLabelW-6
	for _, in := range []*textinput.Model{&p.claim, &p.last4, &p.line} {
		in.SetWidth(w)
	}
	if p.lost != nil {
		p.lost.form.WithWidth(max(m.c.Width, 40) - 4)
	}
}

// field is a fresh text field of the pickup holding value, focused.
func (m *Model) field(value string, limit int) tea.Cmd {
	in := textinput.New()
	in.CharLimit = limit
	in.SetValue(value)
	m.pickup.line = in
	m.resizePickup()
	return m.pickup.line.Focus()
}

// updatePickup routes a key to the step the pickup is at. A pending
// question is answered first; ctrl+c quits at any step, nothing saved.
func (m Model) updatePickup(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k := &m.pickup, m.pkeys
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case p.asking:
		return m.answerAbandon(msg)
	case p.busy:
		return m, nil
	}
	switch p.stage {
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
	}
	if key.Matches(msg, k.Close) {
		m.screen = screenQueue
	}
	return m, nil
}

// pickupOther gives what is not a key (a paste, the cursor's blink, the
// lost slip form's own messages) to the field or form that has the focus.
func (m Model) pickupOther(msg tea.Msg) (tea.Model, tea.Cmd) {
	if p := &m.pickup; p.stage == stageLost && p.lost != nil {
		return m.updateLost(msg)
	}
	return m.typeInto(msg)
}

// typeInto gives a key or a paste to the field with the focus. A paste is
// made inert first, so an escape sequence goes whole; what is left of a
// typed format character is dropped after.
func (m Model) typeInto(msg tea.Msg) (tea.Model, tea.Cmd) {
	p := &m.pickup
	in := &p.line
	switch {
	case p.stage != stageClaim:
	case p.onLast4:
		in = &p.last4
	default:
		in = &p.claim
	}
	if paste, ok := msg.(tea.PasteMsg); ok {
		paste.Content = common.Inert(paste.Content)
		msg = paste
	}
	var cmd tea.Cmd
	*in, cmd = in.Update(msg)
	if v := in.Value(); common.Inert(v) != v {
		in.SetValue(common.Inert(v))
	}
	return m, cmd
}

// abandon asks before a pickup under way is dropped; one with nothing
// typed yet closes at once.
func (m Model) abandon() (tea.Model, tea.Cmd) {
	p := &m.pickup
	if p.stage == stageClaim && p.claim.Value() == "" && p.last4.Value() == "" {
		m.screen = screenQueue
		return m, nil
	}
	p.asking = true
	m.setStatus(m.c.Text.T("pickup.abandon.ask"), true)
	return m, nil
}

// answerAbandon: y drops the pickup, nothing saved; n goes on where it was.
func (m Model) answerAbandon(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k := &m.pickup, m.pkeys
	switch {
	case key.Matches(msg, k.Yes):
		p.asking, m.screen = false, screenQueue
		m.setStatus(m.c.Text.T("pickup.abandoned", p.ticket.Number), false)
	case key.Matches(msg, k.No):
		p.asking = false
		m.setStatus("", false)
	}
	return m, nil
}
