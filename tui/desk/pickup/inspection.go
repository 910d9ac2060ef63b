package pickup

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
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
func (m Model) updateInspect(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k, t := m.keys, m.c.Text
	in := &m.insp
	switch m.stage {
	case stageFailNote:
		switch {
		case key.Matches(msg, k.Back):
			m.stage = stageInspect
			m.Say("", false)
			return m, nil
		case !key.Matches(msg, k.Note):
			return m.typeInto(msg)
		}
		note, err := repair.CleanText(m.line.Value(), maxInspectNote, true)
		if err != nil {
			m.Say(t.T("pickup.err.note"), true)
			return m, nil
		}
		m.insp, m.stage = in.marked(repair.MarkFail, note), stageFailConfirm
		m.Say("", false)
		return m, nil
	case stageFailConfirm:
		switch {
		case key.Matches(msg, k.SendBack):
			return m.sendBack()
		case key.Matches(msg, k.Keep):
			m.insp, m.stage = in.marked("", ""), stageInspect
			m.Say("", false)
		}
		return m, nil
	default: // stageInspect: below
	}
	switch {
	case len(in.items) == 0:
		if key.Matches(msg, k.Abandon) {
			return m.abandon()
		}
		m.Say(t.T("pickup.err.noList"), true)
	case key.Matches(msg, k.Abandon):
		return m.abandon()
	case key.Matches(msg, k.Up):
		in.sel = parts.MoveSel(in.sel, -1, len(in.items))
	case key.Matches(msg, k.Down):
		in.sel = parts.MoveSel(in.sel, 1, len(in.items))
	case key.Matches(msg, k.Pass):
		m.insp = in.marked(repair.MarkPass, "")
		return m.inspected()
	case key.Matches(msg, k.NA) && in.sel == 0:
		// The original fault is confirmed gone, never skipped (G2).
		m.Say(t.T("pickup.err.faultNA"), true)
	case key.Matches(msg, k.NA):
		m.insp = in.marked(repair.MarkNA, "")
		return m.inspected()
	case key.Matches(msg, k.AllPass):
		m.insp = in.restPass()
		return m.inspected()
	case key.Matches(msg, k.Fail):
		m.stage = stageFailNote
		m.Say(t.T("pickup.fail.ask", itemName(m.c, in.items[in.sel])), false)
		cmd := m.field("", maxInspectNote)
		return m, cmd
	}
	return m, nil
}

// inspected goes on after a mark: to the next item of the round, or the
// next round, or — both rounds complete — to the explanation (P3).
func (m Model) inspected() (Model, tea.Cmd) {
	t := m.c.Text
	in := &m.insp
	if in.next() {
		return m, nil
	}
	if err := repair.CheckRound(m.c.Repair, m.o.Intake.Device, in.rounds[in.round]); err != nil {
		m.Say(t.T("pickup.err.round", common.Inert(err.Error())), true)
		return m, nil
	}
	if in.round+1 < len(in.rounds) {
		in.round, in.sel = in.round+1, 0
		m.Say(t.T("pickup.round.next", in.round, in.round+1), false)
		return m, nil
	}
	m.stage = stageExplain
	m.Say(t.T("pickup.inspected", len(in.rounds)), false)
	return m, nil
}

// sendBack is G3: the round with its failed item is written with
// repair.FailInspection, the order back to repairing, the failure on its
// timeline. The ticket stays open.
func (m Model) sendBack() (Model, tea.Cmd) {
	round, who, cfg := slices.Clone(m.insp.rounds[m.insp.round]), m.sess.Engineer, m.c.Repair
	cmd := m.save(actFailInspection, func(o repair.Order, now time.Time) (repair.Order, error) {
		return repair.FailInspection(o, round, cfg, who, now)
	})
	return m, cmd
}
