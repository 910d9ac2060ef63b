package pickup

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// itemName is an inspection item in the screen's language.
func itemName(c common.Common, it repair.Item) string {
	return common.Inert(it.In(string(c.Text.Lang)))
}

// markText is a mark as the list shows it.
func markText(c common.Common, mark repair.Mark) string {
	st, t := c.Styles, c.Text
	switch mark {
	case repair.MarkPass:
		return st.Good.Render("✓ " + t.T("pickup.mark.pass"))
	case repair.MarkFail:
		return st.Bad.Render("✗ " + t.T("pickup.mark.fail"))
	case repair.MarkNA:
		return st.Muted.Render("– " + t.T("pickup.mark.na"))
	}
	return st.Muted.Render("·")
}

// inspectLines are the checklist, every item with its marks of both
// rounds, the cursor on the item being checked; under it what a failed
// item asks.
func (m Model) inspectLines(w int) []string {
	st, t, in := m.c.Styles, m.c.Text, m.insp
	if len(in.items) == 0 {
		return []string{st.Bad.Render(t.T("pickup.err.noList"))}
	}
	nameW := 0
	for _, it := range in.items {
		nameW = max(nameW, lipgloss.Width(itemName(m.c, it)))
	}
	nameW = min(nameW+2, max(w/2, 12))
	markW := max(lipgloss.Width(t.T("pickup.round", 1)), lipgloss.Width("✗ "+t.T("pickup.mark.fail"))) + 2
	cols := []string{common.Fit(t.T("pickup.item"), nameW)}
	for i := range in.rounds {
		cols = append(cols, common.Fit(t.T("pickup.round", i+1), markW))
	}
	lines := append(parts.Wrapped(st.Muted, t.T("pickup.inspect.say"), w), "", "  "+st.Muted.Render(strings.Join(cols, "")))
	for i, it := range in.items {
		prefix, name := "  ", common.Fit(itemName(m.c, it), nameW)
		if i == in.sel {
			prefix, name = "▸ ", st.Selected.Render(name)
		}
		row := prefix + name
		for r, round := range in.rounds {
			mark := markText(m.c, round[i].Mark)
			if r == in.round && i == in.sel && round[i].Mark == "" {
				mark = st.Key.Render("?")
			}
			row += common.Fit(mark, markW)
		}
		lines = append(lines, row)
	}
	switch m.stage {
	case stageFailNote:
		lines = append(lines, "", common.Fit(st.Bad.Render(t.T("pickup.fail.note")), labelW)+m.line.View())
	case stageFailConfirm:
		c := in.rounds[in.round][in.sel]
		lines = append(lines, "")
		for _, l := range common.Wrap(t.T("pickup.fail.confirm", itemName(m.c, in.items[in.sel]), common.Inert(c.Note)), w) {
			lines = append(lines, st.Bad.Render(l))
		}
	default: // no question under the items
	}
	return lines
}

// failedLines say what happened to an order that failed its inspection
// (G3), what to tell the customer, and that the ticket is still open.
func (m Model) failedLines(w int) []string {
	st, t, in := m.c.Styles, m.c.Text, m.insp
	lines := []string{st.Current.Render(common.Inert(m.o.Number)) + "  " + st.LongWait.Render(parts.StateName(t, m.o.State)), ""}
	for _, c := range in.rounds[in.round].Failed() {
		name := c.Item
		if i := slices.IndexFunc(in.items, func(it repair.Item) bool { return it.Key == c.Item }); i >= 0 {
			name = itemName(m.c, in.items[i])
		}
		lines = append(lines, parts.Wrapped(st.Bad, t.T("pickup.failed.item", name, common.Inert(c.Note)), w)...)
	}
	lines = append(lines, "")
	lines = append(lines, parts.Wrapped(st.App, t.T("pickup.failed.tell"), w)...)
	return append(lines, parts.Wrapped(st.Muted, t.T("pickup.failed.ticket", m.ticket.Number), w)...)
}
