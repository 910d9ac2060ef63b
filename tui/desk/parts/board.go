package parts

import (
	"fmt"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// Board is the order board's data (O2, O8): the heads of every order still
// on the board as last read, and what the screens show of them at the
// current minute — how many each list holds, and the rows of the list
// chosen. The board screen moves through it; the queue screen draws its
// counts and, on a wide terminal, its chosen list.
type Board struct {
	heads   []repair.Head
	damaged []uint64 // ids of the orders whose heads the store could not read intact
	failed  error    // the last read, when it failed: said instead of "reading…"
	loaded  bool
	asked   int // the sequence number of the latest read asked for
	shown   int // of the read the heads are from: an older one is dropped

	List   repair.List
	counts map[repair.List]int
	Rows   []OrderRow // the list's, in its order
	tailW  int
	Sel    int
	minute time.Time // the lists were selected at
}

// BoardMsg brings a read of the board's heads.
type BoardMsg struct {
	seq   int
	heads []repair.Head
	err   error
}

// NewBoard is a board not read yet, showing the open orders.
func NewBoard() Board { return Board{List: repair.ListOpen} }

// Loaded reports whether the board has been read once.
func (b Board) Loaded() bool { return b.loaded }

// Count is how many orders list l holds.
func (b Board) Count(l repair.List) int { return b.counts[l] }

// Reload reads the board's heads again; each read is numbered so that a
// slow one cannot overwrite a newer one.
func (b *Board) Reload(st store.Station) tea.Cmd {
	b.asked++
	return ReadBoard(st, b.asked)
}

// ReadBoard reads the board's heads in a command, as read number seq (0 is
// the program's first).
func ReadBoard(st store.Station, seq int) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		heads, err := st.Board()
		return BoardMsg{seq: seq, heads: heads, err: err}
	}
}

// Take keeps a read unless a newer one is shown already; a failed read is
// returned to be said.
func (b *Board) Take(c common.Common, msg BoardMsg) error {
	if msg.err != nil {
		if !b.loaded {
			b.failed = msg.err
		}
		return msg.err
	}
	if msg.seq < b.shown {
		return nil
	}
	b.heads, b.damaged = b.heads[:0:0], nil
	for _, h := range msg.heads {
		if h.Damaged {
			b.damaged = append(b.damaged, h.ID)
		} else {
			b.heads = append(b.heads, h)
		}
	}
	b.loaded, b.shown, b.failed = true, msg.seq, nil
	b.Refresh(c)
	return nil
}

// Refresh counts the lists and makes the chosen list's rows at the current
// minute, keeping the selected order selected.
func (b *Board) Refresh(c common.Common) {
	now := c.Now().Truncate(time.Minute)
	var selID uint64
	if b.Sel < len(b.Rows) {
		selID = b.Rows[b.Sel].ID
	}
	b.minute = now
	b.counts = repair.Counts(b.heads, now, c.Cfg.Location)
	heads := repair.Select(b.heads, b.List, now, c.Cfg.Location)
	rows := make([]OrderRow, len(heads)) // fresh: an older copy of the model may still hold the old rows
	for i, h := range heads {
		rows[i] = NewOrderRow(c, h, b.List, now)
	}
	b.Rows = rows
	b.tailW = TailWidth(b.Rows)
	b.Sel = max(0, slices.IndexFunc(b.Rows, func(r OrderRow) bool { return r.ID == selID }))
}

// Tick refreshes the lists when the minute has turned: an order becomes
// overdue, or owed a call, by the clock alone.
func (b *Board) Tick(c common.Common) {
	if b.loaded && !c.Now().Truncate(time.Minute).Equal(b.minute) {
		b.Refresh(c)
	}
}

// Choose shows list l from its first row.
func (b *Board) Choose(c common.Common, l repair.List) {
	b.List, b.Sel, b.Rows = l, 0, nil
	b.Refresh(c)
}

// Items are the lists as "name count", an overdue order marked; keyed,
// each after its key, the chosen list marked as selected.
func (b Board) Items(c common.Common, keyed bool) []string {
	st := c.Styles
	items := make([]string, len(repair.Lists))
	for i, l := range repair.Lists {
		s := fmt.Sprintf("%s %d", ListName(c.Text, l), b.counts[l])
		if keyed {
			s = fmt.Sprintf("%d %s", i+1, s)
		}
		switch {
		case keyed && l == b.List:
			s = st.Selected.Render(s)
		case l == repair.ListOverdue && b.counts[l] > 0:
			s = st.LongWait.Render(s)
		}
		items[i] = s
	}
	return items
}

// Lines are the chosen list's column names and the rows that fit in h
// lines of w cells; with a cursor, the selected row is marked.
func (b Board) Lines(c common.Common, w, h int, cursor bool) []string {
	st, t := c.Styles, c.Text
	var warn []string
	if len(b.damaged) > 0 {
		warn = []string{st.LongWait.Render(common.Cut(b.DamagedLine(c), w))}
		h--
	}
	switch {
	case !b.loaded && b.failed != nil:
		return []string{st.LongWait.Render(common.Cut(common.Explain(t, c.Cfg, b.failed), w))}
	case !b.loaded:
		return []string{st.Muted.Render(t.T("loading"))}
	case len(b.Rows) == 0:
		return append(warn, st.Muted.Render(t.T("board.empty")))
	}
	rw := w
	if cursor {
		rw -= 2
	}
	cols := LayoutRows(t, b.tailW, rw)
	head := RowHeader(c, cols)
	if cursor {
		head = "  " + head
	}
	return append(append(warn, head), RowLines(st, b.Rows, b.Sel, cols, w, h-1, cursor)...)
}

// DamagedLine says that orders of the board could not be read intact, by
// id, and what to do: the rest of the board is shown as it is.
func (b Board) DamagedLine(c common.Common) string {
	ids := make([]string, 0, min(len(b.damaged), 5))
	for _, id := range b.damaged[:min(len(b.damaged), 5)] {
		ids = append(ids, fmt.Sprint(id))
	}
	list := strings.Join(ids, ", ")
	if len(b.damaged) > len(ids) {
		list += " …"
	}
	return c.Text.T("board.damaged", len(b.damaged), list)
}

// Summary is the board in a line or two for the queue screen of a narrow
// terminal: each list's name and count.
func (b Board) Summary(c common.Common, w int) []string {
	st, t := c.Styles, c.Text
	head := st.Title.Render(t.T("board.summary")) + "  "
	switch {
	case !b.loaded && b.failed != nil:
		return []string{" " + head + st.LongWait.Render(common.Cut(common.Explain(t, c.Cfg, b.failed), w-2-lipgloss.Width(head)))}
	case !b.loaded:
		return []string{" " + head + st.Muted.Render(t.T("loading"))}
	}
	items := b.Items(c, false)
	items[0] = head + items[0]
	if len(b.damaged) > 0 { // first, where two lines always show it
		items = slices.Insert(items, 1, st.LongWait.Render(t.T("board.damaged.short", len(b.damaged))))
	}
	lines := Indent(WrapJoin(items, " · ", w-2))
	return lines[:min(len(lines), 2)]
}

// Panel is the chosen list beside the queue panel on a wide terminal:
// every list's count, then the list's rows.
func (b Board) Panel(c common.Common, w, h int) string {
	t := c.Text
	body := append(WrapJoin(b.Items(c, false), " · ", w-2), "")
	body = append(body, b.Lines(c, w-2, h-2-len(body), false)...)
	title := t.T("board.title") + " · " + t.T("board.panel", ListName(t, b.List), b.counts[b.List])
	return common.Box(c.Styles, title, body, w, h)
}

// ListName is a board list's name in the screen's language.
func ListName(t i18n.Catalog, l repair.List) string { return t.T("board.list." + string(l)) }
