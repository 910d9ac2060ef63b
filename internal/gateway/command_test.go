//go:build unix

package gateway_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/internal/gateway"
	"frontdesk/notify"
)

// script is an executable shell script in dir with body, its path.
func script(t *testing.T, dir, name, body string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+body), 0o700); err != nil {
		t.Fatal(err)
	}
	return path
}

// commandOf is the transport running argv, with timeout.
func commandOf(t *testing.T, timeout time.Duration, argv ...string) gateway.Transport {
	t.Helper()
	tr, err := gateway.New(notify.Gateway{Transport: notify.TransportCommand, Command: argv, Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// The text reaches the program byte for byte as one argument, whatever
// shell syntax it holds, and none of it runs; the program gets no more of
// the station's environment than it needs, and nothing on stdin.
func TestCommandArguments(t *testing.T) {
	dir := t.TempDir()
	pwned := filepath.Join(dir, "pwned-"+strconv.FormatInt(time.Now().UnixNano(), 36))
	victim := filepath.Join(dir, "victim")
	if err := os.WriteFile(victim, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FRONTDESK_TEST_SECRET", "leaked")
	prog := script(t, dir, "record", `for a in "$@"; do printf '%s\0' "$a"; done > '`+dir+`/args'
env > '`+dir+`/env'
cat > '`+dir+`/stdin'
`)
	m := ready()
	m.Text = "$(touch " + pwned + ") ; rm -rf " + victim + " | & && `touch " + pwned + "` \"q\" 'q' * ? ~ > < \n \t \x1b[31m 中文 {phone} $HOME"
	tr := commandOf(t, 5*time.Second, prog, "TEXT", "{phone}", "-text", "{text}", "-text={text}", "{phone}:{phone}")
	if err := tr.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "args"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(string(raw), "\x00"), "\x00")
	want := []string{"TEXT", m.Phone, "-text", m.Text, "-text=" + m.Text, m.Phone + ":" + m.Phone}
	if len(got) != len(want) {
		t.Fatalf("%d arguments %q, want %q", len(got), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("argument %d: %q, want %q", i+1, got[i], want[i])
		}
	}
	if _, err := os.Stat(pwned); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the text ran: %s exists (%v)", pwned, err)
	}
	if _, err := os.Stat(victim); err != nil {
		t.Errorf("the text ran: %v", err)
	}
	env, _ := os.ReadFile(filepath.Join(dir, "env"))
	if bytes.Contains(env, []byte("FRONTDESK_TEST_SECRET")) || !bytes.Contains(env, []byte("LANG=C.UTF-8\n")) {
		t.Errorf("the program's environment:\n%s", env)
	}
	if stdin, err := os.ReadFile(filepath.Join(dir, "stdin")); err != nil || len(stdin) != 0 {
		t.Errorf("stdin %q, %v", stdin, err)
	}
}

// A program that fails may do better later (the modem busy): temporary,
// with its exit code and what it said, on one line.
func TestCommandFails(t *testing.T) {
	prog := script(t, t.TempDir(), "busy", "echo sending >&1; printf 'modem\\nbusy\\n' >&2; exit 3\n")
	err := commandOf(t, 5*time.Second, prog, "{phone}", "{text}").Send(context.Background(), ready())
	if err == nil || gateway.Permanent(err) {
		t.Fatalf("err %v, want temporary", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "exited with 3") || !strings.Contains(msg, "modem busy") ||
		!strings.Contains(msg, "sending") || strings.Contains(msg, "\n") {
		t.Errorf("err %q", msg)
	}
}

// A program not there, or not executable, may be installed or fixed
// without a restart: temporary, saying so plainly.
func TestCommandCannotRun(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain")
	if err := os.WriteFile(plain, []byte("#!/bin/sh\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for prog, says := range map[string]string{
		filepath.Join(dir, "gammu-smsd-inject"): "was not found",
		"frontdesk-no-such-program":             "was not found",
		plain:                                   "cannot be run",
	} {
		err := commandOf(t, 5*time.Second, prog, "{phone}", "{text}").Send(context.Background(), ready())
		if err == nil || gateway.Permanent(err) || !strings.Contains(err.Error(), says) || !strings.Contains(err.Error(), prog) {
			t.Errorf("%s: err %v, want temporary: %s", prog, err, says)
		}
	}
}

// A program that hangs is killed at the timeout with all it started — its
// process group — and the attempt returns soon after.
func TestCommandTimeout(t *testing.T) {
	dir := t.TempDir()
	prog := script(t, dir, "hang", `echo $$ > '`+dir+`/pgid'
sleep 10 &
echo $! > '`+dir+`/child'
echo dialing
wait
`)
	t0 := time.Now()
	err := commandOf(t, time.Second, prog, "{phone}", "{text}").Send(context.Background(), ready())
	took := time.Since(t0)
	if !errors.Is(err, gateway.ErrTimedOut) || gateway.Permanent(err) ||
		!strings.Contains(err.Error(), "timed out after 1s") || !strings.Contains(err.Error(), "dialing") {
		t.Fatalf("err %v, want a temporary timeout after 1s with the output", err)
	}
	if took > 2*time.Second {
		t.Errorf("the attempt took %v with a 1s timeout", took)
	}
	pgid, child := pidIn(t, dir, "pgid"), pidIn(t, dir, "child")
	deadline := time.Now().Add(2 * time.Second)
	// The group is gone, or all that is left of it (the script and its
	// sleep, the only two in it) are zombies.
	for syscall.Kill(-pgid, 0) == nil && (alive(pgid) || alive(child)) {
		if time.Now().After(deadline) {
			t.Fatalf("the program's child %d (group %d) outlived the timeout", child, pgid)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A program that went (exit 0) but left a child holding its output has
// sent the text: not an error to try again.
func TestCommandLeavesChild(t *testing.T) {
	dir := t.TempDir()
	prog := script(t, dir, "daemon", `sleep 5 &
echo $! > '`+dir+`/child'
echo queued
`)
	err := commandOf(t, 5*time.Second, prog, "{phone}", "{text}").Send(context.Background(), ready())
	syscall.Kill(pidIn(t, dir, "child"), syscall.SIGKILL)
	if err != nil {
		t.Fatalf("err %v, want sent", err)
	}
}

// A stopped attempt (the station closing) is not the gateway's timeout.
func TestCommandStopped(t *testing.T) {
	prog := script(t, t.TempDir(), "slow", "sleep 10\n")
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	err := commandOf(t, 5*time.Second, prog, "{phone}", "{text}").Send(ctx, ready())
	if err == nil || errors.Is(err, gateway.ErrTimedOut) || !strings.Contains(err.Error(), "stopped") {
		t.Fatalf("err %v, want stopped", err)
	}
}

func pidIn(t *testing.T, dir, name string) int {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	return pid
}

// alive says whether pid still runs. A killed process whose parent has
// not reaped it yet (a container's init may never) is a zombie: dead,
// though kill still finds it.
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true // no /proc to ask: kill's word
	}
	// The state follows the command's parenthesised name.
	rest := stat[bytes.LastIndexByte(stat, ')')+1:]
	return !bytes.HasPrefix(bytes.TrimSpace(rest), []byte("Z"))
}
