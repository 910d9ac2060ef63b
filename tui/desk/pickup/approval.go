package pickup

import (
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// A lost slip's supervisor's approval (P1): the desk asks the store for
// it and waits, reading the request again when a snapshot no longer
// lists it as pending; the supervisor approves from their own session, or
// walks over and types their PIN here. A supervisor's own session asks
// and approves at once. The name the verification records is the one the
// store's request was decided by, never typed text.

// askedMsg brings the request the desk asked for, or why not.
type askedMsg struct {
	a   store.Approval
	err error
}

// approvalMsg brings a request as it stands: decided, or the answer to a
// PIN.
type approvalMsg struct {
	a   store.Approval
	err error
}

// supervisorsMsg brings the supervisors' names the PIN form offers.
type supervisorsMsg struct {
	names []string
	err   error
}

// pinForm is the supervisor's name and PIN, typed at this desk.
type pinForm struct {
	form      *huh.Form
	names     []string // the supervisors offered; none: the name is typed
	name, pin string
}

// askApproval asks the store for a supervisor's approval of a. In a
// supervisor's own session it is given at once, in their name.
func (m Model) askApproval(a store.Approval) (Model, tea.Cmd) {
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	m.busy = true
	m.Say("", false)
	who, counter, me := m.sess.Engineer, m.sess.Counter, m.c.Person
	if me.Role == staff.Supervisor {
		return m, func() tea.Msg {
			asked, err := st.AskApproval(me.Name, counter, a)
			if err != nil {
				return approvalMsg{err: err}
			}
			decided, err := st.Approve(me.Name, asked.ID, true)
			return approvalMsg{a: decided, err: err}
		}
	}
	return m, func() tea.Msg {
		asked, err := st.AskApproval(who, counter, a)
		return askedMsg{a: asked, err: err}
	}
}

// asked waits for the request, or says why it was not asked and shows the
// identity check again.
func (m Model) asked(msg askedMsg) (Model, tea.Cmd) {
	if m.stage != stageLost || m.lost == nil || !m.busy {
		return m, nil
	}
	m.busy = false
	if msg.err != nil {
		m.lost = m.newLostSlip()
		m.resize()
		m.Say(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		return m, m.lost.form.Init()
	}
	m.lost.asked = msg.a
	m.Say(m.c.Text.T("pickup.approval.wait"), false)
	return m, nil
}

// snapshot reads the awaited request again once the snapshot no longer
// lists it as pending: it was decided.
func (m Model) snapshot(msg common.SnapshotMsg) (Model, tea.Cmd) {
	l, st := m.lost, m.c.Store
	if m.stage != stageLost || l == nil || l.asked.ID == 0 || m.busy || msg.Err != nil || st == nil {
		return m, nil
	}
	id := l.asked.ID
	if slices.ContainsFunc(msg.Snap.Approvals, func(a store.Approval) bool { return a.ID == id }) {
		return m, nil
	}
	m.busy = true
	return m, func() tea.Msg {
		a, found, err := st.Approval(id)
		if err == nil && !found {
			err = store.ErrApprovalUnknown
		}
		return approvalMsg{a: a, err: err}
	}
}

// decided goes on with an approved request as the claim code's check
// does; a refused or withdrawn one goes back to the claim code, saying
// why; a wrong or locked PIN is said, the PIN asked again or not.
func (m Model) decided(msg approvalMsg) (Model, tea.Cmd) {
	if m.stage != stageLost || m.lost == nil || !m.busy {
		return m, nil
	}
	t := m.c.Text
	m.busy = false
	var locked *store.LockedError
	switch {
	case errors.As(msg.err, &locked):
		m.lost.pin = nil
		m.Say(t.T("pickup.approval.locked", m.c.Clock(locked.Until).Format("15:04")), true)
		return m, nil
	case errors.Is(msg.err, staff.ErrWrongPIN):
		m.Say(t.T("err.staff.wrongPIN"), true)
		return m.pinAgain()
	case msg.err != nil && m.lost.pin != nil:
		m.Say(common.Explain(t, m.c.Cfg, msg.err), true)
		return m.pinAgain()
	case msg.err != nil:
		m.Say(common.Explain(t, m.c.Cfg, msg.err), true)
		return m, nil
	case msg.a.State == store.ApprovalPending:
		return m, nil
	case msg.a.State == store.ApprovalApproved:
		v, err := msg.a.Verification()
		if err != nil {
			m.Say(common.Explain(t, m.c.Cfg, err), true)
			return m, nil
		}
		m.lost = nil
		return m.verifiedAs(m.o, v)
	}
	why := t.T("pickup.approval.withdrawn")
	switch msg.a.State {
	case store.ApprovalRefused:
		why = t.T("pickup.approval.refused", common.Inert(msg.a.By))
	case store.ApprovalExpired:
		why = t.T("pickup.approval.expired")
	}
	m.stage, m.lost = stageClaim, nil
	m.Say(why, true)
	cmd := m.focusClaim(false)
	return m, cmd
}

// updateWaiting: p asks for the supervisor's PIN, esc abandons; while the
// PIN is typed, everything goes to its form but esc, which goes back to
// waiting.
func (m Model) updateWaiting(msg tea.Msg) (Model, tea.Cmd) {
	k, isKey := msg.(tea.KeyPressMsg)
	p := m.lost.pin
	switch {
	case p == nil && isKey && key.Matches(k, m.keys.PIN):
		return m.openPIN()
	case p == nil && isKey && key.Matches(k, m.keys.Abandon):
		return m.abandon()
	case p == nil:
		return m, nil
	case isKey && key.Matches(k, m.keys.PINBack):
		m.lost.pin = nil
		m.Say(m.c.Text.T("pickup.approval.wait"), false)
		return m, nil
	}
	done, cmd := updateForm(p.form, msg)
	if !done {
		return m, cmd
	}
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	who, id, name, pin := m.sess.Engineer, m.lost.asked.ID, p.name, p.pin
	p.pin = "" // not kept past its one use
	m.busy = true
	m.Say("", false)
	return m, func() tea.Msg {
		a, err := st.ApproveWithPIN(who, id, name, pin)
		return approvalMsg{a: a, err: err}
	}
}

// openPIN reads the supervisors' names for the PIN form.
func (m Model) openPIN() (Model, tea.Cmd) {
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	m.busy = true
	return m, func() tea.Msg {
		list, err := st.StaffList()
		var names []string
		for _, s := range list {
			if s.Role == staff.Supervisor {
				names = append(names, s.Name)
			}
		}
		return supervisorsMsg{names: names, err: err}
	}
}

// supervisors lays out the PIN form: the supervisor picked from the
// station's (typed when none is listed), the PIN masked.
func (m Model) supervisors(msg supervisorsMsg) (Model, tea.Cmd) {
	if m.stage != stageLost || m.lost == nil || m.lost.asked.ID == 0 || !m.busy {
		return m, nil
	}
	m.busy = false
	if msg.err != nil {
		m.Say(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		return m, nil
	}
	m.lost.pin = m.newPINForm(msg.names, "")
	m.resize()
	m.Say(m.c.Text.T("pickup.approval.pinSay"), false)
	return m, m.lost.pin.form.Init()
}

// pinAgain asks the PIN again, of the supervisor picked before.
func (m Model) pinAgain() (Model, tea.Cmd) {
	was := m.lost.pin
	if was == nil {
		return m, nil
	}
	m.lost.pin = m.newPINForm(was.names, was.name)
	m.resize()
	return m, m.lost.pin.form.Init()
}

// newPINForm is the PIN form over names (a typed name when empty), name
// picked.
func (m Model) newPINForm(names []string, name string) *pinForm {
	c, t := m.c, m.c.Text
	p := &pinForm{names: names, name: name}
	var who huh.Field
	if len(names) > 0 {
		opts := make([]huh.Option[string], len(names))
		for i, n := range names {
			opts[i] = huh.NewOption(common.Inert(n), n)
		}
		if p.name == "" {
			p.name = names[0]
		}
		who = huh.NewSelect[string]().Key("supervisor").Title(t.T("pickup.approval.who")).Options(opts...).Value(&p.name)
	} else {
		who = huh.NewInput().Key("supervisor").Title(t.T("pickup.approval.who")).Value(&p.name).CharLimit(staff.MaxName)
	}
	pinOK := func(s string) error {
		if staff.CheckPIN(s) != nil {
			return errors.New(t.T("err.staff.pin"))
		}
		return nil
	}
	p.form = huh.NewForm(huh.NewGroup(who,
		huh.NewInput().Key("pin").Title(t.T("pickup.approval.pin")).Value(&p.pin).
			EchoMode(huh.EchoModePassword).CharLimit(staff.MaxPIN).Validate(pinOK),
	)).WithTheme(c.Styles.Form()).WithKeyMap(parts.FormKeys(c)).WithShowHelp(false)
	return p
}

// waitingLines say whose approval is awaited, and show the PIN form when
// it is open.
func (m Model) waitingLines(w int) []string {
	st, t, a := m.c.Styles, m.c.Text, m.lost.asked
	lines := []string{st.App.Render(t.T("pickup.approval.waiting")),
		st.Muted.Render(common.Cut(t.T("pickup.approval.asked", idTypeName(t, a.IDType), a.IDLast4, m.c.Clock(a.Asked).Format("15:04")), w))}
	if p := m.lost.pin; p != nil {
		return append(append(lines, ""), strings.Split(p.form.View(), "\n")...)
	}
	return append(lines, parts.Wrapped(st.Muted, t.T("pickup.approval.orPIN"), w)...)
}
