package report

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	rpt "frontdesk/report"
	"frontdesk/tui/common"
)

// The report screen's business customer (C2): c asks for a company's name
// and the screen shows that customer's service analysis over the period
// shown — the same figures as `frontdesk report --customer` — and the
// period keys move it as they move the station's report; esc goes back to
// the station's report.

// customerMsg brings a customer's analysis: computation number seq.
type customerMsg struct {
	seq int
	c   Customer
	err error
}

// customer is the company being shown, and the name being typed.
type customer struct {
	name  string           // the company shown; "" for the station's report
	input *textinput.Model // the name as it is typed, nil when not asking
	shown Customer
	ready bool // shown is name's, of the period shown
}

// askCustomer opens the company's name box.
func (m Model) askCustomer() (Model, tea.Cmd) {
	in := textinput.New()
	in.Prompt = m.c.Text.T("report.customer.prompt")
	in.CharLimit = 60
	in.SetValue(m.cust.name)
	m.cust.input = &in
	return m, in.Focus()
}

// typingCustomer takes a key while the name is typed: enter shows the
// company's analysis, esc closes the box.
func (m Model) typingCustomer(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	switch msg.String() {
	case "esc":
		m.cust.input = nil
		return m, nil
	case "enter":
		name := strings.TrimSpace(common.Inert(m.cust.input.Value()))
		m.cust.input = nil
		if name == "" {
			return m, nil
		}
		m.cust = customer{name: name}
		return m.show(m.period)
	}
	in, cmd := m.cust.input.Update(msg)
	m.cust.input = &in
	return m, cmd
}

// computeCustomer runs LoadCustomer for the company shown over p in a
// command, as computation seq.
func computeCustomer(m Model, p rpt.Period, seq int) tea.Cmd {
	st, ocfg, loc, name := m.c.Store, m.c.Onsite, m.c.Cfg.Location, m.cust.name
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		c, err := LoadCustomer(st, ocfg, loc, name, p)
		return customerMsg{seq: seq, c: c, err: err}
	}
}

// customerLoaded shows a computed analysis, the latest one asked only.
func (m Model) customerLoaded(msg customerMsg) Model {
	if msg.seq != m.asked || m.cust.name == "" {
		return m
	}
	m.err = msg.err
	if msg.err == nil {
		m.cust.shown, m.cust.ready, m.shown, m.top = msg.c, true, true, 0
	}
	m.render()
	return m
}

// customerBody is the analysis as the screen draws it, or that the company
// had no service in the period.
func (m Model) customerBody() []string {
	t := m.c.Text
	if !m.cust.shown.Any() {
		return []string{t.T("customer.title", common.Inert(m.cust.name), m.period.Name()), "", t.T("customer.none", common.Inert(m.cust.name), m.period.Name())}
	}
	return strings.Split(CustomerText(t, m.cust.shown, m.c.Width), "\n")
}

// customerKey is the binding that opens the name box.
func customerKey(help string) key.Binding {
	return key.NewBinding(key.WithKeys("c"), key.WithHelp("c", help))
}
