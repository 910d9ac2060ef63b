package desk

import (
	"context"
	"path/filepath"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// intakeSavedMsg reports a saved intake: the order as committed, then what
// became of its claim slip (written to a file, sent to the printer).
type intakeSavedMsg struct {
	order    repair.Order
	err      error
	slip     string // the slip's text, for the screen
	file     string // where it was written
	fileErr  error
	printErr error
}

// storeDraft keeps what was typed so far, so that an accidental quit or a
// crash loses nothing: the counter's one draft in the database.
func (m Model) storeDraft() tea.Cmd {
	f, st := m.form, m.c.Store
	if f == nil || st == nil || f.gen == f.savedGen {
		return nil
	}
	d := store.Draft{Counter: m.counter, Engineer: m.engineer, TicketID: f.ticket.ID, Ticket: f.ticket.Number, Intake: *f.in}
	d.Intake.Accessories = append([]string(nil), f.in.Accessories...)
	d.Intake.Condition = append([]string(nil), f.in.Condition...)
	gen := f.gen
	return func() tea.Msg { return draftSavedMsg{gen: gen, err: st.SaveDraft(d)} }
}

// draftTick stores the draft when nothing has changed for a moment.
func (m Model) draftTick(msg draftTickMsg) (tea.Model, tea.Cmd) {
	if m.form == nil || msg.gen != m.form.gen {
		return m, nil
	}
	return m, m.storeDraft()
}

func (m Model) draftSaved(msg draftSavedMsg) (tea.Model, tea.Cmd) {
	if m.form == nil {
		return m, nil
	}
	if msg.err != nil {
		m.setStatus(m.c.Text.T("intake.draft.failed", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		return m, nil
	}
	m.form.savedGen = max(m.form.savedGen, msg.gen)
	return m, nil
}

// lookupOnLeave looks up what was just typed into a field worth looking up:
// a phone (a returning customer, filled in) or a serial (its earlier
// orders: comebacks, O7).
func (m Model) lookupOnLeave(field string) tea.Cmd {
	f, st := m.form, m.c.Store
	if st == nil {
		return nil
	}
	var value string
	var find func(string, int) ([]repair.Order, error)
	switch field {
	case repair.FieldPhone:
		value, find = f.in.Phone, st.OrdersByPhone
	case repair.FieldSerial:
		value, find = f.in.Serial, st.OrdersBySerial
	default:
		return nil
	}
	if value == "" || f.looked[field] == value {
		return nil
	}
	f.looked[field] = value
	return func() tea.Msg {
		orders, err := find(value, 20)
		return lookupMsg{field: field, value: value, orders: orders, err: err}
	}
}

// lookedUp fills in what the earlier orders know and the engineer has not
// typed yet: never overwriting what was typed.
func (m Model) lookedUp(msg lookupMsg) (tea.Model, tea.Cmd) {
	f := m.form
	if m.screen != screenIntake || f == nil || msg.err != nil || len(msg.orders) == 0 {
		return m, nil
	}
	last := msg.orders[0].Intake
	switch msg.field {
	case repair.FieldPhone:
		if msg.value != f.in.Phone {
			return m, nil
		}
		f.customer = msg.orders
		fill(f.form.name, &f.in.Name, last.Name)
		if f.in.Kind == repair.Business {
			fill(f.form.company, &f.in.Company, last.Company)
		}
	case repair.FieldSerial:
		if msg.value != f.in.Serial {
			return m, nil
		}
		f.history = msg.orders
		// The warranty clock does not restart on a comeback (O7): the
		// purchase as first recorded is proposed again.
		fill(f.form.brand, &f.in.Brand, last.Brand)
		fill(f.form.model, &f.in.Model, last.Model)
		if f.in.Purchased == "" && last.Purchased != "" {
			f.in.Proof = last.Proof
			f.form.proof.Value((*string)(&f.in.Proof))
			fill(f.form.purchased, &f.in.Purchased, last.Purchased)
			fill(f.form.factory, &f.in.FactoryMonth, last.FactoryMonth)
		}
	}
	f.sync(m.c)
	f.refreshOptions(m.c)
	return m, nil
}

// fill puts an earlier order's value into an empty field, inert: it
// comes from the database, and the input would draw a bidi override or the
// rest of an escape sequence as it is.
func fill(field *huh.Input, dst *string, value string) {
	if value = common.Inert(value); *dst != "" || value == "" {
		return
	}
	*dst = value
	field.Value(dst)
}

// saveIntake checks the intake once more and saves it: the order, its
// indexes and the ticket's finish in one transaction; then the slip is
// written and printed. "Saved" is said only when the commit has returned.
func (m Model) saveIntake() tea.Cmd {
	f, c := m.form, m.c
	if f == nil || f.saving || c.Store == nil {
		return nil
	}
	f.sync(c)
	o, problems := repair.Check(c.Repair, *f.in, c.Now(), c.Cfg.Location)
	if !problems.OK() {
		f.failed = problemText(c.Text, problems[0])
		return nil
	}
	f.saving, f.failed = true, ""
	o.Ticket, o.TicketID = f.ticket.Number, f.ticket.ID
	st, n, who, lang, dir := c.Store, m.counter, m.engineer, c.Text, m.slipDir()
	width, command := c.Print.Width, c.Print.Command
	return func() tea.Msg {
		saved, err := st.SaveIntake(who, n, o)
		if err != nil {
			return intakeSavedMsg{err: err}
		}
		msg := intakeSavedMsg{order: saved}
		msg.slip = slip.Render(saved, c.Repair, c.Station, lang, width, c.Cfg.Location)
		msg.file, msg.fileErr = slip.Write(dir, saved, msg.slip)
		if command != "" {
			msg.printErr = printSlip(command, msg.slip)
		}
		return msg
	}
}

// printSlip sends a slip to the station's print command, stopped after
// slip.SendTimeout: a hung printer must not hang the counter.
func printSlip(command, text string) error {
	ctx, cancel := context.WithTimeout(context.Background(), slip.SendTimeout)
	defer cancel()
	return slip.Send(ctx, command, text)
}

// slipDir is where claim slips are written: the configured directory, or
// "slips" next to the database.
func (m Model) slipDir() string {
	if m.c.Print.Dir != "" {
		return m.c.Print.Dir
	}
	return filepath.Join(filepath.Dir(m.db), "slips")
}
