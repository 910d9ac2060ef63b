// Package report is the report screen (R1, R2): the station's figures for a
// day by default — the queue, arrivals per hour, counters, engineers,
// repair orders, failed inspections, return visits — and, one key away, for
// the quarter, half-year or year, led by the recurring faults by model.
// ←/→ go to the previous or next period; c shows a business customer's
// service analysis over it instead (C2, customer_screen.go). A host (the
// desk) shows it with one key and takes it down when it sends BackMsg.
//
// The figures are package report's; Load reads them through the store's
// period readers in a tea.Cmd, a page per short transaction, so a year's
// report never keeps a desk waiting; the rendering (Sections, Text) is
// shared with `frontdesk report`.
package report

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	rpt "frontdesk/report"
	"frontdesk/tui/common"
)

// BackMsg asks the host to close the report screen.
type BackMsg struct{}

// loadedMsg brings a computed report: computation number seq, of period.
type loadedMsg struct {
	seq    int
	period rpt.Period
	rep    rpt.Report
	err    error
}

// wideColumns is the width from which the sections stand in two columns.
const wideColumns = 150

// Model is the report screen: a child component with Update, View and
// SetSize (DESIGN.md), which only the host wraps in a tea.View.
type Model struct {
	c    common.Common
	keys KeyMap
	help help.Model

	period rpt.Period
	day    time.Time // the day the quarter, half-year or year is of
	rep    rpt.Report
	shown  bool // rep is period's
	err    error
	asked  int // the number of the latest computation: an older one is dropped

	body []string // the rendered report, for the current size
	top  int      // the first line of body shown

	cust customer // a business customer's analysis instead (C2, customer_screen.go)
}

// New is the report of today, to be computed by Init.
func New(c common.Common) Model {
	h := help.New()
	h.Styles = c.Styles.Help()
	now := c.Now()
	m := Model{c: c, keys: DefaultKeyMap(c.Text), help: h, day: now, period: rpt.Day(now, c.Cfg.Location), asked: 1}
	m.render()
	return m
}

// Init computes the first report.
func (m Model) Init() tea.Cmd { return compute(m.c, m.period, m.asked) }

// compute runs Load for period p in a command, as computation seq; no
// store (pure tests) computes nothing.
func compute(c common.Common, p rpt.Period, seq int) tea.Cmd {
	st, cfg, ocfg, clock := c.Store, c.Cfg, c.Onsite, c.Now
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		rep, err := Load(st, cfg, ocfg, p, clock())
		return loadedMsg{seq: seq, period: p, rep: rep, err: err}
	}
}

// SetSize lays the report out for w×h cells.
func (m *Model) SetSize(w, h int) {
	m.c.SetSize(w, h)
	m.help.SetWidth(w)
	m.render()
}

// Update handles the report's keys and its computations.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case customerMsg:
		return m.customerLoaded(msg), nil
	case loadedMsg:
		if msg.seq != m.asked || m.cust.name != "" {
			return m, nil
		}
		m.err = msg.err
		if msg.err == nil {
			m.rep, m.shown, m.top = msg.rep, true, 0
		}
		m.render()
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.cust.input != nil {
		return m.typingCustomer(msg)
	}
	k, page := m.keys, max(1, m.bodyHeight()-1)
	switch {
	case key.Matches(msg, k.Back) && m.cust.name != "":
		m.cust = customer{}
		return m.show(m.period)
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return BackMsg{} }
	case key.Matches(msg, k.Customer):
		return m.askCustomer()
	case key.Matches(msg, k.Prev):
		return m.show(m.period.Shift(-1))
	case key.Matches(msg, k.Next):
		return m.show(m.period.Shift(1))
	case key.Matches(msg, k.Today):
		m.day = m.c.Now()
		return m.show(rpt.Calendar(m.period.Kind, m.day, m.c.Cfg.Location))
	case key.Matches(msg, k.Period):
		next := map[rpt.Kind]rpt.Kind{rpt.KindDay: rpt.KindQuarter, rpt.KindQuarter: rpt.KindHalf, rpt.KindHalf: rpt.KindYear}
		return m.show(rpt.Calendar(next[m.period.Kind], m.day, m.c.Cfg.Location))
	case key.Matches(msg, k.Reload):
		return m.show(m.period)
	case key.Matches(msg, k.Up):
		m.scroll(-1)
	case key.Matches(msg, k.Down):
		m.scroll(1)
	case key.Matches(msg, k.PageUp):
		m.scroll(-page)
	case key.Matches(msg, k.PageDn):
		m.scroll(page)
	}
	return m, nil
}

// show asks for the report of p; the screen says it is computing until it
// comes.
func (m Model) show(p rpt.Period) (Model, tea.Cmd) {
	if p.Kind == rpt.KindDay {
		m.day = p.Start()
	} else if !p.Contains(m.day) {
		m.day = p.Start()
	}
	m.period, m.shown, m.err = p, false, nil
	m.cust.ready = false
	m.asked++
	m.render()
	if m.cust.name != "" {
		return m, computeCustomer(m, p, m.asked)
	}
	return m, compute(m.c, p, m.asked)
}

func (m *Model) scroll(by int) {
	m.top = min(max(m.top+by, 0), max(len(m.body)-m.bodyHeight(), 0))
}

// bodyHeight is the lines between the two heading lines and the help line.
func (m Model) bodyHeight() int { return max(m.c.Height-3, 0) }

// render lays the report out for the current size: one column, or two
// side by side from wideColumns on.
func (m *Model) render() {
	m.body = nil
	if !m.shown || m.c.Width < 20 {
		return
	}
	if m.cust.name != "" {
		if m.cust.ready {
			m.body = m.customerBody()
		}
		m.scroll(0)
		return
	}
	sections := Sections(m.c.Text, m.c.Cfg, m.rep, m.c.Width)
	if m.c.Width < wideColumns {
		m.body = m.column(sections, m.c.Width)
	} else {
		colW := (m.c.Width - 3) / 2
		sections = Sections(m.c.Text, m.c.Cfg, m.rep, colW)
		half := (len(sections) + 1) / 2
		left, right := m.column(sections[:half], colW), m.column(sections[half:], colW)
		for i := range max(len(left), len(right)) {
			var l, r string
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			m.body = append(m.body, strings.TrimRight(l+strings.Repeat(" ", colW-lipgloss.Width(l))+"   "+r, " "))
		}
	}
	m.scroll(0)
}

// column is sections one under the other, their titles in the title style.
func (m Model) column(sections []Section, w int) []string {
	var out []string
	for i, s := range sections {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, m.c.Styles.Title.Render(common.Cut(s.Title, w)))
		out = append(out, s.Lines...)
	}
	return out
}

// View is the screen: the heading with the period, what it is as of (or
// that it is being computed), the visible part of the report and the keys.
func (m Model) View() string {
	c := m.c
	p := common.NewPage(c.Width, c.Height)
	title, asOf := Title(c.Text, rpt.Report{Period: m.period, AsOf: m.rep.AsOf})
	p.Add(c.HeaderBar(c.Text.T("report.screen")+" · "+title, c.Now()))
	var status string
	switch {
	case m.err != nil:
		status = c.Styles.Bad.Render(c.Text.T("report.failed", common.Explain(c.Text, c.Cfg, m.err)))
	case !m.shown:
		status = c.Styles.Muted.Render(c.Text.T("report.loading"))
	default:
		where := ""
		if len(m.body) > m.bodyHeight() {
			where = fmt.Sprintf("%d–%d/%d", m.top+1, min(m.top+m.bodyHeight(), len(m.body)), len(m.body))
		}
		status = c.Styles.Muted.Render(common.Spread(" "+asOf, where, c.Width))
	}
	if in := m.cust.input; in != nil {
		status = in.View()
	}
	p.Add(status)
	end := min(m.top+m.bodyHeight(), len(m.body))
	for _, l := range m.body[min(m.top, end):end] {
		p.Add(l)
	}
	p.Fill(1)
	p.Add(m.help.View(m.keys))
	return p.String()
}
