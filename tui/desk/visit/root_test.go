package visit

import (
	"testing"

	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the screen (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

// onStation is the visit screen of order number on the morning's station
// in lang at w×h, opened as the root opens it and its order read.
func onStation(t *testing.T, s *desktest.Station, lang string, w, h int, number string) desk {
	t.Helper()
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), s.IDs[number])
	return desktest.NewDesk[Model, *Model](m, parts.Status{Text: "an earlier screen's", Bad: true}, cmd) // the root drains the outbox right after New too
}
