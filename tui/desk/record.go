package desk

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/slip"
)

// recordPrintedMsg is how printing a request's service record went: the
// record's file and the printer, each with its error.
type recordPrintedMsg struct {
	number   string // the request's number; "" when it was not read
	err      error  // the request could not be read
	missing  bool   // the request is not in the database (deleted meanwhile)
	file     string
	fileErr  error
	printed  bool // it went to a printer
	printErr error
}

// printRecord prints request id's service record (S9), as the intake its
// claim slip: read in a command, laid out at the printer's width, saved in
// the slips' directory, then sent to the printer when there is one. The
// answer is a recordPrintedMsg, which recordPrinted puts on the status
// line.
func (m *Model) printRecord(id uint64) tea.Cmd {
	c := m.c
	if c.Store == nil {
		return nil
	}
	st, dir := c.Store, c.Print.SlipDir(c.Store.Path())
	return func() tea.Msg {
		r, found, err := st.Request(id)
		switch {
		case err != nil:
			return recordPrintedMsg{err: err}
		case !found:
			return recordPrintedMsg{missing: true}
		}
		msg := recordPrintedMsg{number: r.Number}
		text := slip.RenderRecord(r, c.Repair, c.Station, c.Text, c.Print.Width, c.Cfg.Location)
		msg.file, msg.fileErr = slip.WriteRecord(dir, c.Files, r, text)
		if c.Print.Configured() {
			msg.printed, msg.printErr = true, parts.PrintRecord(c, r)
		}
		return msg
	}
}

// recordPrinted says on the status line how printing the record went:
// printed, or where its file is when there is no printer; a failure of
// either is said, bad.
func (m *Model) recordPrinted(msg recordPrintedMsg) tea.Cmd {
	t := m.c.Text
	switch {
	case msg.err != nil:
		m.say(t.T("record.status.readFailed", common.Explain(t, m.c.Cfg, msg.err)), true)
		return nil
	case msg.missing:
		m.say(t.T("record.status.missing"), true)
		return nil
	}
	number := common.Inert(msg.number)
	var status string
	switch {
	case msg.printErr != nil:
		status = t.T("record.status.printFailed", number, common.Inert(msg.printErr.Error()))
	case msg.printed:
		status = t.T("record.status.printed", number)
	case msg.fileErr == nil:
		status = t.T("record.status.written", number, common.Inert(msg.file))
	}
	if msg.fileErr != nil {
		if status != "" {
			status += " · "
		}
		status += t.T("record.status.fileFailed", number, common.Inert(msg.fileErr.Error()))
	}
	m.say(status, msg.printErr != nil || msg.fileErr != nil)
	return nil
}
