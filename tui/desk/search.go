package desk

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// searchMaxLen is the most the search box takes: more than any number,
// phone, serial or name, so a pasted page is cut, not searched.
const searchMaxLen = 40

// searchBox finds any order in one keystroke (O6): each change of the text
// starts a search; only the answer to the latest is shown.
type searchBox struct {
	input textinput.Model
	back  screen // where esc goes
	seq   int    // the latest search started
	query string // the text the rows answer, "" before any answer
	rows  []orderRow
	tailW int
	more  bool
	sel   int
	pick  bool // finding the order of a lost slip: enter takes it to the pickup
}

// searchMsg brings the answer to search number seq.
type searchMsg struct {
	seq   int
	query string
	res   store.SearchResult
	err   error
}

// openSearch shows an empty search box; esc goes back to from.
func (m Model) openSearch(from screen) (tea.Model, tea.Cmd) {
	in := textinput.New()
	in.Prompt = m.c.Text.T("search.prompt")
	in.Placeholder = m.c.Text.T("search.hint")
	in.CharLimit = searchMaxLen
	m.search = searchBox{input: in, back: from, seq: m.search.seq}
	m.search.setWidth(m.c.Width)
	m.screen = screenSearch
	m.setStatus("", false)
	return m, m.search.input.Focus()
}

func (s *searchBox) setWidth(w int) { s.input.SetWidth(max(10, max(w, 40)-6-len(s.input.Prompt))) }

// updateSearch: the arrows choose a row, enter opens it, esc closes the
// box; every other key is typed.
func (m Model) updateSearch(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := m.skeys, &m.search
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Close):
		m.screen = s.back
		return m, nil
	case key.Matches(msg, k.Up):
		s.sel = moveSel(s.sel, -1, len(s.rows))
		return m, nil
	case key.Matches(msg, k.Down):
		s.sel = moveSel(s.sel, 1, len(s.rows))
		return m, nil
	case key.Matches(msg, k.Open):
		if s.sel < len(s.rows) && s.pick {
			return m.lostSlipFor(s.rows[s.sel].id)
		}
		if s.sel < len(s.rows) {
			return m.openOrder(s.rows[s.sel].id, screenSearch)
		}
		return m, nil
	}
	return m.typeSearch(msg)
}

// typeSearch gives a key or a paste to the text input and, when the text
// changed, starts a search for it. What is pasted is made inert first, so
// an escape sequence goes whole, not just its ESC; what is left of a typed
// format character (a bidi override) is dropped after.
func (m Model) typeSearch(msg tea.Msg) (tea.Model, tea.Cmd) {
	s := &m.search
	if p, ok := msg.(tea.PasteMsg); ok {
		p.Content = common.Inert(p.Content)
		msg = p
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if v := s.input.Value(); common.Inert(v) != v {
		s.input.SetValue(common.Inert(v))
	}
	if s.input.Value() == before {
		return m, cmd
	}
	find := m.find()
	return m, tea.Batch(cmd, find)
}

// find starts a search for the text as it stands, numbered so that an
// answer to older text is dropped.
func (m *Model) find() tea.Cmd {
	s := &m.search
	s.seq++
	q := strings.TrimSpace(s.input.Value())
	if q == "" {
		s.query, s.rows, s.more, s.sel = "", nil, false, 0
		return nil
	}
	st, seq, limit := m.c.Store, s.seq, max(m.searchRowsH(), 1)
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		res, err := st.Search(q, limit)
		return searchMsg{seq: seq, query: q, res: res, err: err}
	}
}

// searchFound shows the answer to the latest search; older ones are dropped.
func (m Model) searchFound(msg searchMsg) (tea.Model, tea.Cmd) {
	s := &m.search
	if msg.seq != s.seq {
		return m, nil
	}
	if msg.err != nil {
		m.setStatus(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
		return m, nil
	}
	now := m.c.Now()
	rows := make([]orderRow, len(msg.res.Heads))
	for i, h := range msg.res.Heads {
		rows[i] = newOrderRow(m.c, h, repair.List(""), now)
	}
	s.query, s.rows, s.more, s.sel = msg.query, rows, msg.res.More, 0
	s.tailW = tailWidth(rows)
	return m, nil
}

// searchView lays out the search box:
//
//	header
//	the text typed, framed, with what can be typed
//	the orders found, as on the board; "more…" when the text is short
//	status line · help
func (m Model) searchView() string {
	w := max(m.c.Width, 40)
	st, t, s := m.c.Styles, m.c.Text, m.search
	help := m.helpLines(m.skeys.ShortHelp(), w, 2)
	input := common.Box(st, t.T("search.title"), []string{s.input.View()}, w, 3)
	boxH := m.searchBoxH(len(help))
	var lines []string
	switch {
	case strings.TrimSpace(s.input.Value()) == "":
		lines = []string{st.Muted.Render(t.T("search.hint"))}
	case s.query == "":
		lines = []string{st.Muted.Render(t.T("loading"))}
	case len(s.rows) == 0:
		lines = []string{st.Muted.Render(t.T("search.none"))}
	default:
		cols := layoutRows(t, s.tailW, w-4)
		lines = append([]string{"  " + rowHeader(m.c, cols)}, rowLines(st, s.rows, s.sel, cols, w-2, boxH-3, true)...)
		if s.more {
			lines = append(lines[:min(len(lines), boxH-3)], st.Muted.Render("  "+t.T("search.more")))
		}
	}
	results := common.Box(st, t.T("search.results", len(s.rows)), lines, w, boxH)
	return strings.Join(append([]string{m.header(w), input, results, m.statusLine(w)}, help...), "\n")
}

// searchBoxH is the height of the results' frame.
func (m Model) searchBoxH(helpH int) int { return max(m.c.Height, 12) - 1 - 3 - 1 - helpH }

// searchRowsH is how many orders the results show: what a search asks for.
func (m Model) searchRowsH() int {
	return m.searchBoxH(len(m.helpLines(m.skeys.ShortHelp(), max(m.c.Width, 40), 2))) - 4
}
