package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestValueFlags: the flags that take a value are read off every command's
// own flag set, without the probe touching the database, and each is told
// apart as the flag package tells them: a value flag alone at the end is
// an error, a bool flag alone is not.
func TestValueFlags(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("FRONTDESK_DB", filepath.Join(dir, "station.db"))
	sets := flagSets()
	for name := range commands {
		if sets[name] == nil {
			t.Errorf("command %s was not stopped at its parse: it does something before parsing its flags", name)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("asking the commands for their flags left %v", entries)
	}
	value := valueFlags()
	for name, fs := range sets {
		fs.VisitAll(func(f *flag.Flag) {
			probe := flag.NewFlagSet(name, flag.ContinueOnError)
			probe.SetOutput(io.Discard)
			probe.Var(f.Value, f.Name, "")
			if err := probe.Parse([]string{"-" + f.Name}); (err != nil) != value[f.Name] {
				t.Errorf("%s --%s: takes a value %v, but parsing it alone says %v", name, f.Name, value[f.Name], err)
			}
		})
	}
	for _, f := range []string{
		"db", "config", "lang", "timeout", "counter", "engineer", "reason", "backups",
		"keep", "orders", "limit", "day", "from", "to", "format", "out",
	} {
		if !value[f] {
			t.Errorf("--%s takes a value, but valueFlags lacks it", f)
		}
	}
	for _, f := range []string{"json", "priority", "mask", "defaults", "init"} {
		if value[f] {
			t.Errorf("--%s is a bool flag, but valueFlags has it", f)
		}
	}
	if name, rest := splitCommand([]string{"--keep", "3", "desk"}); name != "desk" || !slices.Equal(rest, []string{"--keep", "3"}) {
		t.Errorf("a command's own value flag before the name: %q %q", name, rest)
	}
}
