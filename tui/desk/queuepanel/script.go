package queuepanel

import (
	"frontdesk/queue"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// scriptLines is what the engineer should say now (DOMAIN.md's standard
// scripts, Q3, Q6, Q7), or the transfer picker, or a hint when idle.
func (m Model) scriptLines(w int) []string {
	tx, st := m.c.Text, m.c.Styles
	switch {
	case m.asking != nil:
		return parts.Wrapped(st.Key, m.asking.text, w)
	case m.scan != "":
		return m.scanLines()
	case m.picking:
		return m.transferLines()
	}
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
		var lead, text string // lead: what to do, said before the words to say
		switch s {
		case queue.ScriptCall:
			text = tx.T("script.call", m.cur.Number, m.sess.Counter)
		case queue.ScriptGreet:
			text = tx.T("script.greet")
		case queue.ScriptSorryWait:
			text = tx.T("script.sorrywait")
		case queue.ScriptPleaseWait:
			lead, text = tx.T("desk.script.newArrival"), tx.T("script.pleasewait")
		default: // queue.ScriptNone is never among the scripts
		}
		out = append(out, parts.Wrapped(st.Script, lead+common.Quote(text), w)...)
	}
	return out
}
