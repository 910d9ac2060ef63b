package visit

import (
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// values are what the form fills in.
type values struct {
	reached   bool
	satisfied int
	remarks   string
}

// newForm is a fresh form: reached?, satisfaction only when reached, the
// remarks by the order's text rules; it returns the form's first command.
func (m *Model) newForm() tea.Cmd {
	t := m.c.Text
	m.v = &values{satisfied: 5}
	v := m.v
	var scores []huh.Option[int]
	for s := 5; s >= 1; s-- {
		scores = append(scores, huh.NewOption(strconv.Itoa(s)+" "+t.T("visit.score."+strconv.Itoa(s)), s))
	}
	m.form = huh.NewForm(
		huh.NewGroup(huh.NewConfirm().Key("reached").Title(t.T("visit.reached")).Value(&v.reached).
			Affirmative(t.T("intake.yes")).Negative(t.T("intake.no"))),
		huh.NewGroup(huh.NewSelect[int]().Key("satisfied").Title(t.T("visit.satisfied")).Options(scores...).Value(&v.satisfied)).
			WithHideFunc(func() bool { return !v.reached }),
		huh.NewGroup(huh.NewText().Key("remarks").Title(t.T("visit.remarks")).Value(&v.remarks).Lines(3).
			CharLimit(repair.MaxNote).Validate(parts.CheckText(m.c, false, true))),
	).WithTheme(m.c.Styles.Form()).WithKeyMap(parts.FormKeys(m.c)).WithShowHelp(false).WithWidth(m.innerW() - 2)
	return m.form.Init()
}

// innerW is the width inside the screen's frame.
func (m Model) innerW() int { return max(m.c.Width, 40) - 2 }

// save writes the visit with repair.RecordVisit as the session's engineer.
func (m *Model) save() tea.Cmd {
	if m.c.Store == nil {
		return nil
	}
	m.saving = true
	m.Say(m.c.Text.T("order.form.saving"), false)
	v := repair.Visit{By: m.sess.Engineer, Reached: m.v.reached, Satisfied: m.v.satisfied, Remarks: m.v.remarks}
	id := m.id
	return parts.WriteOrder(m.c.Store, m.sess, id, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.RecordVisit(o, v, now)
	}, func(o repair.Order, err error) tea.Msg { return savedMsg{id: id, o: o, err: err} })
}

// saved goes back to the board saying "saved" once the commit returned,
// and has the board read again; a refusal stays on the screen with why.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	t := m.c.Text
	m.saving = false
	if msg.err != nil {
		m.Say(visitError(m.c, msg.err), true)
		return m, m.newForm() // a fresh form to try again
	}
	did := "visit.did.notReached"
	if msg.o.Visit != nil {
		did = "visit.did.reached"
	}
	m.Say(t.T("saved")+" · "+t.T(did, common.Inert(msg.o.Number)), false)
	m.leave()
	m.Send(parts.SavedMsg{Board: true})
	return m, nil
}

// visitErrKeys are the refusals of repair.RecordVisit.
var visitErrKeys = []parts.ErrKey{
	{Err: repair.ErrVisitDone, Key: "visit.why.done"},
	{Err: repair.ErrNoVisitDue, Key: "visit.why.notDue"},
	{Err: repair.ErrSatisfaction, Key: "visit.why.satisfaction"},
}

// visitError says why a visit was not written.
func visitError(c common.Common, err error) string {
	if key, ok := parts.KeyOf(err, visitErrKeys); ok {
		return c.Text.T(key)
	}
	return parts.OrderError(c, err)
}
