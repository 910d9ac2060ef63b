package queuepanel

import (
	"testing"

	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// TestQ8_HostileEngineerNames: whatever the database says about who signed
// in, the queue screen draws only its own styling.
func TestQ8_HostileEngineerNames(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, name := range desktest.HostileNames {
			snap := desktest.Morning()
			for i := range snap.Counters {
				snap.Counters[i].Engineer = name
			}
			desktest.CheckInert(t, lang+" counters "+name, newDesk(t, lang, 120, 36, snap).M.View())

			s := desktest.Session()
			s.Engineer = name
			m, _ := New(desktest.Common(lang), s)
			m.SetSize(100, 30)
			m, _ = m.Update(common.SnapshotMsg{Snap: snap})
			desktest.CheckInert(t, lang+" signed in as "+name, m.View())
		}
	}
}

// TestQ8_HostileTicketFields: a damaged database could hold anything in a
// ticket's number and type; the screen cleans them once, when they arrive.
func TestQ8_HostileTicketFields(t *testing.T) {
	for _, name := range desktest.HostileNames {
		snap := desktest.Morning()
		for i := range snap.Tickets {
			snap.Tickets[i].Number = name
		}
		snap.Tickets[3].Type = "\x1b]52;c;aGVsbG8=\x07"
		d := newDesk(t, "zh", 120, 36, snap)
		desktest.CheckInert(t, "ticket number "+name, d.M.View())
		// The refusals and the picker name the ticket too.
		d.keys("i")
		desktest.CheckInert(t, "intake refused for "+name, parts.StatusLine(d.M.c, d.Sess, 120))
		d.keys("t")
		desktest.CheckInert(t, "picker for "+name, d.M.View())
	}
}
