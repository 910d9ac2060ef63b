package kiosk

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/queue"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
)

// The grid of service buttons: the room between buttons, and how large a
// button grows on a large screen (beyond that the grid stays in the middle).
const (
	gapX       = 2
	gapY       = 1
	minButtonW = 18
	maxButtonW = 44
	maxButtonH = 13
)

// gridCols is how many buttons stand side by side: two for up to four
// services, three for more, fewer when the screen is too narrow.
func gridCols(n, w int) int {
	cols := 1
	switch {
	case n >= 5:
		cols = 3
	case n >= 2:
		cols = 2
	}
	for cols > 1 && (w-2-(cols-1)*gapX)/cols < minButtonW {
		cols--
	}
	return cols
}

// render lays out the screen of the current mode for the terminal's size.
func (m *Model) render() {
	w, h := m.c.Width, m.c.Height
	m.buttons = nil
	if w <= 0 || h <= 0 {
		m.screen = ""
		return
	}
	p := common.NewPage(w, h)
	title := "kiosk.title"
	switch {
	case m.mode.typing() || m.mode == checking || m.mode == answered:
		title = "kiosk.progress.title"
	case m.mode.rating() || m.mode == rateSending || m.mode == rated:
		title = "kiosk.rate.title"
	}
	p.Add(m.c.HeaderBar(m.c.Text.T(title), m.live.Now))
	switch {
	case m.mode.rating() || m.mode == rateSending:
		m.renderRating(p)
	case m.mode == rated:
		m.renderRated(p)
	case m.mode == showing:
		m.renderTicket(p)
	case m.mode == answered:
		m.renderAnswer(p)
	case m.mode.typing() || m.mode == checking:
		m.renderEntry(p)
	default:
		m.renderChoice(p)
	}
	m.screen = p.String()
}

// renderChoice is the start: a prompt, the grid of service buttons with
// the progress's button below, a line for "taking…" or an error, and the
// keys.
func (m *Model) renderChoice(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w := c.Width
	prompt := common.Balance(t.T("kiosk.prompt"), w-2)
	var status []string
	switch {
	case m.mode == taking:
		status = common.Notice(st.Muted, t.T("kiosk.taking"), w)
	case m.err != nil:
		status = common.Notice(st.Bad, common.Explain(t, c.Cfg, m.err), w)
	case m.live.Err != nil:
		status = common.Notice(st.Bad, common.ExplainShown(t, c.Cfg, m.live.Err), w)
	case m.live.Back:
		status = common.Notice(st.Good, t.T("db.back"), w)
	}
	n := len(c.Cfg.Types)
	cols := gridCols(n, w)
	rows := (n + cols - 1) / cols
	// header (already), blank, prompt, blank, grid, progress, blank,
	// status (two lines, kept free so that a message does not move the
	// buttons), help
	avail := p.Left() - 1 - len(prompt) - 1 - 1 - 2 - 1
	ph := progressH(avail, rows)
	avail -= gapY + ph
	bh := min(maxButtonH, (avail-(rows-1)*gapY)/max(rows, 1))
	bw := min(maxButtonW, (w-2-(cols-1)*gapX)/cols)

	p.Blank(1)
	centerLines(p, st.Title, prompt)
	if bh >= 3 && bw >= minButtonW {
		p.Blank(1 + (avail-rows*bh-(rows-1)*gapY)/2)
		m.grid(p, cols, bw, bh)
		p.Blank(gapY)
		m.lowerButtons(p, cols*bw+(cols-1)*gapX, ph)
		m.cols, m.listed = cols, false
	} else {
		p.Blank(1)
		m.list(p)
		m.cols, m.listed = 1, true
	}
	p.Fill(len(status) + 1)
	if len(status) > 0 {
		p.Add(strings.Join(status, "\n"))
	}
	p.Center(m.help.View(m.keys))
}

// centerLines adds lines, each drawn in style and centred.
func centerLines(p *common.Page, style lipgloss.Style, lines []string) {
	for _, l := range lines {
		p.Center(style.Render(l))
	}
}

// progressH is the height of the progress's button: roomy when the
// service buttons keep room for their key, name and count on lines of
// their own (seven rows), else one line in its frame.
func progressH(avail, rows int) int {
	const roomy, tight, roomyButton = 5, 3, 7
	if (avail-gapY-roomy-(rows-1)*gapY)/max(rows, 1) >= roomyButton {
		return roomy
	}
	return tight
}

// grid draws the buttons, cols to a row, each bw×bh cells, in the middle of
// the screen, and records where each stands for the mouse.
func (m *Model) grid(p *common.Page, cols, bw, bh int) {
	indent := m.indent(cols*bw + (cols-1)*gapX)
	n := len(m.c.Cfg.Types)
	for first := 0; first < n; first += cols {
		if first > 0 {
			p.Blank(gapY)
		}
		y := m.c.Height - p.Left()
		var cells [][]string
		for i := first; i < min(first+cols, n); i++ {
			cells = append(cells, strings.Split(m.button(i, bw, bh), "\n"))
			m.buttons = append(m.buttons, rect{x: indent + (i-first)*(bw+gapX), y: y, w: bw, h: bh})
		}
		for row := range bh {
			var b strings.Builder
			b.WriteString(strings.Repeat(" ", indent))
			for j, cell := range cells {
				if j > 0 {
					b.WriteString(strings.Repeat(" ", gapX))
				}
				if row < len(cell) {
					b.WriteString(cell[row])
				}
			}
			p.Add(b.String())
		}
	}
}

// button is one service's button: its key, its name and how many wait,
// with the key in big digits when the button is tall enough.
func (m *Model) button(i, bw, bh int) string {
	st := m.c.Styles
	style := st.Button
	if i == m.sel {
		style = st.ButtonOn
	}
	ih := bh - style.GetVerticalFrameSize()
	digit, name, count := m.labels(i)
	if i == m.sel {
		name = "▶ " + name + " ◀"
	}
	var lines []string
	switch {
	case ih >= bigtext.Rows+3:
		// One style over the whole glyph keeps its lines equally wide,
		// so that centring them line by line keeps them aligned.
		lines = append(strings.Split(st.Key.Render(bigtext.Render(digit, 1)), "\n"), "", name, count)
	case ih >= 4:
		lines = []string{st.Key.Render(digit), "", name, count}
	case ih == 3:
		lines = []string{st.Key.Render(digit), name, count}
	case ih == 2:
		lines = []string{st.Key.Render(digit) + "  " + name, count}
	default:
		lines = []string{st.Key.Render(digit) + "  " + name + "  " + count}
	}
	return face(style, lines, bw, bh)
}

// face draws a button of bw×bh cells in style with lines in the middle,
// each cut to the inside's width.
func face(style lipgloss.Style, lines []string, bw, bh int) string {
	iw, ih := bw-style.GetHorizontalFrameSize(), bh-style.GetVerticalFrameSize()
	for j, l := range lines {
		lines[j] = common.Cut(l, iw)
	}
	// Centred in the height, an odd row to spare goes above: the muted
	// last line is the lightest and sits lower.
	top := strings.Repeat("\n", max(ih-len(lines)+1, 0)/2)
	return style.Width(bw).Height(bh).Align(lipgloss.Center).
		Render(top + strings.Join(lines, "\n"))
}

// indent is the margin that centres a block of w cells on the screen.
func (m *Model) indent(w int) int { return max((m.c.Width-w)/2, 0) }

// lowerButtons draws the progress's button and the rating's side by side
// below the grid, together as wide as the grid and bh high, and records
// where they stand for the mouse.
func (m *Model) lowerButtons(p *common.Page, w, bh int) {
	n := len(m.c.Cfg.Types)
	left := (w - gapX) / 2
	widths := [2]int{left, w - gapX - left}
	hints := [2]string{"kiosk.progress.buttonHint", "kiosk.rate.buttonHint"}
	indent := m.indent(w)
	var (
		styles [2]lipgloss.Style
		lines  [2][]string
	)
	for i := range lines {
		st := m.c.Styles
		style, name := st.Button, m.lowerLabel(n+i)
		if m.sel == n+i {
			style, name = st.ButtonOn, "▶ "+name+" ◀"
		}
		styles[i], lines[i] = style, []string{name}
		if ih := bh - style.GetVerticalFrameSize(); ih >= 3 {
			// The hint in the lines left, balanced rather than cut.
			hint := common.Balance(m.c.Text.T(hints[i]), widths[i]-style.GetHorizontalFrameSize())
			for _, l := range hint[:min(len(hint), ih-1, 2)] {
				lines[i] = append(lines[i], st.Muted.Render(l))
			}
		}
	}
	// As many lines in both, so that their names stand on one row.
	for len(lines[0]) < len(lines[1]) {
		lines[0] = append(lines[0], "")
	}
	for len(lines[1]) < len(lines[0]) {
		lines[1] = append(lines[1], "")
	}
	var cells [2][]string
	for i := range cells {
		cells[i] = strings.Split(face(styles[i], lines[i], widths[i], bh), "\n")
		m.buttons = append(m.buttons, rect{x: indent + i*(left+gapX), y: m.c.Height - p.Left(), w: widths[i], h: bh})
	}
	pad, gap := strings.Repeat(" ", indent), strings.Repeat(" ", gapX)
	for row := range min(len(cells[0]), len(cells[1])) {
		p.Add(pad + cells[0][row] + gap + cells[1][row])
	}
}

// lowerLabel is the words of the button below the grid at index i (the
// progress's, or the rating's): its key and its name.
func (m *Model) lowerLabel(i int) string {
	k, name := m.keys.Progress, "kiosk.progress.button"
	if i > len(m.c.Cfg.Types) {
		k, name = m.keys.Rate, "kiosk.rate.button"
	}
	return m.c.Styles.Key.Render(k.Help().Key) + "  " + m.c.Text.T(name)
}

// labels are the words of service i's button: its key, its name and how
// many wait (empty before the first read).
func (m *Model) labels(i int) (digit, name, count string) {
	c := m.c
	code := c.Cfg.Types[i].Code
	digit = strconv.Itoa(i + 1)
	name = common.Inert(c.TypeName(code))
	if m.live.Loaded {
		count = c.Styles.Muted.Render(c.Text.T("kiosk.waiting", queue.WaitingByType(m.live.Snap.Tickets)[code]))
	}
	return digit, name, count
}

// list is the buttons as lines, for a screen too small for the grid.
func (m *Model) list(p *common.Page) {
	n := len(m.c.Cfg.Types)
	for i := range n {
		digit, name, count := m.labels(i)
		m.listLine(p, i, digit+"  "+name+"  "+count)
	}
	m.listLine(p, n, m.lowerLabel(n))
	m.listLine(p, n+1, m.lowerLabel(n+1))
}

// listLine is button i as a line, marked when selected.
func (m *Model) listLine(p *common.Page, i int, line string) {
	if i == m.sel {
		line = m.c.Styles.Selected.Render("▶ " + line)
	} else {
		line = "  " + line
	}
	m.buttons = append(m.buttons, rect{x: 0, y: m.c.Height - p.Left(), w: m.c.Width, h: 1})
	p.Add(line)
}

// renderTicket is the ticket just taken: its number as large as fits, its
// service, how many are ahead and the wait (or that there is none), to
// watch the display, and how to go back.
func (m *Model) renderTicket(p *common.Page) {
	c, st, t := m.c, m.c.Styles, m.c.Text
	w := c.Width
	number := common.Inert(m.ticket.Number)
	var wait string
	switch {
	case m.est.Straight:
		wait = t.T("kiosk.straight")
	case m.est.Ahead == 0:
		wait = t.T("kiosk.next", c.Minutes(m.est.Wait))
	default:
		wait = t.T("kiosk.ahead", m.est.Ahead, c.Minutes(m.est.Wait))
	}
	waitLines := common.Balance(wait, w-2)
	watch := common.Balance(t.T("kiosk.watch"), w-2)
	// label, blank, number, blank, service, blank, wait, watch, blank, hint
	fixed := 1 + 1 + 1 + 1 + 1 + len(waitLines) + len(watch) + 1 + 1
	if m.notPrinted {
		fixed += 2 // a blank and the line that says so
	}
	big, scale := bigtext.Block(number, w-4, p.Left()-fixed)
	bigH := max(bigtext.Height(scale), 1)

	p.Blank((p.Left() - fixed - bigH) / 2)
	p.Center(st.Title.Render(t.T("kiosk.yourNumber")))
	// On a panel of its own ground (a row above and below), whatever the
	// terminal's.
	p.Center(common.Slab(st.Big, big))
	p.Center(st.Title.Render(common.Inert(m.ticket.Number) + " · " + common.Inert(c.TypeName(m.ticket.Type))))
	p.Blank(1)
	centerLines(p, st.Script, waitLines)
	for _, l := range watch {
		p.Center(l)
	}
	if m.notPrinted {
		p.Blank(1)
		p.Center(st.Bad.Render(t.T("kiosk.notPrinted", number)))
	}
	p.Fill(1)
	p.Center(st.Muted.Render(t.T("kiosk.back", int(showFor.Seconds()))))
}
