package slip

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/repair"
	"frontdesk/tui/common"
)

// SendTimeout is how long the desk lets a print command run.
const SendTimeout = 10 * time.Second

// Write saves the slip of an order as <dir>/<order number>.txt, so that it
// can be printed again. It writes a temporary file in dir, syncs it and
// renames it over the old slip, so a crash leaves either the old slip or the
// new one, never half of one. dir is created when missing and the slip,
// which holds the customer's name, phone and claim code, is made as m says
// (the station's config.Config.Files): its owner's only (0o700, 0o600), or
// its owner's and the station group's to read (0o750, 0o640). The order
// number becomes the file name only through FileName, so it cannot leave
// dir. Write returns the path written.
func Write(dir string, m fileperm.Modes, o repair.Order, text string) (string, error) {
	name := FileName(o.Number)
	if name == "" {
		return "", fmt.Errorf("claim slip: order %d has no usable number %q", o.ID, o.Number)
	}
	return write(dir, m, "claim slip", name, text)
}

// write saves text as <dir>/<name>.txt, as Write says; what names the
// paper in errors.
func write(dir string, m fileperm.Modes, what, name, text string) (string, error) {
	if err := m.MkdirAll(dir); err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	path := filepath.Join(dir, name+".txt")
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	tmp := f.Name()
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(tmp)
		return "", fmt.Errorf("%s %s: %w", what, path, err)
	}
	if err := m.Apply(f); err != nil {
		return fail(err)
	}
	if _, err := f.WriteString(text); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("%s %s: %w", what, path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("%s %s: %w", what, path, err)
	}
	if d, err := os.Open(dir); err == nil { // make the rename itself durable
		_ = d.Sync() // best effort: the slip is complete and renamed already
		d.Close()
	}
	return path, nil
}

// FileName is an order number made safe as a file name: letters, digits,
// '-' and '_' are kept, anything else (path separators, dots, spaces,
// control characters) becomes '_'; at most 64 characters. "" when nothing
// usable is left, e.g. for an empty number or one of only separators.
func FileName(number string) string {
	var b strings.Builder
	useful := false
	for _, r := range number {
		if b.Len() >= 64 {
			break
		}
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
			useful = true
		case r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if !useful {
		return ""
	}
	return b.String()
}

// Send prints a slip: it runs the station's print command (config Print.
// Command, e.g. "lp -d counter") with the slip on its standard input.
//
// The command is split at white space (strings.Fields) and run directly, not
// through a shell: no quoting, no pipes, no variables, no "~". A printer
// whose setup needs those gets a small script, named as the command.
//
// The command must finish before ctx is done (the desk gives it SendTimeout);
// at the deadline it is killed and Send says so. When it fails, the error
// carries what it wrote to its standard error.
func Send(ctx context.Context, command string, text string) error {
	return run(ctx, command, strings.NewReader(text))
}

// run runs command with stdin on its standard input, as Send says.
func run(ctx context.Context, command string, stdin io.Reader) error {
	args := strings.Fields(command)
	if len(args) == 0 {
		return errors.New("print: no print command is configured")
	}
	path, err := exec.LookPath(args[0])
	if err != nil {
		return fmt.Errorf("print: command %q not found: %w", args[0], err)
	}
	cmd := exec.CommandContext(ctx, path, args[1:]...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &limited{buf: &stderr, n: 4096}
	// Once killed, do not wait for children that hold stderr open.
	cmd.WaitDelay = time.Second
	err = cmd.Run()
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return fmt.Errorf("print: %q killed, it had not finished by the deadline: %w", command, ctx.Err())
	}
	// What the command says goes on the desk's screen: made inert.
	msg := strings.TrimSpace(common.Inert(stderr.String()))
	if msg == "" {
		return fmt.Errorf("print: %q: %w", command, err)
	}
	return fmt.Errorf("print: %q: %w: %s", command, err, msg)
}

// limited keeps the first n bytes written to it and drops the rest, so a
// chatty command cannot fill the memory.
type limited struct {
	buf *bytes.Buffer
	n   int
}

func (l *limited) Write(p []byte) (int, error) {
	if room := l.n - l.buf.Len(); room > 0 {
		l.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
