package main

import (
	"bufio"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	gossh "golang.org/x/crypto/ssh"

	"frontdesk/staff"
	"frontdesk/store"
)

// sshStation is a station served over SSH by its own process (this test
// binary as `frontdesk serve`, TestMain), as the station's PC runs it, with
// a key per member for the test's SSH clients.
type sshStation struct {
	db, cfg, addr string
	server        *exec.Cmd
	keys          map[string]gossh.Signer
}

// sshMember is one member to add before the server starts.
type sshMember struct {
	name    string
	role    staff.Role
	counter int
}

// newSSHStation writes the configuration (toml, with [ssh] listen added),
// adds the members to a new database and starts the server on it.
func newSSHStation(tb testing.TB, toml string, members []sshMember) *sshStation {
	tb.Helper()
	dir := tb.TempDir()
	s := &sshStation{db: filepath.Join(dir, "station.db"), keys: map[string]gossh.Signer{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s.addr = ln.Addr().String()
	ln.Close()
	cfg := filepath.Join(dir, "frontdesk.toml")
	s.cfg = cfg
	toml += fmt.Sprintf("\n[ssh]\nlisten = %q\n", s.addr)
	if err := os.WriteFile(cfg, []byte(toml), 0o600); err != nil {
		tb.Fatal(err)
	}
	st := s.open(tb)
	for _, m := range members {
		signer, key := sshKey(tb)
		if _, err := st.AddStaff("local test", staff.Member{Name: m.name, Role: m.role, Keys: []staff.Key{key}, Counter: m.counter}); err != nil {
			tb.Fatal(err)
		}
		s.keys[m.name] = signer
	}
	st.Close()
	s.server = exec.Command(os.Args[0], "serve", "--db", s.db, "--config", cfg, "--scrub", "0")
	s.server.Env = append(os.Environ(), "FRONTDESK_CONFIG=")
	stderr, _ := s.server.StderrPipe()
	if err := s.server.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		_ = s.server.Process.Signal(os.Interrupt)
		_ = s.server.Wait()
	})
	listening := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.Contains(sc.Text(), s.addr) {
				listening <- true
			}
		}
	}()
	select {
	case <-listening:
	case <-time.After(10 * time.Second):
		tb.Fatal("the server never listened for SSH")
	}
	return s
}

// open opens the station's database in the test, as the demo does: while
// no server runs.
func (s *sshStation) open(tb testing.TB) *store.Store {
	tb.Helper()
	e := &env{name: "test", out: io.Discard, err: io.Discard}
	e.db, e.config, e.timeout = s.db, s.cfg, 5*time.Second
	st, code := e.openHere(time.Now)
	if st == nil {
		tb.Fatalf("opening the station's database: exit %d", code)
	}
	return st
}

func sshKey(tb testing.TB) (gossh.Signer, staff.Key) {
	tb.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	signer, _ := gossh.NewSignerFromKey(priv)
	sshPub, _ := gossh.NewPublicKey(pub)
	key, err := staff.ParseKey(string(gossh.MarshalAuthorizedKey(sshPub)))
	if err != nil {
		tb.Fatal(err)
	}
	return signer, key
}

func (s *sshStation) dial(who string) (*gossh.Client, error) {
	return gossh.Dial("tcp", s.addr, &gossh.ClientConfig{
		User: "station", Auth: []gossh.AuthMethod{gossh.PublicKeys(s.keys[who])},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second, //nolint:gosec // the test's own server
	})
}

// command runs one command as who (a keypad) and returns its output.
func (s *sshStation) command(who, cmd string) (string, error) {
	c, err := s.dial(who)
	if err != nil {
		return "", err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return "", err
	}
	defer sess.Close()
	out, err := sess.Output(cmd)
	return string(out), err
}

// terminal is a session in a terminal the test emulates (charmbracelet/x/vt):
// what the program drew is read off its cells, as a person would see it.
type terminal struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.Writer

	mu     sync.Mutex
	vt     *vt.Emulator
	last   time.Time                         // the last output
	onDraw func(screen string, at time.Time) // told the screen after each output
}

func (s *sshStation) terminal(who string, w, h int, onDraw func(string, time.Time)) (*terminal, error) {
	c, err := s.dial(who)
	if err != nil {
		return nil, err
	}
	sess, err := c.NewSession()
	if err != nil {
		c.Close()
		return nil, err
	}
	t := &terminal{client: c, sess: sess, vt: vt.NewEmulator(w, h), onDraw: onDraw}
	_ = sess.Setenv("LANG", "zh_CN.UTF-8")
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		c.Close()
		return nil, err
	}
	in, _ := sess.StdinPipe()
	t.in = in
	out, _ := sess.StdoutPipe()
	go func() { _, _ = io.Copy(in, t.vt) }() // the terminal's answers (its background colour) go back
	go t.read(out)
	if err := sess.Shell(); err != nil {
		c.Close()
		return nil, err
	}
	return t, nil
}

func (t *terminal) read(out io.Reader) {
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			t.mu.Lock()
			_, _ = t.vt.Write(buf[:n])
			now := time.Now()
			t.last = now
			screen := ""
			if t.onDraw != nil {
				screen = t.vt.String()
			}
			t.mu.Unlock()
			if t.onDraw != nil {
				t.onDraw(screen, now)
			}
		}
		if err != nil {
			return
		}
	}
}

// screen is what the terminal shows now.
func (t *terminal) screen() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.vt.String()
}

// lastOutput is when the program last drew.
func (t *terminal) lastOutput() time.Time {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.last
}

// waitFor polls the screen until it holds want.
func (t *terminal) waitFor(want string, within time.Duration) bool {
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(t.screen(), want) {
			return true
		}
	}
	return false
}

func (t *terminal) close() {
	_ = t.sess.Close()
	_ = t.client.Close()
}

// events reads the station's log after the server has gone.
func (s *sshStation) events(tb testing.TB) []store.Event {
	tb.Helper()
	_ = s.server.Process.Signal(os.Interrupt)
	_ = s.server.Wait()
	st := s.open(tb)
	defer st.Close()
	var all []store.Event
	for after := uint64(0); ; {
		page, err := st.Events(after, 0)
		if err != nil {
			tb.Fatal(err)
		}
		if len(page) == 0 {
			return all
		}
		all = append(all, page...)
		after = page[len(page)-1].ID
	}
}
