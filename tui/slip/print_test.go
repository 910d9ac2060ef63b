package slip

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/internal/fileperm"
	"frontdesk/internal/fileperm/permtest"
	"frontdesk/repair"
	"frontdesk/tui/i18n"
)

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "slips", "2025")
	o := notebook()
	path, err := Write(dir, fileperm.Default(), o, "first\n")
	// The customer's name, phone and claim code: for the owner only.
	ownerOnly(t, dir, "R2503030007.txt", path, err)
	// Printed again: replaced whole, no temporary file left behind.
	if _, err := Write(dir, fileperm.Default(), o, "second\n"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "second\n" {
		t.Errorf("slip file = %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("dir holds %d files, want 1: %v", len(entries), entries)
	}
}

// TestWriteHostileNumber: an order number never puts a file outside dir.
func TestWriteHostileNumber(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "slips")
	for _, n := range []string{"../../evil", "/etc/passwd", `..\..\x`, "a/../../b", "R1\x00.txt", "~root", "x\nY"} {
		o := repair.Order{Number: n}
		path, err := Write(dir, fileperm.Default(), o, "x")
		if err != nil {
			t.Errorf("Write(%q): %v", n, err)
			continue
		}
		if filepath.Dir(path) != dir || strings.ContainsAny(filepath.Base(path), "/\\\x00\n") {
			t.Errorf("Write(%q) wrote %q", n, path)
		}
	}
	for _, n := range []string{"", "..", "/", "./.", "号码"} {
		if path, err := Write(dir, fileperm.Default(), repair.Order{Number: n}, "x"); err == nil {
			t.Errorf("Write(%q) = %q, want an error", n, path)
		}
	}
	var outside []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() && filepath.Dir(p) != dir {
			outside = append(outside, p)
		}
		return nil
	})
	if len(outside) > 0 {
		t.Errorf("files outside the slip dir: %q", outside)
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"R2503030007":            "R2503030007",
		"../x":                   "___x",
		"a b":                    "a_b",
		"A-1_2":                  "A-1_2",
		"---":                    "",
		strings.Repeat("9", 100): strings.Repeat("9", 64),
	} {
		if got := FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}

// script writes an executable shell script into a temporary directory.
func script(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSendStdin(t *testing.T) {
	out := filepath.Join(t.TempDir(), "printed.txt")
	cmd := script(t, "print.sh", `cat > "$2"`) + "  -d  " + out // fields, not a shell
	text := Render(notebook(), repair.DefaultConfig(), station, i18n.New("zh"), 32, beijing)
	if err := Send(context.Background(), cmd, text); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(out); err != nil || string(b) != text {
		t.Fatalf("printer got %q, %v; want the slip", b, err)
	}
}

func TestSendNoShell(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "args.txt")
	cmd := script(t, "args.sh", `for a in "$@"; do echo "[$a]"; done > "`+out+`"`)
	if err := Send(context.Background(), cmd+" $HOME 'a b' ;echo", "x"); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(out)
	if want := "[$HOME]\n['a]\n[b']\n[;echo]\n"; string(b) != want {
		t.Errorf("arguments = %q, want %q", b, want)
	}
}

func TestSendFails(t *testing.T) {
	cmd := script(t, "fail.sh", "cat >/dev/null; echo 'lp: printer \"counter\" is on fire' >&2; exit 3")
	err := Send(context.Background(), cmd, "slip")
	if err == nil || !strings.Contains(err.Error(), `printer "counter" is on fire`) || !strings.Contains(err.Error(), "exit status 3") {
		t.Fatalf("Send = %v, want the command's stderr and status", err)
	}
}

func TestSendHostileStderr(t *testing.T) {
	cmd := script(t, "evil.sh", `printf '\033[2J\033]0;owned\007bad\nthing' >&2; exit 1`)
	err := Send(context.Background(), cmd, "slip")
	if err == nil || strings.ContainsAny(err.Error(), "\x1b\x07\n") || !strings.Contains(err.Error(), "bad thing") {
		t.Fatalf("Send = %q, want stderr made inert", err)
	}
}

func TestSendMissing(t *testing.T) {
	for _, cmd := range []string{"", "   ", "/nonexistent/frontdesk-print -d x", "frontdesk-no-such-printer-cmd"} {
		err := Send(context.Background(), cmd, "slip")
		if err == nil {
			t.Errorf("Send(%q) = nil", cmd)
			continue
		}
		if strings.TrimSpace(cmd) != "" && !strings.Contains(err.Error(), "not found") {
			t.Errorf("Send(%q) = %v, want not found", cmd, err)
		}
	}
}

// TestSendHangs: a command that does not finish is killed at the deadline,
// also when a child of it keeps its standard error open.
func TestSendHangs(t *testing.T) {
	for name, body := range map[string]string{
		"exec":  "exec sleep 5",
		"child": "sleep 5; echo done",
	} {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			err := Send(ctx, script(t, "hang.sh", body), "slip")
			if err == nil || !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "deadline") {
				t.Fatalf("Send = %v, want a deadline error", err)
			}
		})
	}
}

// TestWriteForTheStationGroup: with a station group, the slip and the
// record are 0640 and their directory 0750, all of the group, whatever the
// umask: the station's other accounts read them, nobody else.
func TestWriteForTheStationGroup(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	_, m := permtest.Group(t)
	dir := filepath.Join(t.TempDir(), "slips")
	path, err := Write(dir, m, notebook(), "张三 138…\n")
	if err != nil {
		t.Fatal(err)
	}
	record, err := WriteRecord(dir, m, fixedOnSite(), "record\n")
	if err != nil {
		t.Fatal(err)
	}
	permtest.Want(t, 0o640, m.GID, path, record)
	permtest.Want(t, 0o750, m.GID, dir)
}
