// Package display is `frontdesk display`, the queue display (叫号屏) on the
// screen of the waiting area (Q4): the ticket being called and its counter in
// big digits with the standard call script, a bell and a flash when a call
// arrives, the earlier calls, how many wait per service type, and the time.
// With a voice (package voice) every call and recall is announced: a chime
// (the bell), then the call script spoken, in order however fast calls
// come, while the screen shows the newest at once (voice.go).
// It is read-only and shows ticket numbers, types and counters only (Q8).
package display

import (
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/bigtext"
	"frontdesk/tui/common"
	"frontdesk/tui/voice"
)

// flashFor is how long a new call stays highlighted.
const flashFor = 10 * time.Second

// flashOffMsg ends the highlight of the flash it belongs to; a newer call
// has started a newer one.
type flashOffMsg struct{ seq int }

// Model is the display's root model.
type Model struct {
	c    common.Common
	keys KeyMap
	live common.Live // the last good read, its error, the clock

	last  store.Call // the newest call seen, to tell new calls from re-reads
	flash int        // the number of the newest flash
	lit   bool       // the newest call is highlighted

	voice  *voice.Announcer // nil: silent, the bell rings at each call
	repeat int              // how many times a call is spoken
	note   string           // what the voice has to say on the last line ("": nothing)

	screen string // the rendered view: rebuilt in Update, returned by View
}

// New builds the display. feed is the store's change feed (nil: no
// refreshes, as in tests).
func New(c common.Common, feed <-chan uint64) Model {
	m := Model{c: c, keys: DefaultKeyMap(c.Text), live: common.NewLive(c, feed)}
	m.render()
	return m
}

// Init reads the first snapshot, starts waiting for changes and the clock.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.live.Init(), m.c.AskBackground(), listen(m.voice))
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.SetSize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if !m.c.Restyle(msg) {
			return m, nil
		}
	case common.SnapshotMsg:
		cmd = m.receive(msg)
	case voiceMsg:
		cmd = m.heard(msg)
	case flashOffMsg:
		if msg.seq != m.flash || !m.lit {
			return m, nil
		}
		m.lit = false
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	default:
		var shown bool
		if cmd, shown = m.live.Update(msg); !shown {
			return m, cmd
		}
	}
	m.render()
	return m, cmd
}

// View implements tea.Model; the content was rendered in Update.
func (m Model) View() tea.View {
	v := tea.NewView(m.screen)
	v.AltScreen = true
	m.c.Paint(&v)
	v.WindowTitle = m.c.Text.T("display.title")
	return v
}

// receive takes a read of the database. A failed read keeps the last good
// data and shows why. New calls — not the ones already there at the first
// read, nor a re-read without a new call — ring the bell once each and
// light the newest for flashFor. A recall is a new call.
func (m *Model) receive(msg common.SnapshotMsg) tea.Cmd {
	n := 0
	if m.live.Loaded && msg.Err == nil {
		n = fresh(m.last, msg.Snap.Calls)
	}
	back, _ := m.live.Update(msg)
	if calls := m.live.Snap.Calls; len(calls) > 0 {
		m.last = calls[0]
	}
	if n == 0 {
		return back
	}
	m.flash++
	m.lit = true
	seq := m.flash
	// Spoken, each call's chime comes as its announcement starts (heard).
	var bell tea.Cmd
	if !m.announce(m.live.Snap.Calls[:n]) {
		bell = tea.Raw(strings.Repeat("\a", n))
	}
	return tea.Batch(back, bell,
		tea.Tick(flashFor, func(time.Time) tea.Msg { return flashOffMsg{seq} }),
	)
}

// fresh counts the calls, newest first, that came after prev.
func fresh(prev store.Call, calls []store.Call) int {
	n := 0
	for _, c := range calls {
		if same(c, prev) || !c.At.After(prev.At) {
			break
		}
		n++
	}
	if n == 0 && len(calls) > 0 && !same(calls[0], prev) {
		n = 1 // a new newest call, though the clock went back
	}
	return n
}

func same(a, b store.Call) bool {
	return a.Number == b.Number && a.Counter == b.Counter && a.Recall == b.Recall && a.At.Equal(b.At)
}

// render lays the screen out for its size, top to bottom: the header with
// the time, "now calling" with the ticket and counter in the largest digits
// that fit and the call script under them, then the earlier calls beside
// the waiting counts, and a last line for the hint or an error.
func (m *Model) render() {
	c := m.c
	w, h := c.Width, c.Height
	if w <= 0 || h <= 0 {
		m.screen = ""
		return
	}
	t := c.Text
	on := m.onStage()
	var script []string
	if on >= 0 {
		call := m.live.Snap.Calls[on]
		line := t.T("script.call", common.Inert(call.Number), call.Counter)
		script = common.Balance(line, w-2)
	}
	st := c.Styles
	footer := common.Notice(st.Muted, t.T("display.hint"), w)
	switch {
	case m.note != "":
		footer = common.Notice(st.Bad, m.note, w)
	case m.live.Err != nil:
		footer = common.Notice(st.Bad, common.ExplainShown(t, c.Cfg, m.live.Err), w)
	case m.live.Back:
		footer = common.Notice(st.Good, t.T("db.back"), w)
	}
	cols := m.columns(w, on)
	// The digits get what is left when every service's count (up to four
	// of them) still shows: header, label, stage padding, script, gap,
	// list titles and counts, gap, footer.
	minRows := min(len(cols.waited), 4)
	budget := h - (1 + 1 + 2 + len(script) + 1 + 2 + minRows + 1 + len(footer))
	stage := m.stage(w, budget, on)

	fixed := 1 + 1 + len(stage) + len(script) + 1 + 1 + len(footer)
	rows := min(cols.wanted(), h-fixed-2)
	var lists []string
	if rows > 0 {
		lists = cols.join(c, rows)
	}
	extra := max(h-fixed-len(lists), 0)

	p := common.NewPage(w, h)
	p.Add(c.HeaderBar(t.T("display.title"), m.live.Now))
	p.Blank(extra / 3)
	if on >= 0 {
		p.Center(st.Title.Render(t.T("display.now")))
	} else {
		p.Blank(1)
	}
	p.Add(strings.Join(stage, "\n"))
	for _, s := range script {
		p.Center(st.Script.Render(s))
	}
	p.Blank(1 + extra/3)
	if len(lists) > 0 {
		p.Center(strings.Join(lists, "\n"))
	}
	p.Fill(len(footer))
	p.Add(strings.Join(footer, "\n"))
	m.screen = p.String()
}

// onStage is the index in the snapshot's calls of the one on the stage:
// the latest call whose customer is still called, or served, at the
// counter it was called to. A ticket finished, transferred or marked
// absent since is not 「正在叫号」 any more (it stays in the list of recent
// calls), and an older call still open takes its place; -1: none.
func (m *Model) onStage() int {
	state := make(map[string]queue.Ticket, len(m.live.Snap.Tickets))
	for _, t := range m.live.Snap.Tickets {
		state[t.Number] = t
	}
	for i, call := range m.live.Snap.Calls {
		t, ok := state[call.Number]
		if ok && (t.State == queue.Called || t.State == queue.Serving) && t.Counter == call.Counter {
			return i
		}
	}
	return -1
}

// stage is the ticket of the call on (onStage) and its counter, "A012 →
// 3", in the largest digits that fit w columns and maxH rows (with a row
// above and below), lit while the call is new; or a welcome when no call
// is on.
func (m *Model) stage(w, maxH, on int) []string {
	st, t := m.c.Styles, m.c.Text
	if on < 0 {
		msg := t.T("loading")
		if m.live.Loaded {
			msg = t.T("display.idle")
		}
		return []string{"", common.Center(st.Big.Render(msg), w), ""}
	}
	call := m.live.Snap.Calls[on]
	text := common.Inert(call.Number) + " → " + strconv.Itoa(call.Counter)
	big, scale := bigtext.Block(text, w-4, maxH)
	style := st.Big
	if m.lit {
		style = st.Flash
	}
	if scale == 0 {
		return []string{common.Center(style.Render(" "+big+" "), w)}
	}
	// The digits stand on a panel of their ground, two cells wider on each
	// side and a row taller above and below, whatever the terminal's own
	// ground; lit, the panel changes ground.
	return strings.Split(common.Center(common.Slab(style, big), w), "\n")
}
