package store

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"frontdesk/queue"
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
	open := func() (*Store, error) {
		return Open(Options{Path: path, Queue: allTypes(), Now: childClock(), NoSync: os.Getenv("FRONTDESK_NOSYNC") != ""})
	}
	switch role {
	case "kiosk", "desk", "watch", "take-timed", "intake", "save-timed":
		s, err := open()
		if err != nil {
			return err
		}
		return map[string]func(*Store, *bufio.Writer) error{
			"kiosk": playKiosk, "desk": playDesk, "watch": playWatch, "take-timed": playTakeTimed,
			"intake": playIntake, "save-timed": playSaveTimed,
		}[role](s, out)
	case "hold":
		return playHold(out)
	case "crash":
		return playCrash(out)
	case "linger":
		return playLinger(out)
	case "linger-busy":
		return playLingerBusy(out)
	case "diskfull":
		return playDiskFull(out)
	case "open":
		_, err := open()
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

// playKiosk takes FRONTDESK_N tickets of the four types in turn and reports
// "take <id> <day> <number> <µs the take took>".
func playKiosk(s *Store, out *bufio.Writer) error {
	types := []string{"A", "B", "C", "D"}
	for i := range envInt("FRONTDESK_N") {
		start := time.Now()
		t, _, err := s.Take(types[i%len(types)], i%7 == 3, "kiosk")
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "take %d %s %s %d\n", t.ID, t.Day, t.Number, time.Since(start).Microseconds())
	}
	return nil
}

// playDesk plays counter FRONTDESK_COUNTER for FRONTDESK_N rounds: mostly
// the keypad's "next", sometimes finish then call, sometimes a recall or a
// no-show on the way. Reports "call <counter> <id> <number> <µs>".
func playDesk(s *Store, out *bufio.Writer) error {
	n := envInt("FRONTDESK_COUNTER")
	for i := range envInt("FRONTDESK_N") {
		start := time.Now()
		var t queue.Ticket
		var err error
		switch i % 5 {
		case 1:
			if _, err = s.Recall(n, "desk"); err != nil && !errors.Is(err, queue.ErrNoCurrent) {
				return err
			}
			t, err = s.FinishAndCallNext(n, "desk")
		case 3:
			if _, err = s.NoShow(n, "desk"); err != nil && !errors.Is(err, queue.ErrNoCurrent) &&
				!errors.Is(err, queue.ErrState) {
				return err
			}
			t, err = s.CallNext(n, "desk")
		default:
			t, err = s.FinishAndCallNext(n, "desk")
		}
		switch {
		case errors.Is(err, queue.ErrNoneWaiting):
			time.Sleep(time.Millisecond) // the kiosks are behind: let them issue
		case err != nil:
			return err
		default:
			fmt.Fprintf(out, "call %d %d %s %d\n", n, t.ID, t.Number, time.Since(start).Microseconds())
		}
	}
	return nil
}

// playIntake saves FRONTDESK_N intakes at counter FRONTDESK_COUNTER, every
// third of a device all the processes share, and reports
// "intake <id> <number> <claim> <serial> <previous,…|->".
func playIntake(s *Store, out *bufio.Writer) error {
	n := envInt("FRONTDESK_COUNTER")
	for i := range envInt("FRONTDESK_N") {
		serial := fmt.Sprintf("C%dN%03d", n, i)
		if i%3 == 0 {
			serial = sharedSerial
		}
		o, err := s.SaveIntake("desk", n, newOrder("客户", fmt.Sprintf("138%04d%04d", n, i), serial))
		if err != nil {
			return err
		}
		prev := strings.Join(o.Previous, ",")
		if prev == "" {
			prev = "-"
		}
		fmt.Fprintf(out, "intake %d %s %s %s %s\n", o.ID, o.Number, o.Claim, serial, prev)
	}
	return nil
}

// sharedSerial is the device every intake process takes in now and then.
const sharedSerial = "SHARED01"

// playWatch reports "rev <rev>" for every rev Watch delivers, at once, until
// its stdin closes.
func playWatch(s *Store, out *bufio.Writer) error {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	for rev := range s.Watch(ctx) {
		fmt.Fprintf(out, "rev %d\n", rev)
		if err := out.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// playTakeTimed takes FRONTDESK_N tickets 30 ms apart and reports
// "took <rev> <unix ns when the commit returned>".
func playTakeTimed(s *Store, out *bufio.Writer) error {
	for range envInt("FRONTDESK_N") {
		time.Sleep(30 * time.Millisecond)
		if _, _, err := s.Take("A", false, "kiosk"); err != nil {
			return err
		}
		done := time.Now().UnixNano()
		rev, err := s.Rev()
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "took %d %d\n", rev, done)
	}
	return nil
}

// playHold takes an exclusive flock on FRONTDESK_LOCK (the sidecar or the
// database itself), says "held", and keeps it until its stdin closes or it
// is killed.
func playHold(out *bufio.Writer) error {
	f, err := os.Open(os.Getenv("FRONTDESK_LOCK"))
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	fmt.Fprintln(out, "held")
	out.Flush()
	io.Copy(io.Discard, os.Stdin)
	return f.Close()
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
