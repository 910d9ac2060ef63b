package display

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// maxCol is the widest a list column grows: on a large screen the lists
// stay together in the middle rather than far apart at the edges.
const maxCol = 40

// gutter is the room between the two lists.
const gutter = 6

// columns are the two lists under the stage: the earlier calls and the
// number waiting per service type, each a title and rows already styled.
type columns struct {
	width          int  // of one column
	stacked        bool // one list above the other, on a narrow screen
	recent, waited []string
	titles         [2]string
}

// columns renders the lists' rows for a screen w cells wide, the call on
// the stage (onStage) left out of the recent ones.
func (m *Model) columns(w, on int) columns {
	c, st, t := m.c, m.c.Styles, m.c.Text
	cs := columns{width: min((w-4-gutter)/2, maxCol)}
	if cs.width < 24 {
		cs.width, cs.stacked = max(min(w-2, maxCol), 1), true
	}
	cs.titles = [2]string{st.PanelTitle.Render(t.T("display.recent")), st.PanelTitle.Render(t.T("display.waiting"))}

	// Earlier calls: every call but the one on the stage, newest first.
	calls := m.live.Snap.Calls
	if on >= 0 {
		calls = append(append([]store.Call(nil), calls[:on]...), calls[on+1:]...)
	}
	numW, ctrW := 0, 0
	for _, k := range calls {
		numW = max(numW, lipgloss.Width(common.Inert(k.Number)))
		ctrW = max(ctrW, lipgloss.Width(t.T("counter.n", k.Counter)))
	}
	for _, k := range calls {
		var b strings.Builder
		b.WriteString(st.Current.Render(common.Fit(common.Inert(k.Number), numW)))
		b.WriteString("  →  ")
		b.WriteString(common.Fit(t.T("counter.n", k.Counter), ctrW))
		b.WriteString("  ")
		b.WriteString(st.Muted.Render(c.Clock(k.At).Format("15:04")))
		if k.Recall {
			b.WriteString("  " + st.Muted.Render(t.T("display.recall")))
		}
		cs.recent = append(cs.recent, b.String())
	}
	if len(cs.recent) == 0 {
		cs.recent = []string{st.Muted.Render(t.T("none"))}
	}

	// Waiting: every configured type, also those nobody waits for.
	n := queue.WaitingByType(m.live.Snap.Tickets)
	nameW := 0
	for _, ty := range c.Cfg.Types {
		nameW = max(nameW, lipgloss.Width(common.Inert(c.TypeName(ty.Code))))
	}
	for _, ty := range c.Cfg.Types {
		left := st.Current.Render(common.Inert(ty.Code)) + "  " + common.Fit(common.Inert(c.TypeName(ty.Code)), nameW)
		right := st.Current.Render(t.T("people", n[ty.Code]))
		if !m.live.Loaded {
			right = st.Muted.Render("-")
		}
		cs.waited = append(cs.waited, common.Spread(left, right, cs.width))
	}
	return cs
}

// wanted is how many rows (under the titles) show everything.
func (cs columns) wanted() int {
	if cs.stacked {
		return len(cs.waited) + 3 + len(cs.recent)
	}
	return max(len(cs.recent), len(cs.waited))
}

// join lays the lists out in rows lines under their titles and a rule.
func (cs columns) join(c common.Common, rows int) []string {
	rule := c.Styles.Muted.Render(strings.Repeat("─", cs.width))
	if cs.stacked {
		out := append([]string{cs.titles[1], rule}, cs.waited...)
		out = append(out, "", cs.titles[0], rule)
		out = append(out, cs.recent...)
		return out[:min(len(out), rows+2)]
	}
	sep := strings.Repeat(" ", gutter)
	out := []string{
		common.Fit(cs.titles[0], cs.width) + sep + cs.titles[1],
		rule + sep + rule,
	}
	for i := range rows {
		var left, right string
		if i < len(cs.recent) {
			left = cs.recent[i]
		}
		if i < len(cs.waited) {
			right = cs.waited[i]
		}
		out = append(out, strings.TrimRight(common.Fit(left, cs.width)+sep+right, " "))
	}
	return out
}
