package desk

import (
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// orderSavedMsg reports an action written, or refused, by the store.
type orderSavedMsg struct {
	act   action
	order repair.Order // as committed
	err   error
}

// saveOrder writes an action in a command through store.UpdateOrder, which
// reads the order, applies change in the same transaction and writes it
// back, or nothing at all when change refuses.
func (m *Model) saveOrder(act action, change func(repair.Order, time.Time) (repair.Order, error)) tea.Cmd {
	st, n, who, id := m.c.Store, m.counter, m.engineer, m.order.id
	if st == nil || m.order.saving {
		return nil
	}
	m.order.saving = true
	m.setStatus(m.c.Text.T("order.form.saving"), false)
	return func() tea.Msg {
		o, err := st.UpdateOrder(who, n, id, change)
		return orderSavedMsg{act: act, order: o, err: err}
	}
}

// orderSaved says "saved" once the commit returned, or why nothing was
// written; the board is read again either way.
func (m Model) orderSaved(msg orderSavedMsg) (tea.Model, tea.Cmd) {
	m.order.saving = false
	t := m.c.Text
	if msg.err != nil {
		m.setStatus(orderError(m.c, msg.err), true)
		return m, nil
	}
	o := msg.order
	if o.ID == m.order.id {
		m.showOrder(o)
	}
	did := t.T("order.did."+string(msg.act), common.Inert(o.Number))
	if msg.act == actMove {
		did = t.T("order.did.move", common.Inert(o.Number), stateName(t, o.State))
	}
	m.setStatus(t.T("saved")+" · "+did, false)
	board := m.loadBoard()
	return m, board
}

// orderError says in the user's language why a change was refused. A
// refused move names the state asked for and the rule (O1, O4, O8…).
func orderError(c common.Common, err error) string {
	t := c.Text
	var me *repair.MoveError
	var ps repair.Problems
	switch {
	case errors.As(err, &me):
		return t.T("order.err.move", stateName(t, me.To), moveWhy(t, me))
	case errors.As(err, &ps) && len(ps) > 0:
		return t.T("order.err.field", fieldName(t, ps[0].Field), ruleText(t, ps[0], ps[0].Limit))
	}
	if key, ok := keyOf(err, orderErrKeys); ok {
		return t.T(key)
	}
	if isRule(err) {
		return ruleText(t, err, repair.MaxNote)
	}
	return common.Explain(t, c.Cfg, err)
}

// moveWhy is the reason of a refused move: for a missing result (O4),
// exactly the fields still empty.
func moveWhy(t i18n.Catalog, me *repair.MoveError) string {
	if errors.Is(me.Err, repair.ErrNoResult) {
		names := make([]string, len(me.Missing))
		for i, f := range me.Missing {
			names[i] = fieldName(t, f)
			if t.Lang == i18n.EN { // labels elsewhere, words inside the sentence
				names[i] = strings.ToLower(names[i])
			}
		}
		return t.T("order.why.noResult", strings.Join(names, t.T("intake.listSep")))
	}
	if errors.Is(me.Err, repair.ErrMoveNotInO1) {
		return t.T("order.why.notInO1", stateName(t, me.From))
	}
	if key, ok := keyOf(me.Err, moveWhyKeys); ok {
		return t.T(key)
	}
	return ruleText(t, me.Err, repair.MaxNote)
}

// orderErrKeys are the refusals of the actions other than a move.
var orderErrKeys = []errKey{
	{repair.ErrClosed, "order.err.closed"},
	{repair.ErrNoLoaner, "order.err.noLoaner"},
	{repair.ErrEmptyNote, "order.err.empty"},
	{repair.ErrNoApproval, "order.err.noApproval"},
	{repair.ErrNoEstimate, "order.err.noEstimate"},
	{repair.ErrNotReadyYet, "order.err.notReady"},
	{store.ErrOrderUnchanged, "order.err.unchanged"},
	{store.ErrNoOrder, "order.notFound"},
}

// moveWhyKeys are the reasons of a refused move, O4's and O1's aside.
var moveWhyKeys = []errKey{
	{repair.ErrSameState, "order.why.same"},
	{repair.ErrClosed, "order.why.closed"},
	{repair.ErrPickupOnly, "order.why.pickupOnly"},
	{repair.ErrNoEstimate, "order.why.noEstimate"},
	{repair.ErrNotApproved, "order.why.notApproved"},
	{repair.ErrNoPartNamed, "order.why.noPart"},
	{repair.ErrNoReason, "order.why.noReason"},
	{repair.ErrLoanerOut, "order.why.loanerOut"},
	{repair.ErrUnknownState, "order.why.unknown"},
}

// fieldName is a field of the result or a complaint, as the form names it.
func fieldName(t i18n.Catalog, field string) string {
	switch field {
	case repair.FieldCause, repair.FieldWork, repair.FieldParts, repair.FieldAdvice:
		return t.T("order.result." + field)
	case "complaint", "answer":
		return t.T("order.form." + field)
	}
	return common.Inert(field)
}

// isRule reports whether err is one of the text and money rules the intake
// has words for.
func isRule(err error) bool {
	for _, e := range []error{repair.ErrTooLong, repair.ErrControl, repair.ErrRequired, repair.ErrChoice, repair.ErrMoney, repair.ErrEstimateLine} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// ruleText is problemText for a text of at most limit characters: a
// length refused outside an intake's Problem still says its limit.
func ruleText(t i18n.Catalog, err error, limit int) string {
	var p repair.Problem
	if errors.Is(err, repair.ErrTooLong) && !errors.As(err, &p) {
		return t.T("intake.err.tooLong", limit)
	}
	return problemText(t, err)
}
