package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"frontdesk/queue"
)

// The file where the user may not write it, and the one store that many
// goroutines of the owner share.

// Many goroutines of one process share the store, as the owner's
// connections do: bbolt queues them all, none times out.
func TestOneProcessManyGoroutines(t *testing.T) {
	s := openTest(t, newClock())
	errs := make(chan error, 64)
	for i := range 8 {
		go func() {
			for range 8 {
				var err error
				if i%2 == 0 {
					_, _, err = s.Take("A", false, "kiosk")
				} else {
					_, err = s.Snapshot()
				}
				errs <- err
			}
		}()
	}
	for range 64 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if n := len(snap(t, s).Tickets); n != 32 {
		t.Errorf("%d tickets, want 32", n)
	}
}

func TestUnwritableUnderProc(t *testing.T) {
	// Even root cannot create files here, so this fails for real as root.
	for _, path := range []string{"/proc/frontdesk/queue.db", "/proc/self/queue.db"} {
		_, err := Open(Options{Path: path, Queue: queue.DefaultConfig()})
		wantPathError(t, err, ErrUnwritable, path)
	}
}

// TestUnwritableDirectory opens databases in places the user may not write.
// Root may write anywhere, whatever the mode bits, so as root the Opens run
// in a copy of this test binary started as user nobody (65534).
func TestUnwritableDirectory(t *testing.T) {
	base := t.TempDir()
	// The temporary directory is private to root; nobody must reach inside.
	for _, dir := range []string{filepath.Dir(base), base} {
		if err := os.Chmod(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	readOnly := filepath.Join(base, "readonly")
	withDB := filepath.Join(base, "withdb")
	open := filepath.Join(base, "open")
	for _, d := range []string{readOnly, withDB, open} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(open, 0o777)
	existing := filepath.Join(withDB, "queue.db")
	openAt(t, existing, newClock()) // root's database, readable by all
	cases := []struct{ path, want string }{
		{filepath.Join(readOnly, "queue.db"), "unwritable"},
		{filepath.Join(readOnly, "sub", "queue.db"), "unwritable"},
		{existing, "unwritable"},
		{filepath.Join(open, "queue.db"), "opened"}, // the control: the setup itself is not what fails
	}
	asRoot := os.Geteuid() == 0
	var exe string
	if asRoot {
		exe = copyTestBinary(t, base)
	} else {
		os.Chmod(readOnly, 0o555)
		os.Chmod(withDB, 0o555)
		os.Chmod(existing, 0o444)
	}
	for _, c := range cases {
		var got string
		if asRoot {
			got = openAsNobody(t, exe, c.path)
		} else {
			_, err := Open(Options{Path: c.path, Queue: allTypes()})
			switch {
			case err == nil:
				got = "opened"
			case errors.Is(err, ErrUnwritable):
				got = "unwritable"
			default:
				got = err.Error()
			}
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.path, got, c.want)
		}
	}
}

// copyTestBinary puts this test binary where user nobody may run it: the go
// tool builds it in a directory private to root.
func copyTestBinary(t *testing.T, dir string) string {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(dir, "store.test")
	if err := os.WriteFile(exe, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return exe
}

// openAsNobody runs Open on path as user nobody and returns "opened",
// "unwritable", or what else the child said.
func openAsNobody(t *testing.T, exe, path string) string {
	t.Helper()
	cmd, stderr := helper(t, "open", path)
	cmd.Path, cmd.Args[0], cmd.Dir = exe, exe, filepath.Dir(exe)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("as nobody: %v\n%s", err, stderr)
	}
	said, ok := strings.CutPrefix(strings.TrimSpace(string(out)), "uid 65534: ")
	switch {
	case !ok:
		t.Fatalf("the child did not run as nobody: %q", out)
	case said == "opened":
		return said
	case strings.HasPrefix(said, "unwritable: ") && strings.Contains(said, path):
		return "unwritable"
	}
	return said
}
