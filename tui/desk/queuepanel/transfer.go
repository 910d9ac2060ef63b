package queuepanel

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// transferPicker asks where the current ticket goes (Q5): first the service
// type (its letter, or enter for the same type), then a counter (its number,
// or enter for any counter of that type). It is a mode of the queue screen,
// drawn in the script box.
type transferPicker struct {
	t      queue.Ticket
	toType string // "" until chosen
}

func newTransferPicker(t queue.Ticket) transferPicker { return transferPicker{t: t} }

// updateTransfer handles a key while picking; esc and ctrl+c cancel (ctrl+c
// does not quit here: it leaves the picker, as esc does).
func (m Model) updateTransfer(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	p := &m.pick
	s := msg.String()
	if s == "esc" || s == "ctrl+c" {
		m.picking = false
		m.Say(m.c.Text.T("desk.transfer.cancelled"), false)
		return m, nil
	}
	if p.toType == "" {
		switch {
		case s == "enter":
			p.toType = p.t.Type
		case len(s) == 1:
			code := strings.ToUpper(s)
			if _, err := m.c.Cfg.Type(code); err != nil {
				m.Say(common.Explain(m.c.Text, m.c.Cfg, err), true)
				return m, nil
			}
			p.toType = code
		}
		m.Say("", false)
		return m, nil
	}
	to := 0
	switch {
	case s == "enter" || s == "0":
	case len(s) == 1 && s[0] >= '1' && s[0] <= '9':
		to = int(s[0] - '0')
	default:
		return m, nil
	}
	n, who, toType := m.sess.Counter, m.sess.Engineer, p.toType
	m.picking = false
	return m, m.op("desk.did.transfer", func(st store.Station) (queue.Ticket, error) {
		return st.Transfer(n, toType, to, who)
	})
}

// transferLines is the picker, drawn in the script panel's place.
func (m Model) transferLines() []string {
	t := m.c.Text
	p := m.pick
	if p.toType == "" {
		opts := make([]string, 0, len(m.c.Cfg.Types))
		for _, st := range m.c.Cfg.Types {
			opts = append(opts, fmt.Sprintf("%s %s", strings.ToLower(st.Code), m.c.TypeName(st.Code)))
		}
		return []string{t.T("desk.transfer.type", p.t.Number), strings.Join(opts, " · ") + " · " + t.T("desk.transfer.sameType")}
	}
	var opts []string
	for _, k := range m.c.Cfg.Counters {
		if k.Serves(p.toType) {
			opts = append(opts, fmt.Sprintf("%d %s", k.Number, t.T("counter.short", k.Number)))
		}
	}
	return []string{t.T("desk.transfer.counter", p.t.Number, p.toType+" "+m.c.TypeName(p.toType)), strings.Join(opts, " · ") + " · " + t.T("desk.transfer.anyCounter")}
}
