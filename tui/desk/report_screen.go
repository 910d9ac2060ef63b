package desk

import (
	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/report"
)

// The station's report (R1, R2) is package report's screen, hosted here:
// `m` opens it on the queue screen, its esc (report.BackMsg) comes back.

// openReport starts the day's report at the desk's size.
func (m Model) openReport() (tea.Model, tea.Cmd) {
	m.report = report.New(m.c)
	m.report.SetSize(m.c.Width, m.c.Height)
	m.screen = screenReport
	return m, m.report.Init()
}

// updateReport passes keys and the report's computations on.
func (m Model) updateReport(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.report, cmd = m.report.Update(msg)
	return m, cmd
}
