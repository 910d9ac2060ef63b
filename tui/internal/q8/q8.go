// Package q8 is what the tests of privacy rule Q8 share — the queue
// display and the kiosk never show a customer's name, phone or device: a
// demo day in a real database, the secrets of it read back through the
// store, and the check of a screen against them. Only tests import it.
package q8

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/cli"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
	"frontdesk/tui/slip"
)

// DemoOrders is the N of `frontdesk demo --orders N`: some hundreds of
// orders of three years, with names, mobiles and landlines, businesses and
// dealers, brands, models and serials.
const DemoOrders = 500

// DemoDay is `frontdesk demo --orders 500` run on a fresh database at at:
// the orders, then the busy morning — tickets of every type, engineers
// signed in at the counters, calls, a counter on a break. The store's
// clock stands still at at, so "today" is the demo's day.
func DemoDay(t testing.TB, at time.Time) *store.Store {
	t.Helper()
	var played cli.Clock
	st, err := store.Open(store.Options{
		Path: filepath.Join(t.TempDir(), "demo.db"), Queue: queue.DefaultConfig(),
		Now: func() time.Time { return played.Or(at) }, NoSync: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := cli.Demo(cli.Env{Store: st, Text: i18n.New("zh"), Out: io.Discard}, at, DemoOrders, played.Set); err != nil {
		t.Fatal(err)
	}
	return st
}

// Orders reads every order of the demo back through the store.
func Orders(t testing.TB, st *store.Store) []repair.Order {
	t.Helper()
	last, err := st.LastOrderID()
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]uint64, last)
	for i := range ids {
		ids[i] = uint64(i + 1)
	}
	var all []repair.Order
	if err := st.OrdersWithIDs(ids, func(os []repair.Order) error { all = append(all, os...); return nil }); err != nil {
		t.Fatal(err)
	}
	made := 0
	for _, o := range all {
		if o.Request == "" { // not the carry-in of the demo's on-site day (S10)
			made++
		}
	}
	if made != DemoOrders || len(all) > DemoOrders+1 {
		t.Fatalf("the demo stored %d orders and %d others, want %d and the on-site day's carry-in", made, len(all)-made, DemoOrders)
	}
	return all
}

// Secrets is what Q8 keeps off the public screens: of every order the
// customer's name, phone and the dealer's (PhoneForms), company, dealer,
// serial, brand with model, and the engineers — on the orders, their
// timelines, and signed in at the counters of the busy morning.
func Secrets(t testing.TB, st *store.Store, orders []repair.Order) []string {
	t.Helper()
	set := map[string]bool{}
	add := func(ss ...string) {
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				set[s] = true
			}
		}
	}
	for _, o := range orders {
		in := o.Intake
		add(in.Name, in.Company, in.Dealer, in.Serial, in.Brand+" "+in.Model, o.Engineer)
		add(PhoneForms(in.Phone)...)
		add(PhoneForms(in.DealerPhone)...)
		for _, s := range o.History {
			add(s.Who)
		}
	}
	snap, err := st.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	signedIn := 0
	for _, c := range snap.Counters {
		if c.Engineer != "" {
			signedIn++
			add(c.Engineer)
		}
	}
	if signedIn == 0 || len(snap.Tickets) < 50 || len(snap.Calls) == 0 {
		t.Fatalf("not a busy morning: %d engineers signed in, %d tickets, %d calls", signedIn, len(snap.Tickets), len(snap.Calls))
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	return out
}

// PhoneForms are the ways a phone can be written: as stored, its digits,
// their last 8 (a landline's local number), a mobile grouped 3-4-4, and
// as the slip and the exports mask it.
func PhoneForms(p string) []string {
	if p == "" {
		return nil
	}
	d := Digits(p)
	forms := []string{p, d, slip.MaskPhone(p), cli.MaskPhone(p)}
	if len(d) >= 8 {
		forms = append(forms, d[len(d)-8:])
	}
	if len(d) == 11 {
		forms = append(forms, d[:3]+" "+d[3:7]+" "+d[7:], d[:3]+"-"+d[3:7]+"-"+d[7:])
	}
	return forms
}

// Digits is the digits of s.
func Digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// CheckNoSecret fails when a secret is on screen, the view of what, as
// drawn or with every space and line break taken out (a wide layout pads,
// a narrow one wraps).
func CheckNoSecret(t testing.TB, screen, what, view string, secrets []string) {
	t.Helper()
	plain := ansi.Strip(view)
	squeezed := strings.Join(strings.Fields(plain), "")
	var shown []string
	for _, s := range secrets {
		if strings.Contains(plain, s) || strings.Contains(squeezed, strings.Join(strings.Fields(s), "")) {
			shown = append(shown, s)
		}
	}
	if len(shown) > 0 {
		t.Errorf("%s: the %s shows %q:\n%s", what, screen, shown, plain)
	}
}

// ReadOf runs cmd — a batch, as Init's and a change's are — and returns
// the read of the database in it; the clock's tick is left running.
func ReadOf(t testing.TB, cmd tea.Cmd) common.SnapshotMsg {
	t.Helper()
	ch := make(chan tea.Msg, 16)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			msg := c()
			if batch, ok := msg.(tea.BatchMsg); ok {
				for _, c := range batch {
					run(c)
				}
				return
			}
			ch <- msg
		}()
	}
	run(cmd)
	timeout := time.After(10 * time.Second)
	for {
		select {
		case msg := <-ch:
			if snap, ok := msg.(common.SnapshotMsg); ok {
				if snap.Err != nil {
					t.Fatal(snap.Err)
				}
				return snap
			}
		case <-timeout:
			t.Fatal("no read of the database")
		}
	}
}
