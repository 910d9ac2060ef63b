package search

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk stands in for the root: after each Update it drains the box's
// outbox, shows what was said on the session's status line and hands the
// session back, and keeps everything else sent for the test to read.
type desk struct {
	m    Model
	sess parts.Session
	sent []tea.Msg
}

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	var cmd tea.Cmd
	d.m, cmd = d.m.Update(msg)
	return d.settle(), cmd
}

// settle drains the outbox as the root does after each Update.
func (d desk) settle() desk {
	for _, out := range d.m.Drain() {
		if s, ok := out.(parts.StatusMsg); ok {
			d.sess.Status = parts.Status(s)
			continue
		}
		d.sent = append(d.sent, out)
	}
	d.m.SetSession(d.sess)
	return d
}

// last is the last message sent to the root, nil when none.
func (d desk) last() tea.Msg {
	if len(d.sent) == 0 {
		return nil
	}
	return d.sent[len(d.sent)-1]
}

func (d desk) plain() string { return desktest.Plain(d.m.View()) }

// onStation is a search box on the morning's station in lang at w×h,
// opened as the root opens it.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int, pick bool) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), pick)
	d := desk{m: m, sess: desktest.Session()}
	d.sess.Status = parts.Status{Text: "an earlier screen's", Bad: true}
	return desktest.Run(d.settle(), cmd) // the root drains the outbox right after New too
}

// numbers are the order numbers of the results, in their order.
func numbers(d desk) []string {
	var out []string
	for _, r := range d.m.rows {
		o, _, err := d.m.c.Store.Order(r.ID)
		if err != nil {
			panic(err)
		}
		out = append(out, o.Number)
	}
	return out
}
