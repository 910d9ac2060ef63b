package kiosk

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/internal/q8"
)

// wrongClaim is a well-formed claim code, one symbol off from of, that
// no order of the store has.
func wrongClaim(t *testing.T, st *store.Store, of string) string {
	t.Helper()
	for _, r := range repair.ClaimAlphabet {
		c := string(r) + of[1:]
		if _, found, err := st.OrderByClaim(c); err == nil && !found {
			return c
		}
	}
	t.Fatal("every variant of the claim code is taken")
	return ""
}

// TestQ8_DemoDayKioskShowsCountsOnly: on the demo's busy morning, with its
// hundreds of orders in the same database, every screen a customer can
// reach at the kiosk — the service buttons with their counts, a ticket of
// each service taken from the real store, the claim code and the phone's
// digits being typed, the look-up of a ready demo order and of a collected
// one, wrong codes and wrong digits, and the lockout after too many —
// shows none of the customers' names, phones, companies, dealers, serials
// or devices, nor the engineers' names, in either language, small or
// large.
func TestQ8_DemoDayKioskShowsCountsOnly(t *testing.T) {
	st := q8.DemoDay(t, fixed)
	orders := q8.Orders(t, st)
	secrets := q8.Secrets(t, st, orders)
	var ready, collected repair.Order
	for _, o := range orders {
		switch o.State {
		case repair.StateReady:
			ready = o
		case repair.StatePickedUp:
			collected = o
		}
	}
	if ready.ID == 0 || collected.ID == 0 {
		t.Fatalf("the demo has no order ready (%q) or collected (%q)", ready.Number, collected.Number)
	}
	last4 := func(o repair.Order) string { d := q8.Digits(o.Intake.Phone); return d[len(d)-4:] }
	right := last4(ready)
	notLast4 := right[:3] + string(rune('0'+(right[3]-'0'+1)%10)) // the last digit is off by one
	badClaim := wrongClaim(t, st, ready.Claim)

	cfg := queue.DefaultConfig()
	// The same few terminals look up many times here: P1's limits are
	// raised so that the lockout comes only where it is asked for.
	patient := repair.DefaultConfig()
	patient.PickupAttemptsOrder, patient.PickupAttemptsCounter = 1000, 1000
	kiosk := func(lang string, size [2]int, r repair.Config) Model {
		c := common.New(st, cfg, lang, true, func() time.Time { return fixed })
		c.Repair = r
		m, _ := update(t, New(c, nil), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		return m
	}
	sizes := [][2]int{{80, 24}, {200, 60}}
	for _, lang := range []string{"zh", "en"} {
		for _, size := range sizes {
			what := fmt.Sprintf("%s %d×%d", lang, size[0], size[1])
			see := func(screen string, m Model) {
				t.Helper()
				q8.CheckNoSecret(t, "kiosk", what+" "+screen, m.View().Content, secrets)
			}
			m := kiosk(lang, size, patient)
			see("loading", m)
			m, _ = update(t, m, q8.ReadOf(t, m.Init()))
			see("services", m)
			m, _ = update(t, m, press("down"), press("down"))
			see("services, progress selected", m)

			// A ticket of every service, taken in the real store.
			var cmd tea.Cmd
			for i := range cfg.Types {
				m, cmd = update(t, m, press(fmt.Sprint(i+1)))
				see("taking", m)
				if cmd == nil {
					t.Fatalf("%s: service %d takes nothing", what, i+1)
				}
				m, _ = update(t, m, cmd())
				if m.mode != showing {
					t.Fatalf("%s: no ticket of service %d:\n%s", what, i+1, plain(m))
				}
				see("ticket "+m.ticket.Number, m)
				m, _ = update(t, m, backMsg{seq: m.seq})
			}
			rev, err := st.Rev()
			if err != nil {
				t.Fatal(err)
			}
			m, cmd = update(t, m, common.ChangedMsg{Rev: rev})
			m, _ = update(t, m, q8.ReadOf(t, cmd))
			see("services after the takes", m)

			// The look-up of the ready order, step by step.
			m, _ = update(t, m, press("0"))
			see("claim code", m)
			m, _ = update(t, m, typeIn(strings.ToLower(ready.Claim[:3]))...)
			see("claim code half typed", m)
			m, _ = update(t, m, press("enter"))
			see("claim code too short", m)
			m, _ = update(t, m, typeIn(ready.Claim[3:])...)
			m, _ = update(t, m, press("enter"))
			see("phone digits", m)
			m, _ = update(t, m, typeIn(last4(ready)[:2])...)
			m, _ = update(t, m, press("enter"))
			see("phone digits too short", m)
			m, _ = update(t, m, typeIn(last4(ready)[2:])...)
			m, cmd = update(t, m, press("enter"))
			see("looking up", m)
			m = answer(t, m, cmd)
			if m.mode != answered || m.found.state != repair.StateReady {
				t.Fatalf("%s: the ready order %s is not answered as ready:\n%s", what, ready.Number, plain(m))
			}
			see("ready", m)
			m, _ = update(t, m, backMsg{seq: m.seq})

			m, cmd = lookUp(t, m, repair.FormatClaim(collected.Claim), last4(collected))
			if m = answer(t, m, cmd); m.mode != answered || m.found.state != repair.StatePickedUp {
				t.Fatalf("%s: the collected order %s is not answered:\n%s", what, collected.Number, plain(m))
			}
			see("collected", m)
			m, _ = update(t, m, backMsg{seq: m.seq})

			// Wrong ones: the right code with wrong digits, a code no order has.
			for _, try := range [][2]string{{ready.Claim, notLast4}, {badClaim, last4(ready)}} {
				m, cmd = lookUp(t, m, try[0], try[1])
				if m = answer(t, m, cmd); m.mode != claiming || m.note == "" {
					t.Fatalf("%s: %q %q is not refused:\n%s", what, try[0], try[1], plain(m))
				}
				see("wrong "+try[0]+" "+try[1], m)
				m, _ = update(t, m, esc())
			}
			see("back from the claim code", m)
		}
	}

	// P1's own limits: wrong guesses at the kiosk lock it for a while.
	for _, lang := range []string{"zh", "en"} {
		for _, size := range sizes {
			m := kiosk(lang, size, repair.DefaultConfig())
			m, _ = update(t, m, q8.ReadOf(t, m.Init()))
			for range 2 * repair.DefaultConfig().PickupAttemptsCounter {
				var cmd tea.Cmd
				m, cmd = lookUp(t, m, badClaim, last4(ready))
				if m = answer(t, m, cmd); !m.until.IsZero() {
					break
				}
				m, _ = update(t, m, esc())
			}
			if m.mode != answered || m.until.IsZero() {
				t.Fatalf("%s %d×%d: no lockout:\n%s", lang, size[0], size[1], plain(m))
			}
			q8.CheckNoSecret(t, "kiosk", fmt.Sprintf("%s %d×%d locked", lang, size[0], size[1]), m.View().Content, secrets)
		}
	}
}
