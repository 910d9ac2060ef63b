package pickup

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// lostSlip is the identity check of a customer without the claim slip
// (P1): the kind of document, its last 4 characters only, and the
// supervisor who approves. The full number is never asked for.
type lostSlip struct {
	form                      *huh.Form
	last4In                   *huh.Input
	idType, last4, supervisor string
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

// newLostSlip lays out the identity check: the document's kind, its last
// 4 characters (refused, not cut, when longer: repair.LostSlip), the
// supervisor's name.
func (m Model) newLostSlip() *lostSlip {
	c, t := m.c, m.c.Text
	l := &lostSlip{idType: string(repair.IDResident)}
	kinds := make([]huh.Option[string], len(repair.IDTypes))
	for i, k := range repair.IDTypes {
		kinds[i] = huh.NewOption(idTypeName(t, k), string(k))
	}
	last4 := func(s string) error {
		if _, err := repair.LostSlip(repair.IDOther, s, "-", "", time.Time{}); errors.Is(err, repair.ErrIDLast4) {
			return errors.New(t.T("pickup.err.idLast4"))
		}
		return nil
	}
	supervisor := func(s string) error {
		if _, err := repair.CleanText(s, repair.MaxName, true); err != nil {
			return errors.New(t.T("pickup.err.supervisor"))
		}
		return nil
	}
	l.last4In = huh.NewInput().Key("id_last4").Title(t.T("pickup.lost.last4")).Value(&l.last4).CharLimit(24).Validate(last4)
	l.form = huh.NewForm(huh.NewGroup(
		huh.NewSelect[string]().Key("id_type").Title(t.T("pickup.lost.type")).Options(kinds...).Value(&l.idType).Inline(true),
		l.last4In,
		huh.NewInput().Key("supervisor").Title(t.T("pickup.lost.supervisor")).Value(&l.supervisor).CharLimit(repair.MaxName).Validate(supervisor),
	).Description(t.T("pickup.lost.privacy"))).
		WithTheme(c.Styles.Form()).WithKeyMap(parts.FormKeys(c)).WithShowHelp(false)
	return l
}

// updateLost passes everything to the identity check but esc, which asks
// to abandon; once complete, repair.LostSlip makes the verification.
func (m Model) updateLost(msg tea.Msg) (Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Abandon) {
		return m.abandon()
	}
	l := m.lost
	if l == nil {
		return m, nil
	}
	if paste, ok := msg.(tea.PasteMsg); ok {
		paste.Content = common.Inert(paste.Content)
		msg = paste
	}
	_, cmd := l.form.Update(msg)
	if l.last4In.Error() != nil {
		// Refused, and not left on the screen either: typed again.
		l.last4 = ""
		l.last4In.Value(&l.last4)
		l.form.Update(nil) // the group draws its fields again
	}
	if l.form.State != huh.StateCompleted {
		return m, cmd
	}
	v, err := repair.LostSlip(repair.IDType(l.idType), l.last4, l.supervisor, m.sess.Engineer, m.c.Now())
	if err != nil {
		m.lost = m.newLostSlip()
		m.Say(m.c.Text.T("pickup.err.idLast4"), true)
		return m, m.lost.form.Init()
	}
	m.lost = nil
	return m.verifiedAs(m.o, v)
}

// lostLines are the order found and the identity check.
func (m Model) lostLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	if m.lost == nil {
		return []string{st.Muted.Render(t.T("loading"))}
	}
	lines := append([]string{parts.OrderHead(m.c, m.o)}, parts.Wrapped(st.Muted, t.T("pickup.lost.say"), w)...)
	return append(append(lines, ""), strings.Split(m.lost.form.View(), "\n")...)
}
