package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"frontdesk/tui/common"
)

// Exposed is a file or directory that holds customers' data — the
// database, its backups, the claim slips — and that others than its owner
// may read (or, for a directory, list and enter).
type Exposed struct {
	Path string      `json:"path"`
	Mode fs.FileMode `json:"mode"`
}

// exposedIn looks at each of paths — a file, or a directory and the
// files right in it — and returns those readable by others than their
// owner. What is not there is nothing to warn about.
func exposedIn(paths ...string) []Exposed {
	var found []Exposed
	look := func(path string, info fs.FileInfo) {
		if info.Mode().Perm()&0o077 != 0 {
			found = append(found, Exposed{Path: path, Mode: info.Mode()})
		}
	}
	for _, path := range paths {
		info, err := os.Stat(path)
		if err != nil {
			continue
		}
		look(path, info)
		if !info.IsDir() {
			continue
		}
		entries, err := os.ReadDir(path)
		if err != nil {
			continue
		}
		for _, d := range entries {
			if info, err := d.Info(); err == nil && info.Mode().IsRegular() {
				look(filepath.Join(path, d.Name()), info)
			}
		}
	}
	return found
}

// exposedText warns of each of found, with the command that mends it.
func exposedText(e Env, found []Exposed) string {
	var b strings.Builder
	for _, x := range found {
		want := "600"
		if x.Mode.IsDir() {
			want = "700"
		}
		path := common.Inert(x.Path)
		b.WriteString("\n" + e.Text.T("cli.check.exposed", path, x.Mode.String(), want, path))
	}
	return b.String()
}
