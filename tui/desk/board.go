package desk

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// boardState is the order board (O2, O8): the heads of every order still on
// the board as last read, and what the screens show of them at the current
// minute — how many each list holds, and the rows of the list chosen.
type boardState struct {
	heads  []repair.Head
	loaded bool
	asked  int // the sequence number of the latest read asked for
	shown  int // of the read the heads are from: an older one is dropped

	list   repair.List
	counts map[repair.List]int
	rows   []orderRow // the list's, in its order
	tailW  int
	sel    int
	minute time.Time // the lists were selected at
}

// boardMsg brings a read of the board's heads.
type boardMsg struct {
	seq   int
	heads []repair.Head
	err   error
}

func newBoard() boardState { return boardState{list: repair.ListOpen} }

// loadBoard reads the board's heads again; each read is numbered so that a
// slow one cannot overwrite a newer one.
func (m *Model) loadBoard() tea.Cmd {
	m.board.asked++
	return readBoard(m.c.Store, m.board.asked)
}

// readBoard reads the board's heads in a command, as read number seq (0 is
// the program's first).
func readBoard(st *store.Store, seq int) tea.Cmd {
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		heads, err := st.Board()
		return boardMsg{seq: seq, heads: heads, err: err}
	}
}

// boardLoaded keeps a read unless a newer one is shown already.
func (m Model) boardLoaded(msg boardMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		m.setStatus(m.c.Text.T("db.offline", common.Explain(m.c.Text, m.c.Cfg, msg.err)), true)
		return m, nil
	}
	if msg.seq < m.board.shown {
		return m, nil
	}
	m.board.heads, m.board.loaded, m.board.shown = msg.heads, true, msg.seq
	m.board.refresh(m.c)
	return m, nil
}

// refresh counts the lists and makes the chosen list's rows at the current
// minute, keeping the selected order selected.
func (b *boardState) refresh(c common.Common) {
	now := c.Now().Truncate(time.Minute)
	var selID uint64
	if b.sel < len(b.rows) {
		selID = b.rows[b.sel].id
	}
	b.minute = now
	b.counts = repair.Counts(b.heads, now, c.Cfg.Location)
	heads := repair.Select(b.heads, b.list, now, c.Cfg.Location)
	rows := make([]orderRow, len(heads)) // fresh: an older copy of the model may still hold the old rows
	for i, h := range heads {
		rows[i] = newOrderRow(c, h, b.list, now)
	}
	b.rows = rows
	b.tailW = tailWidth(b.rows)
	b.sel = max(0, slices.IndexFunc(b.rows, func(r orderRow) bool { return r.id == selID }))
}

// tick refreshes the lists when the minute has turned: an order becomes
// overdue, or owed a call, by the clock alone.
func (b *boardState) tick(c common.Common) {
	if b.loaded && !c.Now().Truncate(time.Minute).Equal(b.minute) {
		b.refresh(c)
	}
}

// choose shows list l from its first row.
func (b *boardState) choose(c common.Common, l repair.List) {
	b.list, b.sel, b.rows = l, 0, nil
	b.refresh(c)
}

// updateBoard handles a key on the board screen.
func (m Model) updateBoard(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, b := m.bkeys, &m.board
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Back):
		m.screen = screenQueue
	case key.Matches(msg, k.Lists):
		if i := int(msg.String()[0] - '1'); i < len(repair.Lists) {
			b.choose(m.c, repair.Lists[i])
			m.bkeys = m.bkeys.forList(b.list)
		}
	case key.Matches(msg, k.Up):
		b.sel = moveSel(b.sel, -1, len(b.rows))
	case key.Matches(msg, k.Down):
		b.sel = moveSel(b.sel, 1, len(b.rows))
	case key.Matches(msg, k.Page):
		page := max(1, m.boardRowsH())
		if msg.String() == "pgup" {
			page = -page
		}
		b.sel = moveSel(b.sel, page, len(b.rows))
	case key.Matches(msg, k.Visit):
		if b.sel < len(b.rows) {
			return m.openVisit(b.rows[b.sel].id)
		}
	case key.Matches(msg, k.Open):
		if b.sel < len(b.rows) {
			return m.openOrder(b.rows[b.sel].id, screenBoard)
		}
	case key.Matches(msg, k.Search):
		return m.openSearch(screenBoard)
	}
	return m, nil
}
