package desk

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"frontdesk/config"
	"frontdesk/internal/wording"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/tui/common"
	"frontdesk/tui/desk/internal/desktest"
)

// steady drives a desk as drive does, on a machine under load: a command
// that answers after drive would have stopped waiting for it (a read or a
// save held up by another process) is not dropped — its message reaches the
// desk before the next keys — and await lets such answers arrive until a
// step has led where it must.
type steady struct {
	t    *testing.T
	s    *desktest.Station // the desk's database, to name its orders
	m    Model
	late chan tea.Msg
	// words, when set, are checked on every screen check looks at, in lang.
	words *wording.Words
	lang  string
}

// steadyDesk is a desk on the station's database, signed in at counter 3,
// driven steadily until the queue (with its current ticket) and the board
// are read. The configuration file's words hold p too: the names of the
// service types, the station's name and phone, and of every device kind its
// name, accessories, condition and inspection items, and the warranty's
// part categories.
func steadyDesk(t *testing.T, s *desktest.Station, lang string, w, h int, p string) *steady {
	t.Helper()
	c := common.New(s.St, queue.DefaultConfig(), lang, true, func() time.Time { return fixed })
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	for i := range c.Cfg.Types {
		c.Cfg.Types[i].Name.ZH += p
		c.Cfg.Types[i].Name.EN += p
	}
	c.Station.Name, c.Station.Phone = c.Station.Name+p, c.Station.Phone+p
	bad := func(items []repair.Item) {
		for i := range items {
			items[i].ZH, items[i].EN = items[i].ZH+p, items[i].EN+p
		}
	}
	for i := range c.Repair.Devices {
		d := &c.Repair.Devices[i]
		d.ZH, d.EN = d.ZH+p, d.EN+p
		bad(d.Accessories)
		bad(d.Condition)
		bad(d.Inspection)
	}
	for i := range c.Repair.Warranty {
		r := &c.Repair.Warranty[i]
		r.ZH, r.EN = r.ZH+p, r.EN+p
	}
	m := New(c, nil, Options{Desk: testDesk, DB: s.Path, Counter: 3, Engineer: "张工"})
	d := &steady{t: t, s: s, m: send(m, tea.WindowSizeMsg{Width: w, Height: h}), late: make(chan tea.Msg, 4096), lang: lang}
	d.run(d.m.Init(), 0)
	// The queue's current ticket and the board's read are the root's to
	// see through the screens' accessors.
	d.await("the desk", func(m Model) bool {
		return m.queue.Loaded() && m.queue.Current() != nil && m.board.Data().Loaded()
	})
	return d
}

// fork is a copy of the desk to walk on from here, leaving d where it is.
// Their forms are shared: a fork must not go on in a form d has open.
func (d *steady) fork() *steady {
	d.flush()
	return &steady{t: d.t, s: d.s, m: d.m, late: make(chan tea.Msg, 4096), words: d.words, lang: d.lang}
}

func (d *steady) keys(keys ...string) *steady { return d.send(press(keys...)...) }

func (d *steady) send(msgs ...tea.Msg) *steady {
	for _, msg := range msgs {
		d.flush()
		d.deliver(msg, 0)
	}
	return d
}

func (d *steady) deliver(msg tea.Msg, depth int) {
	if msg == nil || depth > 50 {
		return
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			d.run(c, depth)
		}
		return
	}
	_, cmd := d.m.Update(msg)
	d.run(cmd, depth+1)
}

// run waits a moment for cmd's message, as desktest.Execute does; a later
// one is kept for the next step (timers among them: the cursor's blink,
// the draft's debounce).
func (d *steady) run(cmd tea.Cmd, depth int) {
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		d.deliver(msg, depth)
	case <-time.After(20 * time.Millisecond):
		late := d.late
		go func() { late <- <-ch }()
	}
}

func (d *steady) flush() {
	for {
		select {
		case msg := <-d.late:
			d.deliver(msg, 0)
		default:
			return
		}
	}
}

// await lets late answers arrive until ok holds, for at most 10 seconds.
func (d *steady) await(what string, ok func(Model) bool) *steady {
	d.t.Helper()
	deadline := time.After(10 * time.Second)
	for d.flush(); !ok(d.m); d.flush() {
		select {
		case msg := <-d.late:
			d.deliver(msg, 0)
		case <-deadline:
			d.t.Fatalf("%s: never got there: %s\n%s", what, d.m.sess.Status.Text, plain(d.m))
		}
	}
	return d
}

func (d *steady) check(what string) *steady {
	d.t.Helper()
	v := d.m.View().Content
	desktest.CheckInert(d.t, what, v) // styling only, too
	if d.words != nil {
		d.words.Check(d.t, what, d.lang, v)
	}
	return d
}

// shows is a condition for await: screen s is shown and its plain view
// holds each of texts. The screens keep what they have read to themselves;
// what they draw is what the engineer sees, and the root can see it too.
func shows(s screen, texts ...string) func(Model) bool {
	return func(m Model) bool {
		if m.screen != s {
			return false
		}
		v := plain(m)
		for _, text := range texts {
			if !strings.Contains(v, text) {
				return false
			}
		}
		return true
	}
}

// loaded is a condition for await: screen s is shown and done reading — the
// order screen and the visit draw "loading" in their frame until the
// order they were opened for has been read.
func loaded(s screen) func(Model) bool {
	return func(m Model) bool {
		return m.screen == s && !strings.Contains(plain(m), m.c.Text.T("loading"))
	}
}

// number is the order number of id in the station's database, to name
// what is walked.
func (d *steady) number(id uint64) string {
	for number, at := range d.s.IDs {
		if at == id {
			return number
		}
	}
	return "?"
}

// down is the keys that move a list's cursor n rows down and open the row.
func down(n int) []string {
	keys := make([]string, n, n+1)
	for i := range keys {
		keys[i] = "down"
	}
	return append(keys, "enter")
}
