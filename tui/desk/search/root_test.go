package search

import (
	"testing"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the screen (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

// onStation is a search box on the morning's station in lang at w×h,
// opened as the root opens it.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int, pick bool) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), pick)
	return desktest.NewDesk[Model, *Model](m, parts.Status{Text: "an earlier screen's", Bad: true}, cmd) // the root drains the outbox right after New too
}

// numbers are the order numbers of the results, in their order.
func numbers(d desk) []string {
	var out []string
	for _, r := range d.M.rows {
		o, _, err := d.M.c.Store.Order(r.ID)
		if err != nil {
			panic(err)
		}
		out = append(out, o.Number)
	}
	return out
}
