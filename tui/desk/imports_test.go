package desk

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestScreensDoNotImportEachOther walks the import graph of everything
// under tui/desk with `go list -deps`: a screen package may use parts,
// common and the domain, never another screen (directly or through
// anything it imports) nor the root, and nothing here may import the
// command line (package main, "frontdesk"). Screens move the desk by
// messages; an import between them would let one reach into another.
func TestScreensDoNotImportEachOther(t *testing.T) {
	pkgs := list(t)
	screens := map[string]bool{}
	for p := range pkgs {
		if rest, ok := strings.CutPrefix(p, root+"/"); ok && !strings.HasPrefix(rest, "parts") && !strings.HasPrefix(rest, "internal") {
			screens[p] = true
		}
	}
	if len(screens) < 7 {
		t.Fatalf("found %d screen packages under %s, want the seven: %v", len(screens), root, screens)
	}
	for p, deps := range pkgs {
		if !strings.HasPrefix(p, root) {
			continue
		}
		for _, d := range deps {
			switch {
			case d == "frontdesk":
				t.Errorf("%s imports package main", p)
			case screens[p] && d == root:
				t.Errorf("screen %s imports the root %s", p, root)
			case screens[p] && screens[d] && d != p:
				t.Errorf("screen %s imports screen %s", p, d)
			}
		}
	}
}

const root = "frontdesk/tui/desk"

// list is each package under the root with every package it depends on,
// its tests' imports included.
func list(t *testing.T) map[string][]string {
	t.Helper()
	cmd := exec.Command("go", "list", "-test", "-f", "{{.ImportPath}}\t{{join .Deps \" \"}}", root+"/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, deps, _ := strings.Cut(line, "\t")
		// A test variant is named "p [p.test]"; its deps count as p's.
		path, _, _ = strings.Cut(path, " ")
		if strings.HasSuffix(path, ".test") {
			continue
		}
		pkgs[path] = append(pkgs[path], strings.Fields(deps)...)
	}
	return pkgs
}

// TestFilesFitOnAFewScreens holds every Go file under tui/ to 400 lines:
// a file longer than that has more than one job.
func TestFilesFitOnAFewScreens(t *testing.T) {
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if n := bytes.Count(b, []byte("\n")); n > 400 {
			t.Errorf("%s has %d lines, more than 400", path, n)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
