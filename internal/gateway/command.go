package gateway

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strings"
	"time"

	"frontdesk/notify"
)

// command runs a program once a message, the phone and the text in its
// arguments: a modem's tool on the station's own machine. For gammu:
//
//	command = ["gammu-smsd-inject", "TEXT", "{phone}", "-text", "{text}"]
//
// The program is run directly, never through a shell, so that nothing in
// a text (a customer's name, a delay's reason typed at the desk) is ever
// read as shell syntax.
type command struct {
	argv    []string
	timeout time.Duration
}

func newCommand(argv []string, timeout time.Duration) *command {
	return &command{argv: append([]string(nil), argv...), timeout: timeout}
}

// waitDelay is how long a killed program's children may hold its output
// open before the attempt stops waiting for them.
const waitDelay = time.Second

// Send runs the program once. Exit 0: sent. Anything else is temporary —
// a non-zero exit (the modem busy, the queue full), a program not found or
// not executable (installed later, without a restart), a timeout — and
// the error says which, with what the program printed.
func (c *command) Send(ctx context.Context, m notify.Message) error {
	args, err := c.args(m)
	if err != nil {
		return err
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(parent, c.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.argv[0], args...)
	cmd.Env = minimalEnv()
	cmd.Stdin = nil // the null device: a program that reads waits for nothing
	var out capped
	cmd.Stdout, cmd.Stderr = &out, &out
	ownGroup(cmd)
	cmd.WaitDelay = waitDelay
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("gateway: the program %q was not found: %w", c.argv[0], err)
		}
		return fmt.Errorf("gateway: the program %q cannot be run: %w", c.argv[0], err)
	}
	err = cmd.Wait()
	said := oneLine(out.buf, maxOutput)
	if said == "" {
		said = "(no output)"
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, exec.ErrWaitDelay) && cmd.ProcessState.Success():
		// It exited 0 and left a child holding its output: the text went,
		// and another attempt would send it twice.
		return nil
	case parent.Err() != nil:
		// The sender stopped the attempt (the station is closing).
		return fmt.Errorf("gateway: the attempt was stopped: %v: %s", context.Cause(parent), said)
	case ctx.Err() != nil:
		return fmt.Errorf("%w after %v: %s was killed: %s", ErrTimedOut, c.timeout, c.argv[0], said)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() >= 0 {
		return fmt.Errorf("gateway: %s exited with %d: %s", c.argv[0], exit.ExitCode(), said)
	}
	return fmt.Errorf("gateway: %s: %w: %s", c.argv[0], err, said)
}

// args is the program's arguments for m: in each, every "{phone}" and
// "{text}" replaced (so "-text={text}" works). The program's name is never
// replaced: a message does not choose what runs.
func (c *command) args(m notify.Message) ([]string, error) {
	if strings.ContainsRune(m.Phone, 0) || strings.ContainsRune(m.Text, 0) {
		// No program argument can hold a NUL: this would fail every time.
		return nil, refused(errors.New("gateway: the phone or the text holds a NUL byte"))
	}
	r := strings.NewReplacer("{phone}", m.Phone, "{text}", m.Text)
	args := make([]string, 0, len(c.argv)-1)
	for _, a := range c.argv[1:] {
		args = append(args, r.Replace(a))
	}
	return args, nil
}

// minimalEnv is all of the station's environment a program gets: where
// to find programs, a UTF-8 locale for the Chinese in the text, and a home
// for its configuration — never the station's own settings or secrets.
func minimalEnv() []string {
	path := os.Getenv("PATH")
	if path == "" {
		path = "/usr/local/bin:/usr/bin:/bin"
	}
	env := []string{"PATH=" + path, "LANG=C.UTF-8"}
	if home := os.Getenv("HOME"); home != "" {
		env = append(env, "HOME="+home)
	}
	return env
}
