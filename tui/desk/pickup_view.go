package desk

import (
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/repair"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// pickupLabelW is the width of the labels before the pickup's fields.
const pickupLabelW = 14

// pickupView lays out the pickup screen:
//
//	header
//	the step — claim code, tag and serial, inspection, explanation,
//	accessories, signature, farewell — framed, its title the ticket, the
//	order and the step
//	status line (a refusal, a question, saved)
//	the step's keys
func (m Model) pickupView() string {
	w := max(m.c.Width, 40)
	p, st := m.pickup, m.c.Styles
	help := m.pickupHelp(w)
	boxH := m.orderBoxH(len(help))
	inner := w - 4
	var lines []string
	switch p.stage {
	case stageClaim:
		lines = m.claimLines(inner)
	case stageLost:
		lines = m.lostLines(inner)
	case stageFetch:
		lines = m.fetchLines(inner, boxH-2)
	case stageInspect, stageFailNote, stageFailConfirm:
		lines = compact(m.inspectLines(inner), boxH-2)
	case stageExplain:
		lines = compact(m.explainLines(inner), boxH-2)
	case stageReturn:
		lines = m.returnLines(inner)
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
	box := common.Box(st, m.pickupTitle(), body, w, boxH)
	return strings.Join(append([]string{m.header(w), box, m.statusLine(w)}, help...), "\n")
}

// pickupHelp is the keys of the step, in at most two lines.
func (m Model) pickupHelp(w int) []string {
	p := m.pickup
	if p.stage == stageLost && p.lost != nil && !p.asking {
		return m.helpLines(append(p.lost.form.KeyBinds(), m.pkeys.Abandon), w, 2)
	}
	return m.helpLines(m.pkeys.keysFor(p.stage, p.asking), w, 2)
}

// pickupTitle names the ticket, the order once known, and the step.
func (m Model) pickupTitle() string {
	p, t := m.pickup, m.c.Text
	parts := []string{t.T("pickup.title", p.ticket.Number)}
	if p.stage != stageClaim && p.o.Number != "" {
		parts = append(parts, common.Inert(p.o.Number))
	}
	step := t.T("pickup.step." + stepKey(p.stage))
	if p.stage == stageInspect || p.stage == stageFailNote || p.stage == stageFailConfirm {
		step += " " + t.T("pickup.round.of", p.insp.round+1, len(p.insp.rounds))
	}
	return strings.Join(append(parts, step), " · ")
}

// stepKey names a step in the catalogue.
func stepKey(s pickupStage) string {
	return [...]string{"claim", "lost", "fetch", "inspect", "inspect", "inspect", "failed", "explain", "return", "sign", "done"}[s]
}

// claimLines ask for the claim code and the phone's last 4 digits (P1),
// and say what to do when the slip is lost.
func (m Model) claimLines(w int) []string {
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	lines := wrapped(st.App, t.T("pickup.claim.say"), w)
	lines = append(lines, "",
		common.Fit(t.T("pickup.claim.code"), pickupLabelW)+p.claim.View(),
		common.Fit(t.T("pickup.claim.last4"), pickupLabelW)+p.last4.View(),
		"",
	)
	return append(lines, wrapped(st.Muted, t.T("pickup.claim.lost"), w)...)
}

// fetchLines show the tag to fetch the device by, as large as the frame
// allows, and ask for the fetched device's serial (P2).
func (m Model) fetchLines(w, h int) []string {
	p, st, t := m.pickup, m.c.Styles, m.c.Text
	in := p.o.Intake
	kind := kindOf(m.c, in.Device)
	device := joinSome(" · ", kind.In(string(t.Lang)), joinSome(" ", in.Brand, in.Model))
	lines := []string{st.App.Render(common.Cut(joinSome(" · ", common.Inert(in.Name), common.Inert(device)), w))}
	lines = append(lines, wrapped(st.LongWait, t.T("pickup.fetch.say"), w)...)
	lines = append(lines, "")
	var ask []string
	if in.Serial == "" {
		ask = wrapped(st.Muted, t.T("pickup.fetch.noSerial"), w)
	} else {
		ask = append(wrapped(st.App, t.T("pickup.fetch.serial"), w),
			common.Fit(t.T("pickup.fetch.serialLabel"), pickupLabelW)+p.line.View())
	}
	number := common.Inert(p.o.Number)
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

// handedOver says who signed for o and when, with which engineer (P4),
// and when its return visit is due (P5).
func (m Model) handedOver(o repair.Order, w int) []string {
	st, t := m.c.Styles, m.c.Text
	var lines []string
	if pk := o.Pickup; pk != nil {
		lines = wrapped(st.App, t.T("pickup.done.signed", common.Inert(pk.SignedBy), common.Inert(pk.Staff), m.c.Clock(pk.At).Format("2006-01-02 15:04")), w)
	}
	if !o.VisitDue.IsZero() {
		lines = append(lines, wrapped(st.App, t.T("pickup.done.visit", m.c.Clock(o.VisitDue).Format("2006-01-02")), w)...)
	}
	return lines
}

// orderHead is an order in one line: its number, who, the phone, the device.
func (m Model) orderHead(o repair.Order) string {
	in := o.Intake
	return m.c.Styles.Current.Render(common.Inert(o.Number)) + "  " +
		common.Inert(joinSome(" · ", in.Name, in.Phone, joinSome(" ", in.Brand, in.Model)))
}

// wrapped is s wrapped to w cells, each line in style.
func wrapped(style lipgloss.Style, s string, w int) []string {
	var out []string
	for _, l := range common.Wrap(s, w) {
		out = append(out, style.Render(l))
	}
	return out
}

// idTypeName is an identity document's kind in the screen's language.
func idTypeName(t i18n.Catalog, k repair.IDType) string { return t.T("pickup.id." + string(k)) }
