package store

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/queue"
)

const lockWait = 300 * time.Millisecond

// openLocking opens a store with a short lock timeout.
func openLocking(t *testing.T) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "queue.db")
	s, err := Open(Options{Path: path, Queue: queue.DefaultConfig(), Timeout: lockWait, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// hold flocks a file on a descriptor of its own, as another program would;
// the returned function lets go.
func hold(t *testing.T, path string, how int) func() {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	return func() { f.Close() }
}

// wantLocked runs op and checks it fails with ErrLocked naming the file,
// after waiting about the timeout: not at once, and not much longer.
func wantLocked(t *testing.T, s *Store, what string, op func() error) {
	t.Helper()
	start := time.Now()
	err := op()
	took := time.Since(start)
	pe := wantPathError(t, err, ErrLocked, s.Path())
	if pe.Wait != lockWait {
		t.Errorf("%s: Wait = %v, want %v", what, pe.Wait, lockWait)
	}
	if took < lockWait-10*time.Millisecond || took > lockWait+500*time.Millisecond {
		t.Errorf("%s gave up after %v, want about %v", what, took, lockWait)
	}
}

func takeErr(s *Store) func() error {
	return func() error { _, _, err := s.Take("A", false, "kiosk"); return err }
}

func snapErr(s *Store) func() error {
	return func() error { _, err := s.Snapshot(); return err }
}

func TestLockedSidecarInThisProcess(t *testing.T) {
	s := openLocking(t)
	release := hold(t, s.Path()+".lock", syscall.LOCK_EX)
	wantLocked(t, s, "take", takeErr(s))
	wantLocked(t, s, "snapshot", snapErr(s))
	_, err := Open(Options{Path: s.Path(), Queue: queue.DefaultConfig(), Timeout: lockWait})
	wantPathError(t, err, ErrLocked, s.Path())
	release()
	// The waits given up on have let go of the lock they got late.
	if err := takeErr(s)(); err != nil {
		t.Fatalf("after the holder let go: %v", err)
	}
}

func TestSharedSidecarLetsReadersIn(t *testing.T) {
	s := openLocking(t)
	release := hold(t, s.Path()+".lock", syscall.LOCK_SH)
	defer release()
	if err := snapErr(s)(); err != nil {
		t.Fatalf("a reader beside another reader: %v", err)
	}
	wantLocked(t, s, "take", takeErr(s))
}

// A foreign program (the bbolt command, a backup tool) holding bbolt's own
// lock on the database file: the sidecar is free, bbolt's wait gives up.
func TestLockedDatabaseFileItself(t *testing.T) {
	s := openLocking(t)
	release := hold(t, s.Path(), syscall.LOCK_EX)
	wantLocked(t, s, "take", takeErr(s))
	wantLocked(t, s, "snapshot", snapErr(s))
	release()
	if err := takeErr(s)(); err != nil {
		t.Fatalf("after the holder let go: %v", err)
	}
}

// Another process holds the lock; when it dies, the kernel lets go for it.
func TestLockedByAnotherProcessThatDies(t *testing.T) {
	s := openLocking(t)
	for _, file := range []string{s.Path() + ".lock", s.Path()} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			cmd, stderr := helper(t, "hold", s.Path(), "FRONTDESK_LOCK="+file)
			stdout, _ := cmd.StdoutPipe()
			stdin, _ := cmd.StdinPipe() // kept open: the holder waits on it
			defer stdin.Close()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "held\n" {
				t.Fatalf("holder said %q, %v\n%s", line, err, stderr)
			}
			wantLocked(t, s, "take", takeErr(s))
			cmd.Process.Kill()
			cmd.Wait()
			if err := takeErr(s)(); err != nil {
				t.Fatalf("after the holder died: %v", err)
			}
		})
	}
}

// Many goroutines of one process share the store: the in-process lock and
// the sidecar queue them all, none times out.
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
