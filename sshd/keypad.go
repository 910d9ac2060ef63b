package sshd

import (
	"slices"

	"charm.land/ssh"

	"frontdesk/staff"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// KeypadCommands are what a keypad's session may run: `ssh -p 23234
// keypad@station call --counter 3`.
var KeypadCommands = []string{"take", "call", "status"}

// keypad runs a keypad's one command on a client of its own and ends the
// session with the command's exit code. No terminal, no program: a
// keypad that asks for none, or for another, is told what it may run.
func (s *Server) keypad(sess ssh.Session, m staff.Member, lang string) {
	t := i18n.New(lang)
	args := sess.Command()
	if len(args) == 0 || !slices.Contains(KeypadCommands, args[0]) {
		what := ""
		if len(args) > 0 {
			what = common.Inert(args[0])
		}
		_, _ = sess.Stderr().Write([]byte(t.T("ssh.keypadOnly", what) + "\n"))
		_ = sess.Exit(2)
		return
	}
	st, err := s.opts.Connect(m, "keypad")
	if err != nil {
		_, _ = sess.Stderr().Write([]byte(common.Explain(t, s.opts.Common.Cfg, err) + "\n"))
		_ = sess.Exit(1)
		return
	}
	code := s.opts.Keypad(st, args, lang, sess, sess.Stderr())
	st.Close()
	_ = sess.Exit(code)
}
