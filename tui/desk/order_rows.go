package desk

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// orderRow is one order in a list of the board or among search results.
// Its cells are made once, when the data or the minute changes, and cleaned
// then; View only lays out the rows it shows.
type orderRow struct {
	id       uint64
	number   string
	state    string
	name     string
	phone    string
	device   string
	received string
	promised string
	tail     string // what the list is about: days waiting, the loaner, the visit, late
	late     bool   // still in work and the promised time passed
}

const (
	numberW   = 11 // R2611220007
	nameW     = 10
	phoneW    = 13 // 13800138000, 010-12345678
	promisedW = 11 // 11-24 18:00, also the received time
)

// newOrderRow is the row of h on list l at now.
func newOrderRow(c common.Common, h repair.Head, l repair.List, now time.Time) orderRow {
	t := c.Text
	r := orderRow{
		id: h.ID, number: common.Inert(h.Number), state: stateName(t, h.State),
		name: common.Inert(h.Name), phone: common.Inert(h.Phone), device: common.Inert(h.Device),
		received: c.Clock(h.Received).Format("01-02 15:04"),
		late:     repair.ListOverdue.Has(h, now, c.Cfg.Location),
	}
	if !h.Promised.IsZero() {
		r.promised = c.Clock(h.Promised).Format("01-02 15:04")
	}
	switch {
	case l == repair.ListUncollected:
		r.tail = t.T("board.age", h.AgeDays(now))
	case l == repair.ListLoaners:
		r.tail = common.Inert(h.Loaner)
	case l == repair.ListVisits && !h.VisitDue.IsZero():
		r.tail = t.T("board.visit", c.Clock(h.VisitDue).Format("01-02"))
	case r.late:
		r.tail = t.T("board.late")
	}
	return r
}

// stateName is an order state in the screen's language.
func stateName(t i18n.Catalog, s repair.State) string {
	if !s.Valid() {
		return common.Inert(string(s))
	}
	return t.T("order.state." + string(s))
}

// tailWidth is the width of the rows' last column: their longest tail, at
// most 16 cells. It is measured when the rows are made, not per frame.
func tailWidth(rows []orderRow) int {
	w := 0
	for _, r := range rows {
		w = max(w, lipgloss.Width(r.tail))
	}
	return min(w, 16)
}

// rowCols are the widths of the columns that vary: the state as wide as its
// longest name, the tail as given, the device taking what is left of w
// (none on a narrow panel); a wide screen has room for the phone and the
// time received too.
type rowCols struct {
	state, device, tail int
	phone, received     bool
}

func layoutRows(t i18n.Catalog, tail, w int) rowCols {
	c := rowCols{tail: tail}
	for _, s := range repair.States {
		c.state = max(c.state, lipgloss.Width(stateName(t, s)))
	}
	fixed := numberW + 1 + c.state + 1 + nameW + 1 + promisedW
	switch {
	case c.tail > 0 && fixed+1+c.tail > w:
		c.tail = 0 // a narrow panel: the promise's colour still marks a late order
	case c.tail > 0:
		fixed += 1 + c.tail
	}
	// The device takes what is left, up to what a brand and model need; a
	// column of a few cells would show nothing but "…".
	if c.device = min(w-fixed-1, 32); c.device < 10 {
		c.device = 0
		return c
	}
	left := w - fixed - 1 - c.device
	if c.phone = left > phoneW; c.phone {
		left -= phoneW + 1
	}
	c.received = left > promisedW
	return c
}

// line lays the row out; a late promise is marked in the warning style.
func (r orderRow) line(st common.Styles, c rowCols) string {
	cells := []string{common.Fit(r.number, numberW), common.Fit(r.state, c.state), common.Fit(r.name, nameW)}
	if c.phone {
		cells = append(cells, common.Fit(r.phone, phoneW))
	}
	if c.device > 0 {
		cells = append(cells, common.Fit(r.device, c.device))
	}
	if c.received {
		cells = append(cells, common.Fit(r.received, promisedW))
	}
	when, tail := common.Fit(r.promised, promisedW), common.Fit(r.tail, c.tail)
	if r.late {
		when, tail = st.LongWait.Render(when), st.LongWait.Render(tail)
	}
	cells = append(cells, when)
	if c.tail > 0 {
		cells = append(cells, tail)
	}
	return strings.Join(cells, " ")
}

// rowHeader names the columns, laid out as the rows are.
func rowHeader(c common.Common, cols rowCols) string {
	t := c.Text
	h := orderRow{
		number: t.T("board.col.number"), state: t.T("board.col.state"), name: t.T("board.col.name"),
		phone: t.T("board.col.phone"), device: t.T("board.col.device"),
		received: t.T("board.col.received"), promised: t.T("board.col.promised"),
	}
	return c.Styles.Muted.Render(h.line(c.Styles, cols))
}

// rowLines are the rows that h lines show, scrolled so that sel is in view;
// with a cursor the selected row is marked and the others indented to it.
func rowLines(st common.Styles, rows []orderRow, sel int, cols rowCols, w, h int, cursor bool) []string {
	start, end := window(len(rows), sel, h)
	out := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		line := rows[i].line(st, cols)
		switch {
		case !cursor:
			out = append(out, line)
		case i == sel:
			out = append(out, "▸ "+st.Selected.Render(common.Fit(ansi.Strip(line), w-2)))
		default:
			out = append(out, "  "+line)
		}
	}
	return out
}

// window is the part [start, end) of n rows that h lines show with row sel
// in view: from the top until sel would fall off the bottom.
func window(n, sel, h int) (start, end int) {
	if h <= 0 {
		return 0, 0
	}
	if sel >= h {
		start = sel - h + 1
	}
	return start, min(n, start+h)
}

// moveSel moves a selection among n rows by d, staying on them.
func moveSel(sel, d, n int) int {
	if n == 0 {
		return 0
	}
	return min(max(0, sel+d), n-1)
}
