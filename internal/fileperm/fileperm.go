// Package fileperm is the permissions of the files and directories that
// hold customers' data — the database and its directory, its backups, the
// claim slips and service records, the exports: their owner's only (0600,
// directories 0700), or, with a station group ([station] group), their
// owner's and the group's to read (0640, 0750) and of that group, so that
// the station's several local accounts can read them. The other users of
// the computer never get anything.
//
// The modes are a value, set once from the configuration at a program's
// start and handed to whatever makes such files (store.Options,
// common.Common, cli.Env); there is no package-level setting.
package fileperm

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
)

// Modes is how a file or directory of customers' data is made.
type Modes struct {
	File os.FileMode // a file's permissions: 0600, or 0640 with a group
	Dir  os.FileMode // a directory's: 0700, or 0750 with a group
	// GID is the station group's id, which every file and directory made
	// is given; -1: none, the group the system gives (it can read nothing
	// of a 0600 file anyway).
	GID int
}

// The modes of Default and of ForGroup.
const (
	OwnerFile os.FileMode = 0o600
	OwnerDir  os.FileMode = 0o700
	GroupFile os.FileMode = 0o640
	GroupDir  os.FileMode = 0o750
)

// Default is the modes without a station group: the owner's only.
func Default() Modes { return Modes{File: OwnerFile, Dir: OwnerDir, GID: -1} }

// OrDefault is m, or Default for the zero Modes (a caller that set none).
func (m Modes) OrDefault() Modes {
	if m.File == 0 {
		return Default()
	}
	return m
}

// Grouped reports whether m gives a station group the files it makes.
func (m Modes) Grouped() bool { return m.File != 0 && m.GID >= 0 }

// The errors of ForGroup, wrapped with the group's name.
var (
	ErrNoGroup   = errors.New("no such group")
	ErrNotMember = errors.New("this user is not a member of the group")
)

// ForGroup is the modes of a station group named name: 0640 and 0750, of
// the group. "" is Default. A group that does not exist is an error
// wrapping ErrNoGroup; one this process's user is not in (neither its
// group nor one of its supplementary groups: the system would refuse to
// give a file to it), ErrNotMember. Root may give a file to any group.
func ForGroup(name string) (Modes, error) {
	if name == "" {
		return Default(), nil
	}
	g, err := user.LookupGroup(name)
	if err != nil {
		var unknown user.UnknownGroupError
		if errors.As(err, &unknown) {
			return Modes{}, fmt.Errorf("group %q: %w", name, ErrNoGroup)
		}
		return Modes{}, fmt.Errorf("group %q: %w", name, err)
	}
	gid, err := strconv.Atoi(g.Gid)
	if err != nil {
		return Modes{}, fmt.Errorf("group %q: its id %q is not a number", name, g.Gid)
	}
	if !member(gid) {
		return Modes{}, fmt.Errorf("group %q: %w", name, ErrNotMember)
	}
	return Modes{File: GroupFile, Dir: GroupDir, GID: gid}, nil
}

// member reports whether this process may give a file to the group gid.
func member(gid int) bool {
	if os.Geteuid() == 0 || os.Getegid() == gid {
		return true
	}
	groups, err := os.Getgroups()
	return err == nil && slices.Contains(groups, gid)
}

// Own gives path to the station group, when m has one (chown -1:GID);
// without one it does nothing.
func (m Modes) Own(path string) error {
	if !m.Grouped() {
		return nil
	}
	return os.Lchown(path, -1, m.GID)
}

// Apply gives the open file f, just made, its permissions (whatever the
// umask took away or left) and the station group, if any.
func (m Modes) Apply(f *os.File) error {
	m = m.OrDefault()
	if err := f.Chmod(m.File); err != nil {
		return err
	}
	if !m.Grouped() {
		return nil
	}
	return f.Chown(-1, m.GID)
}

// GID is the group id of the file info describes; -1 where the system
// does not say.
func GID(info fs.FileInfo) int {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return int(st.Gid)
	}
	return -1
}

// GroupName is the name of the group gid, or its number where it has none.
func GroupName(gid int) string {
	if g, err := user.LookupGroupId(strconv.Itoa(gid)); err == nil {
		return g.Name
	}
	return strconv.Itoa(gid)
}

// MkdirAll makes the directory path and the missing ones above it, each
// made with m's Dir permissions and group (whatever the umask). The
// directories that were there already are left as they are: they are the
// station's, or the system's, to set.
func (m Modes) MkdirAll(path string) error {
	m = m.OrDefault()
	path = filepath.Clean(path)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: path, Err: errors.New("not a directory")}
	}
	if parent := filepath.Dir(path); parent != path {
		if err := m.MkdirAll(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(path, m.Dir); err != nil {
		if errors.Is(err, fs.ErrExist) { // made meanwhile by another program
			if info, serr := os.Stat(path); serr == nil && info.IsDir() {
				return nil
			}
		}
		return err
	}
	if err := os.Chmod(path, m.Dir); err != nil {
		return err
	}
	return m.Own(path)
}
