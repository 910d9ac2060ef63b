package desk

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"frontdesk/queue"
	"frontdesk/tui/common"
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
		f.focus2 = !f.focus2
		f.counter.Blur()
		f.engineer.Blur()
		return f.focus()
	case "enter":
		if !f.focus2 {
			f.focus2 = true
			f.counter.Blur()
			return f.focus()
		}
		n, name, bad := f.validate(m.c)
		if bad != "" {
			f.err = bad
			return nil
		}
		m.sess.Counter, m.sess.Engineer, m.screen, f.err = n, name, screenQueue, ""
		m.share()
		return m.signIn()
	}
	var cmd tea.Cmd
	m.setup, cmd = m.setup.update(msg)
	return cmd
}

type signedInMsg struct{ err error }

// signIn records the engineer at the counter and remembers the choice.
func (m Model) signIn() tea.Cmd {
	st, n, who, file, db := m.c.Store, m.sess.Counter, m.sess.Engineer, m.prefs, m.db
	return func() tea.Msg {
		if file != "" {
			_ = SavePrefs(file, db, Prefs{Counter: n, Engineer: who}) // remembering is a convenience
		}
		if st == nil {
			return signedInMsg{}
		}
		return signedInMsg{err: st.SignIn(n, who)}
	}
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
	lines = append(lines, "", f.counter.View(), f.engineer.View(), "")
	if f.err != "" {
		lines = append(lines, st.Bad.Render(f.err))
	}
	lines = append(lines, st.Muted.Render(t.T("desk.setup.keys")))
	w := max(20, c.Width)
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		out = append(out, common.Fit(" "+l, w))
	}
	return strings.Join(out, "\n")
}
