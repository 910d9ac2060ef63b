package intake

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// OrderSavedMsg reports a saved intake: the order as committed, then what
// became of its claim slip (written to a file, sent to the printer). The
// intake's save sends it; it is exported so that the desk's tests can show
// the slip screen of any order, file name and printer's answer.
type OrderSavedMsg struct {
	Order    repair.Order
	Err      error  // the save was refused: nothing was written
	Slip     string // the slip's text, for the screen
	File     string // where it was written
	FileErr  error
	PrintErr error
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
		f.failed = parts.ProblemText(c.Text, problems[0])
		return nil
	}
	f.saving, f.failed = true, ""
	o.Ticket, o.TicketID, o.Request = f.ticket.Number, f.ticket.ID, m.request
	st, n, who, lang, dir := c.Store, m.sess.Counter, m.sess.Engineer, c.Text, m.slipDir()
	width, pr := c.Print.Width, c.Print
	return func() tea.Msg {
		saved, err := st.SaveIntake(who, n, o)
		if err != nil {
			return OrderSavedMsg{Err: err}
		}
		msg := OrderSavedMsg{Order: saved}
		msg.Slip = slip.Render(saved, c.Repair, c.Station, lang, width, c.Cfg.Location)
		msg.File, msg.FileErr = slip.Write(dir, c.Files, saved, msg.Slip)
		if pr.Configured() {
			msg.PrintErr = parts.PrintSlip(c, saved)
		}
		return msg
	}
}

// intakeSaved shows the outcome of saving: on success the slip, and the
// status says saved, with the order number and claim code; on failure the
// form stays as it was, with why and how to go on.
func (m Model) intakeSaved(msg OrderSavedMsg) (Model, tea.Cmd) {
	t := m.c.Text
	if msg.Err != nil {
		why := t.T("intake.saveFailed", common.Explain(t, m.c.Cfg, msg.Err))
		if m.form != nil {
			m.form.saving, m.form.failed = false, why
		}
		m.Say(why, true)
		return m, nil
	}
	o := msg.Order
	m.form, m.offer, m.left, m.stage = nil, nil, false, stageSlip
	m.slip = slipScreen{order: o, text: msg.Slip, file: msg.File}
	m.fitSlip()
	status := t.T("saved") + " · " + t.T("intake.saved", common.Inert(o.Number), repair.FormatClaim(o.Claim))
	bad := false
	switch {
	case msg.FileErr != nil:
		status += " · " + t.T("intake.slip.fileFailed", common.Inert(msg.FileErr.Error()))
		bad = true
	case msg.PrintErr != nil: // the order is saved: the slip can be printed again
		status += " · " + t.T("intake.slip.notPrintedAgain", common.Inert(msg.PrintErr.Error()))
		bad = true
	case m.c.Print.Configured():
		status += " · " + t.T("intake.slip.printed")
	default: // no printer: where the slip is and how to print is on the slip screen
		status += " · " + t.T("intake.slip.notPrinted")
	}
	m.Send(ShownMsg{}) // the slip is shown even if esc left the form while it saved
	m.Say(status, bad)
	m.Send(parts.SavedMsg{Queue: true, Board: true}) // the ticket finished, the new order is on the board
	return m, nil
}

// slipDir is where claim slips are written (config.Print.SlipDir).
func (m Model) slipDir() string { return m.c.Print.SlipDir(m.c.Store.Path()) }
