package pickup

import (
	"strings"

	"frontdesk/repair"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
	"frontdesk/tui/i18n"
)

// labelW is the width of the labels before the pickup's fields.
const labelW = 14

// View lays out the pickup screen:
//
//	header
//	the step — claim code, tag and serial, inspection, explanation,
//	accessories, signature, farewell — framed, its title the ticket, the
//	order and the step
//	status line (a refusal, a question, saved)
//	the step's keys
func (m Model) View() string {
	w := max(m.c.Width, 40)
	help := m.help(w)
	boxH := max(m.c.Height, 12) - 1 - 1 - len(help)
	inner := w - 4
	var lines []string
	switch m.stage {
	case stageClaim:
		lines = m.claimLines(inner)
	case stageLost:
		lines = m.lostLines(inner)
	case stageFetch:
		lines = m.fetchLines(inner, boxH-2)
	case stageInspect, stageFailNote, stageFailConfirm:
		lines = parts.Compact(m.inspectLines(inner), boxH-2)
	case stageExplain:
		lines = parts.Compact(m.explainLines(inner), boxH-2)
	case stageReturn:
		lines = m.returnLines(inner)
	case stageLostAcc:
		lines = m.lostAccLines(inner)
	case stageSign:
		lines = m.signLines(inner)
	case stageFailed:
		lines = m.failedLines(inner)
	default:
		lines = m.doneLines(inner)
	}
	body := make([]string, len(lines))
	for i, l := range lines {
		body[i] = " " + l
	}
	box := common.Box(m.c.Styles, m.title(), body, w, boxH)
	return parts.Frame(m.c, m.sess, w, []string{box}, help)
}

// help is the keys of the step, in at most two lines.
func (m Model) help(w int) []string {
	if l := m.lost; m.stage == stageLost && l != nil && !m.asking {
		switch {
		case l.pin != nil:
			return parts.HelpLines(m.c.Styles, append(l.pin.form.KeyBinds(), m.keys.PINBack), w, 2)
		case l.asked.ID == 0:
			return parts.HelpLines(m.c.Styles, append(l.form.KeyBinds(), m.keys.Abandon), w, 2)
		}
	}
	if m.stage == stageLostAcc && m.accForm != nil && !m.asking {
		return parts.HelpLines(m.c.Styles, append(m.accForm.form.KeyBinds(), m.keys.LostBack), w, 2)
	}
	keys := m.keys
	if acc := m.o.Intake.Accessories; m.stage == stageReturn && m.accSel < len(acc) && m.lostIndex(acc[m.accSel]) >= 0 {
		keys.LostAcc.SetHelp("l", m.c.Text.T("pickup.key.lostAccUndo")) // l takes the record back here (markLost)
	}
	return parts.HelpLines(m.c.Styles, keys.keysFor(m.stage, m.asking), w, 2)
}

// title names the ticket, the order once known, and the step.
func (m Model) title() string {
	t := m.c.Text
	items := []string{t.T("pickup.title", m.ticket.Number)}
	if m.stage != stageClaim && m.o.Number != "" {
		items = append(items, common.Inert(m.o.Number))
	}
	step := t.T("pickup.step." + stepKey(m.stage))
	if m.stage == stageInspect || m.stage == stageFailNote || m.stage == stageFailConfirm {
		step += " " + t.T("pickup.round.of", m.insp.round+1, len(m.insp.rounds))
	}
	return strings.Join(append(items, step), " · ")
}

// stepKey names a step in the catalogue.
func stepKey(s stage) string {
	return [...]string{"claim", "lost", "fetch", "inspect", "inspect", "inspect", "failed", "explain", "return", "sign", "done", "return"}[s]
}

// claimLines ask for the claim code and the phone's last 4 digits (P1),
// and say what to do when the slip is lost.
func (m Model) claimLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	lines := parts.Wrapped(st.App, t.T("pickup.claim.say"), w)
	lines = append(lines, "",
		common.Fit(t.T("pickup.claim.code"), labelW)+m.claim.View(),
		common.Fit(t.T("pickup.claim.last4"), labelW)+m.last4.View(),
		"",
	)
	return append(lines, parts.Wrapped(st.Muted, t.T("pickup.claim.lost"), w)...)
}

// fetchLines show the tag to fetch the device by, as large as the frame
// allows, and ask for the fetched device's serial (P2).
func (m Model) fetchLines(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	in := m.o.Intake
	kind := parts.KindOf(m.c, in.Device)
	device := parts.JoinSome(" · ", kind.In(string(t.Lang)), parts.JoinSome(" ", in.Brand, in.Model))
	lines := []string{st.App.Render(common.Cut(parts.JoinSome(" · ", common.Inert(in.Name), common.Inert(device)), w))}
	lines = append(lines, parts.Wrapped(st.LongWait, t.T("pickup.fetch.say"), w)...)
	lines = append(lines, "")
	var ask []string
	if in.Serial == "" {
		ask = parts.Wrapped(st.Muted, t.T("pickup.fetch.noSerial"), w)
	} else {
		ask = append(parts.Wrapped(st.App, t.T("pickup.fetch.serial"), w),
			common.Fit(t.T("pickup.fetch.serialLabel"), labelW)+m.line.View())
	}
	number := common.Inert(m.o.Number)
	room := h - len(lines) - len(ask) - 2
	if bigtext.Supports(number) {
		if big, scale := bigtext.Block(number, w, room); scale > 0 {
			lines = append(lines, strings.Split(common.Ink(st.Big, common.Center(big, w)), "\n")...)
			return append(append(lines, ""), ask...)
		}
	}
	lines = append(lines, common.Center(st.Big.Render(strings.Join(common.Clusters(number), " ")), w), "")
	return append(lines, ask...)
}

// idTypeName is an identity document's kind in the screen's language.
func idTypeName(t i18n.Catalog, k repair.IDType) string { return t.T("pickup.id." + string(k)) }
