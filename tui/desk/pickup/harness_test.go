package pickup

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk is the stand-in root around the pickup (desktest.Desk).
type desk = desktest.Desk[Model, *Model]

func drive(d desk, msgs ...tea.Msg) desk { return desktest.Drive(d, msgs...) }

func press(keys ...string) []tea.Msg { return desktest.Press(keys...) }

// The order of the morning station that is ready for pickup and whose
// customer has not been told yet: 陈明, phone …2222, an HP notebook with
// its adapter and cord, serial HP66CM21.
const readyOrder = "R2611210001"

// space is the spacebar.
var space = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}

// calledB takes a pickup ticket at the kiosk and calls it to counter 3.
func calledB(t *testing.T, s *desktest.Station) queue.Ticket {
	t.Helper()
	if _, _, err := s.St.Take(queue.DefaultConfig().PickupType, false, "kiosk"); err != nil {
		t.Fatal(err)
	}
	tk, err := s.St.CallNext(3, "张工")
	if err != nil || tk.Type != queue.DefaultConfig().PickupType {
		t.Fatalf("called %+v: %v", tk, err)
	}
	return tk
}

// ticketState is the state of ticket id in the store.
func ticketState(t *testing.T, s *desktest.Station, id uint64) queue.State {
	t.Helper()
	snap, err := s.St.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range snap.Tickets {
		if tk.ID == id {
			return tk.State
		}
	}
	t.Fatalf("ticket %d not in the snapshot", id)
	return ""
}

// atPickup is the pickup of a B ticket called to counter 3 of station s,
// opened at the claim code as the root opens it, on a w×h terminal.
func atPickup(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	tk := calledB(t, s)
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), tk)
	d := desktest.NewDesk[Model, *Model](m, parts.Status{}, cmd)
	if d.M.stage != stageClaim {
		t.Fatalf("the pickup did not open: %s\n%s", d.Status(), d.Plain())
	}
	return d
}

// claimKeys type a claim code and the phone's last 4 digits, each then enter.
func claimKeys(code, last4 string) []tea.Msg { return press(code, "enter", last4, "enter") }

// slipCode is the claim code of an order as a customer might type it from
// the slip: lower case, with the dash.
func slipCode(number string) string {
	return strings.ToLower(repair.FormatClaim(desktest.ClaimOf(number)))
}

// verifiedAt is the pickup of readyOrder past the claim code, at the tag.
func verifiedAt(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	return reach(t, atPickup(t, s, lang, w, h), stageFetch, "not verified", claimKeys(slipCode(readyOrder), "2222"))
}

// inspecting is the pickup of readyOrder at the first item of round 1.
func inspecting(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	return reach(t, verifiedAt(t, s, lang, w, h), stageInspect, "serial not taken", press("hp66cm21", "enter"))
}

// explaining is the pickup of readyOrder with both rounds passed.
func explaining(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	return reach(t, inspecting(t, s, lang, w, h), stageExplain, "not at the explanation", press("a", "a"))
}

// reach drives d with msgs and fails, saying why, unless it is then at want.
func reach(t *testing.T, d desk, want stage, why string, msgs []tea.Msg) desk {
	t.Helper()
	if d = drive(d, msgs...); d.M.stage != want {
		t.Fatalf("%s: %s\n%s", why, d.Status(), d.Plain())
	}
	return d
}

// flat is the view without its frame and line breaks, to find a text that
// wraps.
func flat(d desk) string { return desktest.Flat(d.Plain()) }
