package pickup

import (
	"errors"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// lostAcc is the record of an accessory taken in that the station cannot
// find (I7, P3): what was agreed with the customer — a replacement by a
// day, a compensation, or nothing asked — and what was said. The engineer
// signed in records it and answers for it at the counter. It is kept on
// the screen until the sign-off, which writes it with the order.
type lostAcc struct {
	form                  *huh.Form
	item                  string
	agreement, by, detail string
}

// accName is accessory key k of the order's device in the screen's language.
func (m Model) accName(k string) string {
	return slip.Names(parts.KindOf(m.c, m.o.Intake.Device).Accessories, []string{k}, string(m.c.Text.Lang))
}

// lostIndex is where accessory k is among those recorded lost, or -1.
func (m Model) lostIndex(k string) int {
	return slices.IndexFunc(m.lostAccs, func(l repair.LostAccessory) bool { return l.Item == k })
}

// markLost is l on the selected accessory: it asks what was agreed; on one
// already recorded lost it takes the record back (found after all, or
// chosen by mistake). One ticked as handed back cannot be lost.
func (m Model) markLost() (Model, tea.Cmd) {
	acc := m.o.Intake.Accessories
	if len(acc) == 0 {
		return m, nil
	}
	k, t := acc[m.accSel], m.c.Text
	if i := m.lostIndex(k); i >= 0 {
		m.lostAccs = slices.Delete(slices.Clone(m.lostAccs), i, i+1)
		m.Say(t.T("pickup.lostAcc.undone", m.accName(k)), false)
		return m, nil
	}
	if m.returned[m.accSel] {
		m.Say(t.T("pickup.lostAcc.returned", m.accName(k)), true)
		return m, nil
	}
	m.accForm = m.newLostAcc(k)
	m.stage = stageLostAcc
	m.Say("", false)
	return m, m.accForm.form.Init()
}

// example is a date to show as the format's example: a week from today.
func (m Model) example() string {
	return m.c.Clock(m.c.Now()).AddDate(0, 0, 7).Format(repair.DayLayout)
}

// newLostAcc lays out what is agreed for accessory k: the agreement, the
// day of a replacement (only for one), what was agreed in words (required
// for a compensation: how much, or what is given).
func (m Model) newLostAcc(k string) *lostAcc {
	c, t := m.c, m.c.Text
	l := &lostAcc{item: k, agreement: string(repair.Agreements[0])}
	opts := make([]huh.Option[string], len(repair.Agreements))
	for i, a := range repair.Agreements {
		opts[i] = huh.NewOption(t.T("pickup.lostAcc.opt."+string(a)), string(a))
	}
	byDay := func(s string) error {
		if _, err := m.replaceBy(s); err != nil {
			return errors.New(t.T("pickup.err.lostBy", m.example()))
		}
		return nil
	}
	detail := func(s string) error {
		_, err := repair.CleanMultiline(s, repair.MaxNote, l.agreement == string(repair.AgreeCompensate))
		if errors.Is(err, repair.ErrRequired) {
			return errors.New(t.T("pickup.err.compensation"))
		}
		return parts.Explained(c, err, repair.MaxNote)
	}
	l.form = huh.NewForm(
		huh.NewGroup(huh.NewSelect[string]().Key("agreement").Title(t.T("pickup.lostAcc.agreement")).Options(opts...).Value(&l.agreement)),
		huh.NewGroup(huh.NewInput().Key("by").Title(t.T("pickup.lostAcc.by", m.example())).Value(&l.by).CharLimit(10).Validate(byDay)).
			WithHideFunc(func() bool { return l.agreement != string(repair.AgreeReplace) }),
		huh.NewGroup(huh.NewInput().Key("detail").Title(t.T("pickup.lostAcc.text")).Value(&l.detail).CharLimit(repair.MaxNote).Validate(detail)),
	).WithTheme(c.Styles.Form()).WithKeyMap(parts.FormKeys(c)).WithShowHelp(false).WithWidth(max(c.Width, 40) - 4)
	return l
}

// replaceBy reads the day of a replacement: a date, today or later.
func (m Model) replaceBy(s string) (time.Time, error) {
	loc := m.c.Cfg.Location
	day, err := repair.ParseDay(s, loc)
	if err != nil {
		return day, err
	}
	return day, repair.CheckReplaceBy(day, loc, m.c.Now())
}

// updateLostAcc passes everything to the agreement's form but esc, which
// goes back to the accessories with nothing recorded; once complete, the
// record is checked (repair.CheckLost) and kept for the sign-off.
func (m Model) updateLostAcc(msg tea.Msg) (Model, tea.Cmd) {
	l := m.accForm
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.LostBack) || l == nil {
		m.stage, m.accForm = stageReturn, nil
		m.Say("", false)
		return m, nil
	}
	done, cmd := updateForm(l.form, msg)
	if !done {
		return m, cmd
	}
	rec := repair.LostAccessory{Item: l.item, Agreement: repair.Agreement(l.agreement), Text: l.detail, Who: m.sess.Engineer}
	if rec.Agreement == repair.AgreeReplace {
		rec.By, _ = m.replaceBy(l.by)
	}
	checked, err := repair.CheckLost(m.o, rec, m.returnedKeys(), m.lostAccs, m.c.Cfg.Location, m.c.Now())
	m.stage, m.accForm = stageReturn, nil
	if err != nil {
		m.Say(m.c.Text.T("pickup.refused", m.c.Text.T("pickup.why.lost")), true)
		return m, nil
	}
	m.lostAccs = append(slices.Clone(m.lostAccs), checked)
	m.accSel = parts.MoveSel(m.accSel, 1, len(m.o.Intake.Accessories))
	m.Say(m.c.Text.T("pickup.lostAcc.recorded", m.accName(l.item)), false)
	return m, nil
}

// lostAccLines are the accessory, what to say, and the agreement's form.
func (m Model) lostAccLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	if m.accForm == nil {
		return nil
	}
	lines := append(parts.Wrapped(st.LongWait, t.T("pickup.lostAcc.say", m.accName(m.accForm.item)), w), "")
	return append(lines, strings.Split(m.accForm.form.View(), "\n")...)
}

// lostKeys are the keys of the accessories recorded lost.
func (m Model) lostKeys() []string {
	out := make([]string, len(m.lostAccs))
	for i, l := range m.lostAccs {
		out[i] = l.Item
	}
	return out
}
