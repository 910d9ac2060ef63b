package main

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fuzzArgs is a command line from one fuzz string: arguments are separated
// by NUL, which no real argument can hold.
func fuzzArgs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\x00")
}

// argSeeds are command lines for both fuzzers, good and bad.
var argSeeds = []string{
	"",
	"take\x00A",
	"--lang\x00en\x00take\x00z\x00--json",
	"call\x00--counter\x003",
	"call\x00--counter\x00-1",
	"call\x00--counter=99999999999999999999",
	"status\x00--json\x00extra",
	"close-day\x00--reason\x00关门",
	"close-day",
	"--counter\x00--db\x00x\x00take",
	"--\x00take",
	"-h",
	"help",
	"frob\x1b]52;c;aGVsbG8=\x07",
	"take\x00--priority=maybe\x00A",
	"--lang=\xff\x00status",
	"take\x00A\x00B\x00--lang",
	"config",
	"config\x00--init",
	"config\x00--defaults\x00--lang\x00en",
	"--config\x00take",
}

// FuzzSplitCommand: the name is "desk", "help" or one of the arguments, and
// the rest is the arguments without it (all of them for the desk, none for
// help); the arguments are left as they were.
func FuzzSplitCommand(f *testing.F) {
	for _, s := range argSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := fuzzArgs(s)
		orig := slices.Clone(args)
		name, rest := splitCommand(args)
		if !slices.Equal(args, orig) {
			t.Fatalf("splitCommand changed its arguments: %q, was %q", args, orig)
		}
		switch {
		case name == "desk" && slices.Equal(rest, args):
		case name == "help" && rest == nil:
		default:
			found := false
			for i, a := range args {
				if a == name && slices.Equal(rest, slices.Concat(args[:i], args[i+1:])) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("splitCommand(%q) = %q, %q: not an argument and the rest", args, name, rest)
			}
			if strings.HasPrefix(name, "-") {
				t.Fatalf("splitCommand(%q) takes flag %q for the command", args, name)
			}
		}
	})
}

// screenCommand reports whether args would start a full-screen program
// (desk, display, kiosk) or the demo, which the fuzzer cannot run, or would
// take the database, its timeout or the configuration file away from the test.
func screenCommand(args []string) bool {
	switch name, _ := splitCommand(args); name {
	case "desk", "display", "kiosk", "demo":
		return true
	}
	for _, a := range args {
		flag := strings.TrimLeft(a, "-")
		if strings.Contains(a, "demo") || a != flag && (strings.HasPrefix(flag, "db") || strings.HasPrefix(flag, "timeout") || strings.HasPrefix(flag, "config")) {
			return true
		}
	}
	return false
}

// FuzzRunBadArgs: any command line, run against a fresh database, never
// panics and exits 0, 1 or 2.
func FuzzRunBadArgs(f *testing.F) {
	for _, s := range argSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := fuzzArgs(s)
		if screenCommand(args) {
			t.Skip("starts a full-screen program or moves the database")
		}
		db := filepath.Join(t.TempDir(), "station.db")
		full := append([]string{"--db", db, "--timeout", "200ms"}, args...)
		var out, errOut bytes.Buffer
		if code := run(full, &out, &errOut); code < 0 || code > 2 {
			t.Fatalf("run(%q) exited %d\nstdout: %s\nstderr: %s", full, code, out.String(), errOut.String())
		}
	})
}
