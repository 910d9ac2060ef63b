package desk

import (
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
)

// maxInspectNote is the longest note of a failed item: a line, read back
// to the customer and written on the order's timeline.
const maxInspectNote = 100

// inspection is the golden-key inspection of one pickup (G1, G2): the
// device kind's list, gone through repair.InspectionRounds times with the
// customer, every item marked in every round. A mark never changes a round
// in place: the rounds are copied, so an older copy of the model keeps its
// own.
type inspection struct {
	items  []repair.Item
	rounds []repair.Round // each item of the list once, in its order; Mark "" until marked
	round  int            // the round being done
	sel    int            // the item under the cursor
}

func newInspection(kind repair.DeviceKind) inspection {
	rounds := make([]repair.Round, repair.InspectionRounds)
	for i := range rounds {
		rounds[i] = make(repair.Round, len(kind.Inspection))
		for j, it := range kind.Inspection {
			rounds[i][j] = repair.Inspected{Item: it.Key}
		}
	}
	return inspection{items: kind.Inspection, rounds: rounds}
}

// marked returns a copy with the selected item of the current round marked
// (mark "" clears it).
func (in inspection) marked(mark repair.Mark, note string) inspection {
	in.rounds = cloneRounds(in.rounds)
	in.rounds[in.round][in.sel] = repair.Inspected{Item: in.items[in.sel].Key, Mark: mark, Note: note}
	return in
}

// restPass returns a copy with every item of the current round not yet
// marked passed: the customer has seen them all work.
func (in inspection) restPass() inspection {
	in.rounds = cloneRounds(in.rounds)
	for i, c := range in.rounds[in.round] {
		if c.Mark == "" {
			in.rounds[in.round][i].Mark = repair.MarkPass
		}
	}
	return in
}

// next moves the cursor to the next item of the round not yet marked,
// after the cursor first; false when every item is marked.
func (in *inspection) next() bool {
	r := in.rounds[in.round]
	for d := 1; d <= len(r); d++ {
		if i := (in.sel + d) % len(r); r[i].Mark == "" {
			in.sel = i
			return true
		}
	}
	return false
}

func cloneRounds(rs []repair.Round) []repair.Round {
	out := make([]repair.Round, len(rs))
	for i, r := range rs {
		out[i] = slices.Clone(r)
	}
	return out
}

// updateInspect: one key a mark, the cursor goes on to the next item; a
// failed item asks what failed, then whether to send the order back (G3).
func (m Model) updateInspect(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	p, k, t := &m.pickup, m.pkeys, m.c.Text
	in := &p.insp
	switch p.stage {
	case stageFailNote:
		switch {
		case key.Matches(msg, k.Back):
			p.stage = stageInspect
			m.setStatus("", false)
			return m, nil
		case !key.Matches(msg, k.Note):
			return m.typeInto(msg)
		}
		note, err := repair.CleanText(p.line.Value(), maxInspectNote, true)
		if err != nil {
			m.setStatus(t.T("pickup.err.note"), true)
			return m, nil
		}
		p.insp, p.stage = in.marked(repair.MarkFail, note), stageFailConfirm
		m.setStatus("", false)
		return m, nil
	case stageFailConfirm:
		switch {
		case key.Matches(msg, k.SendBack):
			return m.sendBack()
		case key.Matches(msg, k.Keep):
			p.insp, p.stage = in.marked("", ""), stageInspect
			m.setStatus("", false)
		}
		return m, nil
	}
	switch {
	case len(in.items) == 0:
		if key.Matches(msg, k.Abandon) {
			return m.abandon()
		}
		m.setStatus(t.T("pickup.err.noList"), true)
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case key.Matches(msg, k.Up):
		in.sel = moveSel(in.sel, -1, len(in.items))
	case key.Matches(msg, k.Down):
		in.sel = moveSel(in.sel, 1, len(in.items))
	case key.Matches(msg, k.Pass):
		p.insp = in.marked(repair.MarkPass, "")
		return m.inspected()
	case key.Matches(msg, k.NA) && in.sel == 0:
		// The original fault is confirmed gone, never skipped (G2).
		m.setStatus(t.T("pickup.err.faultNA"), true)
	case key.Matches(msg, k.NA):
		p.insp = in.marked(repair.MarkNA, "")
		return m.inspected()
	case key.Matches(msg, k.AllPass):
		p.insp = in.restPass()
		return m.inspected()
	case key.Matches(msg, k.Fail):
		p.stage = stageFailNote
		m.setStatus(t.T("pickup.fail.ask", itemName(m.c, in.items[in.sel])), false)
		return m, m.field("", maxInspectNote)
	}
	return m, nil
}

// inspected goes on after a mark: to the next item of the round, or the
// next round, or — both rounds complete — to the explanation (P3).
func (m Model) inspected() (tea.Model, tea.Cmd) {
	p, t := &m.pickup, m.c.Text
	in := &p.insp
	if in.next() {
		return m, nil
	}
	if err := repair.CheckRound(m.c.Repair, p.o.Intake.Device, in.rounds[in.round]); err != nil {
		m.setStatus(t.T("pickup.err.round", common.Inert(err.Error())), true)
		return m, nil
	}
	if in.round+1 < len(in.rounds) {
		in.round, in.sel = in.round+1, 0
		m.setStatus(t.T("pickup.round.next", in.round, in.round+1), false)
		return m, nil
	}
	p.stage = stageExplain
	m.setStatus(t.T("pickup.inspected", len(in.rounds)), false)
	return m, nil
}

// sendBack is G3: the round with its failed item is written with
// repair.FailInspection, the order back to repairing, the failure on its
// timeline. The ticket stays open.
func (m Model) sendBack() (tea.Model, tea.Cmd) {
	round, who := slices.Clone(m.pickup.insp.rounds[m.pickup.insp.round]), m.engineer
	return m, m.savePickup(actFailInspection, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.FailInspection(o, round, who, now)
	})
}

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
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	in := p.insp
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
	lines := append(wrapped(st.Muted, t.T("pickup.inspect.say"), w), "", "  "+st.Muted.Render(strings.Join(cols, "")))
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
	switch p.stage {
	case stageFailNote:
		lines = append(lines, "", common.Fit(st.Bad.Render(t.T("pickup.fail.note")), pickupLabelW)+p.line.View())
	case stageFailConfirm:
		c := in.rounds[in.round][in.sel]
		lines = append(lines, "")
		for _, l := range common.Wrap(t.T("pickup.fail.confirm", itemName(m.c, in.items[in.sel]), common.Inert(c.Note)), w) {
			lines = append(lines, st.Bad.Render(l))
		}
	}
	return lines
}

// failedLines say what happened to an order that failed its inspection
// (G3), what to tell the customer, and that the ticket is still open.
func (m Model) failedLines(w int) []string {
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	in := p.insp
	lines := []string{st.Current.Render(common.Inert(p.o.Number)) + "  " + st.LongWait.Render(stateName(t, p.o.State)), ""}
	for _, c := range in.rounds[in.round].Failed() {
		name := c.Item
		if i := slices.IndexFunc(in.items, func(it repair.Item) bool { return it.Key == c.Item }); i >= 0 {
			name = itemName(m.c, in.items[i])
		}
		lines = append(lines, wrapped(st.Bad, t.T("pickup.failed.item", name, common.Inert(c.Note)), w)...)
	}
	lines = append(lines, "")
	lines = append(lines, wrapped(st.App, t.T("pickup.failed.tell"), w)...)
	return append(lines, wrapped(st.Muted, t.T("pickup.failed.ticket", p.ticket.Number), w)...)
}
