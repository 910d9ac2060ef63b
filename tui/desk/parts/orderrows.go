package parts

import (
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// OrderRow is one order in a list of the board or among search results.
// Its cells are made once, when the data or the minute changes, and cleaned
// then; View only lays out the rows it shows.
type OrderRow struct {
	ID       uint64
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

// NewOrderRow is the row of h on list l at now.
func NewOrderRow(c common.Common, h repair.Head, l repair.List, now time.Time) OrderRow {
	t := c.Text
	r := OrderRow{
		ID: h.ID, number: common.Inert(h.Number), state: StateName(t, h.State),
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
	case l == repair.ListOwed && !h.Owed.IsZero():
		r.tail = t.T("board.owed", c.Clock(h.Owed).Format("01-02"))
	case r.late:
		r.tail = t.T("board.late")
	}
	return r
}

// StateName is an order state in the screen's language.
func StateName(t i18n.Catalog, s repair.State) string {
	if !s.Valid() {
		return common.Inert(string(s))
	}
	return t.T("order.state." + string(s))
}

// TailWidth is the width of the rows' last column: their longest tail, at
// most 16 cells. It is measured when the rows are made, not per frame.
func TailWidth(rows []OrderRow) int {
	w := 0
	for _, r := range rows {
		w = max(w, lipgloss.Width(r.tail))
	}
	return min(w, 16)
}

// RowCols are the widths of the columns that vary: the state as wide as its
// longest name, the tail as given, the device taking what is left of w
// (none on a narrow panel); a wide screen has room for the phone and the
// time received too.
type RowCols struct {
	state, device, tail int
	phone, received     bool
}

// LayoutRows fits the columns to w cells with a tail column tail wide.
func LayoutRows(t i18n.Catalog, tail, w int) RowCols {
	c := RowCols{tail: tail}
	for _, s := range repair.States {
		c.state = max(c.state, lipgloss.Width(StateName(t, s)))
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
func (r OrderRow) line(st common.Styles, c RowCols) string {
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

// RowHeader names the columns, laid out as the rows are.
func RowHeader(c common.Common, cols RowCols) string {
	t := c.Text
	h := OrderRow{
		number: t.T("board.col.number"), state: t.T("board.col.state"), name: t.T("board.col.name"),
		phone: t.T("board.col.phone"), device: t.T("board.col.device"),
		received: t.T("board.col.received"), promised: t.T("board.col.promised"),
	}
	return c.Styles.Muted.Render(h.line(c.Styles, cols))
}

// RowLines are the rows that h lines show, scrolled so that sel is in view;
// with a cursor the selected row is marked and the others indented to it.
func RowLines(st common.Styles, rows []OrderRow, sel int, cols RowCols, w, h int, cursor bool) []string {
	start, end := Window(len(rows), sel, h)
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
