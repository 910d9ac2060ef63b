package visit

import (
	"strings"

	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// View lays out the visit screen:
//
//	header
//	the order as handed over, then the form, framed
//	status line · the form's keys
func (m Model) View() string {
	if m.c.Now == nil { // a zero Model
		return ""
	}
	w := max(m.c.Width, 40)
	st, t := m.c.Styles, m.c.Text
	var help []string
	lines := []string{st.Muted.Render(t.T("loading"))}
	title := t.T("visit.title", "")
	if m.loaded {
		title = t.T("visit.title", common.Inert(m.o.Number))
		lines = append(m.facts(w-2), "")
		lines = append(lines, strings.Split(m.form.View(), "\n")...)
		help = parts.HelpLines(st, append(m.form.KeyBinds(), m.keys.Cancel), w, 2)
	}
	box := common.Box(st, title, lines, w, max(m.c.Height, 12)-1-1-len(help))
	return parts.Frame(m.c, m.sess, w, []string{box}, help)
}

// facts are what the call is about: who, the device, when it was handed
// over and signed for, the visit's due day, earlier tries.
func (m Model) facts(w int) []string {
	st, t, o := m.c.Styles, m.c.Text, m.o
	lines := append([]string{parts.OrderHead(m.c, o)}, parts.HandedOver(m.c, o, w)...)
	tries := 0
	for _, s := range o.History {
		if s.Kind == repair.StepVisit && !s.Reached {
			tries++
		}
	}
	if tries > 0 {
		lines = append(lines, st.LongWait.Render(t.T("visit.tries", tries)))
	}
	return lines
}
