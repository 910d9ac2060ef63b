package board

import (
	"testing"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the screen (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

// onStation is the board of the morning's station in lang at w×h, read.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	m, cmd := New(desktest.CommonWith(s.St, lang), desktest.Session())
	m.SetSize(w, h)
	d := desktest.NewDesk[Model, *Model](m, parts.Status{}, cmd)
	if !d.M.Data().Loaded() {
		t.Fatal("the board was not read")
	}
	return d
}

// numbers are the order numbers of the rows shown, in their order.
func numbers(d desk) []string {
	var out []string
	for _, r := range d.M.Data().Rows {
		out = append(out, number(d, r.ID))
	}
	return out
}

// number is order id's number, as stored.
func number(d desk, id uint64) string {
	o, _, err := d.M.c.Store.Order(id)
	if err != nil {
		panic(err)
	}
	return o.Number
}
