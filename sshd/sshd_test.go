package sshd_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/wish/v2/testsession"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"frontdesk/client"
	"frontdesk/config"
	"frontdesk/owner/ownertest"
	"frontdesk/queue"
	"frontdesk/repair"
	"frontdesk/sshd"
	"frontdesk/staff"
	"frontdesk/store"
	"frontdesk/tui/common"
)

// station is a store served by an owner in the test, its SSH server on a
// loopback port, and one key per member.
type station struct {
	addr string
	st   *store.Store
	keys map[string]gossh.Signer // by member name
}

// members are the station's people, one of each role.
var members = []struct {
	name string
	role staff.Role
}{
	{"张工", staff.Engineer}, {"李主任", staff.Supervisor}, {"大厅屏", staff.Display},
	{"取号机", staff.Kiosk}, {"3号呼叫器", staff.Keypad},
}

func newStation(t *testing.T) *station {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(store.Options{Path: filepath.Join(dir, "s.db"), Queue: queue.DefaultConfig(), Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s := &station{st: st, keys: map[string]gossh.Signer{}}
	for _, m := range members {
		signer, key := newKey(t)
		if _, err := st.AddStaff("local test", staff.Member{Name: m.name, Role: m.role, Keys: []staff.Key{key}}); err != nil {
			t.Fatal(err)
		}
		s.keys[m.name] = signer
	}
	served := ownertest.Start(t, st)
	c := common.New(nil, st.Config(), "zh", true, nil)
	c.Repair, c.Station, c.Print = repair.DefaultConfig(), config.Default().Station, config.Default().Print
	srv, err := sshd.New(sshd.Options{
		Addr: "127.0.0.1:0", HostKey: filepath.Join(dir, "ssh", "host_ed25519"),
		Members: st.StaffByKey,
		Connect: func(m staff.Member, program string) (store.Station, error) {
			sess, err := served.Owner.Session(m, program)
			if err != nil {
				return nil, err
			}
			return client.Open(client.Options{DB: st.Path(), Config: st.Config(), Program: program, Local: sess})
		},
		Common: c, Lang: "zh", Prefs: filepath.Join(dir, "ssh", "desks.json"),
		Keypad: keypad,
	})
	if err != nil {
		t.Fatal(err)
	}
	s.addr = testsession.Listen(t, srv.Handler())
	return s
}

// keypad is a keypad's commands, as small as the test needs: call --counter N.
func keypad(st store.Station, args []string, lang string, out, errOut io.Writer) int {
	if len(args) == 3 && args[0] == "call" && args[1] == "--counter" {
		var n int
		fmt.Sscan(args[2], &n)
		tk, err := st.CallNext(n, "keypad")
		if err != nil {
			fmt.Fprintln(errOut, err)
			return 1
		}
		fmt.Fprintln(out, tk.Number)
		return 0
	}
	return 2
}

func newKey(t *testing.T) (gossh.Signer, staff.Key) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	key, err := staff.ParseKey(string(gossh.MarshalAuthorizedKey(sshPub)))
	if err != nil {
		t.Fatal(err)
	}
	return signer, key
}

func (s *station) config(signer gossh.Signer) *gossh.ClientConfig {
	return &gossh.ClientConfig{User: "station", Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second} //nolint:gosec // the test's own server
}

// screen is a session in a terminal of 100×30, its output kept.
type screen struct {
	sess *gossh.Session
	in   io.WriteCloser
	mu   sync.Mutex
	out  bytes.Buffer
}

func (s *station) open(t *testing.T, who string) *screen {
	t.Helper()
	sess, err := testsession.NewClientSession(t, s.addr, s.config(s.keys[who]))
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("LANG", "zh_CN.UTF-8"); err != nil {
		t.Logf("setenv: %v", err)
	}
	if err := sess.RequestPty("xterm-256color", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	sc := &screen{sess: sess}
	sc.in, _ = sess.StdinPipe()
	sess.Stdout = writerFunc(func(p []byte) (int, error) {
		sc.mu.Lock()
		defer sc.mu.Unlock()
		return sc.out.Write(p)
	})
	sess.Stderr = sess.Stdout
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sc
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// shows waits until the plain text of everything the session wrote holds
// want.
func (sc *screen) shows(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(sc.plain(), want) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the session never showed %q; it showed:\n%s", want, sc.plain())
}

func (sc *screen) plain() string {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return ansi.Strip(sc.out.String())
}

// TestEachRoleGetsItsProgram: an engineer's key gets the desk, signed in
// as themselves; a supervisor's the desk; the display's the queue display;
// the kiosk's the kiosk.
func TestEachRoleGetsItsProgram(t *testing.T) {
	s := newStation(t)
	for who, want := range map[string][]string{
		"张工":  {"接待台号", "张工", "按您的 SSH 密钥登记"},
		"李主任": {"接待台号", "李主任"},
		"大厅屏": {"等候"},
		"取号机": {"自助取号", "请选择服务项目"},
	} {
		t.Run(who, func(t *testing.T) {
			sc := s.open(t, who)
			for _, w := range want {
				sc.shows(t, w)
			}
			if who == "大厅屏" || who == "取号机" {
				if p := sc.plain(); strings.Contains(p, "接待台号") {
					t.Errorf("%s's session showed the desk's sign-in:\n%s", who, p)
				}
			}
		})
	}
}

// TestAnUnknownKeyIsRefused: a key that is nobody's gets no session; the
// handshake fails before any program starts.
func TestAnUnknownKeyIsRefused(t *testing.T) {
	s := newStation(t)
	stranger, _ := newKey(t)
	_, err := testsession.NewClientSession(t, s.addr, s.config(stranger))
	if err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Fatalf("a stranger's key: %v; want the handshake refused", err)
	}
}

// TestADisplayCannotReachTheDesk: the display's key asking for the desk,
// or any command, is told it has the display and nothing else; at its
// display, the desk's keys reach no desk.
func TestADisplayCannotReachTheDesk(t *testing.T) {
	s := newStation(t)
	for _, cmd := range []string{"desk", "desk --counter 3", "call --counter 3", "frontdesk desk"} {
		sess, err := testsession.NewClientSession(t, s.addr, s.config(s.keys["大厅屏"]))
		if err != nil {
			t.Fatal(err)
		}
		out, err := sess.CombinedOutput(cmd)
		var exit *gossh.ExitError
		if !errors.As(err, &exit) || exit.ExitStatus() != 1 || !strings.Contains(string(out), "只能使用叫号屏") {
			t.Errorf("the display ran %q: %v, %q", cmd, err, out)
		}
	}
	sc := s.open(t, "大厅屏")
	sc.shows(t, "等候")
	for _, k := range []string{"\x0f", "/", "\t", "i", "n", "\r", "\x1b", "desk\r"} { // ctrl+o, the search, tab, …
		_, _ = sc.in.Write([]byte(k))
	}
	time.Sleep(300 * time.Millisecond)
	if p := sc.plain(); strings.Contains(p, "接待台号") || strings.Contains(p, "工程师") {
		t.Errorf("the display's keys reached a desk:\n%s", p)
	}
}

// TestAKeypadCallsButOpensNoDesk: a keypad's key runs call over SSH —
// the ticket is called at its counter, by the keypad's account — but gets
// no desk: with a terminal and no command it is told what it may run.
func TestAKeypadCallsButOpensNoDesk(t *testing.T) {
	s := newStation(t)
	tk, _, err := s.st.Take("A", false, "kiosk")
	if err != nil {
		t.Fatal(err)
	}
	sess, err := testsession.NewClientSession(t, s.addr, s.config(s.keys["3号呼叫器"]))
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.Output("call --counter 3")
	if err != nil || strings.TrimSpace(string(out)) != tk.Number {
		t.Fatalf("the keypad's call: %v, %q; want %s", err, out, tk.Number)
	}
	evs, err := s.st.Events(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if last := evs[len(evs)-1]; last.Kind != store.KindCall || last.Who != "3号呼叫器" {
		t.Errorf("the call was logged as %+v; want the keypad's", last)
	}
	sc := s.open(t, "3号呼叫器")
	sc.shows(t, "呼叫器只能运行 take、call 或 status")
	if err := sc.sess.Wait(); err == nil {
		t.Error("the keypad's terminal session ended well")
	}
	if strings.Contains(sc.plain(), "接待台号") {
		t.Errorf("the keypad got a desk:\n%s", sc.plain())
	}
}
