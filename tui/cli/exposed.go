package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"frontdesk/internal/fileperm"
	"frontdesk/tui/common"
)

// Exposed is a file or directory that holds customers' data — the
// database, its backups, the claim slips — and that others than its owner
// may read (or, for a directory, list and enter): without a station group,
// anyone but the owner; with one, the computer's other users, or a group
// that is not the station's.
type Exposed struct {
	Path string      `json:"path"`
	Mode fs.FileMode `json:"mode"`
	// Others: the computer's other users can read it (with a station
	// group, the "other" bits; without one, anyone but its owner).
	Others bool `json:"others,omitempty"`
	// Group is the file's group when that group can read it and is not
	// the station group.
	Group string `json:"group,omitempty"`
}

// exposedIn looks at each of paths — a file, or a directory and the
// files right in it — and returns those readable by others than m allows:
// their owner, and the station group when m has one. What is not there is
// nothing to warn about.
func exposedIn(m fileperm.Modes, paths ...string) []Exposed {
	m = m.OrDefault()
	var found []Exposed
	look := func(path string, info fs.FileInfo) {
		x := Exposed{Path: path, Mode: info.Mode()}
		perm := info.Mode().Perm()
		if !m.Grouped() {
			x.Others = perm&0o077 != 0
		} else {
			x.Others = perm&0o007 != 0
			if gid := fileperm.GID(info); perm&0o070 != 0 && gid != m.GID {
				x.Group = fileperm.GroupName(gid)
			}
		}
		if x.Others || x.Group != "" {
			found = append(found, x)
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

// exposedText warns of each of found, with the command that mends it: the
// chmod to m's permissions, the chgrp to its station group.
func exposedText(e Env, m fileperm.Modes, found []Exposed) string {
	m = m.OrDefault()
	var b strings.Builder
	for _, x := range found {
		path := common.Inert(x.Path)
		if x.Others {
			want := m.File
			if x.Mode.IsDir() {
				want = m.Dir
			}
			b.WriteString("\n" + e.Text.T("cli.check.exposed", path, x.Mode.String(), octal(want), path))
		}
		if x.Group != "" {
			station := common.Inert(fileperm.GroupName(m.GID))
			b.WriteString("\n" + e.Text.T("cli.check.group", path, common.Inert(x.Group), station, station, path))
		}
	}
	return b.String()
}

// octal is a permission as chmod takes it: "600".
func octal(perm fs.FileMode) string { return fmt.Sprintf("%o", perm.Perm()) }
