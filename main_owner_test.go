package main

import (
	"os"
	"runtime/pprof"
	"syscall"
	"testing"
	"time"

	"frontdesk/owner"
	"frontdesk/wire"
)

// TestMain lets the test binary be the owner it starts: a program run by
// these tests that finds no owner of its database starts os.Executable()
// as `serve`, which here is this binary, and must not run the tests again;
// nor must a command line a test runs as its own process (main_faults_test.go).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "serve" || os.Getenv("FRONTDESK_RUN_AS_MAIN") == "1" {
		// FRONTDESK_SERVE_CPUPROFILE: a profile of a server a benchmark
		// started (main_ssh_load_test.go), to read with go tool pprof.
		if f := os.Getenv("FRONTDESK_SERVE_CPUPROFILE"); f != "" && os.Args[1] == "serve" {
			if out, err := os.Create(f); err == nil && pprof.StartCPUProfile(out) == nil {
				code := run(os.Args[1:], os.Stdout, os.Stderr)
				pprof.StopCPUProfile()
				os.Exit(code)
			}
		}
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) // the command line of a process a test started
	}
	os.Setenv("FRONTDESK_OWNER_IDLE", "2s") // owners of the tests' databases go soon after them
	os.Exit(m.Run())
}

// stopOwner ends the owner of db if one runs, as a station's service
// manager would (SIGTERM), and waits until it is gone: a test that then
// works on the file itself finds it free.
func stopOwner(t *testing.T, db string) {
	t.Helper()
	sock := wire.SocketPath(db)
	h, err := owner.Running(sock)
	if err != nil {
		return
	}
	if err := syscall.Kill(h.PID, syscall.SIGTERM); err != nil {
		t.Fatalf("stopping the owner %d: %v", h.PID, err)
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if syscall.Kill(h.PID, 0) != nil {
			return
		}
	}
	t.Fatalf("the owner %d of %s did not end", h.PID, db)
}

// dbArg is the database a command line names.
func dbArg(args []string) string {
	for i, a := range args {
		if a == "--db" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}
