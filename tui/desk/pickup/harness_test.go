package pickup

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/desk/parts"
)

// desk stands in for the root around the pickup: after each Update it
// drains the outbox, shows what was said on the status line, keeps every
// other message sent, and hands the screen its session again.
type desk struct {
	m    Model
	sess parts.Session
	sent []tea.Msg
}

func (d desk) Update(msg tea.Msg) (desk, tea.Cmd) {
	m, cmd := d.m.Update(msg)
	d.m = m
	d.take()
	return d, cmd
}

// take is what the root does once an Update returned.
func (d *desk) take() {
	for _, msg := range d.m.Drain() {
		if s, ok := msg.(parts.StatusMsg); ok {
			d.sess.Status = parts.Status(s)
			continue
		}
		d.sent = append(slices.Clip(d.sent), msg)
	}
	d.m.SetSession(d.sess)
}

func (d desk) status() string { return d.sess.Status.Text }
func (d desk) plain() string  { return desktest.Plain(d.m.View()) }

// has reports whether msg was sent to the root since the pickup opened.
func (d desk) has(msg tea.Msg) bool { return slices.Contains(d.sent, msg) }

// count is how many messages like msg were sent.
func (d desk) count(msg tea.Msg) int {
	n := 0
	for _, s := range d.sent {
		if s == msg {
			n++
		}
	}
	return n
}

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

// stored is the order numbered number as the store has it.
func stored(t *testing.T, s *desktest.Station, number string) repair.Order {
	t.Helper()
	o, ok, err := s.St.Order(s.IDs[number])
	if err != nil || !ok {
		t.Fatalf("%s: %v", number, err)
	}
	return o
}

// atPickup is the pickup of a B ticket called to counter 3 of station s,
// opened at the claim code as the root opens it, on a w×h terminal.
func atPickup(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	tk := calledB(t, s)
	c := desktest.CommonWith(s.St, lang)
	c.SetSize(w, h)
	m, cmd := New(c, desktest.Session(), tk)
	d := desk{m: m, sess: desktest.Session()}
	d.take()
	d = desktest.Run(d, cmd)
	if d.m.stage != stageClaim {
		t.Fatalf("the pickup did not open: %s\n%s", d.status(), d.plain())
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
	d := drive(atPickup(t, s, lang, w, h), claimKeys(slipCode(readyOrder), "2222")...)
	if d.m.stage != stageFetch {
		t.Fatalf("not verified: %s\n%s", d.status(), d.plain())
	}
	return d
}

// inspecting is the pickup of readyOrder at the first item of round 1.
func inspecting(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	d := drive(verifiedAt(t, s, lang, w, h), press("hp66cm21", "enter")...)
	if d.m.stage != stageInspect {
		t.Fatalf("serial not taken: %s\n%s", d.status(), d.plain())
	}
	return d
}

// explaining is the pickup of readyOrder with both rounds passed.
func explaining(t *testing.T, s *desktest.Station, lang string, w, h int) desk {
	t.Helper()
	d := drive(inspecting(t, s, lang, w, h), press("a", "a")...)
	if d.m.stage != stageExplain {
		t.Fatalf("not at the explanation: %s\n%s", d.status(), d.plain())
	}
	return d
}

// flat is the view without its frame and line breaks, to find a text that
// wraps.
func flat(d desk) string {
	return strings.Join(strings.Fields(strings.NewReplacer("│", "", "╭", "", "╰", "", "─", "").Replace(d.plain())), "")
}
