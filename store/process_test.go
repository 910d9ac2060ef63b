package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The tests that need other processes re-execute this test binary with
// FRONTDESK_HELPER naming the part it plays; TestHelperProcess plays it and
// reports on stdout, one line per fact.

const helperEnv = "FRONTDESK_HELPER"

// helper prepares a child process playing role on the database at path.
// Its stdout is for the caller; its stderr is kept for failure messages.
func helper(t testing.TB, role, path string, env ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+role, "FRONTDESK_DB="+path,
		"FRONTDESK_T0="+strconv.FormatInt(time.Now().UnixNano(), 10))
	cmd.Env = append(cmd.Env, env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// childClock is the children's shared clock: real time passing from 09:00
// of the test day, so that a run near midnight cannot split the day.
func childClock() func() time.Time {
	t0, _ := strconv.ParseInt(os.Getenv("FRONTDESK_T0"), 10, 64)
	start := time.Unix(0, t0)
	return func() time.Time { return day9.Add(time.Since(start)) }
}

func envInt(name string) int {
	n, _ := strconv.Atoi(os.Getenv(name))
	return n
}

// TestHelperProcess is not a test: it is the child's part in the tests that
// need several processes, and does nothing when run normally.
// TestHelperProcess is not a test: it is the child's part in the tests that
// need a process of their own, and does nothing when run normally.
func TestHelperProcess(t *testing.T) {
	role := os.Getenv(helperEnv)
	if role == "" {
		return
	}
	out := bufio.NewWriter(os.Stdout)
	err := playHelper(role, out)
	out.Flush()
	if err != nil {
		fmt.Fprintln(os.Stderr, role+":", err)
		os.Exit(1)
	}
	os.Exit(0)
}

func playHelper(role string, out *bufio.Writer) error {
	path := os.Getenv("FRONTDESK_DB")
	switch role {
	case "diskfull":
		return playDiskFull(out)
	case "open":
		_, err := Open(Options{Path: path, Queue: allTypes(), Now: childClock()})
		var pe *PathError
		switch {
		case err == nil:
			fmt.Fprintf(out, "uid %d: opened\n", os.Getuid())
		case errors.As(err, &pe) && errors.Is(err, ErrUnwritable):
			fmt.Fprintf(out, "uid %d: unwritable: %v\n", os.Getuid(), err)
		default:
			fmt.Fprintf(out, "uid %d: other error: %v\n", os.Getuid(), err)
		}
		return nil
	}
	return fmt.Errorf("unknown role %q", role)
}

// lines splits a child's report into its fields, one slice per line.
func lines(out []byte) [][]string {
	var rows [][]string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l != "" {
			rows = append(rows, strings.Fields(l))
		}
	}
	return rows
}
