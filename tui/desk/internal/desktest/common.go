package desktest

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"frontdesk/config"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/parts"
)

// Fixed is the clock of every desk test: 10:30 in Shanghai.
var Fixed = time.Date(2026, 11, 22, 2, 30, 0, 0, time.UTC)

// Common is the shared value of a desk test without a store, in lang.
func Common(lang string) common.Common {
	c := common.New(nil, queue.DefaultConfig(), lang, true, func() time.Time { return Fixed })
	c.Repair = repair.DefaultConfig()
	c.Station = config.Default().Station
	return c
}

// CommonWith is the shared value of a desk test on st, in lang, with
// st's queue configuration.
func CommonWith(st *store.Store, lang string) common.Common {
	c := common.New(st, st.Config(), lang, true, func() time.Time { return Fixed })
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	return c
}

// Session is counter 3 with 张工 signed in, as every desk test has it.
func Session() parts.Session { return parts.Session{Counter: 3, Engineer: "张工"} }

// Ticket makes a ticket issued mins minutes before the fixed clock.
func Ticket(id uint64, code string, seq, mins int) queue.Ticket {
	t, err := queue.NewTicket(queue.DefaultConfig(), code, seq, false, Fixed.Add(-time.Duration(mins)*time.Minute))
	if err != nil {
		panic(err)
	}
	t.ID = id
	return t
}

// Morning is a queue with a called ticket at counter 3, a long wait, a
// priority customer, someone away, another type and a no-show.
func Morning() store.Snapshot {
	cur := Ticket(1, "A", 12, 18)
	_ = cur.Call(3, Fixed.Add(-time.Minute))
	other := Ticket(2, "B", 3, 30)
	_ = other.Call(1, Fixed.Add(-10*time.Minute))
	_ = other.Start(1, Fixed.Add(-9*time.Minute))
	long := Ticket(3, "B", 4, 17)
	prio := Ticket(4, "A", 13, 5)
	prio.Priority = true
	away := Ticket(5, "A", 14, 4)
	_ = away.StepAway(Fixed.Add(-2 * time.Minute))
	d := Ticket(6, "D", 1, 3)
	ns := Ticket(7, "C", 2, 40)
	_ = ns.Call(2, Fixed.Add(-35*time.Minute))
	_ = ns.MarkNoShow(2, Fixed.Add(-33*time.Minute))
	fresh := Ticket(8, "A", 15, 1)
	return store.Snapshot{
		Rev: 9, Day: "2026-11-22",
		Tickets: []queue.Ticket{cur, other, long, prio, away, d, ns, fresh},
		Counters: []store.CounterState{
			{Number: 1, Engineer: "王工", Desk: "desk1"},
			{Number: 2, Engineer: "李工", Desk: "desk2"},
			{Number: 3, Engineer: "张工", Desk: DeskToken},
			{Number: 4, Paused: true, Engineer: "赵工", Desk: "desk4"},
		},
	}
}

// Press is the key presses of keys: "enter", "tab", "down", "up", "pgdown",
// "backspace", "esc" by name, anything else typed rune by rune.
func Press(keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		switch k {
		case "enter":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyEnter})
		case "tab":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyTab})
		case "down":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyDown})
		case "up":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyUp})
		case "left":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyLeft})
		case "right":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyRight})
		case "pgdown":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyPgDown})
		case "backspace":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyBackspace})
		case "esc":
			out = append(out, tea.KeyPressMsg{Code: tea.KeyEscape})
		default:
			for _, r := range k {
				out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
			}
		}
	}
	return out
}

// Ctrl is ctrl with r.
func Ctrl(r rune) tea.Msg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

// Plain is a view without its styling.
func Plain(view string) string { return ansi.Strip(view) }

// DeskToken is the token of the desk under test: the desk that has counter
// 3 open in Morning, seen again and again on the same records.
const DeskToken = "desk-under-test"

// Flat is a plain view without its frame, spaces and line breaks, to find
// a text that wraps.
func Flat(plain string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("│", "", "╭", "", "╰", "", "─", "").Replace(plain)), "")
}
