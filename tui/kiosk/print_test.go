package kiosk

import (
	"bytes"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/tui/slip"
)

// runAll runs cmd and the commands of a batch it returns, each on its own
// goroutine (timers among them answer only after seconds), and hands the
// printer's answer to m, waiting for it at most a few seconds.
func runAll(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	printed := make(chan printedMsg, 4)
	var start func(tea.Cmd)
	start = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			switch msg := c().(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					start(c)
				}
			case printedMsg:
				printed <- msg
			}
		}()
	}
	start(cmd)
	select {
	case msg := <-printed:
		m, _ = update(t, m, msg)
	case <-time.After(5 * time.Second):
		t.Fatal("the printer never answered")
	}
	return m
}

// TestTheKioskPrintsTheTicketItIssued: with a ticket printer set, the
// printer on its network port receives exactly the ticket's ESC/POS
// stream; one that refuses leaves the ticket taken and the screen says it
// was not printed, in both languages.
func TestTheKioskPrintsTheTicketItIssued(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		b, _ := io.ReadAll(conn)
		got <- b
	}()
	m := newModel("zh", 80, 24)
	m.c.Print = config.Default().Print
	m.c.Print.Ticket = ln.Addr().String()
	m, _ = update(t, m, press("1"))
	tk := newTicket()
	m, cmd := update(t, m, tk)
	m = runAll(t, m, cmd)
	ln.Close()
	pos := slip.POSOf(m.c.Print)
	pos.Width = config.WidthNarrow
	want := slip.TicketESCPOS(tk.ticket, m.c.TypeName("A"), tk.est, m.c.Station, m.c.Text, pos, m.c.Cfg.Location)
	select {
	case b := <-got:
		if !bytes.Equal(b, want) {
			t.Errorf("the printer got %d bytes, want the ticket's %d", len(b), len(want))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the printer got nothing")
	}
	if v := plain(m); strings.Contains(v, "没有打印") {
		t.Errorf("a printed ticket is said not printed:\n%s", v)
	}

	for lang, say := range map[string]string{"zh": "号票没有打印出来:请记住您的号码 A017", "en": "The ticket did not print: please remember your number, A017"} {
		m := newModel(lang, 80, 24)
		m.c.Print = config.Default().Print
		m.c.Print.Ticket = ln.Addr().String() // closed: refused
		m, _ = update(t, m, press("1"))
		m, cmd := update(t, m, newTicket())
		m = runAll(t, m, cmd)
		if v := plain(m); !strings.Contains(v, say) || !strings.Contains(v, "A017") {
			t.Errorf("%s: a refused printer is not said:\n%s", lang, v)
		}
		checkFits(t, m, 80, 24)
	}
}
