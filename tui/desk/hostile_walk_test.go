package desk

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"frontdesk/internal/wording"
	"frontdesk/tui/desk/intake"
	"frontdesk/tui/desk/internal/desktest"
	"frontdesk/tui/slip"
)

// TestQ8_HostileTextThroughEveryDeskScreen: whatever the database holds in
// an order's words, an engineer's name, a ticket or a draft, every screen
// of the desk draws it inert — the queue with its board panel; the intake
// from another customer's draft, and filled in from a returning customer's
// and a returning device's earlier orders; the claim slip screen; each of
// the board's eight lists, every order opened from them with its timeline,
// contact log, previous orders and each action's form; the search and its
// results; the return visit; the report over every period; the lost slip's
// identity check; the pickup (claim code, tag, inspection, explanation,
// accessories, sign-off, done). Each payload is walked small in Chinese or
// large in English, by turns, and all of them at once both ways.
func TestQ8_HostileTextThroughEveryDeskScreen(t *testing.T) {
	sizes := []struct {
		lang string
		w, h int
	}{{"zh", 80, 24}, {"en", 160, 48}} // 160: the report stands in two columns
	var all strings.Builder
	for _, p := range hostilePayloads {
		all.WriteString(p.s)
	}
	table := append(slices.Clone(hostilePayloads), struct{ name, s string }{"all at once", all.String()})
	for i, p := range table {
		t.Run(p.name, func(t *testing.T) {
			t.Parallel() // mostly waiting for commands that never answer (timers)
			for j, z := range sizes {
				if p.name != "all at once" && i%2 != j {
					continue
				}
				walkEveryScreen(t, p.s, z.lang, z.w, z.h, nil)
			}
		})
	}
}

// walkEveryScreen walks every screen of the desk, on the hostile station of
// payload p, at w×h in lang; words, when given, are checked on each.
func walkEveryScreen(t *testing.T, p, lang string, w, h int, words *wording.Words) {
	t.Helper()
	s := hostileStation(t, p)
	what := func(screen string) string { return fmt.Sprintf("%s %d×%d %s", lang, w, h, screen) }
	open := func() *steady {
		d := steadyDesk(t, s, lang, w, h, p)
		d.words = words
		return d
	}
	d := open().check(what("queue, A called"))
	offer := openIntake(d, what)
	walkIntake(offer, what)
	walkSlipScreen(offer, p, what)
	pickupType := s.St.Config().PickupType
	if tk, err := s.St.FinishAndCallNext(3, "张工"+p); err != nil || tk.Type != pickupType {
		t.Fatalf("called %+v: %v", tk, err)
	}
	d = open().check(what("queue, B called"))
	walkBoard(d.fork(), what)
	walkSearch(d.fork(), what)
	walkReport(d.fork(), what)
	walkLostSlip(d.fork(), what)
	walkPickup(d, what) // last: it signs the ready order off
}

// TestNoScreenShowsACatalogueKeyACodeARuleIDOrAGoLayout: every screen of
// the desk, in both languages, at 80×24 and 160×48, holds running text
// only (wording.Words).
func TestNoScreenShowsACatalogueKeyACodeARuleIDOrAGoLayout(t *testing.T) {
	words := wording.StationWords(t)
	for _, lang := range []string{"zh", "en"} {
		for _, z := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, z[0], z[1]), func(t *testing.T) {
				t.Parallel()
				walkEveryScreen(t, "", lang, z[0], z[1], &words)
			})
		}
	}
}

// openIntake opens the intake of the called A ticket, which offers
// another customer's draft: the intake screen shows the offer's frame.
func openIntake(d *steady, what func(string) string) *steady {
	d.t.Helper()
	return d.keys("i").await(what("intake"), shows(screenIntake, d.m.c.Text.T("intake.draft.title"))).check(what("draft offer"))
}

// walkIntake goes on from the offer of another customer's draft: taken
// over (its texts in the form); then fresh intakes where the phone of a
// poisoned order fills in the name (a returning customer) and the serial
// of another its device and purchase (a comeback, O7). The side panel
// says both, but the ticket's long type name can push it out of sight:
// the waits ask the intake what its lookups found (intake.Model.Earlier).
func walkIntake(offer *steady, what func(string) string) {
	offer.t.Helper()
	taken := offer.fork().keys("y").check(what("intake from the draft"))
	for range 12 {
		taken.keys("enter").check(what("intake from the draft, on"))
	}
	// The name filled in shows at the next key (end: to the end of it).
	offer.fork().keys("n", "enter", "13600002222", "enter").
		await(what("intake"), func(m Model) bool { n, _ := m.intake.Earlier(); return n > 0 }).
		send(tea.KeyPressMsg{Code: tea.KeyEnd}).check(what("intake, returning customer"))
	comeback := offer.fork().keys("n", "enter", "13700009999", "enter", "张三", "enter", "enter", "HP66CM21", "enter").
		await(what("intake"), func(m Model) bool { _, n := m.intake.Earlier(); return n > 0 }).check(what("intake, comeback"))
	for range 4 {
		comeback.keys("enter").check(what("intake, comeback, on"))
	}
}

// walkSlipScreen shows the slip screen as a save of the poisoned ready
// order would: the intake's answer (intake.OrderSavedMsg) sent to the desk
// while the intake is open, with a file name, a file's error and a print
// error from outside.
func walkSlipScreen(offer *steady, p string, what func(string) string) {
	offer.t.Helper()
	o := offer.s.Stored(offer.t, readyOrder)
	c := offer.m.c
	text := slip.Render(o, c.Repair, c.Station, c.Text, 48, c.Cfg.Location)
	title := c.Text.T("intake.slip.title", readyOrder)
	for _, msg := range []intake.OrderSavedMsg{
		{Order: o, Slip: text, File: "/tmp/slips/" + p + ".txt"},
		{Order: o, Slip: text, File: p, FileErr: errors.New("disk " + p)},
		{Order: o, Slip: text, File: p, PrintErr: errors.New("lp: " + p)},
	} {
		offer.fork().send(msg).await(what("slip"), shows(screenIntake, title)).
			check(what("slip")).keys("pgdown", "pgdown").check(what("slip, scrolled"))
	}
}

// orderRead is a condition for await: the order screen shows order id,
// read.
func orderRead(id uint64) func(Model) bool {
	return func(m Model) bool { return m.order.ID() == id && loaded(screenOrder)(m) }
}

// walkBoard opens each of the board's lists, and from them every order
// (its screen scrolled to the end, and each action's form) and the
// return visit.
func walkBoard(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("o").check(what("board"))
	seen := map[uint64]bool{}
	for _, list := range []string{"1", "2", "3", "4", "5", "6", "7", "8"} {
		at := d.keys(list).check(what("list " + list))
		rows := at.m.board.Data().Rows
		if len(rows) == 0 {
			d.t.Errorf("%s: list %s is empty", what("board"), list)
		}
		for i, row := range rows {
			opened := at.fork().keys(down(i)...)
			if list == "8" {
				opened.await(what("list 8"), loaded(screenVisit)).check(what("visit"))
				opened.fork().keys("n").check(what("visit, not reached"))
				opened.fork().keys("y").check(what("visit, reached"))
				continue
			}
			opened.await(what("list "+list), orderRead(row.ID))
			if !seen[row.ID] {
				seen[row.ID] = true
				walkOrder(opened, what("order "+d.number(row.ID)))
			}
		}
	}
}

// walkOrder checks an open order scrolled to its end and each action's
// form. The end is where pgdown changes nothing on the screen any more.
func walkOrder(d *steady, what string) {
	d.t.Helper()
	d.check(what)
	scrolled := d.fork()
	for i, before := 0, ""; before != plain(scrolled.m); i++ {
		if i == 100 {
			d.t.Fatalf("%s: pgdown never reached the end", what)
		}
		before = plain(scrolled.m)
		scrolled.keys("pgdown").check(what + " scrolled")
	}
	for _, k := range []string{"s", "r", "c", "e", "n", "x", "t", "b"} {
		d.fork().keys(k).check(what + " form " + k)
	}
}

// walkSearch finds orders by a phone (the three of one device, one after
// the other: the results' frame counts them) and opens each result.
func walkSearch(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("/", "13911110000").await(what("search"), shows(screenSearch, d.m.c.Text.T("search.results", 3))).check(what("search"))
	for i := range 3 {
		opened := d.fork().keys(down(i)...).await(what("search"), loaded(screenOrder))
		walkOrder(opened, what("search result "+opened.number(opened.m.order.ID())))
	}
}

// walkReport shows the station's report over each period it offers,
// scrolled through: the engineers, the inspection failures and the
// recurring faults by model come from the poisoned orders.
func walkReport(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("m").await(what("report"), func(m Model) bool { return m.screen == screenReport })
	for period := range 5 {
		d.check(what(fmt.Sprintf("report, period %d", period)))
		for range 6 {
			d.keys("pgdown").check(what(fmt.Sprintf("report, period %d, scrolled", period)))
		}
		d.keys("v")
	}
}

// pickupAt is a condition for await: the pickup's frame is titled with
// step (pickup.step.*), the order read when it is one.
func pickupAt(step string) func(Model) bool {
	return func(m Model) bool {
		return shows(screenPickup, " · "+m.c.Text.T("pickup.step."+step))(m) && loaded(screenPickup)(m)
	}
}

// walkLostSlip opens the pickup, then the identity check of a lost slip
// for the ready order found by its customer's phone.
func walkLostSlip(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("g").send(desktest.Ctrl('l')).keys("13600002222").
		await(what("lost slip"), shows(screenSearch, readyOrder)).
		check(what("lost slip, search")).keys("enter").
		await(what("lost slip"), pickupAt("lost")).
		check(what("lost slip"))
}

// walkPickup takes the ready order through the whole pickup: the claim
// code, the tag, two rounds of inspection, the explanation, the
// accessories, the sign-off with the name as on the intake, done.
func walkPickup(d *steady, what func(string) string) {
	d.t.Helper()
	d.keys("g").check(what("pickup, claim code"))
	d.send(claimKeys(slipCode(readyOrder), "2222")...).await(what("pickup"), pickupAt("fetch")).check(what("pickup, tag"))
	d.keys("HP66CM21", "enter").await(what("pickup"), pickupAt("inspect")).check(what("pickup, inspection"))
	d.keys("a").check(what("pickup, inspection round 2"))
	d.keys("a").await(what("pickup"), pickupAt("explain")).check(what("pickup, explanation"))
	d.keys("enter").check(what("pickup, accessories"))
	d.send(space, space).keys("enter").check(what("pickup, sign-off"))
	d.keys("enter").await(what("pickup"), pickupAt("done")).check(what("pickup, done"))
}
