//go:build unix

package voice

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/config"
)

// TestCloseLeavesNoSpeechProcess: a command still speaking when the program
// quits — a script with a child of its own — is killed with its child, and
// Close returns only when the worker is gone.
func TestCloseLeavesNoSpeechProcess(t *testing.T) {
	dir := t.TempDir()
	pids := filepath.Join(dir, "pids")
	script := filepath.Join(dir, "say")
	body := "#!/bin/sh\ncat >/dev/null\nsleep 30 &\necho $$ $! > " + pids + ".tmp\nmv " + pids + ".tmp " + pids + "\nwait\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	a := Start(config.Voice{Command: script, Repeat: 2}, "zh")
	if !a.Say("请A012号", 2) {
		t.Fatal("not queued")
	}
	var ids []int
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end) && ids == nil; time.Sleep(20 * time.Millisecond) {
		if data, err := os.ReadFile(pids); err == nil {
			for _, f := range strings.Fields(string(data)) {
				n, _ := strconv.Atoi(f)
				ids = append(ids, n)
			}
		}
	}
	if len(ids) != 2 {
		t.Fatalf("the speaker did not start: %v", ids)
	}
	done := make(chan struct{})
	go func() { a.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return")
	}
	for _, pid := range ids {
		if alive(pid) {
			t.Errorf("process %d lives on after Close", pid)
		}
	}
}

// alive: the process exists and is not a zombie waiting for its reaper.
func alive(pid int) bool {
	for end := time.Now().Add(2 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if syscall.Kill(pid, 0) != nil {
			return false
		}
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			return false
		}
		if f := strings.Fields(string(stat)); len(f) > 2 && f[2] == "Z" {
			return false
		}
	}
	return true
}
