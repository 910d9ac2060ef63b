package queuepanel

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// wideW is the width from which the queue screen draws the board's chosen
// list beside the queue panel; narrower, it shows the board's counts in a
// line or two under the header.
const wideW = 120

// View lays out the queue screen:
//
//	header: app · counter · engineer · paused · clock
//	the board's counts (narrow terminals)
//	current ticket (left) │ waiting tickets │ the board's list (wide terminals)
//	the script to say now, or the transfer picker
//	status line (saved / error) · help
func (m Model) View() string {
	if m.c.Now == nil {
		return ""
	}
	c := m.c
	w, h := max(c.Width, 40), max(c.Height, 12)
	helpView := m.help.View(m.keys)
	helpH := strings.Count(helpView, "\n") + 1
	scriptLines := m.scriptLines(w - 4)
	scriptH := len(scriptLines) + 2
	var summary []string
	if w < wideW {
		summary = m.board.Summary(c, w)
	}
	bodyH := h - 1 - len(summary) - scriptH - 1 - helpH
	leftW := min(max(w*2/5, 30), 46)
	queueW := w - leftW
	if w >= wideW {
		leftW, queueW = min(30+(w-wideW)/4, 46), min(40+(w-wideW)/4, 50)
	}
	panels := []string{
		common.Box(c.Styles, c.Text.T("desk.panel.current"), parts.Compact(m.currentLines(leftW-2), bodyH-2), leftW, bodyH),
		common.Box(c.Styles, m.listTitle(), m.listLines(queueW-2, bodyH-2), queueW, bodyH),
	}
	if w >= wideW {
		panels = append(panels, m.board.Panel(c, w-leftW-queueW, bodyH))
	}
	title := c.Text.T("desk.panel.script")
	switch {
	case m.asking != nil:
		title = c.Text.T("desk.panel.ask")
	case m.scan != "":
		title = c.Text.T("desk.panel.scan")
	case m.picking:
		title = c.Text.T("desk.key.transfer")
	}
	out := append([]string{parts.Header(c, m.sess, w)}, summary...)
	out = append(out,
		lipgloss.JoinHorizontal(lipgloss.Top, panels...),
		common.Box(c.Styles, title, scriptLines, w, scriptH),
		parts.StatusLine(c, m.sess, w),
		helpView,
	)
	return strings.Join(out, "\n")
}

// currentLines is the left panel: the ticket at this counter, then the
// queue's counts and the other counters.
func (m Model) currentLines(w int) []string {
	tx, st, now := m.c.Text, m.c.Styles, m.c.Now()
	var l []string
	switch {
	case m.cur == nil && m.paused:
		l = append(l, st.Muted.Render(tx.T("desk.current.paused")))
	case m.cur == nil:
		l = append(l, st.Muted.Render(tx.T("desk.current.none")))
	default:
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
		if t.Type == m.c.Cfg.PickupType {
			l = append(l, st.Key.Render(tx.T("desk.current.pickup")))
		}
	}
	l = append(l, "")
	counts := make([]string, 0, len(m.c.Cfg.Types))
	for _, ty := range m.c.Cfg.Types {
		counts = append(counts, fmt.Sprintf("%s %s %d", ty.Code, m.c.TypeName(ty.Code), m.tally.waiting[ty.Code]))
	}
	l = append(l, st.Title.Render(tx.T("desk.waiting.counts")))
	l = append(l, parts.WrapJoin(counts, " · ", w)...)
	for _, s := range m.stranded {
		l = append(l, parts.Wrapped(st.LongWait, tx.T("desk.stranded", m.c.TypeName(s.Type), s.N), w)...)
	}
	l = append(l, "", st.Title.Render(tx.T("desk.counters")))
	for _, k := range m.snap.Counters {
		if k.Number == m.sess.Counter {
			continue
		}
		l = append(l, m.counterLine(k))
	}
	l = append(l, "", st.Title.Render(tx.T("desk.today")))
	l = append(l, parts.WrapJoin(m.todayStats(), " · ", w)...)
	return l
}

// todayStats are the day's counts so far, for the engineer's overview (Q11).
func (m Model) todayStats() []string {
	tx := m.c.Text
	return []string{
		tx.T("desk.today.issued", len(m.snap.Tickets)),
		tx.T("desk.today.finished", m.tally.finished),
		tx.T("desk.today.noshow", m.tally.noshow),
		tx.T("desk.today.avgWait", m.c.Minutes(m.tally.avgWait)),
	}
}

// counterLine is another counter's state, for the engineer's overview: not
// open (no desk has it), paused, free or its ticket.
func (m Model) counterLine(k store.CounterState) string {
	tx, n, engineer := m.c.Text, k.Number, common.Inert(k.Engineer)
	s := tx.T("counter.short", n) + " "
	switch {
	case k.Desk == "":
		return s + tx.T("desk.counter.closed")
	case k.Paused:
		s += tx.T("desk.counter.paused")
	default:
		s += tx.T("desk.counter.free")
		if t, ok := m.tally.at[n]; ok {
			s = tx.T("counter.short", n) + " " + t.Number + " " + tx.T("state."+string(t.State))
		}
	}
	if engineer != "" {
		s += " · " + engineer
	}
	return s
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
	st := m.c.Styles
	if !m.loaded {
		return []string{st.Muted.Render(m.c.Text.T("loading"))}
	}
	if len(m.list) == 0 {
		return []string{st.Muted.Render(m.c.Text.T("err.noneWaiting"))}
	}
	// The lines are laid out first, each a heading or a row, and only the
	// rows in the window are drawn: a long queue costs its window.
	type line struct {
		head string
		row  int // -1 for a heading
	}
	var lines []line
	selLine := 0
	for i, r := range m.list {
		if r.head != "" {
			lines = append(lines, line{head: r.head, row: -1})
		}
		if i == m.sel {
			selLine = len(lines)
		}
		lines = append(lines, line{row: i})
	}
	start, end := parts.Window(len(lines), selLine, h)
	out := make([]string, 0, end-start)
	for _, l := range lines[start:end] {
		if l.row < 0 {
			out = append(out, st.Muted.Render("── "+l.head+" ──"))
			continue
		}
		text := m.text(l.row)
		if l.row == m.sel {
			out = append(out, "▸ "+st.Selected.Render(common.Fit(ansi.Strip(text), w-2)))
			continue
		}
		out = append(out, "  "+text)
	}
	return out
}
