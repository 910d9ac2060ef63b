package desk

import (
	"crypto/rand"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/slip"
)

// maxEngineer is the longest engineer name the header can show.
const maxEngineer = 16

// The sign-in: on first start (or after ctrl+o) the desk asks which
// counter this is and who works here, and remembers it per database.

// setupForm asks, on first start, which counter this is and who works here.
type setupForm struct {
	counter, engineer textinput.Model
	focus2            bool // the engineer field has the focus
	err               string
	takeover          bool // the counter chosen is open at another desk: ctrl+t takes it over
	remember          bool // and ctrl+t remembers the choice: it was made in this form, not by flags
	// fixed is the name of an SSH session's person (Common.Person): shown,
	// never typed — the counter is the only field.
	fixed string
}

func newSetupForm(c common.Common, p Prefs) setupForm {
	f := setupForm{counter: textinput.New(), engineer: textinput.New()}
	f.counter.Prompt = c.Text.T("desk.setup.counter") + " "
	f.counter.CharLimit = 2
	f.engineer.Prompt = c.Text.T("desk.setup.engineer") + " "
	f.engineer.CharLimit = maxEngineer
	if p.Counter > 0 {
		f.counter.SetValue(strconv.Itoa(p.Counter))
	}
	f.engineer.SetValue(common.Inert(p.Engineer))
	if c.Person.Name != "" {
		f.fixed = common.Inert(c.Person.Name)
		f.engineer.SetValue(f.fixed)
	}
	f.counter.Focus()
	return f
}

func (f *setupForm) focus() tea.Cmd {
	if f.focus2 {
		return f.engineer.Focus()
	}
	return f.counter.Focus()
}

func (f *setupForm) setWidth(w int) {
	f.counter.SetWidth(max(10, w-30))
	f.engineer.SetWidth(max(10, w-30))
}

func (f setupForm) update(msg tea.Msg) (setupForm, tea.Cmd) {
	var cmd tea.Cmd
	if f.focus2 {
		f.engineer, cmd = f.engineer.Update(msg)
	} else {
		f.counter, cmd = f.counter.Update(msg)
	}
	return f, cmd
}

// validate checks both fields and returns the counter and name, or the
// message to show.
func (f setupForm) validate(c common.Common) (int, string, string) {
	v := strings.TrimSpace(f.counter.Value())
	n, err := strconv.Atoi(v)
	if err == nil {
		_, err = c.Cfg.Counter(n)
	}
	if err != nil {
		err = fmt.Errorf("%w: %s", queue.ErrUnknownCounter, common.Inert(v))
		return 0, "", common.Explain(c.Text, c.Cfg, err)
	}
	name := strings.TrimSpace(common.Inert(f.engineer.Value()))
	if f.fixed != "" {
		return n, f.fixed, ""
	}
	if name == "" || utf8.RuneCountInString(name) > maxEngineer {
		return n, "", c.Text.T("desk.setup.badEngineer", maxEngineer)
	}
	return n, name, ""
}

// updateSetup handles a key of the sign-in: tab moves between the fields,
// enter goes on or signs in, esc goes back to work unchanged (after a
// sign-out), ctrl+c quits.
func (m *Model) updateSetup(msg tea.KeyPressMsg) tea.Cmd {
	f := &m.setup
	switch msg.String() {
	case "ctrl+c", "esc":
		if m.sess.Counter != 0 && msg.String() == "esc" { // back to work without changes
			m.screen = screenQueue
			return nil
		}
		return tea.Quit
	case "tab", "shift+tab", "up", "down":
		if f.fixed != "" {
			return nil // one field: the name is the session's
		}
		f.focus2 = !f.focus2
		f.counter.Blur()
		f.engineer.Blur()
		return f.focus()
	case "enter":
		if !f.focus2 && f.fixed == "" {
			f.focus2 = true
			f.counter.Blur()
			return f.focus()
		}
		return m.submitSetup(false, true)
	case "ctrl+t":
		if f.takeover {
			return m.submitSetup(true, f.remember)
		}
	}
	var cmd tea.Cmd
	m.setup, cmd = m.setup.update(msg)
	return cmd
}

// submitSetup signs in as the form says, taking the counter over from
// another desk when takeover, and remembering the choice when remember;
// a field that is wrong says so instead.
func (m *Model) submitSetup(takeover, remember bool) tea.Cmd {
	f := &m.setup
	n, name, bad := f.validate(m.c)
	if bad != "" {
		f.err = bad
		return nil
	}
	m.sess.Counter, m.sess.Engineer, m.screen, f.err, f.takeover = n, name, screenQueue, "", false
	m.share()
	return m.signIn(remember, takeover)
}

type signedInMsg struct {
	counter  int
	engineer string
	remember bool
	err      error
}

// signIn opens the counter at this desk for the engineer (a counter open
// at another desk is refused, unless takeover) and, when the engineer
// chose it in the sign-in form, remembers the choice for the next start.
// A sign-in given by flags is for this run only: it is never remembered.
func (m Model) signIn(remember, takeover bool) tea.Cmd {
	st, n, who, file, db, desk := m.c.Store, m.sess.Counter, m.sess.Engineer, m.prefs, m.db, m.desk
	return func() tea.Msg {
		var err error
		if st != nil {
			err = st.OpenDesk(n, who, desk, takeover)
		}
		if err == nil && remember && file != "" {
			_ = SavePrefs(file, db, Prefs{Counter: n, Engineer: who}) // remembering is a convenience
		}
		return signedInMsg{counter: n, engineer: who, remember: remember, err: err}
	}
}

// signedIn handles the answer of a sign-in: a counter open at another
// desk sends this one back to the sign-in, its choice filled in, where
// ctrl+t takes the counter over.
func (m *Model) signedIn(msg signedInMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, store.ErrDeskOpen):
		cmd := m.toSetup(Prefs{Counter: msg.counter, Engineer: msg.engineer}, m.c.Text.T("desk.setup.open", msg.counter))
		m.setup.takeover, m.setup.remember = true, msg.remember
		return cmd
	case msg.err != nil:
		m.say(common.Explain(m.c.Text, m.c.Cfg, msg.err), true)
	default:
		m.warnPlaceholders()
	}
	return nil
}

// warnPlaceholders says once, when the desk is first signed in, that the
// station's name or phone is still the default configuration's sample
// that every claim slip would carry, and in which file to set it.
func (m *Model) warnPlaceholders() {
	if m.warned {
		return
	}
	m.warned = true
	if w := slip.PlaceholderWarning(m.c.Text, m.c.Station, m.c.ConfigFile, false); w != "" {
		m.say(w, true)
	}
}

// toSetup leaves the counter and shows the sign-in, filled in with p and
// saying why. The desk leaves whatever counter the store still has open
// for it, and its client forgets it: a link made again later must not
// open it again over the desk that has it now.
func (m *Model) toSetup(p Prefs, why string) tea.Cmd {
	m.sess.Counter, m.screen = 0, screenSetup
	m.share()
	m.setup = newSetupForm(m.c, p)
	if m.setup.fixed == "" {
		m.setup.focus2 = true
		m.setup.counter.Blur()
		m.setup.engineer.Focus()
	}
	m.setup.err = why
	st, desk := m.c.Store, m.desk
	if st == nil {
		return nil
	}
	return func() tea.Msg {
		_ = st.LeaveDesk(desk) // refused: the owner frees it when this desk's link ends
		return nil
	}
}

// displaced sends a desk whose counter another desk has taken over back
// to the sign-in, saying so.
func (m *Model) displaced(snap store.Snapshot) tea.Cmd {
	if m.desk == "" || m.sess.Counter == 0 || m.screen == screenSetup {
		return nil
	}
	for _, c := range snap.Counters {
		if c.Number == m.sess.Counter && c.Desk != "" && c.Desk != m.desk {
			n := m.sess.Counter
			return m.toSetup(Prefs{Counter: n, Engineer: m.sess.Engineer}, m.c.Text.T("desk.setup.takenOver", n, common.Inert(c.Engineer)))
		}
	}
	return nil
}

func (f setupForm) view(c common.Common) string {
	t, st := c.Text, c.Styles
	counters := make([]string, 0, len(c.Cfg.Counters))
	for _, k := range c.Cfg.Counters {
		var names []string
		for _, code := range k.Types {
			names = append(names, code+" "+c.TypeName(code))
		}
		counters = append(counters, "  "+t.T("counter.n", k.Number)+": "+strings.Join(names, " · "))
	}
	lines := []string{
		st.Title.Render(t.T("app.name")),
		"",
		t.T("desk.setup.intro"),
		"",
	}
	lines = append(lines, counters...)
	who := f.engineer.View()
	if f.fixed != "" {
		who = t.T("desk.setup.engineer") + " " + f.fixed + "  " + st.Muted.Render(t.T("desk.setup.byKey"))
	}
	lines = append(lines, "", f.counter.View(), who, "")
	if f.err != "" {
		lines = append(lines, st.Bad.Render(f.err))
	}
	if f.takeover {
		lines = append(lines, st.Muted.Render(t.T("desk.setup.takeoverKey")))
	}
	keys := t.T("desk.setup.keys")
	if f.fixed != "" {
		keys = t.T("desk.setup.keysFixed")
	}
	lines = append(lines, st.Muted.Render(keys))
	w := max(20, c.Width)
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, common.Fit(" "+l, w))
	}
	return strings.Join(out, "\n")
}

// deskToken is a running desk's own: random, so that two desks never share
// one, whichever PC or user they run as.
func deskToken() string {
	return rand.Text()
}
