package pickup

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// lostSlip is the identity check of a customer without the claim slip
// (P1): the kind of document and its last 4 characters only (the full
// number is never asked for), then a supervisor's approval, asked of the
// store (approval.go): given from the supervisor's own session, or by
// their PIN typed here.
type lostSlip struct {
	form          *huh.Form
	last4In       *huh.Input
	idType, last4 string
	asked         store.Approval // the request, once asked (ID ≠ 0): waiting for it
	pin           *pinForm       // the supervisor's name and PIN, while typed
}

// lostOrderMsg brings the order chosen in the search box for a lost slip.
type lostOrderMsg struct {
	o     repair.Order
	found bool
	err   error
}

// LostSlipFor goes on with a lost slip once the root's search box picked
// order id (after FindOrderMsg): the order is read, then its identity
// check asked.
func (m Model) LostSlipFor(id uint64) (Model, tea.Cmd) {
	m.stage, m.lost = stageLost, nil
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	m.busy = true
	return m, func() tea.Msg {
		o, found, err := st.Order(id)
		return lostOrderMsg{o: o, found: found, err: err}
	}
}

// lostOrderLoaded asks for the identity check when the order can be
// handed over, else says why not and goes back to the claim code.
func (m Model) lostOrderLoaded(msg lostOrderMsg) (Model, tea.Cmd) {
	if m.stage != stageLost || !m.busy {
		return m, nil
	}
	t := m.c.Text
	m.busy = false
	why := m.notHandedOver(msg.o)
	switch {
	case msg.err != nil:
		why = common.Explain(t, m.c.Cfg, msg.err)
	case !msg.found:
		why = t.T("order.notFound")
	}
	if why != "" {
		m.stage = stageClaim
		m.Say(why, true)
		cmd := m.focusClaim(false)
		return m, cmd
	}
	m.setOrder(msg.o)
	m.lost = m.newLostSlip()
	m.resize()
	m.Say("", false)
	return m, m.lost.form.Init()
}

// newLostSlip lays out the identity check: the document's kind and its
// last 4 characters (refused, not cut, when longer: repair.CheckID).
func (m Model) newLostSlip() *lostSlip {
	c, t := m.c, m.c.Text
	l := &lostSlip{idType: string(repair.IDResident)}
	kinds := make([]huh.Option[string], len(repair.IDTypes))
	for i, k := range repair.IDTypes {
		kinds[i] = huh.NewOption(idTypeName(t, k), string(k))
	}
	last4 := func(s string) error {
		if _, err := repair.CheckID(repair.IDOther, s); errors.Is(err, repair.ErrIDLast4) {
			return errors.New(t.T("pickup.err.idLast4"))
		}
		return nil
	}
	l.last4In = huh.NewInput().Key("id_last4").Title(t.T("pickup.lost.last4")).Value(&l.last4).CharLimit(24).Validate(last4)
	l.form = huh.NewForm(huh.NewGroup(
		huh.NewSelect[string]().Key("id_type").Title(t.T("pickup.lost.type")).Options(kinds...).Value(&l.idType).Inline(true),
		l.last4In,
	).Description(t.T("pickup.lost.privacy"))).
		WithTheme(c.Styles.Form()).WithKeyMap(parts.FormKeys(c)).WithShowHelp(false)
	return l
}

// updateLost passes everything to the identity check but esc, which asks
// to abandon; once complete, a supervisor's approval is asked for
// (approval.go). While it is waited for, or the PIN typed, the keys are
// approval.go's.
func (m Model) updateLost(msg tea.Msg) (Model, tea.Cmd) {
	l := m.lost
	if l != nil && l.asked.ID != 0 {
		return m.updateWaiting(msg)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Abandon) {
		return m.abandon()
	}
	if l == nil {
		return m, nil
	}
	_, cmd := updateForm(l.form, msg)
	if l.last4In.Error() != nil {
		// Refused, and not left on the screen either: typed again.
		l.last4 = ""
		l.last4In.Value(&l.last4)
		l.form.Update(nil) // the group draws its fields again
	}
	if l.form.State != huh.StateCompleted {
		return m, cmd
	}
	last4, err := repair.CheckID(repair.IDType(l.idType), l.last4)
	if err != nil {
		m.lost = m.newLostSlip()
		m.Say(m.c.Text.T("pickup.err.idLast4"), true)
		return m, m.lost.form.Init()
	}
	return m.askApproval(store.Approval{Order: m.o.ID, What: store.ApproveLostSlip, IDType: repair.IDType(l.idType), IDLast4: last4})
}

// lostLines are the order found and the identity check.
func (m Model) lostLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	if m.lost == nil {
		return []string{st.Muted.Render(t.T("loading"))}
	}
	lines := append([]string{parts.OrderHead(m.c, m.o)}, parts.Wrapped(st.Muted, t.T("pickup.lost.say"), w)...)
	if m.lost.asked.ID != 0 {
		return append(append(lines, ""), m.waitingLines(w)...)
	}
	return append(append(lines, ""), strings.Split(m.lost.form.View(), "\n")...)
}
