package desk

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// orderScreen is one repair order (O1–O8): its header, what the intake
// recorded, the repair result and the timeline, scrolled; and the form of
// the action being taken, if any.
type orderScreen struct {
	id     uint64
	o      repair.Order
	loaded bool
	back   screen   // where esc goes: the board, the search box or the queue
	lines  []string // the order drawn for the box's width, on load and resize
	scroll int
	form   *orderForm // the action being filled in, nil when none
	saving bool       // an action is being written
}

// orderMsg brings an order read by its id.
type orderMsg struct {
	id    uint64
	o     repair.Order
	found bool
	err   error
}

// openOrder shows order id, read in a command; esc goes back to from.
func (m Model) openOrder(id uint64, from screen) (tea.Model, tea.Cmd) {
	m.order = orderScreen{id: id, back: from}
	m.screen = screenOrder
	return m, readOrder(m.c.Store, id)
}

func readOrder(st *store.Store, id uint64) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		o, found, err := st.Order(id)
		return orderMsg{id: id, o: o, found: found, err: err}
	}
}

// reloadOrder reads the open order again after a change anywhere.
func (m Model) reloadOrder() tea.Cmd {
	if m.screen != screenOrder || m.order.saving {
		return nil
	}
	return readOrder(m.c.Store, m.order.id)
}

// orderLoaded shows a read of the open order. A timeline only grows, so a
// read with fewer steps than shown is an older one that arrived late.
func (m Model) orderLoaded(msg orderMsg) (tea.Model, tea.Cmd) {
	sc := &m.order
	switch {
	case msg.id != sc.id || sc.saving:
	case msg.err != nil:
		m.setStatus(m.c.Text.T("db.offline", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
	case !msg.found:
		m.setStatus(m.c.Text.T("order.notFound"), true)
		if !sc.loaded {
			m.screen = sc.back
		}
	case !sc.loaded || len(msg.o.History) >= len(sc.o.History):
		m.showOrder(msg.o)
	}
	return m, nil
}

// showOrder draws the order once, for the screen's width, and offers the
// actions it can take.
func (m *Model) showOrder(o repair.Order) {
	sc := &m.order
	sc.o, sc.loaded = o, true
	sc.lines = orderLines(m.c, o, m.orderInnerW())
	sc.scroll = min(sc.scroll, m.maxScroll())
	m.okeys = m.okeys.forOrder(o)
}

// resize draws the order and its form again for a new width.
func (m *Model) resizeOrder() {
	if m.order.loaded {
		m.showOrder(m.order.o)
	}
	if f := m.order.form; f != nil {
		f.form.WithWidth(m.orderInnerW() - 2)
	}
}

// orderInnerW is the width inside the order screen's frame.
func (m Model) orderInnerW() int { return max(m.c.Width, 40) - 2 }

// forOrder enables the actions o can take: a closed order only takes notes,
// calls and complaints; the loaner key only while a loaner is out (O8).
func (k OrderKeyMap) forOrder(o repair.Order) OrderKeyMap {
	open := !o.State.Final()
	for _, b := range []*key.Binding{&k.Move, &k.Result, &k.Estimate, &k.Escalate} {
		b.SetEnabled(open)
	}
	k.Loaner.SetEnabled(o.LoanerOut())
	return k
}

// updateOrder handles a key on the order screen: the form's when one is
// open, else scrolling, going back and the actions.
func (m Model) updateOrder(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.order.form != nil {
		return m.updateOrderForm(msg)
	}
	k, sc := m.okeys, &m.order
	page := 1
	if s := msg.String(); s == "pgup" || s == "pgdown" {
		page = max(1, m.orderBodyH()-1)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.screen = sc.back
		return m, nil
	case key.Matches(msg, k.Up):
		sc.scroll = max(0, sc.scroll-page)
		return m, nil
	case key.Matches(msg, k.Down):
		sc.scroll = min(sc.scroll+page, m.maxScroll())
		return m, nil
	case !sc.loaded || sc.saving:
		return m, nil
	}
	for _, a := range []struct {
		b   key.Binding
		act action
	}{
		{k.Move, actMove}, {k.Result, actResult}, {k.Contact, actContact}, {k.Estimate, actEstimate},
		{k.Note, actNote}, {k.Escalate, actEscalate}, {k.Complain, actComplain}, {k.Loaner, actLoaner},
	} {
		if key.Matches(msg, a.b) {
			return m.openForm(a.act)
		}
	}
	return m, nil
}

// maxScroll is how far the order scrolls: its last line at the bottom.
func (m Model) maxScroll() int { return max(0, len(m.order.lines)-m.orderBodyH()) }
