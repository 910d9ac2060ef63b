package main

// The SSH side of `frontdesk serve` (package sshd), when the configuration
// names an address ([ssh] listen): its host key and the counters each key
// chose beside the database, each session a client inside the owner, a
// keypad's commands run as the one-shot commands are.

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"frontdesk/client"
	"frontdesk/owner"
	"frontdesk/sshd"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
	"frontdesk/tui/i18n"
)

// hostKeyFile is the station's SSH host key, beside the database.
func hostKeyFile(db string) string { return filepath.Join(filepath.Dir(db), "ssh_host_ed25519_key") }

// startSSH starts the station's SSH server on o, when the configuration
// names an address, until ctx is done; it returns a nil server when SSH is
// off.
func (e *env) startSSH(ctx context.Context, st *store.Store, o *owner.Owner) (*sshd.Server, net.Listener, error) {
	addr := e.cfg.SSH.Addr()
	if addr == "" {
		return nil, nil, nil
	}
	db, err := filepath.Abs(st.Path())
	if err != nil {
		return nil, nil, err
	}
	c := common.New(nil, e.cfg.Queue, string(e.t.Lang), true, nil)
	c.Repair, c.Onsite, c.Station, c.Print, c.ConfigFile, c.Theme = e.cfg.Repair, e.cfg.Onsite, e.cfg.Station, e.cfg.Print, e.src.Path, e.cfg.Display.Theme
	c.Files = e.cfg.Files
	srv, err := sshd.New(sshd.Options{
		Addr: addr, HostKey: hostKeyFile(db), Members: st.StaffByKey,
		Connect: func(m staff.Member, program string) (store.Station, error) {
			sess, err := o.Session(m, program)
			if err != nil {
				return nil, err
			}
			return client.Open(client.Options{DB: db, Config: e.cfg.Queue, Program: program, Local: sess})
		},
		Common: c, Lang: string(e.t.Lang), Prefs: filepath.Join(filepath.Dir(db), "ssh-desks.json"),
		Keypad: e.keypad, Log: e.err,
	})
	if err != nil {
		return nil, nil, err
	}
	ln, err := srv.Listen()
	if err != nil {
		return nil, nil, err
	}
	go func() {
		if err := srv.Serve(ctx, ln); err != nil {
			fmt.Fprintln(e.err, e.t.T("err.other", err))
		}
	}()
	return srv, ln, nil
}

// hostKeyFingerprint is the host key's, as ssh-keygen -l says it: what a
// counter PC's first connection asks the engineer to confirm.
func hostKeyFingerprint(db string) string {
	b, err := os.ReadFile(hostKeyFile(db) + ".pub")
	if err != nil {
		return "?"
	}
	k, _, _, _, err := gossh.ParseAuthorizedKey(b)
	if err != nil {
		return "?"
	}
	return gossh.FingerprintSHA256(k)
}

// keypadRuns are the one-shot commands of sshd.KeypadCommands (which sshd
// has checked already).
var keypadRuns = map[string]func(*env, []string) int{"take": runTake, "call": runCall, "status": runStatus}

// keypad runs a keypad's command on st, in lang, as this program runs the
// one-shot command of that name — its flags, messages and exit codes.
func (e *env) keypad(st store.Station, args []string, lang string, out, errOut io.Writer) int {
	if len(args) == 0 {
		return 2
	}
	run, ok := keypadRuns[args[0]]
	if !ok {
		return 2
	}
	child := &env{
		globals: e.globals, name: args[0], t: i18n.New(lang), out: out, err: errOut,
		cfg: e.cfg, src: e.src, loaded: true, station: st,
	}
	return run(child, args[1:])
}
