package owner_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"frontdesk/client"
	"frontdesk/owner"
	"frontdesk/queue"
	"frontdesk/store"
	"frontdesk/wire"
)

// The tests of this package run real processes: an owner, and clients
// that start it when none answers, as the station's programs do. Each is
// this test binary again, told its part by FRONTDESK_HELPER.

func TestMain(m *testing.M) {
	role := os.Getenv("FRONTDESK_HELPER")
	if role == "" {
		os.Exit(m.Run())
	}
	out := bufio.NewWriter(os.Stdout)
	err := play(role, out)
	out.Flush()
	if err != nil {
		fmt.Fprintln(os.Stderr, role+":", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func play(role string, out *bufio.Writer) error {
	if role == "owner" {
		return playOwner()
	}
	c, err := client.Open(clientOptions(os.Getenv("FRONTDESK_DB")))
	if err != nil {
		return err
	}
	defer c.Close()
	report := func(format string, args ...any) error {
		fmt.Fprintf(out, format+"\n", args...)
		return out.Flush() // at once: the next moment may be the kill
	}
	switch role {
	case "kiosk":
		return playKiosk(c, report)
	case "desk":
		return playDesk(c, report)
	case "crash":
		return playCrash(c, report)
	}
	return fmt.Errorf("no role %q", role)
}

// stationQueue is the queue of these tests: every counter serves every
// type, so that any desk may call any ticket.
func stationQueue() queue.Config {
	cfg := queue.DefaultConfig()
	for i := range cfg.Counters {
		cfg.Counters[i].Types = []string{"A", "B", "C", "D"}
	}
	return cfg
}

// clientOptions start this binary as the owner when none answers.
func clientOptions(db string) client.Options {
	return client.Options{DB: db, Config: stationQueue(), Timeout: 10 * time.Second, Start: func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "FRONTDESK_HELPER=owner", "FRONTDESK_DB="+db)
		return cmd
	}}
}

// playOwner is `frontdesk serve --report` in small.
func playOwner() error {
	signal.Ignore(syscall.SIGPIPE)
	st, err := store.Open(store.Options{Path: os.Getenv("FRONTDESK_DB"), Queue: stationQueue(), Timeout: 2 * time.Second})
	if err != nil {
		fmt.Printf("{\"err\":%s}\n", mustJSON(wire.EncodeError(err)))
		return err
	}
	defer st.Close()
	if f, err := os.OpenFile(os.Getenv("FRONTDESK_DB")+".owners", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600); err == nil {
		fmt.Fprintf(f, "%d holds %s\n", os.Getpid(), time.Now().Format("15:04:05.000000"))
		f.Close()
	}
	ln, err := owner.Listen(st, owner.Options{})
	if err != nil {
		return err
	}
	fmt.Println(`{"ready":true}`)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	return owner.Serve(ctx, st, ln, owner.Options{})
}

// retry says whether a client's error is the link's, which a client rides
// out by trying again: the owner is being started again.
func retry(err error) bool {
	if errors.Is(err, wire.ErrReconnecting) || errors.Is(err, wire.ErrLinkLost) || errors.Is(err, wire.ErrTimeout) {
		time.Sleep(5 * time.Millisecond)
		return true
	}
	return false
}

// helper starts a client process of role on db.
func helper(t *testing.T, role, db string, env ...string) (*exec.Cmd, *lockedBuffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), "FRONTDESK_HELPER="+role, "FRONTDESK_DB="+db), env...)
	out, stderr := &lockedBuffer{}, &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = out, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out, stderr
}

// stopOwner ends the owner of db (SIGTERM) and waits until it is gone.
func stopOwner(t *testing.T, db string) {
	h, err := owner.Running(wire.SocketPath(db))
	if err != nil {
		return
	}
	_ = syscall.Kill(h.PID, syscall.SIGTERM)
	waitGone(t, h.PID)
}

func waitGone(t *testing.T, pid int) {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil {
			return
		}
	}
	t.Fatalf("process %d did not end", pid)
}

// lockedBuffer is a child's stdout, read while it is written.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// lines are the complete lines written so far, split into words.
func (l *lockedBuffer) lines() [][]string {
	l.mu.Lock()
	data := bytes.Clone(l.b.Bytes())
	l.mu.Unlock()
	if i := bytes.LastIndexByte(data, '\n'); i >= 0 {
		data = data[:i+1]
	} else {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line != "" {
			out = append(out, strings.Fields(line))
		}
	}
	return out
}

func envInt(name string, otherwise int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return otherwise
}

func getenv(name string) string { return os.Getenv(name) }

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o600) }
