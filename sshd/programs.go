package sshd

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/desk"
	"frontdesk/tui/display"
	"frontdesk/tui/i18n"
	"frontdesk/tui/kiosk"
)

// session is what route found out for the program: who, in which
// language, on which client of the owner.
type session struct {
	m    staff.Member
	lang string
	st   store.Station
	feed <-chan uint64
}

type sessionKey struct{}

// programs are the full-screen program of each role.
var programs = map[staff.Role]string{
	staff.Engineer: "desk", staff.Supervisor: "desk", staff.Display: "display", staff.Kiosk: "kiosk",
}

// route is every session's start: who the key is (asked again — a member
// removed since the handshake gets nothing), and what their role gets. A
// keypad's command runs here; every other role gets its one program in a
// terminal, and no command: a display's session that asks for the desk, or
// for anything, is told what it may run and ends.
func (s *Server) route(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		lang := s.langOf(sess)
		t := i18n.New(lang)
		m, err := s.member(sess)
		if err != nil {
			wish.Fatalln(sess, t.T("ssh.unknown"))
			return
		}
		fp := gossh.FingerprintSHA256(sess.PublicKey())
		if m.Role == staff.Keypad {
			s.logf("ssh: %s (%s, %s) runs %q from %s", m.Name, m.Role, fp, strings.Join(sess.Command(), " "), sess.RemoteAddr())
			s.keypad(sess, m, lang)
			return
		}
		program, ok := programs[m.Role]
		switch {
		case !ok:
			wish.Fatalln(sess, t.T("ssh.unknown"))
			return
		case len(sess.Command()) > 0:
			wish.Fatalln(sess, t.T("ssh.oneProgram", common.Inert(m.Name), t.T("ssh.program."+program)))
			return
		}
		if _, _, pty := sess.Pty(); !pty {
			wish.Fatalln(sess, t.T("ssh.needTerminal"))
			return
		}
		st, err := s.opts.Connect(m, program)
		if err != nil {
			wish.Fatalln(sess, common.Explain(t, s.opts.Common.Cfg, err))
			return
		}
		defer st.Close()
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		sess.Context().SetValue(sessionKey{}, &session{m: m, lang: lang, st: st, feed: st.Watch(ctx)})
		s.logf("ssh: %s (%s, %s) opens the %s from %s", m.Name, m.Role, fp, program, sess.RemoteAddr())
		next(sess)
		s.logf("ssh: %s leaves the %s", m.Name, program)
	}
}

// program is the session's program, built for its person: nil for a
// session that route ended or ran a command for.
func (s *Server) program(sess ssh.Session) *tea.Program {
	v, _ := sess.Context().Value(sessionKey{}).(*session)
	if v == nil {
		return nil
	}
	c := s.opts.Common
	c.Text, c.Store, c.Person = i18n.New(v.lang), v.st, v.m
	var m tea.Model
	switch v.m.Role {
	case staff.Engineer, staff.Supervisor:
		d := desk.New(c, v.feed, desk.Options{
			DB: "key " + gossh.FingerprintSHA256(sess.PublicKey()), PrefsFile: s.opts.Prefs,
		})
		m = &d
	case staff.Display:
		c.SetTheme(c.Theme)
		m = display.New(c, v.feed) // silent: the voice is the display PC's own speakers', not the server's
	case staff.Kiosk:
		c.SetTheme(c.Theme)
		m = kiosk.New(c, v.feed)
	default:
		return nil
	}
	return tea.NewProgram(m, bubbletea.MakeOptions(sess)...)
}

// langOf is the session's language: its client's locale when it names zh
// or en (OpenSSH sends LANG and LC_* by default), else the station's.
func (s *Server) langOf(sess ssh.Session) string {
	env := map[string]string{}
	for _, kv := range sess.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := strings.ToLower(env[k])
		switch {
		case strings.HasPrefix(v, "zh"):
			return "zh"
		case strings.HasPrefix(v, "en"):
			return "en"
		case v != "":
			return s.opts.Lang
		}
	}
	return s.opts.Lang
}
