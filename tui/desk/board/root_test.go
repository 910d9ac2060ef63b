package board

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk stands in for the root: after each Update it drains the board's
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
	for _, out := range d.m.Drain() {
		if s, ok := out.(parts.StatusMsg); ok {
			d.sess.Status = parts.Status(s)
			continue
		}
		d.sent = append(d.sent, out)
	}
	d.m.SetSession(d.sess)
	return d, cmd
}

// last is the last message sent to the root, nil when none.
func (d desk) last() tea.Msg {
	if len(d.sent) == 0 {
		return nil
	}
	return d.sent[len(d.sent)-1]
}

func (d desk) plain() string { return desktest.Plain(d.m.View()) }

// onStation is the board of the morning's station in lang at w×h, read.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	m, cmd := New(desktest.CommonWith(s.St, lang), desktest.Session())
	m.SetSize(w, h)
	d := desktest.Run(desk{m: m, sess: desktest.Session()}, cmd)
	if !d.m.Data().Loaded() {
		t.Fatal("the board was not read")
	}
	return d
}

// numbers are the order numbers of the rows shown, in their order.
func numbers(d desk) []string {
	var out []string
	for _, r := range d.m.Data().Rows {
		out = append(out, number(d, r.ID))
	}
	return out
}

// number is order id's number, as stored.
func number(d desk, id uint64) string {
	o, _, err := d.m.c.Store.Order(id)
	if err != nil {
		panic(err)
	}
	return o.Number
}
