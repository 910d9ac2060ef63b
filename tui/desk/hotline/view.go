package hotline

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the hotline screen:
//
//	header
//	the call: phone, who it is, their devices, open orders and requests,
//	the topic and what is asked now — or the request form, or what to say
//	at the end — framed; under it, while there is room, the person's calls
//	status line · the stage's keys
func (m Model) View() string {
	if m.c.Now == nil { // a zero Model
		return ""
	}
	w, h := max(m.c.Width, 40), max(m.c.Height, 12)
	st, t := m.c.Styles, m.c.Text
	keys := m.keys.help(m.stage)
	if m.stage == stageForm && m.form != nil {
		keys = append(m.form.KeyBinds(), keys...)
	}
	help := parts.HelpLines(st, keys, w, 2)
	room := h - 2 - len(help)
	var body []string
	switch m.stage {
	case stageMine, stageMineCall:
		body = []string{common.Box(st, t.T("hotline.mine.title", len(m.mine)), m.mineLines(w-2, room-2), w, room)}
	case stageForm:
		body = []string{common.Box(st, t.T("hotline.form.title", common.Inert(m.phone)), m.formLines(w-2, room-2), w, room)}
	default:
		lines := parts.Compact(m.callLines(w-2), room-2)
		callH := room
		if left := room - 2 - len(lines) - 1; left >= 3 && len(m.mine) > 0 && m.stage != stageDone {
			callH = len(lines) + 2
			mineH := min(room-callH, len(m.mine)+2)
			callH = room - mineH
			body = append(body, common.Box(st, t.T("hotline.title"), lines, w, callH),
				common.Box(st, t.T("hotline.mine.title", len(m.mine)), m.mineLines(w-2, mineH-2), w, mineH))
			break
		}
		body = []string{common.Box(st, t.T("hotline.title"), lines, w, callH)}
	}
	return parts.Frame(m.c, m.sess, w, body, help)
}

// labelW is the width of the labels' column.
func (m Model) labelW() int {
	w := 0
	for _, k := range []string{"phone", "customer", "address", "devices", "orders", "requests", "topic"} {
		w = max(w, lipgloss.Width(m.c.Text.T("hotline.label."+k)))
	}
	return w
}

// row is a label and its value, cut to w cells.
func (m Model) row(label, value string, w int) string {
	text := ""
	if label != "" {
		text = m.c.Text.T("hotline.label." + label)
	}
	return common.Cut(" "+m.c.Styles.Muted.Render(common.Fit(text, m.labelW()))+" "+value, w)
}

// callLines are the call on the line, as far as it has come.
func (m Model) callLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	if m.stage == stageDone {
		return m.doneLines(w)
	}
	var lines []string
	if m.stage == stagePhone {
		lines = append(lines, m.row("phone", m.input.View(), w), "")
		lines = append(lines, parts.Indent(parts.Wrapped(st.Muted, t.T("hotline.say.phone"), w-1))...)
		return lines
	}
	lines = append(lines, m.row("phone", common.Inert(m.phone), w))
	lines = append(lines, m.customerLines(w)...)
	if m.stage == stageTopic {
		return append(lines, m.row("topic", m.input.View(), w))
	}
	lines = append(lines, m.row("topic", common.Inert(m.topic), w), "")
	switch m.stage {
	case stageResult:
		lines = append(lines, parts.Indent(parts.WrapJoin(m.menu(), "  ", w-1))...)
	case stageGuide:
		lines = append(lines, parts.Indent(parts.Wrapped(st.Script, t.T("hotline.guide.tell"), w-1))...)
		lines = append(lines, " "+t.T("hotline.guide.note"), " "+m.input.View())
	case stageDevice:
		lines = append(lines, " "+st.Title.Render(t.T("hotline.device.which")))
	case stageOrder:
		lines = append(lines, " "+st.Title.Render(t.T("hotline.order.which")))
	case stageHandTo, stageHandNote:
		lines = append(lines, m.handLines(w)...)
	}
	return lines
}

// menu is the results of a call, one key each.
func (m Model) menu() []string {
	st := m.c.Styles
	var items []string
	for _, b := range m.keys.help(stageResult)[:5] {
		items = append(items, st.Key.Render(b.Help().Key)+" "+b.Help().Desc)
	}
	return items
}

// customerLines are who the phone is: name, company and position, the
// address, the devices and what is still open, numbered where a digit
// picks one.
func (m Model) customerLines(w int) []string {
	st, t, cu := m.c.Styles, m.c.Text, m.cust
	if !m.looked {
		return nil
	}
	if !cu.known {
		return []string{m.row("customer", st.Muted.Render(t.T("hotline.newCustomer")), w)}
	}
	lines := []string{m.row("customer", parts.JoinSome(" · ", common.Inert(cu.name), common.Inert(cu.company), common.Inert(cu.position)), w)}
	if cu.address != "" {
		lines = append(lines, m.row("address", common.Inert(cu.address), w))
	}
	label := func(i int, first string) string {
		if i == 0 {
			return first
		}
		return ""
	}
	for i, d := range cu.devices {
		mark := ""
		if m.stage == stageDevice {
			mark = st.Key.Render(strconv.Itoa(i+1)) + " "
		}
		lines = append(lines, m.row(label(i, "devices"), mark+parts.JoinSome("  ", common.Inert(d.model), common.Inert(d.serial)), w))
	}
	if m.stage == stageDevice {
		lines = append(lines, m.row("", st.Key.Render("0")+" "+t.T("hotline.device.other"), w))
	}
	for i, o := range cu.orders {
		mark := ""
		if m.stage == stageOrder {
			mark = st.Key.Render(strconv.Itoa(i+1)) + " "
		}
		promised := ""
		if p := sinceLocal(m.c, o.promised); p != "" {
			promised = t.T("hotline.promised", p)
		}
		lines = append(lines, m.row(label(i, "orders"), mark+parts.JoinSome("  ", common.Inert(o.number), parts.StateName(t, o.state), promised), w))
	}
	for i, r := range cu.requests {
		visit := ""
		if v := sinceLocal(m.c, r.visit); v != "" {
			visit = t.T("hotline.visitAt", v)
		}
		lines = append(lines, m.row(label(i, "requests"), parts.JoinSome("  ", common.Inert(r.number), m.requestState(string(r.state)), visit), w))
	}
	return lines
}

// requestState is an on-site request's state in the screen's language.
func (m Model) requestState(s string) string {
	key := "hotline.rstate." + s
	if m.c.Text.Has(key) {
		return m.c.Text.T(key)
	}
	return common.Inert(s)
}

// handLines ask to whom the call goes and the note it goes with.
func (m Model) handLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	if m.stage == stageHandNote {
		return []string{" " + t.T("hotline.hand.to", common.Inert(m.handTo)), " " + t.T("hotline.hand.note"), " " + m.input.View()}
	}
	lines := []string{" " + st.Title.Render(t.T("hotline.hand.who"))}
	if len(m.staff) == 0 {
		return append(lines, " "+m.input.View())
	}
	for i, n := range m.staff {
		row := common.Fit(" "+common.Inert(n), min(w-2, 24))
		if i == m.pick {
			row = st.Selected.Render(row)
		}
		lines = append(lines, " "+row)
	}
	return lines
}

// doneLines are what was done and what to say now: the visit's time asked
// for a request (S4), and the end of the call.
func (m Model) doneLines(w int) []string {
	st, t := m.c.Styles, m.c.Text
	lines := []string{" " + st.Good.Render(common.Cut(m.done.what, w-2)), ""}
	say := func(key string) {
		lines = append(lines, parts.Indent(parts.Wrapped(st.Script, t.T("hotline.say", t.T(key)), w-1))...)
	}
	if m.done.visit {
		say("hotline.script.agreeTime")
	}
	say("hotline.script.endOfCall")
	lines = append(lines, "", " "+st.Muted.Render(t.T("hotline.done.next")))
	return lines
}

// mineLines are the person's open calls, the one under the cursor marked
// while the list has the keys.
func (m Model) mineLines(w, h int) []string {
	st, t := m.c.Styles, m.c.Text
	if len(m.mine) == 0 {
		return []string{" " + st.Muted.Render(t.T("hotline.mine.none"))}
	}
	var lines []string
	rows := h
	if m.stage == stageMineCall {
		rows = max(1, h-3)
	}
	start, end := parts.Window(len(m.mine), m.pick, rows)
	for i := start; i < end; i++ {
		c := m.mine[i]
		row := " " + strings.Join([]string{
			sinceLocal(m.c, c.At), common.Fit(common.Inert(c.Phone), 13), common.Fit(common.Inert(c.Customer), 8),
			common.Fit(m.resultName(c.Result), 6), common.Inert(c.Topic)}, " ")
		row = common.Fit(row, w)
		if (m.stage == stageMine || m.stage == stageMineCall) && i == m.pick {
			row = st.Selected.Render(row)
		}
		lines = append(lines, row)
	}
	if m.stage == stageMineCall && m.call != nil {
		lines = append(lines, "", " "+st.Title.Render(t.T("hotline.mine.what", common.Inert(m.call.Topic))))
	}
	return lines
}
