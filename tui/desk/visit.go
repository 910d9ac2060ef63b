package desk

import (
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// visitScreen records the return visit of an order picked up (P5): the
// board's "visits due" list opens it on enter. Whether the customer was
// reached, how satisfied (1–5), remarks; written with repair.RecordVisit.
type visitScreen struct {
	id     uint64
	o      repair.Order
	loaded bool
	form   *huh.Form
	v      *visitValues
	saving bool
}

type visitValues struct {
	reached   bool
	satisfied int
	remarks   string
}

type (
	// visitOrderMsg brings the order whose visit is recorded.
	visitOrderMsg struct {
		id    uint64
		o     repair.Order
		found bool
		err   error
	}
	// visitSavedMsg reports the visit written, or refused.
	visitSavedMsg struct {
		o   repair.Order
		err error
	}
)

// openVisit reads order id and asks for its return visit.
func (m Model) openVisit(id uint64) (tea.Model, tea.Cmd) {
	m.visit = visitScreen{id: id}
	m.screen = screenVisit
	m.setStatus("", false)
	st := m.c.Store
	if st == nil {
		return m, nil
	}
	return m, func() tea.Msg {
		o, found, err := st.Order(id)
		return visitOrderMsg{id: id, o: o, found: found, err: err}
	}
}

// visitLoaded lays the form out for the order read.
func (m Model) visitLoaded(msg visitOrderMsg) (tea.Model, tea.Cmd) {
	vs, t := &m.visit, m.c.Text
	switch {
	case m.screen != screenVisit || msg.id != vs.id:
		return m, nil
	case msg.err != nil:
		m.setStatus(m.c.Text.T("db.offline", common.Explain(t, m.c.Cfg, msg.err)), true)
		m.screen = screenBoard
		return m, nil
	case !msg.found:
		m.setStatus(t.T("order.notFound"), true)
		m.screen = screenBoard
		return m, nil
	}
	vs.o, vs.loaded = msg.o, true
	vs.v = &visitValues{satisfied: 5}
	v := vs.v
	var scores []huh.Option[int]
	for s := 5; s >= 1; s-- {
		scores = append(scores, huh.NewOption(strconv.Itoa(s)+" "+t.T("visit.score."+strconv.Itoa(s)), s))
	}
	vs.form = huh.NewForm(
		huh.NewGroup(huh.NewConfirm().Key("reached").Title(t.T("visit.reached")).Value(&v.reached).
			Affirmative(t.T("intake.yes")).Negative(t.T("intake.no"))),
		huh.NewGroup(huh.NewSelect[int]().Key("satisfied").Title(t.T("visit.satisfied")).Options(scores...).Value(&v.satisfied)).
			WithHideFunc(func() bool { return !v.reached }),
		huh.NewGroup(huh.NewText().Key("remarks").Title(t.T("visit.remarks")).Value(&v.remarks).Lines(3).
			CharLimit(repair.MaxNote).Validate(checkText(m.c, false, true))),
	).WithTheme(m.c.Styles.Form()).WithKeyMap(formKeys(m.c)).WithShowHelp(false).WithWidth(m.orderInnerW() - 2)
	return m, vs.form.Init()
}

// updateVisit passes everything to the form but esc, which goes back to
// the board unsaved, and ctrl+c; the completed form is written.
func (m Model) updateVisit(msg tea.Msg) (tea.Model, tea.Cmd) {
	vs := &m.visit
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.okeys.Quit):
			return m, tea.Quit
		case key.Matches(k, m.okeys.Back) && !vs.saving:
			m.screen = screenBoard
			m.setStatus("", false)
			return m, nil
		}
	}
	if vs.form == nil || vs.saving {
		return m, nil
	}
	_, cmd := vs.form.Update(msg)
	if vs.form.State != huh.StateCompleted {
		return m, cmd
	}
	return m, m.saveVisit()
}

// saveVisit writes the visit with repair.RecordVisit, through writeOrder.
func (m *Model) saveVisit() tea.Cmd {
	vs := &m.visit
	if m.c.Store == nil {
		return nil
	}
	vs.saving = true
	v := repair.Visit{By: m.engineer, Reached: vs.v.reached, Satisfied: vs.v.satisfied, Remarks: vs.v.remarks}
	return m.writeOrder(vs.id, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.RecordVisit(o, v, now)
	}, func(o repair.Order, err error) tea.Msg { return visitSavedMsg{o: o, err: err} })
}

// visitSaved goes back to the board saying "saved" once the commit
// returned; a refusal stays on the screen with why.
func (m Model) visitSaved(msg visitSavedMsg) (tea.Model, tea.Cmd) {
	vs, t := &m.visit, m.c.Text
	vs.saving = false
	if msg.err != nil {
		m.setStatus(visitError(m.c, msg.err), true)
		return m.visitLoaded(visitOrderMsg{id: vs.id, o: vs.o, found: true}) // a fresh form to try again
	}
	did := "visit.did.notReached"
	if msg.o.Visit != nil {
		did = "visit.did.reached"
	}
	m.setStatus(t.T("saved")+" · "+t.T(did, common.Inert(msg.o.Number)), false)
	if m.screen == screenVisit {
		m.screen = screenBoard
	}
	return m, m.loadBoard()
}

// visitErrKeys are the refusals of repair.RecordVisit.
var visitErrKeys = []errKey{
	{repair.ErrVisitDone, "visit.why.done"},
	{repair.ErrNoVisitDue, "visit.why.notDue"},
	{repair.ErrSatisfaction, "visit.why.satisfaction"},
}

// visitError says why a visit was not written.
func visitError(c common.Common, err error) string {
	if key, ok := keyOf(err, visitErrKeys); ok {
		return c.Text.T(key)
	}
	return orderError(c, err)
}

// visitView lays out the visit screen:
//
//	header
//	the order as handed over, then the form, framed
//	status line · the form's keys
func (m Model) visitView() string {
	w := max(m.c.Width, 40)
	vs, st, t := m.visit, m.c.Styles, m.c.Text
	var help []string
	lines := []string{st.Muted.Render(t.T("loading"))}
	title := t.T("visit.title", "")
	if vs.loaded {
		title = t.T("visit.title", common.Inert(vs.o.Number))
		lines = append(m.visitFacts(w-2), "")
		lines = append(lines, strings.Split(vs.form.View(), "\n")...)
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("order.key.cancel")))
		help = m.helpLines(append(vs.form.KeyBinds(), cancel), w, 2)
	}
	box := common.Box(st, title, lines, w, m.orderBoxH(len(help)))
	return strings.Join(append([]string{m.header(w), box, m.statusLine(w)}, help...), "\n")
}

// visitFacts are what the call is about: who, the device, when it was
// handed over and signed for, the visit's due day, earlier tries.
func (m Model) visitFacts(w int) []string {
	st, t, o := m.c.Styles, m.c.Text, m.visit.o
	lines := append([]string{m.orderHead(o)}, m.handedOver(o, w)...)
	tries := 0
	for _, s := range o.History {
		if s.Kind == repair.StepVisit && !s.Reached {
			tries++
		}
	}
	if tries > 0 {
		lines = append(lines, st.LongWait.Render(t.T("visit.tries", tries)))
	}
	return lines
}
