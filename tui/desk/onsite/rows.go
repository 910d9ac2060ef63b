package onsiteboard

import (
	"fmt"
	"time"

	"charm.land/lipgloss/v2"

	"frontdesk/onsite"
	"frontdesk/tui/common"
)

// The widths of the board's columns, in cells.
const (
	numberW     = 11 // S2611230003
	customerW   = 14
	customerMax = 32
	stateW      = 8
	visitW      = 16 // 张工 11-23 14:00
)

// newRow is r's row at now: its cells cleaned once here.
func newRow(c common.Common, r onsite.Request, clocks []onsite.Clock, now time.Time) row {
	t := c.Text
	rw := row{
		id: r.ID, number: common.Inert(r.Number), customer: common.Inert(customerOf(r)),
		state: t.T("onsite.state." + string(r.State)),
	}
	if k, ok := matters(clocks); ok {
		rw.clock, rw.level, rw.left = clockText(c, k), k.Level, k.Left
	} else if g := r.Guidance; r.State == onsite.StateGuided && g != nil && g.Called.IsZero() {
		rw.clock = t.T("onsite.clock.callback", c.Clock(g.CallBack).Format("15:04"))
		rw.left = g.CallBack.Sub(now)
		if !g.CallBack.After(now) {
			rw.level = onsite.LevelNear
		}
	}
	if v := r.Visit; v.Engineer != "" && !v.Start.IsZero() {
		rw.visit = common.Inert(v.Engineer) + " " + c.Clock(v.Start).Format("01-02 15:04")
	}
	return rw
}

// customerOf is who the request is for: the company, or the name.
func customerOf(r onsite.Request) string {
	if r.Customer.Company != "" {
		return r.Customer.Company
	}
	return r.Customer.Name
}

// mark is a level's mark, so that a terminal without colour shows it too.
func mark(l onsite.Level) string {
	switch l {
	case onsite.LevelNear:
		return "!"
	case onsite.LevelMissed:
		return "×"
	}
	return " "
}

// levelStyle is a level's style from the theme.
func levelStyle(st common.Styles, l onsite.Level) lipgloss.Style {
	switch l {
	case onsite.LevelNear:
		return st.LongWait
	case onsite.LevelMissed:
		return st.Bad
	}
	return st.Good
}

// clockText is a clock in a few words: its name and the time left, or by
// how much it is over; late on site, what is left of the hard limit.
func clockText(c common.Common, k onsite.Clock) string {
	t := c.Text
	name := t.T("onsite.clock." + string(k.Name))
	switch {
	case !k.At.IsZero() && k.Status == onsite.StatusMet:
		return t.T("onsite.clock.met", name, c.Clock(k.At).Format("15:04"))
	case !k.At.IsZero():
		return t.T("onsite.clock.metLate", name, c.Clock(k.At).Format("15:04"))
	case k.Status == onsite.StatusMissed:
		return t.T("onsite.clock.over", name, hm(-k.Left))
	case k.Status == onsite.StatusLate:
		return t.T("onsite.clock.late", name, hm(k.Left))
	}
	return t.T("onsite.clock.left", name, hm(k.Left))
}

// hm is a duration as h:mm, whole minutes, never negative.
func hm(d time.Duration) string {
	m := max(0, int(d/time.Minute))
	return fmt.Sprintf("%d:%02d", m/60, m%60)
}

// rowHeader is the column names, laid out as rows are.
func rowHeader(c common.Common, w int) string {
	t := c.Text
	a, b, d := layoutRow(w-2, t.T("onsite.col.number"), t.T("onsite.col.customer"), t.T("onsite.col.state"),
		"  "+t.T("onsite.col.clock"), t.T("onsite.col.visit"))
	return c.Styles.Muted.Render("  " + a + b + d)
}

// layoutRow fits the cells in their columns: the leading ones, the clock
// taking what is left between the state and the visit, and the visit,
// dropped on a narrow screen before the clock is cut.
// A wide screen gives the customer up to customerMax cells: a company's
// whole name, where 80 columns cut it.
func layoutRow(w int, number, customer, state, clock, visit string) (head, clk, tail string) {
	custW := min(customerMax, max(customerW, customerW+(w-80)/2))
	fixed := numberW + 1 + custW + 1 + stateW + 1
	clockW := w - fixed - visitW - 1
	if clockW < 22 {
		clockW, visit = w-fixed, ""
	}
	head = common.Fit(number, numberW) + " " + common.Fit(customer, custW) + " " + common.Fit(state, stateW) + " "
	clk = common.Fit(clock, clockW)
	if visit != "" {
		tail = " " + common.Fit(visit, visitW)
	}
	return head, clk, tail
}

// line is the row drawn w cells wide, the clock in its level's colour;
// selected, the whole row under the cursor.
func (rw row) line(st common.Styles, w int, selected bool) string {
	clock := ""
	if rw.clock != "" {
		clock = mark(rw.level) + " " + rw.clock
	}
	head, clk, tail := layoutRow(w-2, rw.number, rw.customer, rw.state, clock, rw.visit)
	if selected {
		return st.Selected.Render("▸ " + head + clk + tail)
	}
	return "  " + head + levelStyle(st, rw.level).Render(clk) + tail
}
