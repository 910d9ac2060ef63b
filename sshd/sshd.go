// Package sshd is the station over SSH (issue 17): `frontdesk serve`
// listens on the station's network with Charm's wish (as soft-serve serves
// its UI), and every counter PC, the display's and the kiosk's connect
// with any SSH client. A person is known by their key alone: the staff
// record of the store says whose it is and their role, and an unknown key
// is refused in the handshake, before any program starts. The role decides
// the one program a session gets (programs.go): an engineer's or a
// supervisor's desk, signed in as themselves; the queue display; the
// kiosk; or, for a keypad, the take, call and status commands (keypad.go).
//
// A session is one more client inside the owner (owner.Owner.Dial): the
// owner lets it do only what its role may, and names its person in every
// event.
package sshd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// DefaultPort is the SSH port of a station that names only a host.
const DefaultPort = 23234

// Options configure the server.
type Options struct {
	Addr    string // host:port to listen on
	HostKey string // the host's private key, made at the first start (0600)
	// Members says whose a key is (the store's StaffByKey, by its
	// "SHA256:…" fingerprint).
	Members func(fingerprint string) (staff.Member, bool, error)
	// Connect makes a session's client of the owner, acting for m.
	Connect func(m staff.Member, program string) (store.Station, error)
	// Common is the station's shared value for the screens: configuration,
	// print, theme; each session gets its own copy with its store, person
	// and language.
	Common common.Common
	// Lang is the station's language, a session's when its client's
	// locale names neither zh nor en.
	Lang string
	// Prefs is the file where each key's counter is remembered.
	Prefs string
	// Keypad runs a keypad's command (take, call or status, with its
	// flags) on st and returns its exit code.
	Keypad func(st store.Station, args []string, lang string, out, errOut io.Writer) int
	// Log is told each session's start and end; nil: not told.
	Log io.Writer
}

// Server is the station's SSH server.
type Server struct {
	opts Options
	srv  *ssh.Server
	mu   sync.Mutex
	log  io.Writer
}

// memberKey is where the authenticated person is kept in a session's context.
type memberKey struct{}

// New makes the server; Serve or ListenAndServe starts it.
func New(opts Options) (*Server, error) {
	if opts.Members == nil || opts.Connect == nil || opts.Keypad == nil {
		return nil, errors.New("sshd: Members, Connect and Keypad are needed")
	}
	s := &Server{opts: opts, log: opts.Log}
	if s.log == nil {
		s.log = io.Discard
	}
	if err := os.MkdirAll(filepath.Dir(opts.HostKey), 0o700); err != nil {
		return nil, err
	}
	srv, err := wish.NewServer(
		wish.WithAddress(opts.Addr),
		wish.WithHostKeyPath(opts.HostKey),
		wish.WithPublicKeyAuth(s.known),
		// The terminal is emulated, not a pty device allocated per
		// session: the client's own terminal is raw already, the program
		// reads the channel, and a device's close at the session's end
		// raced with Bubble Tea's reader on it (go test -race).
		ssh.EmulatePty(),
		wish.WithMiddleware(
			bubbletea.MiddlewareWithProgramHandler(s.program), // runs last: the session's one program
			s.route, // runs first: who it is, and what their role gets
		),
	)
	if err != nil {
		return nil, err
	}
	// The key is made by the first start; it is the station's identity to
	// every counter PC, readable by the station's account only — whatever
	// the station group ([station] group): the group is for reading the
	// customers' data, and a host key is no data to read but a way in
	// (whoever reads it can pose as the station to every counter PC).
	if err := os.Chmod(opts.HostKey, 0o600); err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// Serve answers on ln until ctx is done, then closes every session.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	stop := context.AfterFunc(ctx, func() {
		shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if s.srv.Shutdown(shut) != nil {
			_ = s.srv.Close()
		}
	})
	defer stop()
	err := s.srv.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Listen opens the server's address.
func (s *Server) Listen() (net.Listener, error) { return net.Listen("tcp", s.opts.Addr) }

// Handler is the server, for tests that serve it themselves
// (testsession.Listen).
func (s *Server) Handler() *ssh.Server { return s.srv }

// known is the handshake's question: is this key a member's? Only a known
// key gets a session; nothing else (no password) is accepted.
func (s *Server) known(ctx ssh.Context, key ssh.PublicKey) bool {
	m, ok, err := s.opts.Members(gossh.FingerprintSHA256(key))
	if err != nil || !ok {
		s.logf("ssh: refused key %s from %s (%v)", gossh.FingerprintSHA256(key), ctx.RemoteAddr(), err)
		return false
	}
	ctx.SetValue(memberKey{}, m)
	return true
}

// member is who the session's key is, asked again as the session starts:
// a member removed since the handshake gets nothing.
func (s *Server) member(sess ssh.Session) (staff.Member, error) {
	key := sess.PublicKey()
	if key == nil {
		return staff.Member{}, staff.ErrUnknown
	}
	m, ok, err := s.opts.Members(gossh.FingerprintSHA256(key))
	if err != nil {
		return staff.Member{}, err
	}
	if !ok {
		return staff.Member{}, staff.ErrUnknown
	}
	return m, nil
}

func (s *Server) logf(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	fmt.Fprintf(s.log, time.Now().Format("2006-01-02 15:04:05 ")+format+"\n", args...)
}
