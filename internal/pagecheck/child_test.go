package pagecheck

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// childEnv names the file that the test binary, run again as a child,
// hands to bbolt's own check: a fault there takes down the child only.
const childEnv = "PAGECHECK_BBOLT_CHECK"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		bboltCheckChild(path)
		os.Exit(0)
	}
	code := m.Run()
	if benchFile.dir != "" {
		os.RemoveAll(benchFile.dir)
	}
	os.Exit(code)
}

// bboltCheckChild opens path with bbolt, runs Tx.Check, and prints one
// "verdict:" line. A fault or a panic outside Check prints none.
func bboltCheckChild(path string) {
	// A cycle of branch pages makes bbolt's check recurse without end: fail
	// at 64 MiB of stack rather than the default gigabyte.
	debug.SetMaxStack(64 << 20)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		fmt.Println("verdict: open:", err)
		return
	}
	n, first := 0, error(nil)
	err = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			if n++; first == nil {
				first = err
			}
		}
		return nil
	})
	switch {
	case err != nil:
		fmt.Println("verdict: view:", err)
	case n == 0:
		fmt.Println("verdict: clean")
	default:
		fmt.Printf("verdict: %d problems, first: %v\n", n, first)
	}
}

// bboltVerdict is what bbolt's check made of a file.
type bboltVerdict int

const (
	bboltClean    bboltVerdict = iota
	bboltProblems              // Check reported problems (or its own recovered panic)
	bboltOpenFail              // Open refused the file
	bboltFault                 // the child died of a memory fault (SIGBUS/SIGSEGV)
	bboltCrash                 // the child died otherwise: a panic, a stack overflow
	bboltTimeout               // the child did not finish in time
)

func (v bboltVerdict) String() string {
	return [...]string{"clean", "problems", "open failed", "fault", "crash", "timeout"}[v]
}

// runBboltCheck runs bbolt's check of path in a child process. It takes
// milliseconds on the test's files: 3 s means bbolt is looping.
func runBboltCheck(path string) (bboltVerdict, string) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	_ = cmd.Run()
	out := stdout.String()
	firstLine := func(s string) string { s, _, _ = strings.Cut(s, "\n"); return s }
	switch {
	case strings.HasPrefix(out, "verdict: clean"):
		return bboltClean, ""
	case strings.HasPrefix(out, "verdict: open:"):
		return bboltOpenFail, firstLine(out)
	case strings.HasPrefix(out, "verdict: "):
		return bboltProblems, firstLine(out)
	case ctx.Err() != nil:
		return bboltTimeout, ""
	}
	errs := stderr.String()
	for _, sign := range []string{"fatal error: fault", "unexpected fault address", "SIGBUS", "SIGSEGV"} {
		if strings.Contains(errs, sign) {
			return bboltFault, firstLine(errs)
		}
	}
	return bboltCrash, firstLine(errs)
}

// TestBboltCheckChild: the child tells a sound file from a broken one, so
// the damage test's verdicts mean something.
func TestBboltCheckChild(t *testing.T) {
	path := t.TempDir() + "/db"
	buildDB(t, path, smallShape)
	if v, detail := runBboltCheck(path); v != bboltClean {
		t.Fatalf("sound file: %v %s", v, detail)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The root pages' headers name other pages: bbolt's FastCheck panics.
	for meta := range 2 {
		root := order.Uint64(data[meta*smallShape.pageSize+pageHeaderSize+16:])
		order.PutUint64(data[root*uint64(smallShape.pageSize):], root+1)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if v, detail := runBboltCheck(path); v == bboltClean {
		t.Fatalf("broken file: %v %s", v, detail)
	}
}
