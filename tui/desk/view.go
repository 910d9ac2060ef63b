package desk

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/queue"
	"frontdesk/tui/common"
)

// wideW is the width from which the queue screen draws the board's chosen
// list beside the queue panel; narrower, it shows the board's counts in a
// line or two under the header.
const wideW = 120

// queueView lays out the queue screen:
//
//	header: app · counter · engineer · paused · clock
//	the board's counts (narrow terminals)
//	current ticket (left) │ waiting tickets │ the board's list (wide terminals)
//	the script to say now, or the transfer picker
//	status line (saved / error) · help
func (m Model) queueView() string {
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	helpView := m.help.View(m.keys)
	helpH := strings.Count(helpView, "\n") + 1
	scriptLines := m.scriptLines(w - 4)
	scriptH := len(scriptLines) + 2
	var summary []string
	if w < wideW {
		summary = m.boardSummary(w)
	}
	bodyH := h - 1 - len(summary) - scriptH - 1 - helpH
	leftW := min(max(w*2/5, 30), 46)
	queueW := w - leftW
	if w >= wideW {
		leftW, queueW = min(30+(w-wideW)/4, 46), min(40+(w-wideW)/4, 50)
	}
	panels := []string{
		common.Box(m.c.Styles, m.c.Text.T("desk.panel.current"), compact(m.currentLines(leftW-2), bodyH-2), leftW, bodyH),
		common.Box(m.c.Styles, m.listTitle(), m.listLines(queueW-2, bodyH-2), queueW, bodyH),
	}
	if w >= wideW {
		panels = append(panels, m.boardPanel(w-leftW-queueW, bodyH))
	}
	title := m.c.Text.T("desk.panel.script")
	if m.screen == screenTransfer {
		title = m.c.Text.T("desk.key.transfer")
	}
	parts := append([]string{m.header(w)}, summary...)
	parts = append(parts,
		lipgloss.JoinHorizontal(lipgloss.Top, panels...),
		common.Box(m.c.Styles, title, scriptLines, w, scriptH),
		m.statusLine(w),
		helpView,
	)
	return strings.Join(parts, "\n")
}

// compact drops as many of the blank lines that separate a panel's parts
// as it takes to fit h lines, the first ones first: content goes before
// spacing.
func compact(lines []string, h int) []string {
	drop := len(lines) - h
	if drop <= 0 {
		return lines
	}
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		if l == "" && drop > 0 {
			drop--
			continue
		}
		out = append(out, l)
	}
	return out
}

func (m Model) header(w int) string {
	tx := m.c.Text
	left := " " + tx.T("app.name") + " │ " + tx.T("counter.n", m.counter) + " · " + common.Inert(m.engineer)
	if m.paused {
		left += " │ " + tx.T("desk.paused")
	}
	right := m.c.Clock(m.c.Now()).Format("01-02 15:04") + " "
	gap := max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	return m.c.Styles.Header.Render(common.Fit(left+strings.Repeat(" ", gap)+right, w))
}

// currentLines is the left panel: the ticket at this counter, then the
// queue's counts and the other counters.
func (m Model) currentLines(w int) []string {
	tx, st, now := m.c.Text, m.c.Styles, m.c.Now()
	var l []string
	if m.cur == nil {
		l = append(l, st.Muted.Render(tx.T("desk.current.none")))
	} else {
		t := *m.cur
		l = append(l, st.Current.Render(t.Number)+"  "+m.c.TypeName(t.Type))
		state := tx.T("state." + string(t.State))
		if t.State == queue.Called {
			state += " · " + tx.T("desk.current.calls", t.Calls)
		}
		l = append(l, state)
		waited := tx.T("desk.current.waited", m.c.Minutes(t.Waited(now)))
		if t.LongWait(m.c.Cfg, now) {
			waited = st.LongWait.Render(waited + " !")
		}
		l = append(l, waited)
		if t.Type == pickupType {
			l = append(l, st.Key.Render(tx.T("desk.current.pickup")))
		}
	}
	l = append(l, "")
	var counts []string
	waiting := common.Waiting(m.snap.Tickets)
	for _, ty := range m.c.Cfg.Types {
		counts = append(counts, fmt.Sprintf("%s %s %d", ty.Code, m.c.TypeName(ty.Code), waiting[ty.Code]))
	}
	l = append(l, st.Title.Render(tx.T("desk.waiting.counts")))
	l = append(l, wrapJoin(counts, " · ", w)...)
	l = append(l, "", st.Title.Render(tx.T("desk.counters")))
	for _, k := range m.snap.Counters {
		if k.Number == m.counter {
			continue
		}
		l = append(l, m.counterLine(k.Number, k.Paused, common.Inert(k.Engineer)))
	}
	l = append(l, "", st.Title.Render(tx.T("desk.today")))
	l = append(l, wrapJoin(m.todayStats(), " · ", w)...)
	return l
}

// todayStats are the day's counts so far, for the engineer's overview (Q11).
func (m Model) todayStats() []string {
	tx := m.c.Text
	var finished, noshow, waitedN int
	var waited time.Duration
	for _, t := range m.snap.Tickets {
		switch t.State {
		case queue.Finished:
			finished++
		case queue.NoShow:
			noshow++
		}
		if !t.FirstCalledAt.IsZero() {
			waited += t.Measure().Wait
			waitedN++
		}
	}
	avg := time.Duration(0)
	if waitedN > 0 {
		avg = waited / time.Duration(waitedN)
	}
	return []string{
		tx.T("desk.today.issued", len(m.snap.Tickets)),
		tx.T("desk.today.finished", finished),
		tx.T("desk.today.noshow", noshow),
		tx.T("desk.today.avgWait", m.c.Minutes(avg)),
	}
}

// counterLine is another counter's state, for the engineer's overview.
func (m Model) counterLine(n int, paused bool, engineer string) string {
	tx := m.c.Text
	s := tx.T("counter.short", n) + " "
	switch {
	case paused:
		s += tx.T("desk.counter.paused")
	default:
		s += tx.T("desk.counter.free")
		for _, t := range m.snap.Tickets {
			if t.Current(n) {
				s = tx.T("counter.short", n) + " " + t.Number + " " + tx.T("state."+string(t.State))
			}
		}
	}
	if engineer != "" {
		s += " · " + engineer
	}
	return s
}

// wrapJoin joins items with sep into lines of at most w cells.
func wrapJoin(items []string, sep string, w int) []string {
	var out []string
	line := ""
	for _, it := range items {
		switch {
		case line == "":
			line = it
		case lipgloss.Width(line+sep+it) <= w:
			line += sep + it
		default:
			out = append(out, line)
			line = it
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

func (m Model) listTitle() string {
	n := 0
	for _, r := range m.list {
		if r.kind == rowOffered {
			n++
		}
	}
	return m.c.Text.T("desk.panel.queue", n)
}

// listLines is the visible window of the queue panel, scrolled so that the
// selected row is in view. Only these rows are laid out.
func (m Model) listLines(w, h int) []string {
	if !m.loaded {
		return []string{m.c.Styles.Muted.Render(m.c.Text.T("loading"))}
	}
	if len(m.list) == 0 {
		return []string{m.c.Styles.Muted.Render(m.c.Text.T("err.noneWaiting"))}
	}
	var lines []string
	selLine := 0
	for i, r := range m.list {
		if r.head != "" {
			lines = append(lines, m.c.Styles.Muted.Render("── "+r.head+" ──"))
		}
		prefix := "  "
		text := r.text
		if i == m.sel {
			selLine = len(lines)
			prefix = "▸ "
			text = m.c.Styles.Selected.Render(common.Fit(ansi.Strip(r.text), w-2))
		}
		lines = append(lines, prefix+text)
	}
	start := 0
	if selLine >= h {
		start = selLine - h + 1
	}
	end := min(len(lines), start+h)
	return lines[start:end]
}

// scriptLines is what the engineer should say now (DOMAIN.md's standard
// scripts), or the transfer picker, or a hint when idle.
func (m Model) scriptLines(w int) []string {
	if m.screen == screenTransfer {
		return m.transferLines()
	}
	tx, st := m.c.Text, m.c.Styles
	scripts := queue.ScriptsFor(m.c.Cfg, m.cur, m.snap.Tickets, m.c.Now())
	if len(scripts) == 0 {
		hint := tx.T("desk.hint.idle")
		if m.paused {
			hint = tx.T("desk.hint.paused")
		}
		return []string{st.Muted.Render(hint)}
	}
	var out []string
	for _, s := range scripts {
		var text string
		switch s {
		case queue.ScriptCall:
			text = tx.T("script.call", m.cur.Number, m.counter)
		case queue.ScriptGreet:
			text = tx.T("script.greet")
		case queue.ScriptSorryWait:
			text = tx.T("script.sorrywait")
		case queue.ScriptPleaseWait:
			text = tx.T("desk.script.newArrival") + tx.T("script.pleasewait")
		}
		for _, l := range common.Wrap("「"+text+"」", w) {
			out = append(out, st.Script.Render(l))
		}
	}
	return out
}

func (m Model) statusLine(w int) string {
	if m.status == "" {
		return strings.Repeat(" ", w)
	}
	s := " " + m.status
	if m.statusBad {
		return m.c.Styles.Bad.Render(common.Fit("✗"+s, w))
	}
	return m.c.Styles.Good.Render(common.Fit("✓"+s, w))
}
